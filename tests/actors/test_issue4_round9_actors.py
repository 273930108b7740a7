"""Issue 4, round 9: a leader's government names its state at any date, armed groups keep their own leaders,
and organisations and groups that news about conflicts names often are in the knowledge base (D19)."""

from __future__ import annotations

from realpolitik.nlp import parse
from tests.actors import actors


def codes(nlp, text: str) -> list[str]:
    return [code for _, code, _ in actors(nlp, text)]


def test_a_former_leaders_administration_is_the_state(nlp):
    assert codes(nlp, "The Clinton Administration reduced military aid to the Colombian army.") == ["USA", "COL"]
    assert codes(nlp, "The Assad regime bombed the town.") == ["SYR"]
    assert codes(nlp, "The Blair government sent troops to Iraq.") == ["GBR", "IRQ"]


def test_a_bare_former_leader_still_needs_a_date(nlp):
    assert codes(nlp, "Blair spoke to reporters.") == []


def test_an_armed_groups_leader_is_not_the_states_office_holder(nlp):
    found = actors(nlp, "The Taliban leader was killed in a drone strike.")
    assert [(code, sector) for _, code, sector in found] == [("AFG", "REB")]
    doc = next(parse(nlp, [("The Taliban leader was killed in a drone strike.", None)]))
    assert doc.spans["actors"][0]._.actor.name == "Taliban"  # not the Afghan president


def test_groups_and_organisations_added(nlp):
    assert codes(nlp, "Peshmerga forces attacked Islamic State positions.") == ["IRQ", "IMG"]
    assert codes(nlp, "China and the Eurasian Economic Union signed an agreement.") == ["CHN", "IGO"]
    assert codes(nlp, "The OPCW condemned the attack.") == ["IGO"]


def test_leaders_since_2016_of_more_states(nlp):
    assert codes(nlp, "Imran Khan visited Beijing.") == ["PAK", "CHN"]
    assert codes(nlp, "Faustin-Archange Touadéra signed the peace deal.") == ["CAF"]
    assert codes(nlp, "Juan Guaidó called for new elections.") == ["VEN"]
    assert codes(nlp, "Jacinda Ardern condemned the attack.") == ["NZL"]


def test_an_archigos_spell_open_in_2015_is_closed_by_the_curated_table(nlp):
    from datetime import date

    doc = next(parse(nlp, [("Merkel met Macron.", None)]))
    assert doc.spans["actors"][0]._.actor.name == "Angela Merkel"  # not Archigos' "Merkel", open since 2005
    doc = next(parse(nlp, [("Mugabe was ousted.", date(2015, 3, 1))]))
    assert [s._.actor.code for s in doc.spans["actors"]] == ["ZWE"]


def test_a_surname_after_another_given_name_is_someone_else(nlp):
    assert codes(nlp, "Hunter Biden visited Kyiv.") == ["UKR"]
    assert "LBN" not in codes(nlp, "Nasr al-Hariri, chief negotiator for the opposition, welcomed the decision.")
    assert codes(nlp, "Recep Erdogan met Bashar Assad.") == ["TUR", "SYR"]


def test_conflict_towns_stand_for_their_state_where_they_are_acted_on(nlp):
    assert codes(nlp, "Turkish forces shelled Afrin.") == ["TUR", "SYR"]
    assert codes(nlp, "Russia annexed Crimea.") == ["RUS", "UKR"]
    assert codes(nlp, "He was born in Crimea.") == []


def test_a_stateless_peoples_fighters_belong_to_the_state_their_sentence_names(nlp):
    found = actors(nlp, "Turkey threatened to attack Kurdish fighters across the border in Syria.")
    assert [(text, code) for text, code, _ in found] == [("Turkey", "TUR"), ("Kurdish fighters", "SYR"),
                                                         ("Syria", "SYR")]
    assert codes(nlp, "Turkish jets bombed Kurdish rebels.") == ["TUR", "TUR"]
    assert codes(nlp, "Kurdish authorities held a referendum.") == []
    assert codes(nlp, "The Korean government agreed to help.") == []


def test_a_ministrys_word_before_a_title_is_no_surname(nlp):
    assert codes(nlp, "Prime Minister Narendra Modi and Home Minister Rajnath Singh met in New Delhi.") == [
        "IND", "IND", "IND"]
