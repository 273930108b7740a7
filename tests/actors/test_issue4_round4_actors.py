"""Issue 4, round 4: actor coverage behind the event coder: leaders a title makes certain of their state,
officials from the Phoenix dictionaries, and IGO offices held by a state's politician."""

from __future__ import annotations

from realpolitik.actors.kb import load_kb
from tests.actors import actors


def test_titled_name_of_several_leaders_of_one_state_resolves_to_that_state(nlp):
    assert ("President Bush", "USA", "GOV") in actors(nlp, "President Bush urged Saudi Arabia to reform.")


def test_officials_from_the_phoenix_dictionaries_are_actors(nlp):
    found = actors(nlp, "Ashraf Ghani met Mahmoud Abbas in Kabul.")
    assert ("Ashraf Ghani", "AFG", "GOV") in found
    assert any(code == "PSE" for _, code, _ in found)


def test_an_igo_office_outranks_the_holders_home_state(nlp):
    found = actors(nlp, "Erdogan will meet European Council President Donald Tusk in Varna.")
    assert any(code == "IGO" and "Tusk" in text for text, code, _ in found)


def test_us_leaders_before_2009_come_from_archigos():
    names = {a.name for a in load_kb().actors if a.code == "USA" and a.kind.value == "leader"}
    assert {"Ronald Reagan", "George W. Bush", "Bill Clinton"} <= names
