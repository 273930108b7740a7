"""Input formats: text, HTML, JSON Lines, CSV, WARC, gzip and zip, sniffed by name and content."""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import PurePosixPath

from realpolitik.errors import InputError
from realpolitik.pubdate import parse_date
from realpolitik.records import InputState, InputStatus, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

Item = RawInput | InputStatus
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
LOGICAL_COLUMNS = ("text", "title", "date", "url", "author", "outlet", "id")
# Control characters other than tab/newline/carriage return/form feed: a sign of binary content.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def from_bytes(origin: str, name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    """Inputs from one blob, dispatched on its name and its first bytes."""
    suffix = PurePosixPath(name.lower()).suffix
    try:
        if data[:2] == b"\x1f\x8b" or suffix == ".gz":
            yield from _gzip(origin, name, data, settings)
        elif data[:4] == b"PK\x03\x04" or suffix == ".zip":
            yield from _zip(origin, data, settings)
        elif suffix in (".warc", ".arc") or data[:5] == b"WARC/":
            yield from read_warc(origin, data, settings)
        else:
            yield from _text_format(origin, suffix, data, settings)
    except InputError as exc:
        yield InputStatus(origin, InputState.ERROR, str(exc), size=len(data))


def _text_format(origin: str, suffix: str, data: bytes, settings: Settings) -> Iterator[Item]:
    text = decode(data)
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(origin, text, settings)
    elif suffix == ".json":
        yield from read_json(origin, text, settings)
    elif suffix in (".csv", ".tsv"):
        yield from read_csv(origin, text, settings, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix in (".xml", ".rss", ".atom") or _looks_like_feed(text):
        from realpolitik.fetch import feed_items

        yield from feed_items(origin, text)
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        yield RawInput(origin, text, "text/html", size=len(data))
    else:
        yield RawInput(origin, text, "text/plain", size=len(data))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:500]
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head) or head.startswith(("<rss", "<feed"))


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8/UTF-16 by BOM, UTF-8, else line by line UTF-8 or cp1252 (mixed files)."""
    if not data.strip():
        raise InputError("empty input")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"broken UTF-16 text: {exc}") from exc
    head = data[:8192]
    if b"\x00" in head or sum(head.count(bytes([c])) for c in _CONTROL) > len(head) * 0.02:
        raise InputError("binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("input is not valid UTF-8; decoding line by line with a cp1252 fallback")
        return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _parse_date(value: object) -> date | None:
    return parse_date(value) if isinstance(value, str) else None


def record_input(where: str, record: dict[str, object], columns: dict[str, str], size: int) -> Item:
    """A RawInput from one JSON object or CSV row, through the logical → column mapping."""
    def field(name: str) -> str | None:
        value = record.get(columns.get(name, name))
        return str(value) if value not in (None, "") else None

    body = record.get(columns.get("text", "text"))
    if not isinstance(body, str) or not body.strip():
        return InputStatus(where, InputState.ERROR, f"no text in column {columns.get('text', 'text')!r}", size=size)
    origin = f"{where}:{field('id')}" if field("id") else where
    return RawInput(origin, body, "text/html" if looks_like_html(body) else "text/plain", title=field("title"),
                    author=field("author"), outlet=field("outlet"), published=_parse_date(field("date")),
                    url=field("url"), size=size)


def read_jsonl(origin: str, text: str, settings: Settings) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield InputStatus(where, InputState.ERROR, f"malformed JSON line: {exc}", size=len(line))
            continue
        if not isinstance(obj, dict):
            yield InputStatus(where, InputState.ERROR, "JSON line is not an object", size=len(line))
            continue
        yield record_input(where, obj, settings.csv_columns, len(line))


def read_json(origin: str, text: str, settings: Settings) -> Iterator[Item]:
    """A JSON file holding one article object or a list of them."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"malformed JSON: {exc}") from exc
    if isinstance(data, dict):
        yield record_input(origin, data, settings.csv_columns, len(text))
        return
    if not isinstance(data, list):
        raise InputError("JSON is neither an object nor a list of objects")
    for number, obj in enumerate(data, start=1):
        where = f"{origin}#{number}"
        if isinstance(obj, dict):
            yield record_input(where, obj, settings.csv_columns, len(json.dumps(obj)))
        else:
            yield InputStatus(where, InputState.ERROR, "JSON list item is not an object")


def read_csv(origin: str, text: str, settings: Settings, delimiter: str = ",") -> Iterator[Item]:
    csv.field_size_limit(max(settings.max_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    wanted = settings.csv_columns.get("text", "text")
    if reader.fieldnames is None or wanted not in reader.fieldnames:
        raise InputError(f"CSV has no {wanted!r} column (columns: {reader.fieldnames}); set csv_columns")
    number = 1
    try:
        for number, row in enumerate(reader, start=2):
            where = f"{origin}#{number}"
            if None in row:  # more cells than the header names
                yield InputStatus(where, InputState.ERROR, "malformed CSV row: more cells than columns")
                continue
            yield record_input(where, row, settings.csv_columns, sum(len(v or "") for v in row.values()))
    except csv.Error as exc:
        yield InputStatus(f"{origin}#{number + 1}", InputState.ERROR, f"malformed CSV from here on: {exc}")


def _gzip(origin: str, name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inner = stream.read(settings.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"unreadable gzip archive: {exc}") from exc
    if len(inner) > settings.max_bytes:
        raise InputError(f"gzip content larger than the limit of {settings.max_bytes} bytes")
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    if inner_name.lower().endswith((".warc", ".arc")):
        yield from read_warc(origin, inner, settings)
    else:
        yield from from_bytes(origin, inner_name, inner, settings)


def _zip(origin: str, data: bytes, settings: Settings) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = sorted((m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"unreadable zip archive: {exc}") from exc
    for member in members:
        where = f"{origin}!{member.filename}"
        if PurePosixPath(member.filename).name.startswith(".") or "__MACOSX" in member.filename:
            continue
        if member.file_size > settings.max_bytes:
            yield InputStatus(where, InputState.ERROR, f"larger than the limit of {settings.max_bytes} bytes")
            continue
        try:
            inner = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, zlib.error, NotImplementedError) as exc:
            yield InputStatus(where, InputState.ERROR, f"unreadable zip member: {exc}")
            continue
        yield from from_bytes(where, member.filename, inner, settings)


def read_warc(origin: str, data: bytes, settings: Settings) -> Iterator[Item]:
    """HTML and text responses of a WARC file, each with its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type not in ("response", "resource"):
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{number}"
            kind = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
            if kind and not kind.startswith(("text/", "application/xhtml")):
                continue
            body = record.content_stream().read(settings.max_bytes + 1)
            yield from _warc_body(where, uri, body, settings)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        raise InputError(f"unreadable WARC after {number} records: {exc}") from exc


def _warc_body(where: str, uri: str | None, body: bytes, settings: Settings) -> Iterator[Item]:
    if len(body) > settings.max_bytes:
        yield InputStatus(where, InputState.ERROR, f"larger than the limit of {settings.max_bytes} bytes")
        return
    try:
        text = decode(body)
    except InputError as exc:
        yield InputStatus(where, InputState.ERROR, str(exc), size=len(body))
        return
    media = "text/html" if looks_like_html(text) else "text/plain"
    yield RawInput(where, text, media, url=uri, size=len(body))
