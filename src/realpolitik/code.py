"""The machine interface: JSON Lines in, one JSON line of actors, events and claims out per input.

The contract is documented in docs/jsonl.md; offsets point into the ``text`` of the input line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language

from realpolitik.clean import clean
from realpolitik.errors import InputError, SkipInput
from realpolitik.nlp import build_pipeline
from realpolitik.pipeline import extract_documents
from realpolitik.records import ActorRef, Claim, Document, Event, Extraction, Mention, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CodeRequest:
    """One parsed input line."""

    id: str
    raw: RawInput


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
    line_id = str(obj.get("id", fallback_id))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadLine(line_id, "missing or empty 'text' (a string is required)")
    published = None
    if obj.get("date") is not None:
        try:
            published = date.fromisoformat(str(obj["date"])[:10])
        except ValueError as exc:
            raise BadLine(line_id, f"'date' must be YYYY-MM-DD, got {obj['date']!r}") from exc
    raw = RawInput(origin=f"code:{line_id}", content=text, media_type=_media_type(text),
                   title=obj.get("title"), url=obj.get("url"), published=published, size=len(text))
    return CodeRequest(line_id, raw)


def _media_type(text: str) -> str:
    head = text.lstrip()[:200].lower()
    return "text/html" if head.startswith(("<!doctype html", "<html")) else "text/plain"


def code_lines(lines: Iterable[str], settings: Settings, nlp: Language | None = None,
               batch: int = 64) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in input order; bad lines give an error object."""
    nlp = nlp or build_pipeline(settings)
    pending: list[tuple[str, Document | str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        pending.append(_prepare(line, number, settings))
        if len(pending) >= batch:
            yield from _flush(nlp, pending, settings)
            pending = []
    yield from _flush(nlp, pending, settings)


def _prepare(line: str, number: int, settings: Settings) -> tuple[str, Document | str]:
    try:
        request = parse_line(line, number)
    except BadLine as exc:
        return exc.line_id, str(exc)
    try:
        return request.id, clean(request.raw, settings)
    except (InputError, SkipInput) as exc:
        return request.id, str(exc)


def _flush(nlp: Language, pending: list[tuple[str, Document | str]], settings: Settings) -> Iterator[dict]:
    documents = [item for _, item in pending if isinstance(item, Document)]
    extractions = iter(extract_documents(nlp, documents, settings.batch_size))
    for line_id, item in pending:
        if isinstance(item, str):
            yield {"id": line_id, "error": item}
        else:
            yield extraction_json(line_id, next(extractions))


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
