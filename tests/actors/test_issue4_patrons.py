"""Issue 4, round 8: "US-backed rebels" are not the United States, and "a London-based group" is not Britain:
a name before "-backed", "-funded", "-based" ... says who backs the actor or where it sits (D18)."""

from __future__ import annotations

from tests.actors import actors


def test_a_backed_group_is_not_its_patron(nlp):
    found = actors(nlp, "US-backed Syrian Democratic Forces captured Raqqa.")
    assert [(text, code) for text, code, _ in found] == [("Syrian Democratic Forces", "SYR"), ("Raqqa", "SYR")]
    assert actors(nlp, "Turkish-backed rebels attacked the town.") == []


def test_a_based_group_is_not_where_it_sits(nlp):
    assert [code for _, code, _ in actors(nlp, "A London-based monitor said Turkey shelled the town.")] == ["TUR"]


def test_a_leader_or_a_sponsor_still_acts(nlp):
    assert [code for _, code, _ in actors(nlp, "The US-led coalition bombed the town.")] == ["USA"]
    assert [code for _, code, _ in actors(nlp, "The rebels broke a UN-sponsored ceasefire.")] == ["IGO"]
