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
from functools import cached_property

from . import vocabulary as v
from .dates import MONTHS, find_dates, find_day_spans, month_bounds
from .model import Figure
from .numbers import Number, find_numbers

# A footnote mark may follow the full stop: "24 mine clearance machines.⁹¹ The number ..."
SENTENCE_END = re.compile(r"(?<=[.!?;])[\u00b9\u00b2\u00b3\u2070-\u2079]*\s+(?=[A-Z0-9\"“(•\-А-ЯƏÜÖĞŞÇİ])|\n+")


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


def extract_figures(text: str, published: date | None = None, title: str | None = None) -> list[Figure]:
    post_war = bool(v.POST_WAR.search(text))
    reference, stated = published, []
    if published is None:
        reference = _latest_year_end(f"{title or ''} {text}")
        # An undated text's running totals are as of the latest date it has stated so far.
        stated = [(s, d) for s, _, d in find_dates(text) if d > v.WAR_END]
    title_scope = _Scope(title, published, reference=reference) if title else None
    figures: list[Figure] = []
    scopes: list[_Scope] = []
    for start, end in sentences(text):
        # Scopes are lazy: a sentence's time words are read only if a figure needs them.
        as_of = published or max((d for s, d in stated if s < end), default=None)
        scope = _Scope(text[start:end], published, title_scope, post_war, reference, as_of)
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


def _count(word: str | None) -> int | None:
    if not word:
        return None
    found = find_numbers(word)
    return int(found[0].value) if found else None


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


def _sentence_figures(text: str, start: int, scope: "_Scope", numbers: list[Number],
                      last: Figure | None = None) -> list[Figure]:
    sentence = scope.sentence
    out: list[Figure] = []
    for number in numbers:
        if _inside_date(number, scope.date_spans) or _is_percentage(sentence, number):
            continue
        read = _read_metric(sentence, number, out)
        if read is None:
            continue
        metric, value, phrase_end, note = read
        operator = None
        if note and note.startswith("by "):
            operator, note = v.operator_of(note[3:]) or note[3:], None
        before = sentence[: number.start]
        quote_start = number.start - len(_qualifier_text(before))
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


DIGIT = re.compile(r"\d")
MORE = re.compile(r"\s*(?:more|additional|new|другие|ещё|еще)\b", re.I)
QUALIFIER_TAIL = re.compile(r"(?:" + "|".join(rx.pattern.rstrip("$") for _, rx in v.QUALIFIER_BEFORE) + r")\s*$", re.I)
ASIDE = re.compile(r"^\s*\([^)]*\)|^,\s*including\s[^,]*,")  # "(40 killed ...)", ", including 35 civilians,"
CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|while|including)\b|,\s+\w+\s+of\s+(?:whom|them)\b|\s+and\s+\w+\s+(?:were|have)\b")
AZ_SUFFIX = re.compile(r"^-(?:i|ı|u|ü|si|sı|dən|dan|də|da|nə|na|ə|a)\b(?:\s+(?:çox|artıq))?")
QUALIFIER_AFTER = re.compile(r"^-(?:dən|dan)\s+(?:çox|artıq)\b")


def _read_metric(sentence: str, number: Number, earlier: list[Figure]):
    """(metric, value in canonical unit, end offset of the phrase, note) or None."""
    after = sentence[number.end:]
    suffix = AZ_SUFFIX.match(after)  # Azerbaijani case endings: "65-i həlak olub"
    if suffix:
        number = Number(number.value, number.start, number.end + suffix.end(), number.malformed)
        after = after[suffix.end():]
    skipped = re.match(r"\s*\([^)]{0,80}\)|\)", after)  # "61 (37 anti-personnel and 24 anti-tank) mines", "(53,081) ha"
    offset = skipped.end() if skipped else 0
    body = after[offset:]
    for pattern, factor in v.AREA_UNITS:
        m = pattern.match(body)
        if m:
            if v.NOT_CLEARED.search(body[m.end(): m.end() + 40]):
                return None  # "800km² of land not formally cleared": neither cleared nor surveyed
            metric = "area_contaminated" if v.CONTAMINATED.search(sentence) and not _cleared_near(sentence, number) else "area_cleared"
            return metric, number.value * factor, number.end + offset + m.end(), _threat_note(sentence, number, metric)
    for metric, pattern in v.AFTER_NUMBER:
        m = pattern.match(body)
        if not m:
            continue
        if metric.endswith("_neutralized") and not _neutralized(sentence, after, number):
            return None  # mines laid or estimated, not mines found
        if metric == "mines_neutralized" and v.VICTIM_CUE.search(body[: m.end() + 40]):
            continue
        return metric, number.value, number.end + offset + m.end(), _cmr_note(re.split(r"[;:]", after)[0], metric)
    share = v.BY_OPERATOR.match(after)
    if share and earlier:
        return earlier[-1].metric, number.value, number.end + share.end(), "by " + share["op"]
    return _read_persons(sentence, number, after, earlier)


