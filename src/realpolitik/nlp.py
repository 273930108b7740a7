"""The spaCy stage: loads the configured model and adds realpolitik's components.

Components (each declares what it requires and assigns):
- ``realpolitik_actors`` (realpolitik.actors.resolver): assigns ``doc.spans["actors"]``,
  each span with ``span._.actor`` (an Actor) and ``span._.actor_reason``.
- ``realpolitik_events`` (realpolitik.events.coder): assigns ``doc._.events``, Events whose
  offsets are relative to the Doc text and whose ``document`` is empty.
- ``realpolitik_claims`` (realpolitik.claims): assigns ``doc._.claims`` likewise.
The publication date of the article is read from ``doc._.published`` (a date or None).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from realpolitik.errors import ModelNotFoundError
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

COMPONENTS = ("realpolitik_actors", "realpolitik_events", "realpolitik_claims")


def register_extensions() -> None:
    """Declare the custom attributes the components use; safe to call repeatedly."""
    for name, default in (("published", None), ("events", None), ("claims", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("actor", "actor_reason"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def load_model(name: str) -> Language:
    """The bare spaCy pipeline called ``name``, or a clear error saying how to install it."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; install it with pip "
            "(see requirements-model.txt) or pass --model with an installed one"
        ) from exc


def build_pipeline(settings: Settings) -> Language:
    """The model named in settings with realpolitik's components added after it."""
    # Imported here so that each module registers its factory before add_pipe.
    from realpolitik import claims  # noqa: F401
    from realpolitik.actors import resolver  # noqa: F401
    from realpolitik.events import coder  # noqa: F401

    register_extensions()
    nlp = load_model(settings.model)
    nlp.add_pipe("realpolitik_actors", config={
        "actor_files": [str(p) for p in settings.actor_files]})
    nlp.add_pipe("realpolitik_events", config={
        "lexicon_files": [str(p) for p in settings.lexicon_files],
        "typer": settings.event_typer,
        "typer_file": str(settings.event_typer_file or ""),
        "typer_min_probability": settings.event_typer_min_probability,
        "typer_override_probability": settings.event_typer_override_probability,
        "typer_veto_probability": settings.event_typer_veto_probability,
        "typer_unlikely_probability": settings.event_typer_unlikely_probability})
    nlp.add_pipe("realpolitik_claims")
    return nlp


def make_docs(nlp: Language, items: Iterable[tuple[str, date | None]]) -> Iterator[Doc]:
    """Tokenised Docs carrying their publication dates, ready for ``nlp.pipe``."""
    register_extensions()
    for text, published in items:
        doc = nlp.make_doc(text)
        doc._.published = published
        yield doc


def parse(nlp: Language, items: Iterable[tuple[str, date | None]], batch_size: int = 32) -> Iterator[Doc]:
    """Runs the whole pipeline over (text, publication date) pairs, in order."""
    yield from nlp.pipe(make_docs(nlp, items), batch_size=batch_size)
