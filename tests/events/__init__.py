"""Tests of the event coder."""

from __future__ import annotations

from realpolitik.events.roles import ActorIndex
from realpolitik.events.typer import NONE, SentenceTyper
from realpolitik.nlp import parse


def full(nlp, text: str):
    """The events the whole pipeline codes for one text."""
    return list(next(parse(nlp, [(text, None)]))._.events)


def rules(nlp, text: str):
    """The events the lexicon rules code for one sentence, before the typer reviews them."""
    doc = nlp(text)
    return nlp.get_pipe("realpolitik_events").code_sentence(doc[:], ActorIndex(doc), None)


def triples(events):
    """(type, source code, target code or None, modality) of each coded event."""
    return {(e.plover, e.source.code, e.target.code if e.target else None, str(e.modality)) for e in events}


def sure_typer(plover: str, lemma: str) -> SentenceTyper:
    """A typer sure that any sentence with ``lemma`` reports ``plover`` (NONE: no event); every other type is all
    but ruled out."""
    classes = tuple(sorted({plover, NONE, "SUPPORT"}))
    row = tuple(8.0 if c == plover else -4.0 for c in classes)
    return SentenceTyper(classes, tuple(0.0 for _ in classes), {f"lemma={lemma}": row})
