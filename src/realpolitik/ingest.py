"""Ingest stage: paths, folders, archives, stdin and URLs to RawInputs, one InputStatus per bad input.

``iter_inputs(paths, settings)`` yields, in a stable order, a RawInput for every readable
input and an InputStatus (state ERROR) with a clear reason for every one that is not.
"""

from __future__ import annotations

import fnmatch
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.formats import from_bytes
from realpolitik.records import InputState, InputStatus, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

Item = RawInput | InputStatus


def iter_inputs(paths: Sequence[str], settings: Settings) -> Iterator[Item]:
    """Every input found under ``paths`` (files, folders, archives, URLs, ``-`` for stdin)."""
    fetcher = None
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
            yield from from_bytes("stdin", "stdin", data, settings)
        elif given.startswith(("http://", "https://")):
            if fetcher is None:
                from realpolitik.fetch import Fetcher

                fetcher = Fetcher(settings)
            yield from fetcher.inputs(given)
        else:
            yield from _from_path(Path(given), given, settings)
    if fetcher is not None:
        fetcher.close()


def _from_path(path: Path, given: str, settings: Settings) -> Iterator[Item]:
    if not path.exists():
        yield InputStatus(given, InputState.ERROR, "no such file or folder")
    elif path.is_dir():
        for child in folder_files(path, settings):
            yield from read_file(child, settings)
    else:
        yield from read_file(path, settings)


def folder_files(folder: Path, settings: Settings) -> list[Path]:
    """Files under ``folder``, sorted, hidden ones left out, filtered by include/exclude globs."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if settings.include and not _matches(relative, settings.include):
            continue
        if settings.exclude and _matches(relative, settings.exclude):
            continue
        found.append(path)
    return found


def _matches(relative: Path, patterns: Sequence[str]) -> bool:
    text = relative.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(relative.name, p) for p in patterns)


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputError(f"larger than the limit of {settings.max_bytes} bytes ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        yield InputStatus(origin, InputState.ERROR, f"cannot read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield InputStatus(origin, InputState.ERROR, str(exc), size=size)
        return
    yield from from_bytes(origin, path.name, data, settings)
