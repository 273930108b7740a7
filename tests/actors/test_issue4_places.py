"""Issue 4: CountryInfo's cities and regions stand for their state only as actors ("the Sao Paulo state
government" is Brazil's), never as the place where something happens, nor inside a longer name."""

from __future__ import annotations

from tests.actors import actors


def test_a_regional_government_takes_its_states_code(nlp):
    assert [code for _, code, _ in actors(nlp, "The Sao Paulo state government conceded to the demands.")] == ["BRA"]
    assert [code for _, code, _ in actors(nlp, "Kaduna State Government welcomed the decision.")] == ["NGA"]


def test_a_city_as_subject_stands_for_its_state(nlp):
    assert [code for _, code, _ in actors(nlp, "Mumbai police arrested three men.")] == ["IND"]


def test_a_city_where_something_happens_is_no_actor(nlp):
    found = actors(nlp, "The Iraqi air force carried out air strikes in western Mosul.")
    assert [text for text, _, _ in found] == ["Iraqi air force"]
    assert actors(nlp, "Floods hit farms in New South Wales on Monday.") == []


def test_a_place_inside_a_longer_name_is_not_that_place(nlp):
    assert actors(nlp, "Troops were sent to Santa Cruz Barillas to restore order.") == []


def test_new_south_wales_is_australian_not_welsh(nlp):
    found = actors(nlp, "The New South Wales government urged Canberra to act.")
    assert {code for _, code, _ in found} == {"AUS"}


def test_us_states_are_american(nlp):
    assert [code for _, code, _ in actors(nlp, "New Jersey sued the federal government.")] == ["USA", "USA"]
    assert [code for _, code, _ in actors(nlp, "Texas Governor Greg Abbott sent troops to the border.")] == ["USA"]
    assert [code for _, code, _ in actors(nlp, "Georgia accused Russia of aggression.")] == ["GEO", "RUS"]
    assert actors(nlp, "Virginia Woolf wrote novels.") == []
