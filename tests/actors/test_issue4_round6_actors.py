"""Issue 4, round 6: places that contain a state's name are not that state, a seat of government under
another state's name is not that seat, and an unplaced nationality keeps a sector noun from the sole state."""

from __future__ import annotations

from tests.actors import actors


def test_regions_named_after_a_state_are_not_the_state(nlp):
    found = actors(nlp, "Storms hit New Mexico, and South America and Latin American states sent aid.")
    assert found == [("New Mexico", "USA", None)]  # a US state (the place aliases of D17), not Mexico


def test_northern_ireland_is_part_of_the_united_kingdom(nlp):
    assert ("Northern Ireland", "GBR", None) in actors(nlp, "Violence in Northern Ireland rose.")


def test_papua_new_guinea_still_resolves(nlp):
    assert [code for _, code, _ in actors(nlp, "Papua New Guinea signed the deal.")] == ["PNG"]


def test_a_seat_of_government_under_another_states_name_is_not_that_seat(nlp):
    found = actors(nlp, "The Nigeria Labour Congress called on Nigerian leaders to act.")
    assert all(code == "NGA" for _, code, _ in found)
    assert ("Congress", "USA", "LEG") in actors(nlp, "Congress passed sanctions on Russia.")


def test_an_unplaced_nationality_keeps_the_sector_noun_from_the_sole_state(nlp):
    found = actors(nlp, "The Korean government agreed to help Sri Lanka.")
    assert [code for _, code, _ in found] == ["LKA"]


def test_an_igo_commissioner_with_a_named_portfolio_holds_an_igo_office(nlp):
    found = actors(nlp, "United Nations Human Rights Commissioner Michelle Bachelet called for an inquiry.")
    assert [(code, sector) for _, code, sector in found] == [("IGO", "GOV")]
