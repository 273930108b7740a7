"""Issue 4, round 5: an event whose clause names no target takes the first other actor of its sentence
(never a place), and the speed work keeps behaviour: office holders are indexed, and paragraphs without
the commercial cue skip the promotional comparison."""

from __future__ import annotations

from realpolitik.actors.kb import load_kb
from realpolitik.ads import content_words, has_commercial_cue
from tests.events import triples


def test_target_from_the_sentence_when_the_clause_names_none(code):
    found = triples(code("Japan lodged a protest after the incident, and China rejected it."))
    assert ("ACCUSE", "JPN", "CHN", "asserted") in found


def test_a_place_is_not_taken_as_the_sentence_target_of_talks(code):
    assert ("CONSULT", "JPN", None, "asserted") in triples(code("Japan held a meeting in China."))


def test_office_holders_are_looked_up_by_state_and_role():
    holders = load_kb().office_holders("USA", "hos")
    assert holders and all(a.code == "USA" and a.role == "hos" for a in holders)
    assert "Donald Trump" in {a.name for a in holders}


def test_only_paragraphs_with_the_commercial_cue_can_be_promotional():
    assert has_commercial_cue(content_words("Shop now and save 40% on a premium subscription, limited offer."))
    assert not has_commercial_cue(content_words("China sent food aid to North Korea in May."))
