"""Issue 4, round 6: the typer's fallback source is never an actor its trigger acts on, and an apposition
names its head ("its NATO ally Turkey" is Turkey, not NATO)."""

from __future__ import annotations

from tests.events import triples


def test_fallback_source_is_not_the_object_of_the_trigger(typer_coder):
    found = triples(typer_coder("Activists pummelled Ukraine, Russia said."))
    assert ("ASSAULT", "RUS", "UKR", "asserted") in found
    assert not any(source == "UKR" for _, source, _, _ in found)


def test_an_apposition_outranks_a_modifier_as_the_target(code):
    found = triples(code("The United States imposed sanctions on its NATO ally Turkey."))
    assert ("SANCTION", "USA", "TUR", "asserted") in found
