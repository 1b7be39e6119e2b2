"""Dates and periods as publishers write them. Pure functions; the year is inferred
from the publication date when the text leaves it out."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from .vocabulary import at_first_letters, trie

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
for i, stem in enumerate(_RU, 1):
    for ending in ("ь", "я", "е", "а", "") if stem != "ма" else ("й", "я", "е"):
        MONTHS[stem + ending] = i
for i, name in enumerate(["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"], 1):
    MONTHS[name] = i
# A word that starts like a month; month_number() says whether it is one (faster than a
# hundred-way alternation, and it takes case endings: "avqustun", "сентября"). A word's
# first letter is checked first: most words start with no month's letter.
_STEMS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|"
          "октябр|ноябр|декабр|yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr")
MONTH = r"(?P<{n}>(?=[" + "".join(sorted({stem[0] for stem in _STEMS.split("|")})) + "])(?=" + _STEMS.replace("{", "{{").replace("}", "}}") + r")[^\W\d_]{{3,12}})\.?"
_STEM_LIST = [stem for stem in _STEMS.replace("ма[йяе]", "май|мая|мае").split("|")]


# (Not gated: half the sentences tested hold a month's stem, and 35 substring tests cost more than
# the search by first letter and trie.)
_MONTH_START = re.compile(at_first_letters(r"\b(?:" + trie(_STEM_LIST) + ")", 0))


@functools.lru_cache(maxsize=64)  # asked three times of each sentence (dates, spans, scope)
def has_month(text: str) -> bool:
    """Cheap pre-check before the patterns with a month slot: a word that starts like a month
    (one lower-cased pass; Azerbaijani capital İ lowers to i and a dot, so it is mapped first)."""
    return bool(_MONTH_START.search(text.replace("İ", "i").lower()))


# Azerbaijani case endings of a month: noyabrın, noyabrından, noyabrınadək, mayda.
_ENDINGS = ("ınadək", "inədək", "nadək", "nədək", "ından", "indən", "ndan", "ndən", "ına", "inə", "dan", "dən", "dək",
            "nun", "nın", "un", "ın", "in", "ün", "da", "də")


def month_number(word: str) -> int | None:
    word = word.replace("İ", "i").lower().rstrip(".")
    # Each ending is tried: "iyunun" is iyun + un, though it also ends in "nun".
    return MONTHS.get(word) or next((MONTHS[word[: -len(e)]] for e in _ENDINGS
                                     if word.endswith(e) and word[: -len(e)] in MONTHS), None)



# Azerbaijani may name the month as "the month of": "mart ayının 11-də", "mart ayının 11-dən 17-dək".
_OF_MONTH = r"(?:\s+ayının)?"
DAY_MONTH_YEAR = re.compile(r"(?P<d>\d(?<!\w\d)\d?)(?:st|nd|rd|th)?\s+" + MONTH.format(n="m") + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
MONTH_DAY_YEAR = re.compile(r"\b" + MONTH.format(n="m") + _OF_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)
# Azerbaijani year first: "2020-ci ilin 10 noyabrından", "2020-ci il noyabrın 10-dan".
_AZ_YEAR = r"\b(?P<y>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+il(?:in)?\s+"
AZ_YEAR_DAY_MONTH = re.compile(_AZ_YEAR + r"(?P<d>\d{1,2})\s+" + MONTH.format(n="m"), re.I)
AZ_YEAR_MONTH_DAY = re.compile(_AZ_YEAR + MONTH.format(n="m") + _OF_MONTH + r"\s+(?P<d>\d{1,2})(?!\d)(?:-[^\W\d_]{1,6})?", re.I)
# Starting with a digit lets the engine skip to the next one; the look-behind after it says
# what \b would (no letter or digit before the date).
NUMERIC = re.compile(r"(?P<d>\d(?<!\w\d)\d?)[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
ISO = re.compile(r"(?P<y>(?:19|20)(?<!\w..)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")


def make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(match: re.Match, default_year: int | None) -> int | None:
    y = match.groupdict().get("y")
    return int(y) if y else default_year


def find_dates(text: str, default_year: int | None = None, reference: date | None = None) -> list[tuple[int, int, date]]:
    """(start, end, date) for each full date in text, earliest offset first, no overlaps.
    A date without a year takes default_year, or the reference date's year unless that puts
    it after the reference (then the year before)."""
    if reference is not None:
        default_year = reference.year
    found: list[tuple[int, int, date]] = []
    patterns = [(ISO, True), (NUMERIC, True)]
    if has_month(text):
        if "-c" in text:  # Azerbaijani year first: "2020-ci ilin"
            patterns += [(AZ_YEAR_DAY_MONTH, False), (AZ_YEAR_MONTH_DAY, False)]
        patterns += [(DAY_MONTH_YEAR, False), (MONTH_DAY_YEAR, False)]
    for pattern, numeric_month in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            year = _year(m, default_year)
            month = int(m["m"]) if numeric_month else month_number(m["m"])
            if year is None or not month:
                continue
            d = make_date(year, month, int(m["d"]))
            if d and reference is not None and not m.groupdict().get("y") and d > reference:
                d = make_date(year - 1, month, int(m["d"]))
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found)


def parse_date(text: str) -> date | None:
    """The first full date in a short string (meta tag, byline), or None."""
    text = text.strip()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
    if m:
        return make_date(int(m[1]), int(m[2]), int(m[3]))
    found = find_dates(text)
    return found[0][2] if found else None


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_DASH = r"(?:-(?:dən|dan)\s+|\s*(?:-|–|—|to|till|until|through|and|по|ilə)\s*)"
# A day's ordinal ending: "1st", "1-го", "7-е", "1-i", "7-si".
_ORD = r"(?:st|nd|rd|th|-(?:го|е|ое|ого|s?[iıuü]))?"
DAY_SPAN = re.compile(  # March 11 to 17 · 28 March to 3 April · с 18 по 24 августа · avqustun 18-dən 24-nə qədər
    r"\b" + MONTH.format(n="m1") + _OF_MONTH + r"\s+(?P<d1>\d{1,2})" + _ORD + _DASH
    + r"(?:" + MONTH.format(n="m2") + r"\s+)?(?P<d2>\d{1,2})" + _ORD + r"\b(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    r"|\b(?:с\s+)?(?P<e1>\d{1,2})" + _ORD + r"(?:\s+" + MONTH.format(n="n1") + r")?" + _DASH
    + r"(?P<e2>\d{1,2})" + _ORD + r"\s+" + MONTH.format(n="n2") + r"(?:,?\s+(?P<z>(?:19|20)\d\d))?",
    re.I,
)


# In digits: "07.04-13.04.2023", "07-13.04.2023".
NUMERIC_SPAN = re.compile(r"(?P<d1>\d(?<!\w\d)\d?)(?:\.(?P<m1>\d\d?))?\s*[-–—]\s*(?P<d2>\d\d?)\.(?P<m2>\d\d?)\.(?P<y>(?:19|20)\d\d)\b")


def find_day_spans(text: str, published: date | None) -> list[tuple[int, int, date, date]]:
    """(start, end, first day, last day) of spans such as 'March 11 to 17'; a span that
    would end after the publication date belongs to the year before."""
    out = []
    for m in NUMERIC_SPAN.finditer(text) if ".20" in text or ".19" in text else ():  # (its year after a dot)
        year, mo2 = int(m["y"]), int(m["m2"])
        mo1 = int(m["m1"]) if m["m1"] else mo2
        first = make_date(year - (1 if mo1 > mo2 else 0), mo1, int(m["d1"]))
        last = make_date(year, mo2, int(m["d2"]))
        if first and last and first <= last:
            out.append((m.start(), m.end(), first, last))
    if not has_month(text):
        return out
    for m in DAY_SPAN.finditer(text):
        if m["m1"]:
            m1, d1, d2, y = m["m1"], m["d1"], m["d2"], m["y"]
            m2 = m["m2"] or m1
        else:
            m2, d1, d2, y = m["n2"], m["e1"], m["e2"], m["z"]
            m1 = m["n1"] or m2
        year = int(y) if y else (published.year if published else None)
        mo1, mo2 = month_number(m1), month_number(m2)
        if year is None or not (mo1 and mo2):
            continue
        first = make_date(year - (1 if mo1 > mo2 else 0), mo1, int(d1))
        last = make_date(year, mo2, int(d2))
        if first and last and not y and published and last > published:
            first, last = make_date(first.year - 1, mo1, int(d1)), make_date(year - 1, mo2, int(d2))
        if first and last and first <= last:
            out.append((m.start(), m.end(), first, last))
    return out