def _read_persons(sentence: str, number: Number, after: str, earlier: list[Figure]):
    """Counts of people: victims (killed, injured, both), risk-education beneficiaries."""
    read = _read_persons_metric(sentence, number, after, earlier)
    if read is None:
        return None
    metric, value, end, note = read
    return metric, value, end, note or _cmr_note(re.split(r"[,;:.]", after)[0], metric)


def _read_persons_metric(sentence: str, number: Number, after: str, earlier: list[Figure]):
    end = number.end
    note = next((n for n, rx in v.BREAKDOWN_NOTE if rx.match(after)), None)
    m = v.OF_WHOM.match(after) or v.PERSONS.match(after)
    if m:
        end += m.end()
    rest = after[m.end():] if m else after
    rest = ASIDE.sub("", rest)[:90]
    rest = CLAUSE_END.split(rest)[0]
    before = sentence[: number.start]
    bare = QUALIFIER_TAIL.sub("", before)
    if v.KILLED_BEFORE.search(bare):
        return "victims_killed", number.value, end, note
    if v.INJURED_BEFORE.search(bare):
        return "victims_injured", number.value, end, note
    if v.VICTIMS_BEFORE.search(bare):
        return "victims", number.value, end, note
    if not (m or note or v.PERSON_VERB.match(ASIDE.sub("", after, count=1))):
        return None
    if re.match(r"\s*of\s+the\s+victims", after, re.I):
        return "victims", number.value, end, note
    if note:  # a part: its own verb ("44 civilians were injured"), else the cue before ("Of the dead, 55 civilians")
        metric = _victim_metric(re.split(r"[,;:()]", rest)[0]) or _last_cue(bare)
        if metric:
            return metric, number.value, end, note
    metric = _victim_metric(rest)
    if metric:
        return metric, number.value, end, note
    if v.EORE.search(sentence) and not note:
        return "eore_beneficiaries", number.value, end, None
    if (note or v.OF_WHOM.match(after)) and earlier and earlier[-1].metric.startswith("victims"):
        return earlier[-1].metric, number.value, end, note
    if v.VICTIM_CUE.search(sentence):
        return "victims", number.value, end, note
    return None


def _last_cue(before: str) -> str | None:
    cues = [(hit.start(), metric) for rx, metric in
            ((v.VICTIM_CUE, "victims"), (v.KILLED_VERB, "victims_killed"), (v.INJURED_VERB, "victims_injured"))
            for hit in rx.finditer(before)]
    return max(cues)[1] if cues else None


def _victim_metric(rest: str) -> str | None:
    """The first cue after the count decides: 'were victims', 'died', 'were injured', 'killed or injured'."""
    cues = [(rx.search(rest), metric) for rx, metric in
            ((v.VICTIM_CUE, "victims"), (v.KILLED_VERB, "victims_killed"), (v.INJURED_VERB, "victims_injured"))]
    cues = sorted(((hit.start(), metric) for hit, metric in cues if hit))
    if not cues:
        return None
    if v.KILLED_OR_INJURED.match(rest):
        return "victims"
    return cues[0][1]


