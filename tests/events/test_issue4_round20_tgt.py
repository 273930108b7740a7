"""Issue 4, round 20 (docs/decisions.md, D30): targets a city or region names, places inside a state, lesser
titles that refer back."""

from __future__ import annotations

from datetime import date

from realpolitik.nlp import parse
from tests.actors import actors
from tests.events import full, triples


def test_a_city_named_only_as_a_place_stands_for_its_state(nlp):
    # "Kabul" after "in" is a place, not an actor; an attack there is still aimed at Afghanistan.
    found = triples(full(nlp, "Islamic State fighters attacked a police post in eastern Kabul on Monday."))
    assert ("ASSAULT", "IMG", "AFG", "asserted") in found


def test_the_place_of_the_source_own_state_gives_way(nlp):
    # A city of the source's own state is no target: the clause's other actor is.
    found = triples(full(nlp, "The Iraqi army carried out raids in Mosul, killing Islamic State fighters."))
    assert not any(t[1] == "IRQ" and t[2] == "IRQ" for t in found)


def test_a_region_named_anywhere_in_the_sentence_is_the_last_resort(nlp):
    found = triples(full(nlp, "Pakistan on Friday violated the ceasefire across the Line of Control in the "
                              "Poonch sector of Jammu and Kashmir."))
    assert ("ASSAULT", "PAK", "IND", "asserted") in found


def test_places_are_kept_apart_from_actors(nlp):
    doc = next(parse(nlp, [("Rebels shelled villages near Aleppo.", date(2020, 1, 1))]))
    assert [(s.text, s._.actor.code) for s in doc.spans["places"]] == [("Aleppo", "SYR")]
    assert all(s.text != "Aleppo" for s in doc.spans["actors"])


def test_police_in_the_ethnic_serb_north_of_kosovo_are_kosovo_s(nlp):
    found = actors(nlp, "Police in the ethnic Serb north of Kosovo arrested two men.")
    assert [(code, sector) for _, code, sector in found] == [("XKX", "POL")]


def test_a_nationality_adjective_without_a_region_still_joins(nlp):
    found = actors(nlp, "Protesters in the eastern Kosovan town blocked roads.")
    assert [code for _, code, _ in found] == ["XKX"]


def test_a_lesser_title_refers_back_only_to_the_same_title(nlp):
    found = actors(nlp, "The US envoy met the Afghan president. Later the vice president spoke to reporters.")
    assert not any(text == "vice president" and code == "USA" for text, code, _ in found)
    again = actors(nlp, "The US envoy met the Afghan president. The envoy said the talks went well.")
    assert ("envoy", "USA", "GOV") in again
