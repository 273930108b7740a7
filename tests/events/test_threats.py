"""The conditional threats of realpolitik.events.threats: a forceful act announced under a condition is a threat
made now (docs/annotation-guide.md)."""

from __future__ import annotations

import pytest

from tests.events import full, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran will strike Israel if attacked.", ("THREATEN", "IRN", "ISR", "asserted")),
    ("China will go to war with the US if it invades Taiwan.", ("THREATEN", "CHN", "USA", "asserted")),
    ("The US will impose sanctions on Russia unless it withdraws.", ("THREATEN", "USA", "RUS", "asserted")),
])
def test_a_forceful_act_announced_under_a_condition_is_a_threat(nlp, text, expected):
    assert expected in triples(full(nlp, text))


@pytest.mark.parametrize("text", ["Turkey will launch a military operation against Kurdish fighters in Syria.",
                                  "Kim will visit Beijing if invited."])
def test_an_unconditional_or_peaceful_future_act_keeps_its_type(nlp, text):
    assert not {t for t in triples(full(nlp, text)) if t[0] == "THREATEN"}
