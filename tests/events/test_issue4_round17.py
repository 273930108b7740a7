"""Issue 4, round 17 (docs/decisions.md, D27): a strike its actors will not end goes on, renewed and widened
sanctions, supplies handed over, ceasefire pacts."""

from __future__ import annotations

import pytest

from tests.events import full, rules, triples


def test_a_strike_they_will_not_end_goes_on(nlp):
    found = triples(full(nlp, "Kazakh oil workers will not end the strike before a new pay system is reviewed."))
    assert ("PROTEST", "KAZ", "KAZ", "asserted") in found  # aimed at their government
    assert ("REJECT", "KAZ", "KAZ", "asserted") in found  # the refusal to yield (CAMEO 124)
    assert ("CONCEDE", "KAZ", "KAZ", "negated") in found


def test_a_refused_hunger_strike_end_is_a_hunger_strike(nlp):
    found = full(nlp, "Kazakh oil workers will not end their hunger strike.")
    assert "142" in {e.cameo for e in found if e.plover == "PROTEST"}


def test_a_strike_ended_is_a_concession_to_the_government(nlp):
    found = triples(rules(nlp, "Brazilian public workers ended their strike."))
    assert found == {("CONCEDE", "BRA", "BRA", "asserted")}


def test_a_strike_not_ended_in_the_past_is_no_refusal(nlp):
    # "did not end" is a negated past act, no stated refusal (CAMEO 124).
    found = triples(full(nlp, "Kazakh oil workers did not end the strike."))
    assert ("CONCEDE", "KAZ", "KAZ", "negated") in found
    assert "REJECT" not in {t[0] for t in found}


@pytest.mark.parametrize("text", [
    "The United Nations renewed the arms embargo on Iran.",
    "The European Union expanded its sanctions on Iran.",
    "The European Union widened sanctions against Iran.",
])
def test_renewed_and_widened_sanctions_are_sanctions(nlp, text):
    assert ("SANCTION", "IGO", "IRN", "asserted") in triples(rules(nlp, text))


def test_a_failed_renewal_is_a_negated_sanction(nlp):
    found = triples(rules(nlp, "The United Nations failed to renew the arms embargo on Iran."))
    assert ("SANCTION", "IGO", "IRN", "negated") in found


def test_supplies_handed_over_are_aid(nlp):
    found = triples(rules(nlp, "Japan handed over medical supplies to the Nigerian Government."))
    assert ("AID", "JPN", "NGA", "asserted") in found
    assert "RETREAT" not in {t[0] for t in found}  # no release of people


def test_prisoners_handed_over_are_released(nlp):
    found = triples(rules(nlp, "Russia handed over two Ukrainian prisoners to Ukraine."))
    assert "RETREAT" in {t[0] for t in found}


def test_a_ceasefire_pact_is_a_ceasefire(nlp):
    found = rules(nlp, "Sudan's government renewed a ceasefire pact with rebel groups.")
    assert "0871" in {e.cameo for e in found}


def test_two_organisations_acting_together_act_towards_each_other(nlp):
    # Both code IGO; each one's undertaking to the other is an event of its own.
    found = [e for e in rules(nlp, "The European Union and the African Union agreed to share intelligence.")
             if e.plover == "AGREE"]
    pairs = {(e.source.text, e.target.text) for e in found if e.target}
    assert pairs == {("The European Union", "African Union"), ("African Union", "The European Union")}


def test_torture_in_custody_is_by_the_state_holding_the_prisoner(nlp):
    found = triples(rules(nlp, "Two Kenyan activists were tortured in detention in Uganda."))
    assert ("ASSAULT", "UGA", "KEN", "asserted") in found
