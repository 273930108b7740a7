"""Clean stage: the article text, its metadata and every removed stretch with its reason.

``clean(raw, settings)`` turns one RawInput into a Document whose ``offsets`` map the cleaned
text back to ``source_text`` (the text as given; for HTML the text the extractor returned).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

from realpolitik.ads import COMMERCIAL_WORDS, content_words, has_commercial_cue, score_paragraph
from realpolitik.errors import InputError, SkipInput
from realpolitik.language import detect_language, is_accepted
from realpolitik.pubdate import parse_date
from realpolitik.records import (
    Document,
    InputStatus,
    OffsetMap,
    RawInput,
    RemovedSpan,
    document_id,
    normalise_text,
)
from realpolitik.settings import Settings

__all__ = ["CleanReport", "clean", "clean_report", "clean_text"]

log = logging.getLogger(__name__)

# Lines that are page furniture, never article text; matched on whole short lines only.
DEBRIS = re.compile(
    r"(continue reading|read more|read the full (story|article)|share (this|on|via)( (article|story|page|post))?|"
    r"(read more|see also|more on this story|recommended|most read)\s*:.*|share|advertisement|"
    r"advertising|sponsored( content)?|(sign up|subscribe)( now)? (for|to) our (free )?newsletters?|"
    r"follow us on|click here to|related( articles| stories)?:|(©|\(c\)|copyright)\s.*|"
    r".*all rights reserved|skip to (main )?content|back to top|print this (page|article)|"
    r"comments?|leave a comment|tags?:.*|image:.*|photo:.*|\W+)"
    r"[\s.:!>»›…-]*",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(r"\bnewsletters?\b.*\b(sign up|subscribe|inbox|delivered|get)\b|"
                        r"\b(sign up|subscribe)\b.*\bnewsletters?\b", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^\s*(Source|Outlet|Publication):\s*(?P<outlet>.+?)\s*$", re.IGNORECASE)
BYLINE = re.compile(r"^\s*by\s+(?P<author>[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&|van|de|von)){0,5})"
                    r"\s*(?:[,|/-].{0,40})?$", re.IGNORECASE)
DATE_LINE = re.compile(r"^\s*(Published|Date|Updated|Posted)(\s+on)?:?\s*(?P<date>.{6,40}?)\s*$", re.IGNORECASE)
TERMINAL = (".", ";", ",", ":")
MAX_TITLE_WORDS = 30
MAX_DEBRIS_WORDS = 30


def clean(raw: RawInput, settings: Settings) -> Document:
    """A Document from one input; InputError when nothing is left, SkipInput when not wanted."""
    if raw.media_type == "text/html":
        from realpolitik.html import extract_html

        document = clean_text(extract_html(raw), title_from_first_line=False)
    else:
        document = clean_text(raw, title_from_first_line=raw.title is None)
    code, confidence = detect_language(document.text, settings.languages[0] if settings.languages else "en")
    if not is_accepted(code, confidence, settings.languages):
        raise SkipInput(f"language is {code!r} (confidence {confidence:.2f}), not one of {settings.languages}")
    return replace(document, language=code)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()


def _lines(source: str) -> list[_Line]:
    return [_Line(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*\n?", source) if m.group()]


@dataclass
class _Metadata:
    title: str | None
    author: str | None
    outlet: str | None
    published: date | None


def _is_title(line: _Line, lines: list[_Line], index: int) -> bool:
    """A first line is a title only when more text follows and it does not read like a sentence."""
    text = line.text
    more_follows = any(other.text for other in lines[index + 1:])
    return (more_follows and not text.endswith(TERMINAL) and len(text.split()) <= MAX_TITLE_WORDS
            and not DEBRIS.fullmatch(text))


def _metadata_reason(text: str, meta: _Metadata) -> str | None:
    """Fills ``meta`` from a metadata line and says which kind it was; None for other lines."""
    if (m := SOURCE_LINE.match(text)) is not None:
        meta.outlet = meta.outlet or m["outlet"]
        return "metadata: outlet"
    if (m := DATE_LINE.match(text)) is not None and (found := parse_date(m["date"])) is not None:
        meta.published = meta.published or found
        return "metadata: date"
    if (m := BYLINE.match(text)) is not None and len(text.split()) <= 10:
        meta.author = meta.author or m["author"]
        return "metadata: byline"
    return None


def _debris_reason(text: str) -> str | None:
    if len(text.split()) > MAX_DEBRIS_WORDS:
        return None
    if DEBRIS.fullmatch(text):
        return "web debris"
    if NEWSLETTER.search(text):
        return "web debris: newsletter prompt"
    return None


def clean_text(raw: RawInput, title_from_first_line: bool) -> Document:
    """Cleans plain text line by line, keeping an offset map and the removed spans."""
    source = raw.content
    lines = _lines(source)
    meta = _Metadata(raw.title, raw.author, raw.outlet, raw.published)
    removed: dict[int, str] = {}
    first_content = next((i for i, line in enumerate(lines) if line.text), None)
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if i == first_content and title_from_first_line and _is_title(line, lines, i):
            meta.title = line.text
            removed[i] = "title"
        elif i == first_content and raw.title and normalise_text(line.text) == normalise_text(raw.title):
            # The page's heading repeated as the body's first line would run into the first sentence.
            removed[i] = "title"
        elif (reason := _metadata_reason(line.text, meta) or _debris_reason(line.text)) is not None:
            removed[i] = reason
    removed.update(_promotional_lines(lines, removed))
    kept = _kept_ranges(lines, removed)
    text, offsets = _assemble(source, kept)
    if not text.strip():
        raise InputError("no article text left after cleaning")
    spans = tuple(RemovedSpan(lines[i].start, lines[i].end, reason, lines[i].raw) for i, reason in
                  sorted(removed.items()))
    return Document(id=document_id(text), origin=raw.origin, source_text=source, text=text, offsets=offsets,
                    title=meta.title, author=meta.author, outlet=meta.outlet, published=meta.published,
                    url=raw.url, language=None, removed=spans)


def _promotional_lines(lines: list[_Line], removed: dict[int, str]) -> dict[int, str]:
    """Paragraphs (lines) whose promotional cues add up, judged against the rest of the article."""
    candidates = [i for i, line in enumerate(lines) if line.text and i not in removed]
    if len(candidates) < 2:
        return {}  # an ad is injected into an article: a text of one paragraph is what was sent
    words = {i: content_words(lines[i].text) for i in candidates}
    total = Counter(w for i in candidates for w in words[i])
    text_of = {i: lines[i].text for i in candidates}
    found: dict[int, str] = {}
    for i in candidates:
        if not has_commercial_cue(words[i]):
            continue  # cannot score as promotional; skip the costly comparison with the rest
        rest_counts = total - Counter(words[i])
        rest_text = " ".join(text_of[j] for j in candidates if j != i)
        rest_size = sum(rest_counts.values())
        rest_commercial = sum(n for w, n in rest_counts.items() if w in COMMERCIAL_WORDS) / max(1, rest_size)
        score = score_paragraph(lines[i].text, set(rest_counts), rest_text, rest_commercial)
        if score.is_promotional:
            found[i] = score.reason()
    return found


def _kept_ranges(lines: list[_Line], removed: dict[int, str]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    started = False
    for i, line in enumerate(lines):
        if i in removed or (not started and not line.text):
            continue  # leading blank lines carry nothing
        started = True
        if kept and kept[-1][1] == line.start:
            kept[-1] = (kept[-1][0], line.end)
        else:
            kept.append((line.start, line.end))
    return kept


def _assemble(source: str, kept: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    for start, end in kept:
        segments.append((length, start, end - start))
        parts.append(source[start:end])
        length += end - start
    return "".join(parts), OffsetMap(tuple(segments))


# -- the report behind `realpolitik clean FILE` -------------------------------------------------


@dataclass(frozen=True)
class CleanReport:
    """What the cleaner made of one input: kept text, metadata and removed spans."""

    text: str
    title: str | None
    author: str | None
    outlet: str | None
    date: str | None
    language: str | None
    removed: tuple[RemovedSpan, ...]
    origin: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "title": self.title, "author": self.author, "outlet": self.outlet,
                "date": self.date, "language": self.language, "removed": [asdict(r) for r in self.removed]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1)


def clean_report(path: str | Path, settings: Settings) -> CleanReport:
    """Cleans the first input found at ``path``; InputError/SkipInput say why when there is none."""
    from realpolitik.ingest import iter_inputs

    for item in iter_inputs([str(path)], settings):
        if isinstance(item, InputStatus):
            raise InputError(f"{item.origin}: {item.reason}")
        doc = clean(item, settings)
        return CleanReport(doc.text, doc.title, doc.author, doc.outlet,
                           doc.published.isoformat() if doc.published else None, doc.language, doc.removed,
                           doc.origin)
    raise InputError(f"no input found at {path}")
