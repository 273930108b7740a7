"""Ingest: every format in, one status row per bad input, a polite fetcher against a local server."""

from __future__ import annotations

import gzip
import io
import json
import threading
import zipfile
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from realpolitik.ingest import iter_inputs
from realpolitik.records import InputState, InputStatus, RawInput
from realpolitik.settings import Settings

STORY = ("Talks in Geneva\n\nThe foreign ministers of Iran and France met in Geneva on Monday to discuss "
         "the nuclear programme and the sanctions that the European Union imposed last year.\n")
SETTINGS = Settings(fetch_delay_s=0.0, fetch_timeout_s=2.0)


def _warc(url: str, html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def hostile_folder(tmp_path: Path) -> tuple[Path, int]:
    """A folder of good and bad inputs; returns it with the number of inputs it holds."""
    files: dict[str, bytes] = {
        "good.txt": STORY.encode(),
        "binary.bin": bytes(range(256)) * 4,
        "empty.txt": b"",
        "huge.txt": b"x" * 5000,
        "latin1.txt": STORY.replace("Geneva", "Gen\xe8ve").encode("cp1252"),
        "mixed.txt": STORY.encode() + "caf\xe9 au lait\n".encode("cp1252"),
        "bad.html": b"<html><body><div><p>unclosed <b>tags",
        "rows.jsonl": b'{"text": "' + STORY.replace("\n", " ").encode() + b'"}\n{broken json\n{"title": "no text"}\n',
        "rows.csv": b'text,title\n"' + STORY.replace("\n", " ").encode() + b'",T\n"",empty\n',
        "broken.zip": b"PK\x03\x04 not really a zip",
        "broken.gz": b"\x1f\x8b\x08 not really gzip",
        "page.warc": _warc("https://example.org/a", f"<html><body><article><p>{STORY}</p></article></body></html>"),
        "de.txt": "Der Bundestag hat heute über den Haushalt abgestimmt und die Opposition kritisierte die "
                  "Regierung scharf wegen der hohen Schulden.\n".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    # inputs: 13 files, but rows.jsonl holds 3 and rows.csv 2
    return tmp_path, len(files) + 2 + 1


def test_formats_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"body": STORY, "headline": "H", "when": "2024-02-01"}) + "\n")
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(b"body,headline\n\"Some text here.\",H2\n"))
    (tmp_path / "c.zip").write_bytes(_zip({"x/one.txt": STORY.encode(), "x/two.html": b"<html><p>Hi</p></html>"}))
    settings = replace(SETTINGS, csv_columns={"text": "body", "title": "headline", "date": "when"})
    items = list(iter_inputs([str(tmp_path)], settings))
    raws = [i for i in items if isinstance(i, RawInput)]
    assert [i.origin.replace(str(tmp_path) + "/", "") for i in items] == ["a.jsonl#1", "b.csv.gz#2", "c.zip!x/one.txt",
                                                        "c.zip!x/two.html"]
    assert raws[0].title == "H" and str(raws[0].published) == "2024-02-01"
    assert raws[1].title == "H2" and raws[3].media_type == "text/html"


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "sub/c.txt", "sub/skip.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(STORY)
    settings = replace(SETTINGS, include=("*.txt",), exclude=("skip*",))
    origins = [i.origin for i in iter_inputs([str(tmp_path)], settings)]
    assert [Path(o).name for o in origins] == ["a.txt", "c.txt"]


def test_hostile_inputs_each_get_one_status(hostile_folder, store, nlp) -> None:  # type: ignore[no-untyped-def]
    from realpolitik.pipeline import run_paths

    folder, expected = hostile_folder
    report = run_paths([str(folder), str(folder / "missing.txt")], replace(SETTINGS, max_bytes=4000), store, nlp)
    rows = store.con.execute("SELECT origin, state, reason FROM inputs").fetchall()
    origins = [r[0] for r in rows]
    assert len(origins) == len(set(origins)) == expected + 1 == report.inputs
    states = {Path(o).name: s for o, s, _ in rows}
    assert states["good.txt"] == "ok" and states["binary.bin"] == "error" and states["de.txt"] == "skipped"
    assert states["huge.txt"] == "error" and states["empty.txt"] == "error" and states["broken.zip"] == "error"
    assert all(reason for _, state, reason in rows if state != "ok")


class _Site(BaseHTTPRequestHandler):
    pages = {
        "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private\n"),
        "/story": ("text/html", "<html><head><title>Talks</title></head><body><article>"
                   + "".join(f"<p>{STORY} Paragraph {i}.</p>" for i in range(4)) + "</article></body></html>"),
        "/private": ("text/html", "<html><body><p>secret</p></body></html>"),
        "/feed": ("application/rss+xml", "<?xml version='1.0'?><rss><channel><item><title>T</title>"
                  "<link>/story</link></item><item><link>/gone</link></item></channel></rss>"),
    }
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.seen.append(self.path)
        if self.path not in self.pages:
            self.send_error(404)
            return
        kind, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetch_pages_feeds_robots_and_cache(site: str, tmp_path: Path) -> None:
    settings = replace(SETTINGS, cache_dir=tmp_path / "cache")
    items = list(iter_inputs([f"{site}/story", f"{site}/private", f"{site}/feed", "http://127.0.0.1:9/x"], settings))
    states = [(i.origin.replace(site, ""), isinstance(i, RawInput)) for i in items]
    assert states == [("/story", True), ("/private", False), ("/story", True), ("/gone", False),
                      ("http://127.0.0.1:9/x", False)]
    assert "robots" in items[1].reason and "404" in items[3].reason  # type: ignore[union-attr]
    assert "/private" not in _Site.seen
    before = len(_Site.seen)
    again = list(iter_inputs([f"{site}/story"], settings))
    assert isinstance(again[0], RawInput) and len(_Site.seen) == before  # from the cache
    assert not isinstance(again[0], InputStatus)


def test_bad_states_are_errors(tmp_path: Path) -> None:
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02binary")
    (status,) = iter_inputs([str(tmp_path / "b.bin")], SETTINGS)
    assert isinstance(status, InputStatus) and status.state == InputState.ERROR and "binary" in status.reason
