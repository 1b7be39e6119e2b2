"""Figures from running text: text in, figures out, no I/O.

Each number is read with the words right after it (unit, then metric phrase); the
sentence around it decides the kind (plan, period, cumulative, snapshot), the dates,
the qualifier, and the district or operator it is attributed to.
"""

from __future__ import annotations

import re
from datetime import date

from . import vocabulary as v
from .dates import MONTHS, find_dates, find_day_spans, month_bounds
from .model import Figure
from .numbers import Number, find_numbers

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"“(•\-])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    figures: list[Figure] = []
    previous = None
    for start, end in sentences(text):
        scope = _Scope(text[start:end], published, previous)
        found = _sentence_figures(text, start, end, scope)
        if figures and v.OF_THEM.match(text[start:end]):
            for fig in found:
                fig.kind, fig.period_start, fig.period_end = figures[-1].kind, figures[-1].period_start, figures[-1].period_end
        figures.extend(found)
        if scope.range or scope.as_of:
            previous = scope
    return figures


def _sentence_figures(text: str, start: int, end: int, scope: "_Scope") -> list[Figure]:
    sentence = text[start:end]
    out: list[Figure] = []
    for number in find_numbers(sentence):
        if _inside_date(number, scope.date_spans) or _is_percentage(sentence, number):
            continue
        read = _read_metric(sentence, number, out)
        if read is None:
            continue
        metric, value, phrase_end, note = read
        qualifier = _qualifier(sentence[: number.start])
        quote_start = number.start - len(_qualifier_text(sentence[: number.start]))
        fig = Figure(
            metric=metric,
            value=round(value, 6),
            kind="snapshot",
            quote=text[start + quote_start: start + phrase_end].strip(),
            qualifier=qualifier,
            note=note,
            flags=["malformed_number"] if number.malformed else [],
        )
        scope.apply(fig)
        if metric in v.CAPACITY and fig.kind != "plan":
            fig.operator = v.operator_of(sentence)
        fig.district = v.district_of(sentence)
        out.append(fig)
    return out


def _inside_date(number: Number, spans: list[tuple[int, int]]) -> bool:
    return any(s <= number.start < e for s, e in spans)


def _is_percentage(sentence: str, number: Number) -> bool:
    return bool(re.match(r"\s*(?:%|per\s*cent|percent)", sentence[number.end:], re.I))


def _read_metric(sentence: str, number: Number, earlier: list[Figure]):
    """(metric, value in canonical unit, end offset of the phrase, note) or None."""
    after = sentence[number.end:]
    for pattern, factor in v.AREA_UNITS:
        m = pattern.match(after)
        if m:
            metric = "area_contaminated" if v.CONTAMINATED.search(sentence) and not _cleared_near(sentence, number) else "area_cleared"
            return metric, number.value * factor, number.end + m.end(), _threat_note(sentence, number, metric)
    for metric, pattern in v.AFTER_NUMBER:
        m = pattern.match(after)
        if m:
            if metric == "mines_neutralized" and v.VICTIM_CONTEXT.search(after[: m.end() + 40]):
                continue
            return metric, number.value, number.end + m.end(), _cmr_note(re.split(r"[;:]", after)[0], metric)
    for note, pattern in v.BREAKDOWN:
        m = pattern.match(after)
        if m and earlier:
            parent = earlier[-1]
            return parent.metric, number.value, number.end + m.end(), note or _cmr_note(after, parent.metric) or "part"
    m = v.PERSONS.match(after)
    if m:
        rest = re.sub(r"^\s*\([^)]*\)", "", after[m.end():])  # a breakdown in brackets is not the verb
        if re.match(r"[^.;]{0,60}?\b(?:killed|died|lost\s+their\s+lives)", rest, re.I) and not v.VICTIM_CONTEXT.search(rest[:60]):
            return "victims_killed", number.value, number.end + m.end(), None
        if v.VICTIM_CONTEXT.search(rest[:60]):
            return "victims", number.value, number.end + m.end(), None
        if v.EORE.search(sentence):
            return "eore_beneficiaries", number.value, number.end + m.end(), None
        if v.VICTIM_CONTEXT.search(sentence):
            return "victims", number.value, number.end + m.end(), None
        return None
    before = sentence[: number.start]
    if re.search(r"\b(?:number\s+of\s+(?:mine\s+)?victims|victims)\b[^.;]{0,60}(?:reached|stands\s+at|is|was|totals?|amounts?\s+to)\s*$", before, re.I):
        return "victims", number.value, number.end, None
    return None


def _cleared_near(sentence: str, number: Number) -> bool:
    """Cleared wording closer to the number than contaminated wording."""
    window = sentence[max(0, number.start - 60): number.end + 60]
    return bool(v.CLEARED.search(window)) and not v.CONTAMINATED.search(window)


