"""Event dates: a date expression resolved against the publication date, with its precision.

``resolve_date("last week", date(2018, 5, 2))`` -> ResolvedDate("2018-04", "month"). Absolute
expressions ("in 2018", "June 12, 2018", "(1950-1953)", "the 1990s") need no publication date;
relative ones ("yesterday", "on Sunday", "months ago", "last year") do, and give None without it.
The rules are listed in docs/events.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "several": 3,
    "couple": 2,
}

_YEAR = r"(1[89]\d\d|20\d\d)"
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_DECADE_RE = re.compile(r"\b(1[89]\d0|20\d0)s\b")
_MONTH_DAY_RE = re.compile(r"\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? " + _YEAR + r")?")
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? " + _YEAR + r")?")
_MONTH_YEAR_RE = re.compile(r"\b([a-z]+)\.?,? " + _YEAR + r"\b")
_AGO_RE = re.compile(r"\b(\d+|[a-z]+)?\s*(day|week|month|year|decade)s? ago\b")
_ISO_RE = re.compile(rf"\b{_YEAR}-(\d\d)-(\d\d)\b")


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    precision: str  # "day", "month", "year" or "decade"


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def _month(d: date) -> ResolvedDate:
    return ResolvedDate(f"{d.year:04d}-{d.month:02d}", "month")


def _year(y: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}", "year")


def _months_back(d: date, n: int) -> date:
    index = d.year * 12 + d.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def resolve_date(text: str, published: date | None) -> ResolvedDate | None:
    """The date an expression names, or None when it names none we can place."""
    lower = " ".join(text.lower().replace("\u2013", "-").replace("\u2014", "-").split())
    return _absolute(lower, published) or (_relative(lower, published) if published else None)


def _absolute(lower: str, published: date | None) -> ResolvedDate | None:
    if m := _ISO_RE.search(lower):
        return _safe_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH_DAY_RE.search(lower):
        if m[1] in MONTHS:
            return _dated(int(m[3]) if m[3] else None, MONTHS[m[1]], int(m[2]), published)
    if m := _DAY_MONTH_RE.search(lower):
        if m[2] in MONTHS:
            return _dated(int(m[3]) if m[3] else None, MONTHS[m[2]], int(m[1]), published)
    if m := _MONTH_YEAR_RE.search(lower):
        if m[1] in MONTHS:
            return ResolvedDate(f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}", "month")
    if m := _DECADE_RE.search(lower):
        return ResolvedDate(m[1], "decade")
    if m := _YEAR_RE.search(lower):  # "in 2018", "(1950-1953)", "since 1950": the first year named
        return _year(int(m[1]))
    return None


def _dated(year: int | None, month: int, day: int, published: date | None) -> ResolvedDate | None:
    if year is None:
        if published is None:
            return None
        # A month and day without a year: the latest such day not after publication.
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    return _safe_day(year, month, day)


def _safe_day(year: int, month: int, day: int) -> ResolvedDate | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _relative(lower: str, published: date) -> ResolvedDate | None:
    words = set(re.findall(r"[a-z]+", lower))
    if words & {"today", "tonight", "now"} or "this morning" in lower or "this afternoon" in lower:
        return _day(published)
    if "yesterday" in words or "last night" in lower:
        return _day(published - timedelta(days=1))
    if "tomorrow" in words:
        return _day(published + timedelta(days=1))
    if m := _AGO_RE.search(lower):
        return _ago(m[1], m[2], published)
    for name, weekday in WEEKDAYS.items():
        if name in words:  # "on Sunday": the latest such day up to a week before publication
            back = (published.weekday() - weekday) % 7
            return _day(published - timedelta(days=back))
    return _named_period(lower, words, published)


def _ago(count: str | None, unit: str, published: date) -> ResolvedDate:
    n = int(count) if count and count.isdigit() else NUMBERS.get(count or "", 3)
    if unit == "day":
        return _day(published - timedelta(days=n))
    if unit == "week":
        return _month(published - timedelta(weeks=n))
    if unit == "month":
        return _month(_months_back(published, n))
    if unit == "year":
        return _year(published.year - n)
    return ResolvedDate(f"{(published.year - 10 * n) // 10 * 10}", "decade")


def _named_period(lower: str, words: set[str], published: date) -> ResolvedDate | None:
    for month_name, month in MONTHS.items():
        if month_name in words and len(month_name) > 3 and month_name != "may":
            year = published.year if month <= published.month else published.year - 1
            return ResolvedDate(f"{year:04d}-{month:02d}", "month")
    shift = (
        -1
        if "last" in words or "past" in words or "previous" in words
        else (1 if "next" in words else 0 if words & {"this", "current"} else None)
    )
    if shift is None:
        return None
    if "week" in words:
        return _month(published + timedelta(weeks=shift))
    if "month" in words:
        return _month(_months_back(published, -shift))
    if "year" in words:
        return _year(published.year + shift)
    return None
