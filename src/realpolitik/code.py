"""The machine interface: JSON Lines in, one JSON line of actors, events and claims out per input.

The contract is documented in docs/jsonl.md; offsets point into the ``text`` of the input line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from spacy.language import Language

from realpolitik.clean import clean
from realpolitik.errors import InputError, SkipInput
from realpolitik.nlp import build_pipeline
from realpolitik.pipeline import extract_documents
from realpolitik.pubdate import parse_date
from realpolitik.records import ActorRef, Claim, Document, Event, Extraction, Mention, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)


# Input field names other tools use, read where the contract's own is missing (docs/jsonl.md).
TEXT_FIELDS = ("text", "sentence", "content", "body", "story")
DATE_FIELDS = ("date", "published", "publication_date", "story_date")


@dataclass(frozen=True)
class CodeRequest:
    """One parsed input line."""

    id: str
    raw: RawInput
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CodedLine:
    """What became of one input line: its extraction, or the error that refused it."""

    id: str
    extraction: Extraction | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


class BadLine(ValueError):
    def __init__(self, line_id: str, message: str) -> None:
        super().__init__(message)
        self.line_id = line_id


def parse_line(line: str, number: int) -> CodeRequest:
    """A CodeRequest from one JSON line, or BadLine saying what is wrong with it."""
    fallback_id = f"line-{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(fallback_id, f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(obj, dict):
        raise BadLine(fallback_id, "a line must be a JSON object")
    # "Text", "ID", "Date" as other tools write them; a key written in lower case wins over its other cases.
    obj = {**{k.lower(): v for k, v in obj.items() if k.lower() not in obj}, **obj}
    line_id = str(obj.get("id", fallback_id))
    text = next((obj[name] for name in TEXT_FIELDS if obj.get(name) is not None), None)
    if not isinstance(text, str) or not text.strip():
        raise BadLine(line_id, "missing or empty 'text' (a string is required)")
    published, warnings = _published(obj)
    raw = RawInput(origin=f"code:{line_id}", content=text, media_type=_media_type(text),
                   title=obj.get("title"), url=obj.get("url"), published=published, size=len(text))
    return CodeRequest(line_id, raw, warnings)


def _published(obj: dict[str, Any]) -> tuple[date | None, tuple[str, ...]]:
    """The line's date; a date that cannot be read leaves the text coded without one, and says so."""
    name = next((name for name in DATE_FIELDS if obj.get(name) not in (None, "")), None)
    if name is None:
        return None, ()
    found = parse_date(str(obj[name]))
    if found is None:
        return None, (f"{name!r} {obj[name]!r} is not a date (YYYY-MM-DD); coded without one",)
    return found, ()


def _media_type(text: str) -> str:
    head = text.lstrip()[:200].lower()
    return "text/html" if head.startswith(("<!doctype html", "<html")) else "text/plain"


def code_lines(lines: Iterable[str], settings: Settings, nlp: Language | None = None,
               batch: int = 64) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in input order; bad lines give an error object."""
    for coded in extract_lines(lines, settings, nlp, batch):
        out: dict[str, Any] = {"id": coded.id, "error": coded.error} if coded.extraction is None else \
            extraction_json(coded.id, coded.extraction)
        if coded.warnings:
            out["warnings"] = list(coded.warnings)
        yield out


def extract_lines(lines: Iterable[str], settings: Settings, nlp: Language | None = None,
                  batch: int = 64) -> Iterator[CodedLine]:
    """What became of each non-blank input line, in input order."""
    nlp = nlp or build_pipeline(settings)
    pending: list[tuple[CodedLine, Document | None]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        pending.append(_prepare(line, number, settings))
        if len(pending) >= batch:
            yield from _flush(nlp, pending, settings)
            pending = []
    yield from _flush(nlp, pending, settings)


def _prepare(line: str, number: int, settings: Settings) -> tuple[CodedLine, Document | None]:
    """The line's outcome so far, and its cleaned document when there is one to code."""
    try:
        request = parse_line(line, number)
    except BadLine as exc:
        return CodedLine(exc.line_id, None, str(exc)), None
    try:
        document = clean(request.raw, settings)
    except (InputError, SkipInput) as exc:
        return CodedLine(request.id, None, str(exc), request.warnings), None
    return CodedLine(request.id, None, None, request.warnings), document


def _flush(nlp: Language, pending: list[tuple[CodedLine, Document | None]],
           settings: Settings) -> Iterator[CodedLine]:
    documents = [document for _, document in pending if document is not None]
    extractions = iter(extract_documents(nlp, documents, settings.batch_size))
    for coded, document in pending:
        yield coded if document is None else replace(coded, extraction=next(extractions))


def extraction_json(line_id: str, extraction: Extraction) -> dict[str, Any]:
    return {
        "id": line_id,
        "actors": [mention_json(m) for m in extraction.mentions],
        "events": [event_json(e) for e in extraction.events],
        "claims": [claim_json(c) for c in extraction.claims],
    }


def mention_json(mention: Mention) -> dict[str, Any]:
    actor = mention.actor
    return {"text": mention.text, "start": mention.start, "end": mention.end, "code": actor.code,
            "sector": actor.sector, "kind": str(actor.kind), "name": actor.name}


def ref_json(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"code": ref.code, "sector": ref.sector, "text": ref.text, "start": ref.start, "end": ref.end}


def event_json(event: Event) -> dict[str, Any]:
    return {
        "source": ref_json(event.source), "target": ref_json(event.target),
        "plover": event.plover, "mode": event.mode or None, "cameo": event.cameo, "quad": event.quad,
        "goldstein": event.goldstein, "modality": str(event.modality),
        "attributed_to": ref_json(event.attributed_to),
        "date": event.date, "date_precision": event.date_precision, "location": event.location,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "sentence": {"start": event.sentence.start, "end": event.sentence.end},
        "coded_by": event.coded_by, "confidence": event.confidence,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    obj: str | list[str] = claim.object[0] if len(claim.object) == 1 else list(claim.object)
    return {"holder": claim.holder, "subject": claim.subject, "relation": claim.relation, "object": obj,
            "value": claim.value, "unit": claim.unit, "stance": claim.stance,
            "sentence": {"start": claim.sentence.start, "end": claim.sentence.end}}
