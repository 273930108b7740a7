"""Issue 4, round 17: one notion of actor identity. Every organisation has the code IGO, so wherever the coder
asks whether two actors are one party (a source left out of the targets, the parties of a mutual act, a speaker
reporting its own intent) two organisations are one only by name, a part with its whole."""

from __future__ import annotations

import pytest

from realpolitik.events.roles import org_name, same_party
from realpolitik.records import Actor, ActorKind
from tests.events import rules, triples


def _org(name: str, sector: str | None = None) -> Actor:
    return Actor("IGO", sector, name, ActorKind.IGO)


def test_an_organisation_is_a_target_of_another(nlp):
    found = triples(rules(nlp, "The United Nations called for sanctions against the African Union."))
    assert found == {("REQUEST", "IGO", "IGO", "asserted")}


def test_an_organisation_and_its_council_are_one_actor(nlp):
    # The actor tables name the UN "The United Nations" here and its council "United Nations Security Council".
    found = rules(nlp, "The UN Security Council urged the United Nations to send more troops.")
    assert not [e for e in found if e.target is not None and e.target.code == "IGO"]


def test_two_organisations_agreeing_are_two_parties(nlp):
    found = triples(rules(nlp, "The European Union and the African Union agreed to share intelligence."))
    assert ("AGREE", "IGO", "IGO", "asserted") in found


def test_an_organisation_agreeing_with_its_council_is_one_party(nlp):
    found = triples(rules(nlp, "The United Nations and the UN Security Council agreed to share intelligence."))
    assert found == {("AGREE", "IGO", None, "asserted")}


def test_an_organisation_reporting_another_s_plan_makes_no_threat_of_its_own(nlp):
    found = triples(rules(nlp, "The EU said the United Nations would impose sanctions on Iran."))
    assert found == {("SANCTION", "IGO", "IRN", "hypothetical")}


@pytest.mark.parametrize(("first", "second"), [
    ("United Nations", "United Nations Security Council"),
    ("The United Nations", "Un Security Council"),
    ("United Nations", "U.n. Monitor"),
    ("The European Union", "Eu High Representative"),
])
def test_organisations_named_apart_by_the_tables_are_one_party(first, second):
    assert same_party(_org(first), _org(second)) and same_party(_org(second), _org(first))


@pytest.mark.parametrize(("first", "second"), [
    ("United Nations", "African Union"),
    ("African Development Bank", "West African Development Bank"),
    ("European Union", "Western European Union"),
])
def test_organisations_of_other_names_are_two_parties(first, second):
    assert not same_party(_org(first), _org(second)) and not same_party(_org(second), _org(first))


def test_sectors_part_parties_only_when_asked():
    official, forces = _org("United Nations", "GOV"), _org("United Nations", "MIL")
    assert same_party(official, forces) and not same_party(official, forces, sector=True)
    china, army = Actor("CHN", None, "China", ActorKind.STATE), Actor("CHN", "MIL", "China", ActorKind.SECTOR)
    assert same_party(china, army) and not same_party(china, army, sector=True)


def test_an_organisation_s_person_is_one_with_any_organisation():
    # A person carries the code IGO but not the organisation's name: compared by code, as before.
    chief = Actor("IGO", None, "Antonio Guterres", ActorKind.LEADER)
    assert same_party(chief, _org("United Nations Security Council"))


def test_org_name_drops_the_article_and_spells_out_short_forms():
    assert org_name("The United Nations") == "united nations"
    assert org_name("Un Security Council") == "united nations security council"
    assert org_name("UNICEF") == "unicef"
    assert org_name("") == ""
