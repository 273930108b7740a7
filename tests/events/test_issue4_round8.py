"""Issue 4, round 8: a demand or a commitment that names no one is aimed at home (X>X), like the other
domestic acts of D10 (docs/decisions.md, D18)."""

from __future__ import annotations

from tests.events import triples


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
