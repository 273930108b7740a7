"""Publication dates as pages, feeds and metadata files write them ("2018-06-12", "June 12, 2018", "20180612")."""

from __future__ import annotations

import re
from datetime import date, datetime

DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_date(value: str | None) -> date | None:
    """A date from the usual ISO or written forms; None when it is not one."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):  # GDELT's and ICEWS's compact form, "20180427"
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value[:10] if fmt == "%Y-%m-%d" else value, fmt).date()
        except ValueError:
            continue
    return None
