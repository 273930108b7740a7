"""Issue 4, round 10 (D20): names match with or without their accents ("Pérez Molina", "Shinzo Abe")."""

from __future__ import annotations

from realpolitik.actors.kb import alias_key
from tests.actors import actors


def codes(nlp, text: str) -> list[str]:
    return [code for _, code, _ in actors(nlp, text)]


def test_accents_are_folded_in_keys():
    assert alias_key(["Pérez", "Molina"]) == alias_key(["Perez", "Molina"]) == ("perez", "molina")
    assert alias_key(["Shinzō"]) == ("shinzo",)


def test_a_name_written_with_or_without_accents_is_found(nlp):
    assert codes(nlp, "Pérez Molina declared a state of siege.") == ["GTM"]
    assert codes(nlp, "Shinzō Abe visited China.") == ["JPN", "CHN"]
    assert codes(nlp, "Recep Tayyip Erdogan condemned Israel.") == ["TUR", "ISR"]