def _neutralized(sentence: str, after: str, number: Number) -> bool:
    """Whether the mines of this sentence were dealt with, not laid or estimated: no planting
    verb right after the count ("1.5 million mines were planted"), and no estimate of mines in
    the ground ("an estimated 1.5 million landmines") unless a neutralising verb says otherwise."""
    window = after[:120]
    planted, done = v.PLANTED.search(window), v.NEUTRALIZED.search(window)
    done_before = v.NEUTRALIZED.search(sentence[max(0, number.start - 40): number.start])
    if planted and not done_before and (not done or planted.start() < done.start()):
        return False
    estimate = number.value >= 1_000_000 or re.search(r"\bestimat\w*|\bhad\b|\bcontain\w*|\bthere\s+(?:are|were)\b|\bminefield\s+records?\b", sentence, re.I)
    return not estimate or bool(v.NEUTRALIZED.search(sentence))


def _distance(pattern: re.Pattern, sentence: str, number: Number) -> float:
    gaps = [number.start - m.end() if m.end() <= number.start else m.start() - number.end
            for m in pattern.finditer(sentence)]
    return min(gaps) if gaps else float("inf")


def _cleared_near(sentence: str, number: Number) -> bool:
    """Cleared wording at least as close to the number as contaminated wording."""
    return _distance(v.CLEARED, sentence, number) <= _distance(v.CONTAMINATED, sentence, number)


def _threat_note(sentence: str, number: Number, metric: str) -> str | None:
    if metric != "area_contaminated":
        return _cmr_note(sentence[number.end: number.end + 80], metric)
    after = sentence[number.end: number.end + 50]
    if re.search(r"\bhigh(?:ly)?\b", after, re.I):
        return "high threat"
    if re.search(r"\bmedium\b|\blow\b", after, re.I):
        return "medium and low threat"
    return None


def _cmr_note(text: str, metric: str) -> str | None:
    if metric in ("area_cleared", "victims", "victims_killed", "victims_injured") and re.search(r"cluster\s+munition|\bCMR\b", text, re.I):
        return "cluster munition remnants only"
    return None


def _qualifier_text(before: str) -> str:
    for _, pattern in v.QUALIFIER_BEFORE:
        m = pattern.search(before)
        if m:
            return before[m.start():]
    return ""


