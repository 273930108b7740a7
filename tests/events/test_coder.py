"""The event coder on small hand-made sentences (actors from the test gazetteer in conftest.py)."""

from __future__ import annotations

from datetime import date

from realpolitik.records import Modality
from tests.events import rules, sure_typer, triples


def test_verbal_event_with_object_target(code):
    events = code("Japan attacked China on Sunday.")
    assert ("ASSAULT", "JPN", "CHN", "asserted") in triples(events)
    event = events[0]
    assert event.trigger.text == "attacked"
    assert event.cameo.startswith("19") and event.quad == 4 and event.goldstein < 0


def test_prepositional_target_and_location(code):
    events = code("Japan met with China in Singapore.")
    assert ("CONSULT", "JPN", "CHN", "asserted") in triples(events)
    assert events[0].location == "SGP"


def test_passive_agent_is_source(code):
    assert ("ASSAULT", "JPN", "CHN", "asserted") in triples(code("China was attacked by Japan."))


def test_coordination_gives_one_event_per_pair(code):
    found = triples(code("China and Russia condemned Japan and Germany."))
    assert {(s, t) for _, s, t, _ in found} == {
        ("CHN", "JPN"),
        ("CHN", "DEU"),
        ("RUS", "JPN"),
        ("RUS", "DEU"),
    }


def test_light_verb_noun_takes_verb_arguments(code):
    assert ("SANCTION", "JPN", "PRK", "asserted") in triples(code("Japan imposed sanctions on North Korea."))


def test_nominal_possessor_and_to(code):
    found = triples(code("Kim Jong Un's visits to Beijing were important."))
    assert ("CONSULT", "PRK", "CHN", "asserted") in found


def test_nominal_participle_with_by_agent(code):
    found = triples(code("Critics blamed the sanctions regime forced on North Korea by the United States."))
    assert ("SANCTION", "USA", "PRK", "asserted") in found


def test_nominal_between(code):
    assert ("CONSULT", "PRK", "USA", "asserted") in triples(
        code("The summit between Kim and Trump was short.")
    )


def test_negated(code):
    assert triples(code("Japan did not meet China.")) == {("CONSULT", "JPN", "CHN", "negated")}


def test_future_visit_keeps_its_type_marked_future(code):
    (event,) = code("Japan will visit China.")
    assert event.plover == "CONSULT" and event.cameo == "042" and event.modality == Modality.FUTURE


def test_agree_to_meet_is_asserted_intent(code):
    found = triples(code("Japan agreed to meet China next month."))
    assert ("AGREE", "JPN", "CHN", "asserted") in found
    assert not any(p == "CONSULT" for p, *_ in found)


def test_threaten_to_attack_is_threat_not_attack(code):
    found = triples(code("Iran threatened to attack Israel."))
    assert found == {("THREATEN", "IRN", "ISR", "asserted")}


def test_urge_is_request_to_object(code):
    found = triples(code("China urged North Korea to offer an olive branch to South Korea."))
    assert ("REQUEST", "CHN", "PRK", "asserted") in found


def test_refuse_to_meet_is_reject(code):
    assert ("REJECT", "IRN", "ISR", "asserted") in triples(code("Iran refused to meet Israel."))


def test_reported_attack_keeps_reporter(code):
    (event,) = code("France said Germany attacked Japan.")
    assert (event.plover, event.source.code, event.target.code) == ("ASSAULT", "DEU", "JPN")
    assert event.modality == Modality.ASSERTED and event.attributed_to.code == "FRA"


def test_speculative_modal(code):
    assert all(e.modality == Modality.SPECULATIVE for e in code("Japan may attack China."))


def test_question_is_not_asserted(code):
    assert all(e.modality != Modality.ASSERTED for e in code("Did Japan attack China?"))


def test_no_actor_no_rule_event(nlp, typer_coder):
    # The rules code actors' acts; the typer's event of a sentence without actors is by an unnamed one (D28).
    text = "The committee met on Tuesday to discuss the budget."
    assert rules(nlp, text) == []
    (event,) = typer_coder(text, typer=sure_typer("CONSULT", "meet"))
    assert (event.source.code, event.source.text, event.target) == ("", "The committee", None)


def test_event_offsets_point_into_text(code):
    text = "Yesterday, Japan attacked China."
    (event,) = code(text)
    assert text[event.trigger.start : event.trigger.end] == "attacked"
    assert text[event.source.start : event.source.end] == "Japan"
    assert text[event.sentence.start : event.sentence.end] == text
    assert event.document == ""


def test_date_resolved_against_publication(code):
    (event,) = code("Japan attacked China last week.")
    assert (event.date, event.date_precision) == ("2018-04", "month")


def test_issue4_first_since_year_is_not_the_event_date(code):
    events = code("It was the first visit by South Korea to North Korea since 2007.", date(2018, 9, 19))
    assert all(e.date != "2007" for e in events)


def test_issue4_if_clause_makes_a_nominal_event_conditional(code):
    events = code("If the planned meeting between Japan and China collapsed, the commitments would be hard to keep.")
    assert events and all(e.modality != Modality.ASSERTED for e in events)


def test_place_is_target_of_a_material_act_without_one(code):
    assert ("ASSAULT", "JPN", "CHN", "asserted") in triples(code("Japan bombed a hospital in China."))
    # Talks happen somewhere without being aimed at the place.
    assert ("CONSULT", "JPN", None, "asserted") in triples(code("Japan held a meeting in China."))


def test_coordinated_event_noun_under_light_verb(code):
    assert ("ASSAULT", "JPN", "CHN", "asserted") in triples(
        code("Japan launched air and artillery strikes on China.")
    )


def test_targetless_copy_of_a_targeted_event_is_dropped(code):
    found = triples(code("Japan rejected China's calls and dismissed the allegations."))
    assert ("REJECT", "JPN", "CHN", "asserted") in found
    assert ("REJECT", "JPN", None, "asserted") not in found


def test_curfew_without_target_is_domestic(code):
    assert ("COERCE", "IRQ", "IRQ", "asserted") in triples(code("Iraq imposed a curfew on Sunday."))


def test_cancelled_visit_is_a_rejection_of_the_host(code):
    assert ("REJECT", "JPN", "CHN", "asserted") in triples(code("Japan cancelled a planned visit to China."))


def test_reported_future_meeting_stays_consult(code):
    found = triples(code("Japan said it will hold talks with China."))
    assert ("CONSULT", "JPN", "CHN", "future") in found
