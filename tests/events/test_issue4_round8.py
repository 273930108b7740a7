"""Issue 4, round 8 (docs/decisions.md, D18): a demand or a commitment that names no one is aimed at home
(X>X), like the other domestic acts of D10; a typer sure of another type, or of no event, overrules the
rules."""

from __future__ import annotations

from realpolitik.events.typer import NONE, SentenceTyper
from tests.events import sure_typer, triples


def test_a_call_for_reform_that_names_no_one_is_domestic(code):
    found = triples(code("China called for reform of the constitution."))
    assert ("REQUEST", "CHN", "CHN", "asserted") in found


def test_an_agreement_that_names_no_one_is_domestic(code):
    found = triples(code("Russia agreed to hold new elections."))
    assert ("AGREE", "RUS", "RUS", "asserted") in found


def test_a_named_target_still_wins(code):
    found = triples(code("China called on North Korea to release the prisoners."))
    assert ("REQUEST", "CHN", "PRK", "asserted") in found
    assert not any(target == "CHN" for _, _, target, _ in found)


def test_a_sure_typer_adds_the_act_another_word_says(typer_coder):
    events = typer_coder("China sent food aid to North Korea.", typer=sure_typer("COERCE", "food"))
    assert triples(events) == {("AID", "CHN", "PRK", "asserted"), ("COERCE", "CHN", "PRK", "asserted")}
    added = next(e for e in events if e.plover == "COERCE")
    assert added.coded_by == "model" and added.trigger.text == "food" and added.confidence and added.confidence > 0.9


def test_the_rules_own_word_keeps_the_rules_type(typer_coder):
    events = typer_coder("China sent food aid to North Korea.", typer=sure_typer("COERCE", "send"))
    assert triples(events) == {("AID", "CHN", "PRK", "asserted")} and events[0].coded_by == "lexicon"


def test_a_sure_no_event_drops_the_rules_events(typer_coder):
    assert typer_coder("China sent food aid to North Korea.", typer=sure_typer(NONE, "send")) == []


def test_the_rules_stand_below_the_override_probability_or_when_the_typer_agrees(typer_coder):
    text = "China sent food aid to North Korea."
    assert typer_coder(text, typer=sure_typer(NONE, "send"), veto_probability=1.01)
    events = typer_coder(text, typer=sure_typer("AID", "food"))
    assert [e.coded_by for e in events] == ["lexicon"]


# "liberate" is no lexicon word: only the typer codes the sentence.
RELEASE = SentenceTyper(classes=("RETREAT", NONE), bias=(0.0, 0.0), weights={"lemma=liberate": (6.0, -6.0)})


def test_the_subject_of_a_passive_guess_is_its_target_not_its_source(typer_coder):
    found = triples(typer_coder("North Korean fishermen were liberated after talks with China.", typer=RELEASE))
    assert found == {("RETREAT", "CHN", "PRK", "asserted")}
