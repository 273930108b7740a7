"""Issue 4, round 19 (docs/decisions.md, D29): targets and sources a coordination or an aim names."""

from __future__ import annotations

from tests.events import full, triples


def test_missiles_fired_at_a_capital_are_fired_at_its_state(nlp):
    found = triples(full(nlp, "Houthi rebels began firing missiles at Riyadh last year."))
    assert ("ASSAULT", "YEM", "SAU", "asserted") in found
    assert ("ASSAULT", "YEM", "YEM", "asserted") not in found


def test_talks_at_a_capital_stay_placed(nlp):
    # Only aiming turns "at" into an aim; a meeting at a capital is held there.
    found = triples(full(nlp, "Iranian officials held talks at Riyadh."))
    assert not any(t[2] == "SAU" for t in found)


def test_a_name_after_its_noun_carries_the_next_conjunct(nlp):
    found = triples(full(nlp, "The United States imposed sanctions against the Russian space agency Roscosmos and "
                              "the Indian Space Research Organisation."))
    assert {("SANCTION", "USA", "RUS", "asserted"), ("SANCTION", "USA", "IND", "asserted")} <= found


def test_a_list_of_states_read_as_an_apposition_is_the_list(nlp):
    found = triples(full(nlp, "The United States, India, Israel, Pakistan and other governments have sent "
                              "emergency supplies to Nepal."))
    assert {("AID", code, "NPL", "asserted") for code in ("USA", "IND", "ISR", "PAK")} <= found


def test_officials_in_several_states_are_each_a_target(nlp):
    found = triples(full(nlp, "American authorities shared evidence with their European counterparts to allow "
                              "officials in Ukraine, Moldova and Georgia to initiate prosecutions."))
    assert {("COOPERATE", "USA", code, "asserted") for code in ("UKR", "MDA", "GEO")} <= found


def test_a_bare_sector_modifier_yields_to_the_of_phrase(nlp):
    found = triples(full(nlp, "Russia launched cyber attacks on the government websites of Georgia."))
    assert ("ASSAULT", "RUS", "GEO", "asserted") in found
    assert ("ASSAULT", "RUS", "RUS", "asserted") not in found
