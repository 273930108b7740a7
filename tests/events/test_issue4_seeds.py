"""Issue 4 regressions: the seed sentences that must not be coded as asserted, and the threats that must."""

from __future__ import annotations

import pytest

from realpolitik.records import Modality

MUST_NOT = [
    "If the US were to invade, millions of North Koreans would be displaced.",
    "China could change the regime almost immediately by starving the country of necessary supplies.",
    "Therefore, China may be instructing North Korea to get along with South Korea and the US "
    "to avoid that conflict.",
    "If Russia were to fight the US, the US would be greatly weakened whether they won or not.",
    "When China demands something of North Korea, they are forced to comply.",
    "Such a collapse would bring the United States to the Chinese border.",
    "China will need to navigate these issues carefully, ensuring that it can protect its interests without "
    "escalating tensions with the United States and its allies.",
    "Analysts say it will continue to support the North Korean regime as a buffer against U.S. influence.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_issue4_must_not_statements_are_not_asserted(code, text):
    assert [e for e in code(text) if e.modality == Modality.ASSERTED] == []


def test_issue4_made_it_clear_is_asserted_threat_by_each_speaker(code):
    events = code(
        "China and Russia have made it clear that they will both go to war with the US "
        "if they decide to invade North Korea."
    )
    asserted = {
        (e.plover, e.source.code, e.target.code if e.target else None)
        for e in events
        if e.modality == Modality.ASSERTED
    }
    assert asserted == {("THREATEN", "CHN", "USA"), ("THREATEN", "RUS", "USA")}
    assert not any(e.plover == "ASSAULT" and e.modality == Modality.ASSERTED for e in events)


def test_issue4_hypothetical_invasion_not_asserted(code):
    events = code("If the US were to invade, millions of North Koreans would be displaced.")
    assert all(e.modality == Modality.HYPOTHETICAL for e in events)


def test_issue4_generic_when_clause_dropped(code):
    assert code("When China demands something of North Korea, they are forced to comply.") == []
