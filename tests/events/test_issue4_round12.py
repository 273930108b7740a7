"""Issue 4, round 12 (docs/decisions.md, D22): denying is rejecting, a deployment for peacekeeping or rescue is
protection (AID 074) of the state it goes to, "cease-fire" is a ceasefire, releasing a text frees no one, a war
named only by its country is a period, supporting aid is giving it, and "persuade" is no appeal."""

from __future__ import annotations

from tests.events import full, rules, triples


def test_denying_charges_is_a_rejection(nlp):
    found = triples(full(nlp, "Iran denied Britain's accusations."))
    assert ("REJECT", "IRN", "GBR", "asserted") in found


def test_troops_sent_to_a_peacekeeping_force_protect_the_state_it_serves(nlp):
    found = triples(rules(nlp, "Japan is sending troops to the United Nations peacekeeping force in South Sudan."))
    assert ("AID", "JPN", "SSD", "asserted") in found
    assert not any(plover == "MOBILIZE" for plover, _, _, _ in found)


def test_rescue_teams_deployed_are_aid(nlp):
    events = rules(nlp, "USAID deployed seven search-and-rescue teams to Haiti after the earthquake.")
    assert [(e.plover, e.cameo) for e in events] == [("AID", "074")]


def test_a_deployment_without_a_protective_purpose_stays_mobilization(nlp):
    found = triples(rules(nlp, "Russia deployed troops to the border with Ukraine."))
    assert any(plover == "MOBILIZE" for plover, _, _, _ in found)


def test_a_hyphenated_cease_fire_is_a_ceasefire(nlp):
    events = rules(nlp, "Afghan President Ashraf Ghani on Thursday announced a weeklong cease-fire with the Taliban.")
    assert [(e.plover, e.cameo) for e in events] == [("RETREAT", "0871")]


def test_violating_a_hyphenated_cease_fire_is_an_attack(nlp):
    found = triples(rules(nlp, "Pakistan violated the cease-fire along the Line of Control."))
    assert ("ASSAULT", "PAK", None, "asserted") in found


def test_releasing_a_text_frees_no_one(nlp):
    assert rules(nlp, "Senator Chris Murphy released the following statement on Iran.") == []
    assert not any(e.plover == "RETREAT" for e in rules(nlp, "Russia released a video of the talks with Turkey."))
    assert any(e.plover == "RETREAT" for e in rules(nlp, "Egypt released the American citizen Mohamed Soltan."))


def test_a_war_named_by_its_country_is_no_event(nlp):
    events = rules(nlp, "The United States completed its withdrawal of troops in 2011, concluding the Iraq War.")
    assert not any(e.plover == "ASSAULT" for e in events)


def test_a_war_with_its_parties_named_is_an_event(nlp):
    found = triples(rules(nlp, "The Russian war with Ukraine entered its third year."))
    assert ("ASSAULT", "RUS", "UKR", "asserted") in found


def test_persuading_is_no_appeal(nlp):
    events = rules(nlp, "Iran hopes Japan will persuade the United States to lift sanctions.")
    assert not any(e.plover == "REQUEST" for e in events)


def test_supporting_aid_is_giving_it(nlp):
    found = triples(rules(nlp, "The U.S. government supported economic assistance to the Palestinians."))
    assert ("AID", "USA", "PSE", "asserted") in found
    assert ("AID", "USA", "FRA", "asserted") in triples(rules(nlp, "The US has offered logistical support to France."))
    assert ("SUPPORT", "USA", "FRA", "asserted") in triples(rules(nlp, "The US supported France."))
