"""Tests of the event coder."""

from __future__ import annotations


def triples(events):
    """(type, source code, target code or None, modality) of each coded event."""
    return {(e.plover, e.source.code, e.target.code if e.target else None, str(e.modality)) for e in events}