def _threat_note(sentence: str, number: Number, metric: str) -> str | None:
    if metric != "area_contaminated":
        return _cmr_note(sentence, metric)
    after = sentence[number.end: number.end + 50]
    if re.search(r"\bhigh(?:ly)?\b", after, re.I):
        return "high threat"
    if re.search(r"\bmedium\b|\blow\b", after, re.I):
        return "medium and low threat"
    return None


def _cmr_note(text: str, metric: str) -> str | None:
    if metric in ("area_cleared", "victims", "victims_killed", "victims_injured") and re.search(r"cluster\s+munition", text, re.I):
        return "cluster munition remnants only"
    return None


def _qualifier_text(before: str) -> str:
    for _, pattern in v.QUALIFIER_BEFORE:
        m = pattern.search(before)
        if m:
            return before[m.start():]
    return ""


def _qualifier(before: str) -> str:
    for name, pattern in v.QUALIFIER_BEFORE:
        if pattern.search(before):
            return name
    return "exact"


class _Scope:
    """What one sentence says about time: ranges, as-of dates, years, scopes, plans."""

    def __init__(self, sentence: str, published: date | None, previous: "_Scope | None" = None):
        self.sentence = sentence
        self.published = published
        dates = find_dates(sentence, published.year if published else None)
        spans = find_day_spans(sentence, published)
        self.date_spans = [(s, e) for s, e, _ in dates] + [(s, e) for s, e, _, _ in spans]
        for m in v.IN_YEAR.finditer(sentence):
            self.date_spans.append((m.start("y"), m.end("y")))
        for m in v.SINCE_YEAR.finditer(sentence):
            self.date_spans.append((m.start("y"), m.end("y")))
        for m in re.finditer(r"\b(?:19|20)\d\d\b", sentence):
            self.date_spans.append((m.start(), m.end()))
        self.range = (spans[0][2], spans[0][3]) if spans else self._range(sentence, dates)
        self.as_of = self._as_of(sentence, dates)
        if previous and not (self.range or self.as_of) and (v.SAME_PERIOD.search(sentence) or v.PRONOUN_START.match(sentence)):
            self.range, self.as_of = previous.range, previous.as_of

    @staticmethod
    def _range(sentence: str, dates) -> tuple[date | None, date] | None:
        for (s1, e1, d1), (s2, e2, d2) in zip(dates, dates[1:]):
            if v.RANGE_WORDS.match(sentence[e1:s2]) and d1 <= d2:
                return d1, d2
        m = v.MONTH_SPAN.search(sentence)
        if m:
            y = int(m["y"])
            return month_bounds(y, MONTHS[m["m1"].lower()])[0], month_bounds(y, MONTHS[m["m2"].lower()])[1]
        m = re.search(r"\bbetween\s+the\s+trilateral\s+statement\s+and\s+$", sentence[: dates[0][0]], re.I) if dates else None
        if m:
            return v.WAR_END, dates[0][2]
        return None

    @staticmethod
    def _as_of(sentence: str, dates) -> date | None:
        m = v.END_OF_YEAR.search(sentence)
        if m:
            return date(int(m["y"]), 12, 31)
        for s, _, d in dates:
            if v.AS_OF.search(sentence[max(0, s - 20): s]):
                return d
        return None

    def apply(self, fig: Figure) -> None:
        s = self.sentence
        year = v.IN_YEAR.search(s)
        if v.PLAN.search(s):
            fig.kind = "plan"
            by = re.search(r"\bby\s+((?:19|20)\d\d)\b", s)
            if year:
                fig.period_start, fig.period_end = date(int(year["y"]), 1, 1), date(int(year["y"]), 12, 31)
            elif by:
                fig.period_end = date(int(by.group(1)), 12, 31)
            return
        if fig.metric in v.CAPACITY or fig.metric == "area_contaminated":
            fig.kind, fig.period_end = "snapshot", self.as_of or self.published
            return
        if self.range:
            start, end = self.range
            fig.kind = "cumulative" if start in (v.WAR_END, date(1991, 1, 1)) else "period"
            fig.period_start, fig.period_end = start, end
            return
        since = v.SINCE_WAR.search(s) or v.SINCE_YEAR.search(s)
        if since or v.LAST_YEARS.search(s) or v.CUMULATIVE_CUE.search(s):
            fig.kind = "cumulative"
            if since is not None and "y" in since.groupdict():
                fig.period_start = v.WAR_END if since["y"] == "2020" else date(int(since["y"]), 1, 1)
            elif since is not None:
                fig.period_start = v.WAR_END
            fig.period_end = self.as_of or self.published
            return
        if year:
            y = int(year["y"])
            fig.kind, fig.period_start, fig.period_end = "period", date(y, 1, 1), date(y, 12, 31)
            return
        fig.kind = "cumulative"
        fig.period_end = self.as_of or self.published
