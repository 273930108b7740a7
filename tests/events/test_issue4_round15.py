"""Issue 4, round 15 (docs/decisions.md, D25): a mutual act's other party comes before its topic; refusing
refugees is a rejection; border closures, legal action, killings by other names; light verbs that finish."""

from __future__ import annotations

import pytest

from realpolitik.events.lexicon import DEFAULT_NOUN_TARGET, DEFAULT_VERB_TARGET, _with_before_on
from tests.events import full, rules, triples


def test_a_mutual_act_names_its_party_with_with_and_its_topic_with_on(nlp):
    found = triples(rules(nlp, "Iran held talks with Russia and Turkey on Syria."))
    assert found == {("CONSULT", "IRN", "RUS", "asserted"), ("CONSULT", "IRN", "TUR", "asserted")}
    assert ("CONSULT", "IRN", "RUS", "asserted") in triples(rules(nlp, "Iran met with Russia on Syria."))


def test_with_moves_before_on_and_nothing_else_moves():
    for roles in (DEFAULT_VERB_TARGET, DEFAULT_NOUN_TARGET):
        moved = _with_before_on(roles)
        assert sorted(moved) == sorted(roles) and moved.index("with") == moved.index("on") - 1
        assert [r for r in moved if r != "with"] == [r for r in roles if r != "with"]
    assert _with_before_on(("with", "on")) == ("with", "on")


def test_a_refusal_to_take_in_refugees_is_a_rejection(nlp):
    found = triples(full(nlp, "Lebanon says it will not accept any more Syrian refugees."))
    assert ("REJECT", "LBN", "SYR", "asserted") in found
    assert ("AID", "LBN", "SYR", "negated") in found


def test_taking_in_refugees_is_asylum(nlp):
    assert ("AID", "DEU", "SYR", "asserted") in triples(rules(nlp, "Germany took in 1,000 Syrian refugees."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana closed its borders with Togo and Burkina Faso.", ("SANCTION", "GHA", "TGO", "asserted")),
    ("The European Commission has launched legal action against the Polish government.",
     ("ACCUSE", "IGO", "POL", "asserted")),
    ("The United States completed its withdrawal of troops from Iraq.", ("RETREAT", "USA", "IRQ", "asserted")),
    ("Russian agents poisoned the Ukrainian opposition leader.", ("ASSAULT", "RUS", "UKR", "asserted")),
    ("Iraqi militants murdered two Turkish workers.", ("ASSAULT", "IRQ", "TUR", "asserted")),
    ("Finnish workers stopped work on Tuesday.", ("PROTEST", "FIN", "FIN", "asserted")),
])
def test_round15_patterns(nlp, text, expected):
    assert expected in triples(full(nlp, text))


def test_what_a_fear_says_is_not_vouched_for(nlp):
    found = triples(full(nlp, "US suspended food supplies to Somalia over fears they were helping a militant group."))
    assert ("SANCTION", "USA", "SOM", "asserted") in found
    assert not any(plover == "AID" and modality == "asserted" for plover, _, _, modality in found)


def test_an_attack_after_another_is_still_asserted(nlp):
    found = triples(full(nlp, "Israel struck Gaza after Hamas had attacked Israeli towns."))
    assert ("ASSAULT", "PSE", "ISR", "asserted") in found
