"""Issue 4, round 19 (D29): after a verb of aiming, "at" and "into" aim rather than place, so a capital or
city there stands for its state."""

from __future__ import annotations

import pytest

from tests.actors import actors


@pytest.mark.parametrize(("text", "resolved"), [
    ("Houthi rebels fired missiles at Riyadh.", True),
    ("Militants lobbed mortar shells into Kabul.", True),
    ("Houthi leaders met envoys at Riyadh.", False),
    ("Refugees fled into Kabul.", False),
])
def test_an_aimed_at_city_is_its_state(nlp, text, resolved):
    city = "Riyadh" if "Riyadh" in text else "Kabul"
    assert any(span == city for span, _, _ in actors(nlp, text)) is resolved
