"""HTML pages to text: trafilatura for the body, the page's own metadata, htmldate for dates."""

from __future__ import annotations

import logging

import trafilatura

from realpolitik.errors import InputError
from realpolitik.pubdate import parse_date
from realpolitik.records import RawInput

log = logging.getLogger(__name__)


def _page_date(html: str, found: str | None) -> str | None:
    if found:
        return found
    try:
        from htmldate import find_date

        return find_date(html, extensive_search=False)  # type: ignore[no-any-return]
    except Exception as exc:  # htmldate fails on odd markup; a missing date is not an error
        log.debug("htmldate failed: %s", exc)
        return None


def extract_html(raw: RawInput) -> RawInput:
    """The article of an HTML page as plain text, with title, author, outlet, date and URL."""
    try:
        extracted = trafilatura.bare_extraction(raw.content, url=raw.url, with_metadata=True)
    except Exception as exc:  # malformed markup must not stop the run
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if not extracted or isinstance(extracted, dict) or not extracted.text:
        raise InputError("no article text found in the HTML")
    published = raw.published or parse_date(_page_date(raw.content, extracted.date))
    return RawInput(raw.origin, extracted.text, "text/plain", title=raw.title or extracted.title,
                    author=raw.author or extracted.author, outlet=raw.outlet or extracted.sitename,
                    published=published, url=raw.url or extracted.url, size=raw.size)
