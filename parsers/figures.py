"""Figures from running text: text in, figures out, no I/O.

Each number is read with the words right after it (unit, then metric phrase) or, for
victims, the verb before it; the sentence around it decides the kind (plan, period,
cumulative, snapshot), the dates, the qualifier, and the district or operator. A sentence
that says nothing of time continues the period of the one just before it, and a title such
as "Activity highlights 2022" gives the period of a report's figures.
"""

from __future__ import annotations

import re
from datetime import date

from . import vocabulary as v
from .dates import find_dates
from .metrics import QUALIFIER_AFTER, read_metric, qualifier_text
from .model import Figure
from .numbers import Number, find_numbers
from .scope import Scope
from .sentences import sentences

MORE = re.compile(r"\s*(?:more|additional|new|другие|ещё|еще)\b", re.I)


def extract_figures(text: str, published: date | None = None, title: str | None = None) -> list[Figure]:
    post_war = bool(v.POST_WAR.search(text))
    reference, stated = published, []
    if published is None:
        reference = _latest_year_end(f"{title or ''} {text}")
        # An undated text's running totals are as of the latest date it has stated so far.
        stated = [(s, d) for s, _, d in find_dates(text) if d > v.WAR_END]
    title_scope = Scope(title, published, reference=reference) if title else None
    figures: list[Figure] = []
    scopes: list[Scope] = []
    for start, end in sentences(text):
        # Scopes are lazy: a sentence's time words are read only if a figure needs them.
        as_of = published or max((d for s, d in stated if s < end), default=None)
        scope = Scope(text[start:end], published, title_scope, post_war, reference, as_of)
        scope.earlier = scopes[-3:]
        scopes.append(scope)
        numbers = find_numbers(scope.sentence)
        if not numbers:
            continue
        found = _sentence_figures(text, start, scope, numbers, figures[-1] if figures else None)
        if figures and v.OF_THEM.match(scope.sentence) and not scope.context:
            for fig in found:
                fig.kind, fig.period_start, fig.period_end = figures[-1].kind, figures[-1].period_start, figures[-1].period_end
        figures.extend(found)
    return _unique(figures)


def _latest_year_end(text: str) -> date | None:
    """For an undated text: the end of the latest year it names, to place 'October 23 to 29'."""
    years = [int(y) for y in re.findall(r"\b(20[12]\d)\b", text)]
    return date(max(years), 12, 31) if years else None


def _unique(figures: list[Figure]) -> list[Figure]:
    """A figure stated twice (lead and body, say) counts once, with the dates of the fuller statement."""
    kept: dict[tuple, Figure] = {}
    for f in figures:
        key = (f.metric, f.kind, f.value, f.district, f.operator, f.note)
        known = kept.get(key)
        if known is None:
            kept[key] = f
        elif (known.period_start, known.period_end) != (f.period_start, f.period_end):
            if _dated(f) > _dated(known):
                known.period_start, known.period_end = f.period_start, f.period_end
    return list(kept.values())


def _dated(f: Figure) -> int:
    return (f.period_start is not None) + (f.period_end is not None)


def _sentence_figures(text: str, start: int, scope: Scope, numbers: list[Number],
                      last: Figure | None = None) -> list[Figure]:
    sentence = scope.sentence
    out: list[Figure] = []
    for number in numbers:
        if _inside_date(number, scope.date_spans) or _is_percentage(sentence, number):
            continue
        read = read_metric(sentence, number, out)
        if read is None:
            continue
        metric, value, phrase_end, note = read
        operator = None
        if note and note.startswith("by "):
            operator, note = v.operator_of(note[3:]) or note[3:], None
        before = sentence[: number.start]
        quote_start = number.start - len(qualifier_text(before))
        fig = Figure(
            metric=metric,
            value=round(value, 6),
            kind="snapshot",
            quote=text[start + quote_start: start + phrase_end].strip(),
            qualifier="at_least" if QUALIFIER_AFTER.match(sentence[number.end:]) else v.qualifier_before(before),
            note=note,
            flags=["malformed_number"] if number.malformed else [],
        )
        scope.apply(fig, number.start)
        if fig.kind == "cumulative" and MORE.match(sentence, number.end):
            fig.kind, fig.period_start, fig.period_end = "period", None, None  # "two more civilians": new cases
        of_them = v.OF_WHOM.match(sentence[number.end:])
        parent = out[-1] if out else (last if of_them else None)  # "595 of them ..." may begin a sentence
        if parent and (operator or (note and note != "cluster munition remnants only") or of_them):
            fig.kind, fig.period_start, fig.period_end = parent.kind, parent.period_start, parent.period_end
        if metric in v.CAPACITY and fig.kind != "plan":
            fig.operator = v.operator_of(sentence)
        if operator:
            fig.operator = operator
        fig.district = v.district_of(sentence)
        out.append(fig)
    return out


def _inside_date(number: Number, spans: list[tuple[int, int]]) -> bool:
    return any(s <= number.start < e for s, e in spans)


def _is_percentage(sentence: str, number: Number) -> bool:
    return bool(re.match(r"\s*(?:%|per\s*cent|percent|процент|faiz)", sentence[number.end:], re.I))

