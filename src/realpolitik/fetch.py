"""Polite fetching of URLs and RSS/Atom feeds: robots.txt, a per-host delay, timeouts, a disk cache."""

from __future__ import annotations

import hashlib
import json
import logging
import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from lxml import etree

from realpolitik.errors import InputError
from realpolitik.pubdate import parse_date
from realpolitik.records import InputState, InputStatus, RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

Item = RawInput | InputStatus
ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True)
class FeedEntry:
    link: str | None
    title: str | None
    published: str | None
    summary: str | None


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def feed_entries(text: str) -> list[FeedEntry]:
    """Entries of an RSS 2.0 or Atom feed; InputError when it is not one."""
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed feed XML: {exc}") from exc
    entries = []
    for item in root.iter("item"):
        entries.append(FeedEntry(item.findtext("link"), item.findtext("title"), item.findtext("pubDate"),
                                 item.findtext("description")))
    for entry in root.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link")
        entries.append(FeedEntry(link.get("href") if link is not None else None, entry.findtext(f"{ATOM}title"),
                                 entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated"),
                                 entry.findtext(f"{ATOM}content") or entry.findtext(f"{ATOM}summary")))
    return entries


def feed_items(origin: str, text: str) -> Iterator[Item]:
    """A local feed file: each entry's own text (its summary or content)."""
    from realpolitik.formats import looks_like_html

    for number, entry in enumerate(feed_entries(text), start=1):
        where = f"{origin}#{number}"
        if not entry.summary or not entry.summary.strip():
            yield InputStatus(where, InputState.ERROR, "feed entry without text; fetch its link instead")
            continue
        media = "text/html" if looks_like_html(entry.summary) or "<p" in entry.summary else "text/plain"
        yield RawInput(where, entry.summary, media, title=entry.title, url=entry.link,
                       published=parse_date((entry.published or "")[:10]), size=len(entry.summary))


class Fetcher:
    """One polite HTTP client for a run: obeys robots.txt, waits between requests to a host, caches."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.client = httpx.Client(headers={"User-Agent": settings.user_agent}, timeout=settings.fetch_timeout_s,
                                   follow_redirects=True, transport=transport)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def inputs(self, url: str) -> Iterator[Item]:
        """The page at ``url``, or, for a feed, the page behind each of its entries."""
        try:
            fetched = self.get(url)
        except InputError as exc:
            yield InputStatus(url, InputState.ERROR, str(exc))
            return
        from realpolitik.formats import decode, looks_like_html

        try:
            text = decode(fetched.content)
        except InputError as exc:
            yield InputStatus(url, InputState.ERROR, str(exc), size=len(fetched.content))
            return
        if "xml" in fetched.content_type or text.lstrip().startswith(("<?xml", "<rss", "<feed")):
            if not looks_like_html(text):
                yield from self._feed(url, text)
                return
        media = "text/html" if "html" in fetched.content_type or looks_like_html(text) else "text/plain"
        yield RawInput(url, text, media, url=fetched.url, size=len(fetched.content))

    def _feed(self, url: str, text: str) -> Iterator[Item]:
        try:
            entries = feed_entries(text)
        except InputError as exc:
            yield InputStatus(url, InputState.ERROR, str(exc))
            return
        for entry in entries:
            if entry.link:
                yield from self.inputs(urljoin(url, entry.link.strip()))

    def get(self, url: str) -> Fetched:
        """The response body of ``url`` from the cache or the network; InputError when unavailable."""
        cached = self._from_cache(url)
        if cached is not None:
            return cached
        if not self.allowed(url):
            raise InputError(f"robots.txt disallows fetching {url}")
        response = self._request(url)
        if response.status_code >= 400:
            raise InputError(f"HTTP {response.status_code} for {url}")
        if len(response.content) > self.settings.max_bytes:
            raise InputError(f"larger than the limit of {self.settings.max_bytes} bytes")
        fetched = Fetched(str(response.url), response.content, response.headers.get("content-type", ""))
        self._to_cache(url, fetched)
        return fetched

    def _request(self, url: str) -> httpx.Response:
        host = urlsplit(url).netloc
        wait = self._last_request.get(host, 0.0) + self.settings.fetch_delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # politeness: one request per fetch_delay_s per host
        try:
            return self.client.get(url)
        except httpx.HTTPError as exc:
            raise InputError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
        finally:
            self._last_request[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        rules = self._robots[key]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; None (everything allowed) when it has no robots.txt or it cannot be read."""
        try:
            response = self._request(f"{base}/robots.txt")
        except InputError as exc:
            log.info("no robots.txt for %s: %s", base, exc)
            return None
        if response.status_code >= 400:
            return None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(response.text.splitlines())
        return rules

    def _cache_path(self, url: str):  # type: ignore[no-untyped-def]
        if self.settings.cache_dir is None:
            return None
        return self.settings.cache_dir / hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]

    def _from_cache(self, url: str) -> Fetched | None:
        path = self._cache_path(url)
        if path is None or not path.with_suffix(".json").exists():
            return None
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return Fetched(meta["url"], path.with_suffix(".body").read_bytes(), meta["content_type"])

    def _to_cache(self, url: str, fetched: Fetched) -> None:
        path = self._cache_path(url)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".body").write_bytes(fetched.content)
        meta = {"url": fetched.url, "content_type": fetched.content_type, "requested": url}
        path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
