"""The resolver on small hand-built texts: phrases, titles by date, short forms, ambiguity."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik.actors.kb import load_kb
from realpolitik.actors.resolver import ActorResolver
from realpolitik.nlp import parse
from realpolitik.records import ActorKind
from tests.actors import actors


def test_leader_phrase_is_one_span(nlp):
    found = actors(nlp, "North Korean leader Kim Jong-un met reporters.")
    assert found == [("North Korean leader Kim Jong-un", "PRK", "GOV")]


def test_demonym_with_sector_noun(nlp):
    assert actors(nlp, "Chinese soldiers crossed the river.") == [("Chinese soldiers", "CHN", "MIL")]
    assert actors(nlp, "Chinese businesses invested heavily.") == [("Chinese businesses", "CHN", "BUS")]


def test_coordination_gives_one_span_per_state(nlp):
    found = actors(nlp, "China and Russia warned the United States.")
    assert [c for _, c, _ in found] == ["CHN", "RUS", "USA"]


@pytest.mark.parametrize(
    ("published", "name"),
    [(date(2018, 6, 1), "Donald Trump"), (date(2022, 6, 1), "Joe Biden"), (None, "Donald Trump")],
)
def test_title_resolves_to_office_holder_on_the_date(nlp, published, name):
    doc = next(parse(nlp, [("The US President spoke.", published)]))
    span = doc.spans["actors"][0]
    assert (span._.actor.code, span._.actor.sector, span._.actor.name) == ("USA", "GOV", name)
    assert span._.actor.kind == ActorKind.LEADER
    assert name in span._.actor_reason


def test_short_forms_follow_their_full_mention(nlp):
    found = actors(nlp, "Kim Il Sung founded the state. Later, Kim purged rivals.", date(2020, 1, 1))
    assert found[-1] == ("Kim", "PRK", "GOV")
    doc = next(parse(nlp, [("Kim Il Sung founded the state. Later, Kim purged rivals.", date(2020, 1, 1))]))
    assert doc.spans["actors"][-1]._.actor.name == "Kim Il Sung"


def test_capital_stands_for_its_state_after_a_mention_or_as_subject(nlp):
    assert ("Pyongyang", "PRK", None) in actors(nlp, "Pyongyang fired a missile.")
    assert actors(nlp, "He was born in Beijing.") == []
    assert ("Beijing", "CHN", None) in actors(nlp, "China spoke. Kim visited Beijing.", date(2019, 1, 1))


def test_seats_of_government_are_gov(nlp):
    assert actors(nlp, "The Kremlin denied it.") == [("The Kremlin", "RUS", "GOV")]


def test_ambiguous_names_use_context(nlp):
    assert actors(nlp, "Michael Jordan won six titles.") == []
    assert actors(nlp, "Jordan closed its airspace.") == [("Jordan", "JOR", None)]
    assert actors(nlp, "The governor of Georgia signed the bill in Atlanta.") == []


def test_advertisers_and_bare_organisations_are_never_actors(nlp):
    assert actors(nlp, "Introducing the FLIP ULTRA from O2VAPE. Apple released a phone.") == []


def test_lowercase_words_and_pronouns_are_not_states(nlp):
    assert actors(nlp, "Let us eat turkey.") == []


def test_former_states_and_organisations(nlp):
    found = actors(nlp, "The Soviet Union and NATO faced off; United Nations troops watched.")
    assert found == [
        ("Soviet Union", "SUN", None),
        ("NATO", "IGO", None),
        ("United Nations troops", "IGO", "MIL"),
    ]


def test_the_regime_refers_to_the_main_state(nlp):
    found = actors(nlp, "North Korea tested a missile. The regime called it a satellite.")
    assert found[-1][1:] == ("PRK", "GOV")


def test_user_file_adds_an_actor(nlp, tmp_path: Path):
    path = tmp_path / "extra.yaml"
    path.write_text(
        "- {code: XYZ, sector: GOV, name: Freedonia, kind: state, aliases: [Freedonia]}\n", encoding="utf-8"
    )
    resolver = ActorResolver(load_kb((str(path),)))
    doc = resolver(next(parse(nlp, [("Freedonia protested.", None)])))
    assert [(s.text, s._.actor.code) for s in doc.spans["actors"]] == [("Freedonia", "XYZ")]


def test_every_span_has_a_reason(nlp):
    doc = next(parse(nlp, [("Russian troops and the White House clashed with Hamas.", None)]))
    assert doc.spans["actors"] and all(s._.actor_reason for s in doc.spans["actors"])


def test_issue4_people_in_a_state_belong_to_it(nlp):
    assert actors(nlp, "Protesters in Iran burned flags.")[0][1:] == ("IRN", "PRO")


def test_issue4_bare_police_take_the_only_state_of_the_sentence(nlp):
    found = actors(nlp, "Police arrested dozens of protesters in Cairo.")
    assert ("Police", "EGY", "POL") in found


def test_issue4_bare_troops_stay_unresolved(nlp):
    # Troops may be foreign: no guess from the place.
    assert [c for _, c, _ in actors(nlp, "Troops entered Syria.")] == ["SYR"]


def test_issue4_long_acronyms_in_title_case(nlp):
    codes = [(t, c) for t, c, _ in actors(nlp, "Nato warned Isis fighters.")]
    assert codes == [("Nato", "IGO"), ("Isis fighters", "IMG")]


def test_issue4_round13_a_former_office_holder_is_an_elite_not_the_incumbent(nlp):
    found = actors(nlp, "The former Prime Minister of Sri Lanka said the Sri Lankan government must act.")
    assert found[0][1:] == ("LKA", "ELI")


def test_issue4_round13_federal_police_take_the_only_state_of_the_sentence(nlp):
    found = actors(nlp, "Federal Police have launched an investigation into Australian soldiers.")
    assert ("Federal Police", "AUS", "POL") in found or ("Police", "AUS", "POL") in found


def test_issue4_round14_a_state_name_is_no_leaders_short_form(nlp):
    # "Pedro II of Brazil" once gave the short form "Brazil", so "Workers in Brazil" was no phrase.
    assert actors(nlp, "Workers in Brazil called off a strike.") == [("Workers in Brazil", "BRA", "CVL")]


def test_issue4_round14_a_titled_short_form_before_more_of_a_name_is_someone_else(nlp):
    # "Mohammed" is a Nigerian leader's short form; "President Mohammed Morsi" is not him.
    assert all(code != "NGA" for _, code, _ in actors(nlp, "The army ousted President Mohammed Morsi."))