class _Scope:
    """What one sentence says about time: ranges, as-of dates, years, months, scopes, plans.
    Every reading is computed on first use."""

    def __init__(self, sentence: str, published: date | None, title: "_Scope | None" = None,
                 post_war: bool = False, reference: date | None = None, default_as_of: date | None = None):
        self.sentence = sentence
        self.published = published
        self.default_as_of = published or default_as_of
        self.post_war = post_war
        self.reference = published or reference
        self.title = title
        self.earlier: list[_Scope] = []  # the sentences just before, set by extract_figures

    @cached_property
    def _dates(self):
        if not DIGIT.search(self.sentence):
            return [], []
        return find_dates(self.sentence, reference=self.reference), find_day_spans(self.sentence, self.reference)

    @cached_property
    def date_spans(self) -> list[tuple[int, int]]:
        dates, spans = self._dates
        found = [(s, e) for s, e, _ in dates] + [(s, e) for s, e, _, _ in spans]
        return found + [(m.start(), m.end()) for m in re.finditer(r"\b(?:19|20)\d\d\b", self.sentence)]

    @cached_property
    def range(self):
        dates, spans = self._dates
        return (spans[0][2], spans[0][3]) if spans else self._range(self.sentence, dates)

    @cached_property
    def as_of(self):
        return self._as_of(self.sentence, self._dates[0])

    @cached_property
    def _scopes(self) -> list[tuple[int, date]]:
        """(offset, start) of every scope the sentence names: 'after the war', 'since 1991'."""
        found = [(m.start(), v.WAR_END) for m in v.SINCE_WAR.finditer(self.sentence)]
        for m in v.SINCE_YEAR.finditer(self.sentence):
            year = m["y"] or m["ry"] or m["ay"]
            found.append((m.start(), v.WAR_END if year == "2020" else date(int(year), 1, 1)))
        return sorted(found)

    @cached_property
    def since(self) -> date | None:
        """The scope of a running total; the last one named wins ('after the war ..., since 1991 ...')."""
        return self._scopes[-1][1] if self._scopes else None

    @cached_property
    def period(self):
        return None if self.range else self._named_period(self.sentence)

    @cached_property
    def weekly(self) -> bool:
        return bool(v.WEEK_CUE.search(self.sentence))

    @cached_property
    def own_period(self) -> bool:
        return bool(self.range or self.period or self.weekly)

    @cached_property
    def running(self) -> bool:
        """A running total without a named start: "to date", "over the past three years"."""
        return bool(v.CUMULATIVE_CUE.search(self.sentence) or v.LAST_YEARS.search(self.sentence))

    @cached_property
    def context(self) -> bool:
        """Whether this sentence gives the sentences after it their period or scope."""
        return bool(self.range or self.period or self.since or self.running)

    @cached_property
    def inherited(self) -> "_Scope | None":
        """For a sentence silent about time: the context of one of the two sentences before it
        (a weekly-report sentence in between keeps the chain), else the title's period."""
        if self.own_period or self.as_of or self.since or self.running or v.PLAN.search(self.sentence):
            return None
        budget = 2
        for scope in reversed(self.earlier):
            if scope.context:
                return scope
            budget = 2 if scope.weekly else budget - 1
            if budget <= 0:
                break
        return self.title if self.title and self.title.own_period else None

    # what the sentence says ---------------------------------------------------
    @staticmethod
    def _range(sentence: str, dates) -> tuple[date | None, date] | None:
        for (s1, e1, d1), (s2, e2, d2) in zip(dates, dates[1:]):
            if v.RANGE_WORDS.match(sentence[e1:s2]) and d1 <= d2:
                return d1, d2
        m = v.MONTH_SPAN.search(sentence)
        if m:
            y = int(m["y"])
            return month_bounds(y, MONTHS[m["m1"].lower()])[0], month_bounds(y, MONTHS[m["m2"].lower()])[1]
        m = v.YEAR_SPAN.search(sentence)
        if m and m["y1"] <= m["y2"]:
            return date(int(m["y1"]), 1, 1), date(int(m["y2"]), 12, 31)
        if dates and re.search(r"\bbetween\s+the\s+(?:2020\s+)?trilateral\s+statement\s+and\s+$", sentence[: dates[0][0]], re.I):
            return v.WAR_END, dates[0][2]
        return None

    def _named_period(self, sentence: str) -> tuple[date | None, date | None] | None:
        """'in August', 'in 2023', 'last year', 'first half of 2022', 'since the start of the year'."""
        pub = self.published
        m = v.HALF_YEAR.search(sentence)
        if m:
            y = int(m["y"])
            return (date(y, 1, 1), date(y, 6, 30)) if m["h"].lower() == "first" else (date(y, 7, 1), date(y, 12, 31))
        if v.SINCE_YEAR_START.search(sentence):
            return (date(pub.year, 1, 1), pub) if pub else (None, None)
        m = next((m for m in v.IN_MONTH.finditer(sentence) if not v.HISTORIC.search(sentence[: m.start()])), None)
        if m and not v.SINCE_WAR.search(sentence):
            month = MONTHS[m["m"].lower()]
            year = int(m["y"]) if m["y"] else (pub.year - (month > pub.month) if pub else None)
            if year:
                return month_bounds(year, month)
        m = next((m for m in v.IN_YEAR.finditer(sentence) if not v.HISTORIC.search(sentence[: m.start()])), None)
        if m:
            y = int(m["y"])
            end = pub if pub and pub.year == y and not v.PLAN.search(sentence) else date(y, 12, 31)
            return date(y, 1, 1), end
        if v.LAST_YEAR.search(sentence) and pub:
            return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
        return None

    @staticmethod
    def _as_of(sentence: str, dates) -> date | None:
        m = v.END_OF_YEAR.search(sentence)
        if m:
            return date(int(m["y"]), 12, 31)
        m = v.END_OF_MONTH.search(sentence)
        if m:
            return month_bounds(int(m["y"]), MONTHS[m["m"].lower()])[1]
        for s, _, d in dates:
            if d != v.WAR_END and v.AS_OF.search(sentence[max(0, s - 20): s]):
                return d
        return None

    # what it means for one figure ---------------------------------------------
    def apply(self, fig: Figure, position: int = 0) -> None:
        s = self.sentence
        # The scope named nearest before the number, else the first one after it: in "3,400
        # victims since 1991, while incidents dropped since 2021" the victims are since 1991.
        since = max((found for found in self._scopes if found[0] < position),
                    default=min((found for found in self._scopes if found[0] >= position), default=(0, None)))[1]
        if v.PLAN.search(s):
            fig.kind = "plan"
            by = re.search(r"\bby\s+(?:the\s+end\s+of\s+)?(?:((?:19|20)\d\d)|this\s+year|the\s+year)\b", s, re.I)
            if by:  # a deadline: the plan ends then, its start is not stated
                year = int(by.group(1)) if by.group(1) else (self.published.year if self.published else None)
                fig.period_end = date(year, 12, 31) if year else None
            elif self.period and self.period[1]:
                fig.period_start, fig.period_end = date(self.period[1].year, 1, 1), date(self.period[1].year, 12, 31)
            return
        if fig.metric in v.CAPACITY or fig.metric == "area_contaminated":
            fig.kind, fig.period_end = "snapshot", self.as_of or self._earlier_year_end(position) or self.default_as_of
            return
        if self.range:
            start, end = self.range
            fig.kind = "cumulative" if start in (v.WAR_END, date(1991, 1, 1)) else "period"
            fig.period_start, fig.period_end = start, end
            return
        if since:
            fig.kind, fig.period_start, fig.period_end = "cumulative", since, self.as_of or self.default_as_of
            return
        if self.period:
            fig.kind, (fig.period_start, fig.period_end) = "period", self.period
            return
        if self.weekly:
            fig.kind = "period"
            return
        if self.running or self.as_of:
            self._cumulative(fig)
            return
        if self.inherited is not None:
            self.inherited.apply_period(fig)
            return
        if v.PERFECT.search(s):
            self._cumulative(fig)
            return
        if fig.metric in v.FLOWS:
            fig.kind = "period"  # "5 mines were found": an event, not a running total
            return
        self._cumulative(fig)

    def _earlier_year_end(self, position: int) -> date | None:
        """The end of the year named last before position, when it is before the as-of year:
        "increased in 2022 compared to 2021, when ANAMA operated 762 deminers"."""
        years = [int(m.group()) for m in re.finditer(r"\b(?:19|20)\d\d\b", self.sentence[:position])]
        if not years or (self.default_as_of and years[-1] >= self.default_as_of.year):
            return None
        return date(years[-1], 12, 31)

    def apply_period(self, fig: Figure) -> None:
        """The period this (earlier) sentence stated, for a figure of a later one."""
        if self.range:
            start, end = self.range
            fig.kind = "cumulative" if start in (v.WAR_END, date(1991, 1, 1)) else "period"
            fig.period_start, fig.period_end = start, end
        elif self.period:
            fig.kind, (fig.period_start, fig.period_end) = "period", self.period
        elif self.since:
            fig.kind, fig.period_start, fig.period_end = "cumulative", self.since, self.as_of or self.default_as_of
        elif self.running:
            self._cumulative(fig)
        else:
            fig.kind = "period"

    def _cumulative(self, fig: Figure) -> None:
        fig.kind = "cumulative"
        fig.period_end = self.as_of or self.default_as_of
        # Post-war totals of victims are in the hundreds; thousands count since 1991.
        post_war_scale = not (fig.metric.startswith("victims") and fig.value >= 1000)
        last = v.LAST_YEARS.search(self.sentence)
        years = _count(last["n"] or last["rn"]) if last else None
        if self.post_war and post_war_scale and (last is None or (years is not None and years <= 5)):
            fig.period_start = v.WAR_END  # "over the past three years", said after the 2020 war
