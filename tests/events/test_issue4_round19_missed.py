"""Issue 4, round 19 (docs/decisions.md, D29): sentences with an event that the rules coded nothing for."""

from __future__ import annotations

from realpolitik.events.lexicon import load_lexicon
from tests.events import rules, triples


def test_a_pattern_reads_the_conjuncts_of_its_object(nlp):
    # "drugs" is a conjunct of "experts": "send drug" still matches.
    text = "China's health ministry sent a team of medical experts, equipment and drugs to the hospital."
    assert ("AID", "CHN", None, "asserted") in triples(rules(nlp, text))


def test_an_exercise_held_by_several_states_is_joint(nlp):
    found = triples(rules(nlp, "Russia and China held military drills in the Pacific."))
    assert found == {("COOPERATE", "RUS", "CHN", "asserted"), ("COOPERATE", "CHN", "RUS", "asserted")}


def test_an_exercise_held_by_one_state_stays_a_show_of_force(nlp):
    found = triples(rules(nlp, "Iran held military drills near the Strait of Hormuz."))
    assert {t[0] for t in found} == {"MOBILIZE"}


def test_staged_reads_as_stage(nlp):
    # The small model lemmatises "staged" as "stag".
    found = triples(rules(nlp, "U.S. marines and Jordanian armed forces staged a war game."))
    assert ("COOPERATE", "USA", "JOR", "asserted") in found
    lexicon = load_lexicon()
    assert lexicon.is_a("light_verbs", "stag") and lexicon.verbs["stag"]


def test_protesters_in_a_town_named_by_its_state(nlp):
    text = "Protesters in the eastern Kosovan town of Gjilan burned the Macedonian flag."
    assert triples(rules(nlp, text)) == {("PROTEST", "XKX", "MKD", "asserted")}


def test_intensified_forces_and_military_convoys_are_deployments(nlp):
    assert {t[:2] for t in triples(rules(nlp, "The Peshmerga has intensified its forces in Mosul."))} == {
        ("MOBILIZE", "IRQ")}
    found = triples(rules(nlp, "The Turkish army sent an armoured convoy deep into Syria."))
    assert found == {("MOBILIZE", "TUR", "SYR", "asserted")}


def test_cyber_warfare_is_an_attack(nlp):
    assert {t[0] for t in triples(rules(nlp, "Israel has launched cyber warfare against Iran."))} == {"ASSAULT"}


def test_a_root_read_as_a_noun_with_subject_and_object_is_a_verb(nlp):
    text = "EU and UN hand over urgently needed essential medical supplies to the Nigerian Government."
    assert triples(rules(nlp, text)) == {("AID", "IGO", "NGA", "asserted")}
