"""Typed records at the storage boundary.

Every record is a frozen dataclass. Character offsets in a record point into
``Document.source_text``: the text as it was given (for HTML, the text that the
extractor returned), never into the cleaned text that the parser saw.
See docs/data-model.md.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Modality(StrEnum):
    """Whether the text says an event happened."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    CONDITIONAL = "conditional"
    FUTURE = "future"
    SPECULATIVE = "speculative"


class ActorKind(StrEnum):
    STATE = "state"
    LEADER = "leader"
    PERSON = "person"
    IGO = "igo"
    NSAG = "nsag"
    SECTOR = "sector"


# Actor codes that name no state: international bodies, transnational and unplaced armed groups.
NON_STATE_CODES = frozenset({"IGO", "IMG", "NSA"})


def is_state_code(code: str) -> bool:
    """A three-letter code of a state (ISO 3166-1 alpha-3), not an IGO or a non-state group."""
    return len(code) == 3 and code not in NON_STATE_CODES


class InputState(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"
    ERROR = "error"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class TextSpan:
    """A stretch of text: ``text == source_text[start:end]``."""

    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class RemovedSpan:
    """A stretch that cleaning removed, and why."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in cleaned text back to the text as given.

    ``segments`` holds (clean_start, source_start, length) for each kept stretch,
    sorted by clean_start; cleaned text is the concatenation of the kept stretches.
    """

    segments: tuple[tuple[int, int, int], ...] = ()

    @staticmethod
    def identity(length: int) -> OffsetMap:
        return OffsetMap(((0, 0, length),))

    def to_source(self, offset: int) -> int:
        if not self.segments:
            return offset
        starts = [seg[0] for seg in self.segments]
        i = max(0, bisect_right(starts, offset) - 1)
        clean_start, source_start, length = self.segments[i]
        return source_start + min(offset - clean_start, length)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of a text that identifies it: NFKC, case-folded, white space folded."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RawInput:
    """One input as read, before cleaning: decoded content plus what its container said."""

    origin: str
    content: str
    media_type: str = "text/plain"
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    size: int = 0


@dataclass(frozen=True)
class Document:
    """One article after ingestion and cleaning."""

    id: str
    origin: str
    source_text: str
    text: str
    offsets: OffsetMap
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None
    removed: tuple[RemovedSpan, ...] = ()
    near_duplicate_of: str | None = None


@dataclass(frozen=True)
class Sentence:
    document: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """Who acts: a country or organisation code, a sector, and an identity."""

    code: str
    sector: str | None
    name: str
    kind: ActorKind


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in one place of a text."""

    code: str
    sector: str | None
    text: str
    start: int
    end: int
    name: str = ""


@dataclass(frozen=True)
class Mention:
    """A span of text resolved to an actor, with the reason it resolved so."""

    document: str
    start: int
    end: int
    text: str
    actor: Actor
    reason: str = ""


@dataclass(frozen=True)
class Event:
    """One coded event: source does (PLOVER type, CAMEO code) to target."""

    document: str
    source: ActorRef
    target: ActorRef | None
    plover: str
    mode: str | None
    cameo: str
    quad: int
    goldstein: float
    modality: Modality
    trigger: TextSpan
    sentence: TextSpan
    attributed_to: ActorRef | None = None
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    coded_by: str = "lexicon"  # "lexicon" (a rule of the lexicon) or "model" (the learned sentence typer)
    confidence: float | None = None  # the typer's probability for "model" events


@dataclass(frozen=True)
class Claim:
    """Who says what relation holds between actors, with the author's stance."""

    document: str
    holder: str
    subject: str
    relation: str
    object: tuple[str, ...]
    sentence: TextSpan
    value: float | None = None
    unit: str | None = None
    stance: str = "asserts"


@dataclass(frozen=True)
class InputStatus:
    """The fate of one input: every input gets exactly one."""

    origin: str
    state: InputState
    reason: str = ""
    document: str | None = None
    size: int = 0


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
