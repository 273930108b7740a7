"""Issue 4, round 14 (docs/decisions.md, D24): a stated refusal to yield is a rejection as well as a negated act;
present-tense "until" clauses are conditions; patterns from ConfliBERT sentences no rule coded."""

from __future__ import annotations

import pytest

from realpolitik.events.refusals import refusal_code
from tests.events import full, rules, triples


def test_a_refusal_to_release_is_a_rejection_and_a_negated_release(nlp):
    found = triples(full(nlp, "Israel will not release the prisoners."))
    assert ("RETREAT", "ISR", "ISR", "negated") in found
    assert ("REJECT", "ISR", "ISR", "asserted") in found


def test_a_release_that_did_not_happen_is_no_rejection(nlp):
    assert {plover for plover, *_ in triples(full(nlp, "Israel did not release the prisoners."))} == {"RETREAT"}


@pytest.mark.parametrize(("cameo", "refusal"), [("0841", "1243"), ("085", "1244"), ("081", "1241"),
                                                ("087", "1246"), ("080", "124"), ("190", None)])
def test_refusal_codes_follow_cameo(cameo, refusal):
    assert refusal_code(cameo) == refusal


def test_an_until_clause_in_the_present_is_a_condition(nlp):
    text = "Putin said his country will not lift the ban until the EU provides details."
    aid = [e for e in full(nlp, text) if e.plover == "AID"]
    assert aid and all(str(e.modality) == "conditional" for e in aid)


@pytest.mark.parametrize(("text", "expected"), [
    ("Croatia has opened its borders to refugees from Serbia.", ("CONCEDE", "HRV", "SRB", "asserted")),
    ("Kuwait launched a mediation effort between the two parties.", ("CONSULT", "KWT", None, "asserted")),
    ("Russia has strengthened its forces in Crimea amid the confrontation with Ukraine.",
     ("MOBILIZE", "RUS", "UKR", "asserted")),
    ("Japan gave $50 million to the Philippines.", ("AID", "JPN", "PHL", "asserted")),
    ("U.S. military gives medical equipment to Nicaragua.", ("AID", "USA", "NIC", "asserted")),
    ("US President Donald Trump set a 30-day deadline for the UN to make reforms.",
     ("THREATEN", "USA", "IGO", "asserted")),
])
def test_conflibert_gap_patterns(nlp, text, expected):
    assert expected in triples(rules(nlp, text))


def test_an_of_phrase_costs_a_pattern_no_level(nlp):
    found = triples(rules(nlp, "Egypt has lifted a three-month-old state of emergency."))
    assert ("CONCEDE", "EGY", "EGY", "asserted") in found
