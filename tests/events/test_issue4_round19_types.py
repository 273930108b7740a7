"""Issue 4, round 19: rule events of the wrong type, or where the sentence reports none (speech senses, wishes,
opinions, a frame adjective's copula, reactions to a compound event noun)."""

from __future__ import annotations

from tests.events import rules, triples


def types(events):
    return {e.plover for e in events}


def test_conceding_that_something_is_so_yields_nothing(nlp):
    text = ("US Central Command has conceded that the Turkish offensive against the Kurds has crippled efforts "
            "against Isis strongholds.")
    assert "CONCEDE" not in types(rules(nlp, text))


def test_conceding_to_demands_still_yields(nlp):
    assert "CONCEDE" in types(rules(nlp, "The Sao Paulo state government conceded to demands from the protesters."))


def test_insisting_on_what_is_so_demands_nothing(nlp):
    text = "The Chinese government insists it is strictly enforcing all United Nations sanctions."
    assert "REQUEST" not in types(rules(nlp, text))


def test_insisting_on_a_subjunctive_still_demands(nlp):
    found = triples(rules(nlp, "Russia insisted that Ukraine withdraw its troops."))
    assert ("REQUEST", "RUS", "UKR", "asserted") in found


def test_a_hope_for_what_others_will_do_is_no_event(nlp):
    text = ("Iran's foreign minister has said he hopes Japan and the European Union will persuade U.S. President "
            "Joe Biden to lift economic sanctions on Tehran.")
    assert rules(nlp, text) == []
    assert rules(nlp, "Turkey's top diplomat voiced hope that Greece will help Turkey.") == []


def test_what_someone_must_do_is_an_opinion(nlp):
    assert rules(nlp, "United States must continue military aid to Egypt.") == []


def test_a_speakers_must_is_still_a_demand(nlp):
    found = triples(rules(nlp, "Russia says Israel must end the attacks on Syria."))
    assert ("REQUEST", "RUS", "ISR", "asserted") in found
    assert not any(t[0] == "ASSAULT" for t in found)


def test_a_frame_adjective_takes_its_copulas_modal(nlp):
    text = "Foreign Minister Urmas Paet said the European Union must be ready to mediate negotiations in Ukraine."
    assert rules(nlp, text) == []


def test_a_frame_adjective_takes_its_copulas_negation(nlp):
    found = rules(nlp, "Iran is not willing to hold talks with the United States.")
    assert found and all(str(e.modality) != "asserted" for e in found if e.plover == "AGREE")


def test_a_condemned_travel_ban_is_the_condemnations_content(nlp):
    text = "Nkosazana Dlamini-Zuma condemned the proposed US travel ban on refugees from Somalia, Libya and Sudan."
    assert types(rules(nlp, text)) == {"ACCUSE"}
