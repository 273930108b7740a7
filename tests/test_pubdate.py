"""Publication dates in the forms pages, feeds and other tools write them (realpolitik.pubdate)."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.pubdate import parse_date


@pytest.mark.parametrize(("value", "expected"), [
    ("2018-06-12", date(2018, 6, 12)),
    ("2018-06-12T10:00:00Z", date(2018, 6, 12)),
    ("June 12, 2018", date(2018, 6, 12)),
    ("12 June 2018", date(2018, 6, 12)),
    ("20180612", date(2018, 6, 12)),
])
def test_dates_in_their_usual_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", None, "2018", "201861", "tomorrow", "20181340"])
def test_what_is_no_date(value):
    assert parse_date(value) is None
