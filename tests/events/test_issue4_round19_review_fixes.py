"""Issue 4, round 19: faults the review of the round found, each on the whole pipeline."""

from __future__ import annotations

from realpolitik.actors.places import placed
from tests.events import full, triples


def types(events):
    return {e.plover for e in events}


def test_an_idiom_word_as_a_mere_conjunct_does_not_cancel_a_release(nlp):
    found = triples(full(nlp, "Hamas released three Israeli hostages and a video of the handover."))
    assert ("RETREAT", "PSE", "ISR", "asserted") in found


def test_the_typer_does_not_read_back_what_insisting_on_a_fact_is(nlp):
    text = "The Chinese government insists it is strictly enforcing all United Nations sanctions."
    assert "REQUEST" not in types(full(nlp, text))


def test_a_copula_negation_stays_out_of_the_adjectives_content(nlp):
    found = triples(full(nlp, "Iran was not surprised that the United States imposed sanctions on Syria."))
    assert ("SANCTION", "USA", "SYR", "asserted") in found


def test_must_have_is_an_inference_not_an_opinion(nlp):
    found = triples(full(nlp, "Iran must have fired the missiles at Israel."))
    assert any(t[:3] == ("ASSAULT", "IRN", "ISR") for t in found)


def test_a_passive_subjunctive_still_demands(nlp):
    found = triples(full(nlp, "Russia insisted that the troops be withdrawn from Syria."))
    assert any(t[0] == "REQUEST" and t[1] == "RUS" for t in found)


def test_separate_drills_are_no_joint_exercise(nlp):
    found = full(nlp, "Chinese and Russian warships held separate drills in the Pacific.")
    assert "COOPERATE" not in types(found)


def test_only_a_projectile_or_nothing_fired_aims(nlp):
    doc = nlp("The UN launched its humanitarian appeal at Geneva after rebels fired rockets at Kabul.")
    geneva, kabul = (t for t in doc if t.text in ("Geneva", "Kabul"))
    assert placed(geneva) and not placed(kabul)
