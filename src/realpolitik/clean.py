"""Clean stage (first version): the article text, its metadata and what was removed."""

from __future__ import annotations

import re

import trafilatura

from realpolitik.errors import InputError
from realpolitik.records import Document, OffsetMap, RawInput, RemovedSpan, document_id
from realpolitik.settings import Settings

DEBRIS = re.compile(
    r"^\s*(continue reading|read more|share this|advertisement|sign up for our newsletter)\b.*$",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<outlet>.+?)\s*$")
BYLINE = re.compile(r"^\s*by\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*$")


def clean(raw: RawInput, settings: Settings) -> Document:
    """A Document from one input; raises InputError when nothing is left."""
    if raw.media_type == "text/html":
        extracted = trafilatura.bare_extraction(raw.content, with_metadata=True)
        if not extracted or not extracted.text:
            raise InputError("no article text found in the HTML")
        raw = RawInput(raw.origin, extracted.text, "text/plain", title=raw.title or extracted.title,
                       author=raw.author or extracted.author, outlet=raw.outlet or extracted.sitename,
                       published=raw.published, url=raw.url or extracted.url, size=raw.size)
        return clean_text(raw, title_from_first_line=False)
    return clean_text(raw, title_from_first_line=raw.title is None)


def clean_text(raw: RawInput, title_from_first_line: bool) -> Document:
    source = raw.content
    kept: list[tuple[int, int]] = []
    removed: list[RemovedSpan] = []
    title, author, outlet = raw.title, raw.author, raw.outlet
    first = True
    for match in re.finditer(r"[^\n]*\n?", source):
        line_start, line_end = match.span()
        if line_start == line_end:
            break
        line = match.group().strip()
        if not line:
            kept.append((line_start, line_end))
            continue
        if first and title_from_first_line:
            title = line
            removed.append(RemovedSpan(line_start, line_end, "title", match.group()))
        elif (m := SOURCE_LINE.match(line)) is not None:
            outlet = outlet or m["outlet"]
            removed.append(RemovedSpan(line_start, line_end, "metadata: outlet", match.group()))
        elif (m := BYLINE.match(line)) is not None:
            author = author or m["author"]
            removed.append(RemovedSpan(line_start, line_end, "metadata: byline", match.group()))
        elif DEBRIS.match(line):
            removed.append(RemovedSpan(line_start, line_end, "web debris", match.group()))
        else:
            kept.append((line_start, line_end))
        first = False
    text, offsets = _assemble(source, kept)
    if not text.strip():
        raise InputError("no article text left after cleaning")
    return Document(id=document_id(text), origin=raw.origin, source_text=source, text=text, offsets=offsets,
                    title=title, author=author, outlet=outlet, published=raw.published, url=raw.url,
                    language="en", removed=tuple(removed))


def _assemble(source: str, kept: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    for start, end in kept:
        segments.append((length, start, end - start))
        parts.append(source[start:end])
        length += end - start
    return "".join(parts), OffsetMap(tuple(segments))
