"""Tests of the actor knowledge base and resolver."""

from __future__ import annotations

from datetime import date

from realpolitik.nlp import parse


def actors(nlp, text: str, published: date | None = None) -> list[tuple[str, str, str | None]]:
    """(text, code, sector) of each actor span the pipeline resolves in ``text``."""
    doc = next(parse(nlp, [(text, published)]))
    return [(s.text, s._.actor.code, s._.actor.sector) for s in doc.spans["actors"]]
