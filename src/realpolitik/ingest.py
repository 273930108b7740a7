"""Ingest stage (first version): paths to RawInputs, with one InputStatus for each bad input."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.records import InputState, InputStatus, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def iter_inputs(paths: Sequence[str], settings: Settings) -> Iterator[RawInput | InputStatus]:
    """Every input found under ``paths`` (files, folders, ``-`` for stdin), in a stable order."""
    for given in paths:
        if given == "-":
            yield from _from_text("stdin", sys.stdin.read(), settings)
            continue
        path = Path(given)
        if not path.exists():
            yield InputStatus(given, InputState.ERROR, "no such file or folder")
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from _from_file(child, settings)
        else:
            yield from _from_file(path, settings)


def _from_file(path: Path, settings: Settings) -> Iterator[RawInput | InputStatus]:
    origin = str(path)
    try:
        data = path.read_bytes()
        if len(data) > settings.max_bytes:
            raise InputError(f"larger than the limit of {settings.max_bytes} bytes")
        text = decode(data)
    except (OSError, InputError) as exc:
        yield InputStatus(origin, InputState.ERROR, str(exc), size=path.stat().st_size)
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(origin, text)
    elif suffix == ".csv":
        yield from read_csv(origin, text)
    elif suffix in HTML_SUFFIXES:
        yield RawInput(origin, text, "text/html", size=len(data))
    else:
        yield from _from_text(origin, text, settings)


def _from_text(origin: str, text: str, settings: Settings) -> Iterator[RawInput | InputStatus]:
    media = "text/html" if text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")) else "text/plain"
    yield RawInput(origin, text, media, size=len(text.encode("utf-8")))


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else a clear InputError."""
    if not data.strip():
        raise InputError("empty input")
    if b"\x00" in data[:4096]:
        raise InputError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_jsonl(origin: str, text: str) -> Iterator[RawInput | InputStatus]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            obj = json.loads(line)
            body = obj["text"]
            if not isinstance(body, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError) as exc:
            yield InputStatus(where, InputState.ERROR, f"malformed JSON line: {exc}")
            continue
        yield RawInput(where, body, "text/plain", title=obj.get("title"), url=obj.get("url"),
                       published=_parse_date(obj.get("date")), size=len(line))


def read_csv(origin: str, text: str) -> Iterator[RawInput | InputStatus]:
    reader = csv.DictReader(io.StringIO(text))
    for number, row in enumerate(reader, start=2):
        where = f"{origin}#{number}"
        body = row.get("text")
        if not body:
            yield InputStatus(where, InputState.ERROR, "CSV row without a text column value")
            continue
        yield RawInput(where, body, "text/plain", title=row.get("title"), url=row.get("url"),
                       published=_parse_date(row.get("date")), size=len(body))
