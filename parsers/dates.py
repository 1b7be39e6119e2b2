"""Dates and periods as publishers write them. Pure functions; the year is inferred
from the publication date when the text leaves it out."""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?P<{n}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

DAY_MONTH_YEAR = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH.format(n="m") + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
MONTH_DAY_YEAR = re.compile(r"\b" + MONTH.format(n="m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)
NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
MONTH_YEAR = re.compile(r"\b" + MONTH.format(n="m") + r"\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(match: re.Match, default_year: int | None) -> int | None:
    y = match.groupdict().get("y")
    return int(y) if y else default_year


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, date]]:
    """(start, end, date) for each full date in text, earliest offset first, no overlaps."""
    found: list[tuple[int, int, date]] = []
    for pattern, numeric_month in ((ISO, True), (NUMERIC, True), (DAY_MONTH_YEAR, False), (MONTH_DAY_YEAR, False)):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            year = _year(m, default_year)
            month = int(m["m"]) if numeric_month else MONTHS[m["m"].lower().rstrip(".")]
            if year is None:
                continue
            d = _make(year, month, int(m["d"]))
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found)


def parse_date(text: str) -> date | None:
    """The first full date in a short string (meta tag, byline), or None."""
    text = text.strip()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    found = find_dates(text)
    return found[0][2] if found else None


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
