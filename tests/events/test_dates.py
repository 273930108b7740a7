from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.dates import ResolvedDate, resolve_date

PUB = date(2018, 5, 2)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", ResolvedDate("2018-04", "month")),
        ("on Sunday", ResolvedDate("2018-04-29", "day")),
        ("yesterday", ResolvedDate("2018-05-01", "day")),
        ("months ago", ResolvedDate("2018-02", "month")),
        ("two years ago", ResolvedDate("2016", "year")),
        ("in 2018", ResolvedDate("2018", "year")),
        ("(1950-1953)", ResolvedDate("1950", "year")),
        ("the 1990s", ResolvedDate("1990", "decade")),
        ("June 12, 2018", ResolvedDate("2018-06-12", "day")),
        ("12 June", ResolvedDate("2017-06-12", "day")),
        ("March 2017", ResolvedDate("2017-03", "month")),
        ("last year", ResolvedDate("2017", "year")),
        ("in March", ResolvedDate("2018-03", "month")),
    ],
)
def test_resolve_date(text, expected):
    assert resolve_date(text, PUB) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_date("last week", None) is None
    assert resolve_date("in 2018", None) == ResolvedDate("2018", "year")


def test_nothing_to_resolve():
    assert resolve_date("recently", PUB) is None
