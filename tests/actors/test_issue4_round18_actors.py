"""Issue 4, round 18 (D28): people of a place act as that state also when their sector is told in two words
("public workers in Brazil", "anti-government protesters in Iraq")."""

from __future__ import annotations

import pytest

from tests.actors import actors


@pytest.mark.parametrize(("text", "words", "found"), [
    ("Public workers in Brazil called off a strike.", "workers in Brazil", ("BRA", "CVL")),
    ("Anti-government protesters in Iraq burned tyres.", "protesters in Iraq", ("IRQ", "PRO")),
    ("Government officials in Iraq said talks had failed.", "officials in Iraq", ("IRQ", "GOV")),
])
def test_sector_words_in_a_state_are_of_that_state(nlp, text, words, found):
    assert [(code, sector) for span, code, sector in actors(nlp, text) if span.endswith(words)] == [found]


def test_a_named_person_in_a_place_is_not_of_it(nlp):
    # Only sector words join the place: a person or a state before "in" stays itself.
    assert ("BRA", None) in {(code, sector) for _, code, sector in actors(nlp, "China's envoy in Brazil met Lula.")}
