"""Issue 4, round 3: targets deeper in the clause, domestic targets, coordinated modifiers, commitments,
background relative clauses, misparsed subjects and passive measures without an agent."""

from __future__ import annotations

from tests.events import triples


def test_target_found_deeper_in_the_clause(code):
    found = triples(code("Japan agreed to a ceasefire halting its incursion into Syria."))
    assert ("AGREE", "JPN", "SYR", "asserted") in found


def test_talks_are_not_aimed_at_their_place(code):
    assert ("CONSULT", "JPN", None, "asserted") in triples(code("Japan held a meeting in China."))


def test_act_on_unnamed_people_is_domestic(code):
    assert ("COERCE", "EGY", "EGY", "asserted") in triples(code("Egypt arrested dozens of activists."))


def test_coordinated_modifiers_are_each_a_source(code):
    found = triples(code("Japan and India's navies began a joint military exercise."))
    assert {("COOPERATE", "JPN", "IND", "asserted"), ("COOPERATE", "IND", "JPN", "asserted")} <= found


def test_commitment_to_any_act_is_agree(code):
    found = triples(code("Israel has agreed to open its borders with Egypt."))
    assert ("AGREE", "ISR", "EGY", "asserted") in found


def test_plain_plan_without_an_event_is_nothing(code):
    assert code("Japan plans to build a new road.") == []


def test_background_relative_clause_is_not_coded_beside_the_news(code):
    found = triples(code("Iran freed a Chinese diplomat it arrested last year."))
    assert ("RETREAT", "IRN", "CHN", "asserted") in found
    assert not any(p == "COERCE" for p, *_ in found)


def test_passive_measure_without_agent_belongs_to_its_owner(code):
    found = triples(code("Chinese sanctions against Japan were lifted on Monday."))
    assert ("RETREAT", "CHN", "JPN", "asserted") in found
