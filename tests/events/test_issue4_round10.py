"""Issue 4, round 10 (docs/decisions.md, D20): the coordinated objects of "of" are each an actor ("the finance
ministers of Britain, France and Japan"), an intent verb with a "to" clause of its own subject is an appeal to that
subject ("Britain wants Iran to free the tanker"), a clause before a colon keeps its own factuality, and reimposed
sanctions are sanctions."""

from __future__ import annotations

from tests.events import full, triples


def test_each_coordinated_of_object_is_a_party(nlp):
    found = triples(full(nlp, "The finance ministers of Britain, France and Japan signed an agreement in Paris."))
    assert {(s, t) for p, s, t, m in found if p == "SUPPORT" and m == "asserted"} == {
        ("GBR", "FRA"), ("GBR", "JPN"), ("FRA", "GBR"), ("FRA", "JPN"), ("JPN", "GBR"), ("JPN", "FRA")}


def test_leaders_of_three_states_meeting_consult_each_other(nlp):
    found = triples(full(nlp, "Leaders of Russia, Iran and Turkey met in Sochi."))
    assert {("CONSULT", "RUS", "TUR", "asserted"), ("CONSULT", "TUR", "IRN", "asserted")} <= found


def test_wanting_another_state_to_act_is_an_appeal_not_its_act(nlp):
    found = triples(full(nlp, "Britain wants Iran to free the tanker."))
    assert ("REQUEST", "GBR", "IRN", "asserted") in found
    assert not any(source == "IRN" and modality == "asserted" for _, source, _, modality in found)


def test_wanting_to_act_oneself_stays_an_intent(nlp):
    found = triples(full(nlp, "Russia wants to withdraw its troops from Syria."))
    assert all(plover != "REQUEST" and modality == "asserted" for plover, _, _, modality in found)
    assert any(plover == "AGREE" and source == "RUS" for plover, source, _, _ in found)


def test_a_clause_before_a_colon_keeps_its_own_factuality(nlp):
    text = "The US has issued an ultimatum to Turkey: if it buys the S-400 from Russia, sanctions will be imposed."
    assert ("THREATEN", "USA", "TUR", "asserted") in triples(full(nlp, text))


def test_reimposed_sanctions_are_sanctions(nlp):
    assert ("SANCTION", "USA", "IRN", "asserted") in triples(full(nlp, "The US reimposed sanctions on Iran."))


def test_an_accord_signed_between_several_states_binds_each_to_each(nlp):
    text = "The treaty was signed in Paris on Monday between Italy, Spain and Greece."
    found = {(s, t) for p, s, t, m in triples(full(nlp, text)) if p == "SUPPORT" and m == "asserted"}
    assert found == {(a, b) for a in ("ITA", "ESP", "GRC") for b in ("ITA", "ESP", "GRC") if a != b}
    text = "A trade agreement between Canada, Mexico and the United States was signed in Buenos Aires."
    found = {(s, t) for p, s, t, m in triples(full(nlp, text)) if p == "SUPPORT"}
    assert ("USA", "CAN") in found and ("CAN", "MEX") in found and ("MEX", "USA") in found


def test_coordinated_parties_of_a_mutual_act_take_no_target_further_down(nlp):
    text = "Italy, Spain and Greece signed a pact in Rome to coordinate policy on the Libyan coast."
    found = triples(full(nlp, text))
    assert not any(target == "LBY" for _, _, target, _ in found)
    assert ("SUPPORT", "GRC", "ITA", "asserted") in found


def test_hostilities_between_two_parties_stay_one_way(nlp):
    found = triples(full(nlp, "Hostilities in the Gaza Strip between Israel and Hamas escalated."))
    assert {(p, s, t) for p, s, t, _ in found} == {("ASSAULT", "ISR", "PSE")}


def test_released_prisoners_are_the_states_own_people(nlp):
    text = "Libya freed 37 prisoners, including a former detainee at the U.S. military prison at Guantanamo Bay."
    assert ("RETREAT", "LBY", "LBY", "asserted") in triples(full(nlp, text))


def test_a_resolution_presented_by_a_state_is_that_states(nlp):
    found = triples(full(nlp, "Russia vetoed a UN draft resolution presented by Britain."))
    assert ("REJECT", "RUS", "GBR", "asserted") in found


def test_the_state_across_a_border_is_no_target(nlp):
    found = triples(full(nlp, "Baghdad’s forces attacked their fighters near the border with Turkey."))
    assert not any(target == "TUR" for _, _, target, _ in found)


def test_an_event_noun_counted_after_of_is_the_light_verbs_object(nlp):
    found = triples(full(nlp, "Russia carried out a series of air strikes on Idlib."))
    assert ("ASSAULT", "RUS", "SYR", "asserted") in found


def test_a_second_clause_whose_subject_the_parser_took_for_an_object(nlp):
    text = "Palestinian gunmen killed an Israeli soldier and the Israeli military launched dozens of strikes."
    found = triples(full(nlp, text))
    assert ("ASSAULT", "PSE", "ISR", "asserted") in found
    assert any(plover == "ASSAULT" and source == "ISR" for plover, source, _, _ in found)
