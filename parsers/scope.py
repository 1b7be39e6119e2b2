"""Time scope: what a sentence (and the ones before it, and the title) says about the
period or running total of the figures it states. Pure; every reading is lazy."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import chain

from . import vocabulary as v
from .dates import find_dates, find_day_spans, has_month, make_date, month_bounds, month_number
from .model import Figure
from .numbers import VALUE_OF, find_numbers
from .sentences import clause_span

DIGIT = re.compile(r"\d")
# An item of a list under a heading: "- 41 anti-tank mines;", "2) 388 UXO", "Anti-tank mines: 86".
LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s|\s*[^\W\d][^:;.\d]{0,60}[:–—]\s*\d")
YEAR = re.compile(r"(?:19|20)\d\d")


class lazy:
    """A reading computed on first use and kept on the instance (functools.cached_property
    takes a lock on every first use, which costs time and buys nothing here)."""

    def __init__(self, compute):
        self.compute, self.name = compute, compute.__name__

    def __get__(self, scope, owner=None):
        if scope is None:
            return self
        value = scope.__dict__[self.name] = self.compute(scope)
        return value


def _latest_year(month: int, given: str | None, reference: date) -> int:
    """The year a month is of: the one given, else the latest in which it falls on or before the
    reference month ("in December", said in March 2024, is of 2023)."""
    return int(given) if given else reference.year - (month > reference.month)


def _running_from(start: date | None) -> bool:
    """A range that starts in 1991 or within weeks of the 2020 war's end is a running total
    ("from 19 November 2020 to 2 October 2021"), not a period of its own."""
    return start == date(1991, 1, 1) or (start is not None and v.WAR_END <= start <= date(2020, 12, 31))


def _count(word: str | None) -> int | None:
    """The number one word or group of digits says ("three", "altı", "9")."""
    if not word:
        return None
    if v.lowered(word) in VALUE_OF:  # (an Azerbaijani word alone has no ə to tell its language by)
        return int(VALUE_OF[v.lowered(word)])
    found = find_numbers(word)
    return int(found[0].value) if found else None


def _group(m: re.Match, *names: str) -> str | None:
    """The one of a pattern's alternative groups that matched: each language has its own."""
    return next((m[name] for name in names if m[name]), None)


def _year_of(m: re.Match, published: date | None, last_month: int) -> int | None:
    """The year a quarter, half or first months ending in last_month are of (vocabulary._OF_YEAR_*):
    the one given, last year, this year, or, for "the year" alone, the latest in which the period
    had ended by the text's date ("the first half of the year", said in March 2024, is 2023's)."""
    g = m.groupdict()
    given = g["y"] or g.get("qy") or g["ry"] or g["ay"]
    if given or not published:
        return int(given) if given else None
    if g["l"] or g["rl"] or g["al"]:
        return published.year - 1
    if g["b"] or g["rb"] or g["ab"] is not None:
        return published.year - (month_bounds(published.year, last_month)[1] > published)
    return published.year


def _months_of_part(m: re.Match) -> tuple[int, int] | None:
    """(first month, last month) of the quarter, half or first months of a year a match names
    (vocabulary.QUARTER, HALF_YEAR, FIRST_MONTHS, PART_OF_A_YEAR: the same group names)."""
    g = m.groupdict()
    quarter = g.get("qn") or g.get("q") or g.get("rq") or g.get("aq")
    if quarter:
        q = int(quarter) if quarter.isdigit() else v.QUARTERS[v.lowered(quarter)]
        return 3 * q - 2, 3 * q
    half = g.get("h") or g.get("rh") or g.get("ah")
    if half:
        return (1, 6) if v.lowered(half) in ("first", "перв", "birinci", "ilk") else (7, 12)
    count = _count(g.get("n") or g.get("rn") or g.get("an"))
    return (1, count) if count and 1 < count < 12 else None


def _clause(sentence: str, position: int) -> str:
    """The clause of a sentence that holds an offset (commas and semicolons bound it)."""
    start = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position)) + 1
    ends = [i for i in (sentence.find(",", position), sentence.find(";", position)) if i >= 0]
    return sentence[start: min(ends, default=len(sentence))]


class Scope:
    """What one sentence says about time: ranges, as-of dates, years, months, scopes, plans.
    Every reading is computed on first use."""

    def __init__(self, sentence: str, published: date | None, title: "Scope | None" = None,
                 post_war: bool = False, reference: date | None = None, default_as_of: date | None = None,
                 is_title: bool = False):
        self.sentence = sentence
        self.published = published
        self._default_as_of = published or default_as_of
        self.post_war = post_war
        self.reference = published or reference
        self.title = title
        self.earlier: list[Scope] = []  # the sentences just before, set by extract_figures
        self.before: Scope | None = None  # the sentence just before
        self.is_title = is_title  # a headline: a bare year in it names the period of review
        self.defaulted: list[Figure] = []  # figures given the default as-of date (shared per text)
        self.assumed: list[Figure] = []  # running totals given the war's end as their unstated start (shared)

    @lazy
    def said_on(self) -> date | None:
        """The day this sentence says figures were given ("the ministry reported on 10 March",
        "On 2 March, the minister stated"): a date beside a word of saying, within two months
        before the publication."""
        if not self.published or not DIGIT.search(self.sentence) or not v.STATEMENT.search(self.sentence) or self.range:
            return None
        for s, e, d in self._dates[0]:
            if timedelta(0) <= self.published - d <= timedelta(days=62) and (
                    v.STATEMENT.search(self.sentence, max(0, s - 60), s) or v.STATEMENT.search(self.sentence[e: e + 60])):
                return d
        return None

    @lazy
    def default_as_of(self) -> date | None:
        """The as-of date of a figure whose sentence names none: the day the text last said the
        figures were given, else the publication date."""
        scope = self
        while scope is not None:
            if scope.said_on:
                return scope.said_on
            scope = scope.before
        return self._default_as_of

    # Cheap gates before the patterns that need a year or a month's name: most sentences have neither.
    @lazy
    def _names_year(self) -> bool:
        return bool(YEAR.search(self.sentence))

    @lazy
    def _names_month(self) -> bool:
        return has_month(self.sentence)

    @lazy
    def _dates(self):
        if not DIGIT.search(self.sentence):
            return [], []
        return find_dates(self.sentence, reference=self.reference), find_day_spans(self.sentence, self.reference)

    @lazy
    def date_spans(self) -> list[tuple[int, int]]:
        dates, spans = self._dates
        found = [(s, e) for s, e, _ in dates] + [(s, e) for s, e, _, _ in spans]
        # A year, not the whole part of a number (1925.4 ha, 2,019 mines).
        return found + [(m.start(), m.end()) for m in re.finditer(r"(?<![.,]\d)\b(?:19|20)\d\d\b(?![.,]\d)", self.sentence)]

    @lazy
    def range(self):
        dates, spans = self._dates
        found = (spans[0][2], spans[0][3]) if spans else self._range(dates)
        # "Since the end of the war (27 September - 9 November 2020)": those dates are the war's.
        if found and found[1] <= v.WAR_END and self._scopes and self._scopes[-1][1] == v.WAR_END:
            return None
        return found

    @lazy
    def as_of(self):
        return self._as_of(self._dates[0])

    @lazy
    def _scopes(self) -> list[tuple[int, date]]:
        """(offset, start) of every scope the sentence names: 'after the war', 'since 1991'."""
        found = [(m.start(), v.WAR_END) for m in v.SINCE_WAR.finditer(self.sentence)]
        if v.SINCE_DATE_HINT.search(self.sentence):
            # "since 10 November", its year unsaid, is since the war's end
            found += [(s, v.WAR_END if (d.month, d.day) == (11, 10) and not YEAR.search(self.sentence, s, e) else d)
                      for s, e, d in self._dates[0] if d >= v.WAR_END and (
                v.SINCE_DATE_AFTER.match(self.sentence, e) or v.SINCE_DATE_BEFORE.search(self.sentence, max(0, s - 8), s)
                or _running_from(d) and v.FROM_DATE_BEFORE.search(self.sentence, max(0, s - 8), s))]
        since_month = self._since_month
        if since_month and since_month[1].year < self.published.year:
            # "since February 2023", said in a later year: a running total from then
            at, start = since_month
            found.append((at, v.WAR_END if start <= v.WAR_END <= month_bounds(start.year, start.month)[1] else start))
        this_year = self._since_this_year
        for m in v.SINCE_YEAR.finditer(self.sentence) if self._names_year else ():
            year = int(_group(m, "y", "ry", "ay"))
            if this_year and this_year[0].year == year:
                continue  # "since early 2022": a period, read by _named_period
            found.append((m.start(), v.WAR_END if year == 2020 else date(year, 1, 1)))
        for m in v.SINCE_INCEPTION.finditer(self.sentence) if self._names_year else ():
            given = (v.INCEPTION_YEAR_AFTER.match(self.sentence, m.end())
                     or v.INCEPTION_YEAR_BEFORE.search(self.sentence, max(0, m.start() - 20), m.start()))
            if given:  # "since it began work in 2021": a running total from then
                year = int(given["y"])
                found.append((m.start(), v.WAR_END if year == 2020 else date(year, 1, 1)))
        return sorted(found)

    @lazy
    def names_rate(self) -> bool:
        """Whether the sentence has a word of a rate ("a day", "on average"): its figures' clauses are then looked at."""
        return bool(v.RATE.search(self.sentence))

    @lazy
    def _month_part(self) -> tuple[tuple[date, date], bool] | None:
        """((first day, last day), vague) of the part of a month the sentence names: "in the first
        half of February" (its days), "in early February" (vague: the month, and its figures
        flagged, for no part of a month is the month's total)."""
        m = self._names_month and self.published and v.PART_OF_MONTH.search(self.sentence)
        month = m and month_number(_group(m, "m", "rm", "am"))
        if not month:
            return None
        given = _group(m, "y", "ry")
        first, last = month_bounds(_latest_year(month, given, self.published), month)
        days = {"first_half": (1, 15), "second_half": (16, last.day), "first_week": (1, 7), "last_week": (last.day - 6, last.day),
                "first_ten_days": (1, 10)}.get(v.month_part(_group(m, "part", "rpart", "apart")))
        return ((first.replace(day=days[0]), last.replace(day=days[1])), False) if days else ((first, last), True)

    @lazy
    def _since_month(self) -> tuple[int, date] | None:
        """(offset, first day) of the month a running count is said to start in ("since February",
        "с февраля 2024 года", "fevraldan bəri"); unsaid, its year is the latest before the text."""
        m = self._names_month and self.published and v.SINCE_MONTH.search(self.sentence)
        month = m and month_number(_group(m, "m", "rm", "am"))
        if not month:
            return None
        given = _group(m, "y", "ry", "ay")
        return m.start(), date(_latest_year(month, given, self.published), month, 1)

    @lazy
    def _since_this_year(self) -> tuple[date, date | None] | None:
        """'Since early 2022', or 'since 2022' said in 2022: this year so far."""
        if not self._names_year:
            return None
        m = v.SINCE_YEAR_BEGIN.search(self.sentence)
        year = int(_group(m, "y", "ry", "ay")) if m else None
        if year is None and self.published:
            plain = next((int(x["y"]) for x in v.SINCE_YEAR.finditer(self.sentence)
                          if x["y"] and int(x["y"]) == self.published.year), None)
            year = plain
        if year is None or year <= 2020 or (self.published and year != self.published.year):
            return None
        return date(year, 1, 1), self.default_as_of

    @lazy
    def since(self) -> date | None:
        """The scope of a running total; the last one named wins ('after the war ..., since 1991 ...')."""
        return self._scopes[-1][1] if self._scopes else None

    @lazy
    def period(self):
        if self.range:
            return None
        found = self._named_period()
        if found is None and self.is_title:
            # A review's headline names its year bare: "Activity highlights 2022", "Итоги 2023 года".
            m = v.REVIEW_YEAR.search(self.sentence)
            if m:
                y = int(m["y"] or m["y2"] or m["y3"])
                found = date(y, 1, 1), date(y, 12, 31)
        return found

    @lazy
    def weekly(self) -> bool:
        return bool(v.WEEK_CUE.search(self.sentence))

    @lazy
    def own_period(self) -> bool:
        return bool(self.range or self.period or self.weekly)

    @lazy
    def running(self) -> bool:
        """A running total without a named start: "to date", "over the past three years"."""
        if v.REPORTING_PERIOD.search(self.sentence):
            return False  # "In total, ... during the reporting period", "hesabat dövründə ümumilikdə": that period's sum
        if v.CUMULATIVE_CUE.search(self.sentence) or v.LAST_YEARS.search(self.sentence) or v.SINCE_INCEPTION.search(self.sentence):
            return True
        # "In total, ..." right after a week's lines sums the week; elsewhere it is a running total.
        before = self.earlier[-1] if self.earlier else None
        return bool(v.TOTAL_CUE.search(self.sentence)) and not (before and before.short_period)

    @lazy
    def short_period(self) -> bool:
        """Whether this sentence's figures are of a week or a month (its own or inherited)."""
        if self.weekly:
            return True
        frame = self if self.own_period else self.inherited
        span = frame and (frame.range or frame.period)
        return bool(span and span[0] and span[1] and (span[1] - span[0]).days <= 31)

    @lazy
    def plan(self) -> re.Match | None:
        left = None
        for m in chain.from_iterable(p.finditer(self.sentence) for p in v.PLANS):
            if left is None:
                left = [m.span() for m in v.STILL_TO_CLEAR.finditer(self.sentence)]
            if any(s <= m.start() < e for s, e in left):
                continue  # what remains to be cleared is no plan
            deadline = re.fullmatch(r"by\s+(20\d\d)", m.group(), re.I)
            if deadline and self.published and int(deadline.group(1)) < self.published.year:
                continue  # "13,000 by 2023", said in 2024: reached by then, not a target
            return m
        return None

    @lazy
    def context(self) -> bool:
        """Whether this sentence gives the sentences after it their period or scope. A range
        of a few days is an event ("after the 19-20 September operations"), not a period of
        reporting: a week or more is."""
        event = self.range and self.range[0] and (self.range[1] - self.range[0]).days < 3
        return bool((self.range and not event) or self.period or self.since or self.running)

    @lazy
    def inherited(self) -> "Scope | None":
        """For a sentence silent about time: the context of one of the two sentences before it
        (a weekly-report sentence or the item of a list in between keeps the chain; "during
        this period" looks back as far as it must), else the title's period."""
        if self.own_period or self.as_of or self.since or self.running or self.plan:
            return None
        budget = len(self.earlier) if v.THAT_PERIOD.search(self.sentence) else 2
        for scope in reversed(self.earlier):
            if scope.context:
                return scope
            budget = 2 if scope.weekly or LIST_ITEM.match(scope.sentence) else budget - 1
            if budget <= 0:
                break
        return self.title if self.title and self.title.own_period else None

    # what the sentence says ---------------------------------------------------
    def _range(self, dates) -> tuple[date | None, date] | None:
        sentence = self.sentence
        for (s1, e1, d1), (s2, e2, d2) in zip(dates, dates[1:]):
            joined = v.RANGE_WORDS.match(sentence[e1:s2]) or v.AZ_RANGE_BETWEEN.match(sentence[e1:s2]) or (
                not sentence[e1:s2].strip() and v.AZ_RANGE_START.search(sentence, s1, e1))
            if joined and d1 > d2 and d1.year == d2.year:
                # "from December 15, 2022 to February 4, 2022": a range cannot end before it
                # starts, so the start's year is a slip for the year before.
                d1 = make_date(d2.year - 1, d1.month, d1.day) or d1
            if joined and d1 <= d2:
                return d1, d2
        m = self._names_month and v.MONTH_SPAN.search(sentence)
        first, last = (month_number(m["m1"]), month_number(m["m2"])) if m else (None, None)
        az = m and v.AZ_YEAR_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
        given = m and (m["y"] or (az and az["y"]))
        if first and last and first < last and (given or self.published):
            y = int(given or self.published.year - (last > self.published.month and not (m["this"] or az and az["this"])))
            return month_bounds(y, first)[0], month_bounds(y, last)[1]
        for s1, _, d1 in dates if self._names_month else ():
            m = v.FROM_MONTH.search(sentence, 0, s1)
            month = m and m.end() == s1 and month_number(_group(m, "m", "am"))
            if month:
                year = int(_group(m, "y", "ay"))
                start = v.WAR_END if (year, month) == (2020, 11) else date(year, month, 1)
                return start, d1
        m = self._names_year and v.YEAR_SPAN.search(sentence)
        first, last = (m["y1"] or m["y3"] or m["y5"], m["y2"] or m["y4"] or m["y6"]) if m else (None, None)
        if m and first <= last:
            return date(int(first), 1, 1), date(int(last), 12, 31)
        if dates and re.search(r"\bbetween\s+the\s+(?:2020\s+)?trilateral\s+statement\s+and\s+$", sentence[: dates[0][0]], re.I):
            return v.WAR_END, dates[0][2]
        for s, _, d in dates:
            if v.WEEK_ENDING.search(sentence, max(0, s - 40), s):  # "the week ending 17 March"
                return d - timedelta(days=6), d
        return None

    def _named_period(self) -> tuple[date | None, date | None] | None:
        """'in August', 'in 2023', 'last year', 'first half of 2022', 'the first nine months of 2024',
        'since the start of the year'."""
        sentence, pub = self.sentence, self.published
        for rx in (v.QUARTER, v.HALF_YEAR, v.FIRST_MONTHS):
            m = rx.search(sentence)
            months = m and _months_of_part(m)
            y = months and _year_of(m, pub, months[1])
            if y:
                return month_bounds(y, months[0])[0], month_bounds(y, months[1])[1]
        if any(rx.search(sentence) for rx in v.YEAR_SO_FAR):
            return (date(pub.year, 1, 1), self.default_as_of) if pub else (None, None)
        if self._since_this_year:
            return self._since_this_year
        if v.LAST_DAYS.search(sentence) and pub:
            return None, pub
        if v.LAST_MONTH.search(sentence) and pub:
            last = date(pub.year, pub.month, 1) - timedelta(days=1)
            return month_bounds(last.year, last.month)
        if v.THIS_MONTH.search(sentence) and pub:
            return date(pub.year, pub.month, 1), self.default_as_of
        if self._since_month and self._since_month[1].year == pub.year:  # since a month of this year: to date
            return self._since_month[1], self.default_as_of
        if self._month_part:
            return self._month_part[0]
        m = self._names_month and next((m for m in v.IN_MONTH.finditer(sentence) if not v.HISTORIC.search(sentence, max(0, m.start() - 40), m.start())), None)
        month = m and month_number(_group(m, "m", "rm", "am"))
        if month and not v.SINCE_WAR.search(sentence):
            given = _group(m, "y", "ry", "ay")
            # (an undated text's month: the latest before the end of the latest year it names, as its days)
            year = _latest_year(month, given, self.reference) if given or self.reference else None
            if year:
                return month_bounds(year, month)
        m = self._names_year and next((m for m in v.IN_YEAR.finditer(sentence) if not v.HISTORIC.search(sentence, max(0, m.start() - 40), m.start())), None)
        if m:
            return self.year_period(int(_group(m, "y", "ay")))
        if v.LAST_YEAR.search(sentence) and pub:
            return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
        return None

    def _as_of(self, dates) -> date | None:
        sentence = self.sentence
        m = self._names_year and v.END_OF_YEAR.search(sentence)
        if m:
            return date(int(_group(m, "y", "ry", "ay")), 12, 31)
        m = self._names_month and v.END_OF_MONTH.search(sentence)
        month = m and month_number(_group(m, "m", "am2", "tm", "rm", "am"))
        given = m and _group(m, "y", "ay2", "ty", "ry", "ay")
        if month and (given or self.published):  # (its year unsaid: the latest before the text)
            return month_bounds(_latest_year(month, given, self.published), month)[1]
        m = self._names_month and self.published and v.START_OF_MONTH.search(sentence)
        month = m and month_number(_group(m, "m", "rm", "am"))
        if month:
            given = _group(m, "y", "ry")
            return date(_latest_year(month, given, self.published), month, 1)
        for s, e, d in dates:
            if d != v.WAR_END and (v.AS_OF.search(sentence[max(0, s - 20): s]) or v.AS_OF_AFTER.match(sentence, e)):
                return d
        return None

    # what it means for one figure ---------------------------------------------
    def apply(self, fig: Figure, position: int = 0) -> None:
        s = self.sentence
        # The scope named nearest before the number, else the first one after it: in "3,400
        # victims since 1991, while incidents dropped since 2021" the victims are since 1991.
        since = max((found for found in self._scopes if found[0] < position),
                    default=min((found for found in self._scopes if found[0] >= position), default=(0, None)))[1]
        if since and not any(at < position for at, _ in self._scopes) and (
                self._names_year and v.IN_YEAR.search(s, 0, position)
                or any(rx.search(s, 0, position) for rx in (v.WEEK_CUE, *v.YEAR_SO_FAR, v.LAST_MONTH, v.THIS_MONTH))):
            # The time named before the amount is its own: "In 2025, 69,200 ha, and since 2020,
            # 249,000 ha"; "Last week 1,300 ha were cleared, bringing the total since the war to ...".
            since = None
        plan = self.plan
        if plan and fig.metric == "area_contaminated" and v.REMAINING.fullmatch(plan.group()):
            plan = None  # "1 million ha of mined areas yet to be cleared" is what remains
        if plan:
            fig.kind = "plan"
            by = v.DEADLINE.search(s)
            if by:  # a deadline: the plan ends then, its start is not stated
                given = _group(by, "y", "ry", "ay")
                year = int(given) if given else (self.published.year if self.published else None)
                fig.period_end = date(year, 12, 31) if year else None
            elif self.period and self.period[1]:
                fig.period_start, fig.period_end = date(self.period[1].year, 1, 1), date(self.period[1].year, 12, 31)
            return
        transfer = fig.metric in ("mine_detection_dogs", "demining_machines") and v.TRANSFER.search(_clause(s, position))
        if transfer and not (self.range or since or self.period) and (len(self._dates[0]) == 1 or v.INCIDENT.search(s)):
            # "dogs handed over on 24 February", "today": that day's delivery
            day = self._dates[0][0][2] if len(self._dates[0]) == 1 else self.incident_day or self.published
            fig.kind, fig.period_start, fig.period_end = "period", day, day
            return
        if transfer and not (self.range or since or self.period or self.running):
            fig.kind = "period"  # "10 dogs were handed over to the agency": a delivery, its day unsaid
            fig.flags.append("scope_guessed")
            return
        if (fig.metric in v.CAPACITY and not transfer) or fig.metric == "area_contaminated":
            fig.kind, fig.period_end = "snapshot", self.as_of or self._earlier_year_end(position) or self._past_period_end or self._default(fig)
            return
        if self.range:
            self._apply_range(fig)
            if self._week_before(position) and fig.period_start and (fig.period_end - fig.period_start).days <= 7:
                fig.period_start, fig.period_end = fig.period_start - timedelta(days=7), fig.period_end - timedelta(days=7)
            return
        if since:
            fig.kind, fig.period_start, fig.period_end = "cumulative", since, self.as_of or self._default(fig)
            return
        if self.period:
            fig.kind, (fig.period_start, fig.period_end) = "period", self._year_at(position) or self._clause_month(position) or self.period
            if self._month_part and self._month_part[1]:
                fig.flags.append("scope_guessed")  # "in early February": some days of it, which unsaid
            return
        if self.weekly:
            fig.kind = "period"
            if self._week_before(position):
                fig.flags.append("scope_guessed")  # the week before a week the text may never date
            return
        if fig.metric.startswith("victims") and (v.INCIDENT.search(s) or self.event_day) and self.incident(fig.value):
            self._apply_incident(fig)  # a day named: before any running cue
            return
        if self.running or self.as_of:
            self._cumulative(fig)
            return
        if self.inherited is not None:
            self.inherited.apply_period(fig)
            self._part_of_the_year(fig)
            return
        if fig.metric.startswith("victims") and self.incident(fig.value):
            self._apply_incident(fig)  # a few people, no day: only when the sentences before set no scope
            return
        if v.PERFECT.search(s):
            self._cumulative(fig)
            return
        if fig.metric in v.FLOWS and self.earlier and self.earlier[-1].weekly:
            fig.kind = "period"  # "Besides, 1,343.2 ha were cleared": the week the sentence before spoke of
            return
        # Nothing in the text says which: the kind is a guess, and the figure says so.
        fig.flags.append("scope_guessed")
        if fig.metric in v.FLOWS:
            fig.kind = "period"  # "5 mines were found": an event, not a running total
            return
        self._cumulative(fig)

    def incident(self, count: float) -> bool:
        """A few people hurt, in the simple past and with no running total about: one incident
        ("two residents were wounded on Tuesday"), a period of its own."""
        if self.running or self.since or v.PERFECT.search(self.sentence):
            return False
        return count < 10 or bool(v.INCIDENT.search(self.sentence))

    @lazy
    def incident_day(self) -> date | None:
        m = v.INCIDENT_DAY_BEFORE.search(self.sentence)
        if m and self.published:
            return self.published - timedelta(days=1)
        day = v.WEEKDAY.search(self.sentence)
        if day and self.published:  # the last such day on or before the publication's
            return self.published - timedelta(days=(self.published.weekday() - int(day.lastgroup[1:])) % 7)
        dates = [d for _, _, d in self._dates[0] if not self.published or d <= self.published]
        return dates[0] if dates else None

    def _default(self, fig: Figure) -> date | None:
        """The as-of date a figure takes when its sentence names none: that of the heading its
        list stands under ("Key figures (as of 1 March 2024):"), else the publication date, or
        for an undated text the latest date it stated before, which is a guess (flagged)."""
        if self._heading_as_of:
            return self._heading_as_of
        if self.published is None:
            fig.flags.append("undated")
        self.defaulted.append(fig)
        return self.default_as_of

    @lazy
    def _heading_as_of(self) -> date | None:
        """The as-of day of the heading a list item stands under, the items between included."""
        if not LIST_ITEM.match(self.sentence):
            return None
        for scope in reversed(self.earlier):
            if not LIST_ITEM.match(scope.sentence):
                return scope.as_of if scope.sentence.rstrip().endswith(":") else None
        return None

    @lazy
    def _past_period_end(self) -> date | None:
        """The end of a period the sentence names that was over before the text ("last year",
        "... took part in clearance in 2023"): when a count of people or dogs said of it stood."""
        period = self.period
        if period and period[1] and self.default_as_of and period[1] < self.default_as_of:
            return period[1]
        return None

    def _earlier_year_end(self, position: int) -> date | None:
        """The end of the year named last before position, when it is before the as-of year:
        "increased in 2022 compared to 2021, when ANAMA operated 762 deminers"."""
        # "since 2021", "since the end of the 2020 conflict" name no as-of year
        since = [m.span() for rx in (v.SINCE_YEAR, v.SINCE_WAR) for m in rx.finditer(self.sentence, 0, position)]
        years = [int(m.group()) for m in re.finditer(r"\b(?:19|20)\d\d\b", self.sentence[:position])
                 if not any(s <= m.start() < e for s, e in since)]
        if not years or (self.default_as_of and years[-1] >= self.default_as_of.year):
            return None
        return date(years[-1], 12, 31)

    @lazy
    def _years(self) -> list[tuple[int, int]]:
        """(offset, year) of each year the sentence names as a period ("in 2022", "2023-cü ildə")."""
        if not self._names_year or len(YEAR.findall(self.sentence)) < 2:
            return []  # (one year named: the sentence's period is it)
        return [(m.start(), int(_group(m, "y", "ay"))) for m in v.IN_YEAR.finditer(self.sentence)
                if not v.HISTORIC.search(self.sentence, max(0, m.start() - 40), m.start())]

    def _year_at(self, position: int) -> tuple[date, date] | None:
        """In a sentence that names two years ("In 2022, 32,000 ha were cleared, and in 2023,
        38,000 ha"), the one named in the figure's own clause ("..., compared with 32,000 ha in
        2022", "..., up from 32,000 ha a year earlier"), else the one named nearest before it,
        else the first after it; None when the sentence's period is not one of its years."""
        own = self._clause_year(position)
        if own:
            return self.year_period(own)
        years = self._years
        if len({y for _, y in years}) < 2 or self.period[0] != date(years[0][1], 1, 1):
            return None
        year = next((y for at, y in reversed(years) if at < position), years[0][1])
        return self.period if year == years[0][1] else self.year_period(year)

    def _clause_year(self, position: int) -> int | None:
        """The year the clause of the figure at position names for it, when the sentence is about
        a year: a year of its own, or the year before ("a year earlier", "годом ранее")."""
        period = self.period
        if not (period and period[0] and (period[0].month, period[0].day) == (1, 1) and period[1].year == period[0].year):
            return None
        s = self.sentence
        start, end = clause_span(self.sentence, position)
        own = next((int(_group(m, "y", "ay")) for m in v.IN_YEAR.finditer(s, start, end)
                    if not v.HISTORIC.search(s, max(0, m.start() - 40), m.start())), None)
        if own is None and v.YEAR_BEFORE.search(s, start, end):
            own = period[0].year - 1
        return own if own != period[0].year else None

    def _clause_month(self, position: int) -> tuple[date, date] | None:
        """The same for a sentence about a month: "In February, 3,000 ha were cleared, up from
        2,500 ha in January" (or "a month earlier")."""
        period = self.period
        if not (period and period[0] and period[0].day == 1 and period[1] == month_bounds(period[0].year, period[0].month)[1]):
            return None
        s = self.sentence
        start, end = clause_span(self.sentence, position)
        m = self._names_month and next(v.IN_MONTH.finditer(s, start, end), None)
        month = m and month_number(_group(m, "m", "rm", "am"))
        if month:
            given = _group(m, "y", "ry", "ay")
            year = _latest_year(month, given, period[0])
        elif v.MONTH_BEFORE.search(s, start, end):
            before = period[0] - timedelta(days=1)
            year, month = before.year, before.month
        else:
            return None
        own = month_bounds(year, month)
        return own if own != period else None

    def _week_before(self, position: int) -> bool:
        """Whether the figure's own clause says it is of the week before the sentence's ("...,
        compared with 900 ha a week earlier")."""
        return bool(v.WEEK_BEFORE.search(self.sentence, *clause_span(self.sentence, position)))

    def year_period(self, year: int) -> tuple[date, date]:
        """A year named as a figure's period: the year so far if the text was written in it,
        unless it is all but over (its last ten days), else the whole year."""
        pub = self.published
        end = self.default_as_of if pub and pub.year == year and not self.plan and pub < date(year, 12, 22) else date(year, 12, 31)
        return date(year, 1, 1), end

    def apply_period(self, fig: Figure) -> None:
        """The period this (earlier) sentence stated, for a figure of a later one."""
        if self.range:
            self._apply_range(fig)
        elif self.period:
            fig.kind, (fig.period_start, fig.period_end) = "period", self.period
        elif self.since:
            fig.kind, fig.period_start, fig.period_end = "cumulative", self.since, self.as_of or self._default(fig)
        elif self.running:
            self._cumulative(fig)
        else:
            fig.kind = "period"

    def _part_of_the_year(self, fig: Figure) -> None:
        """A figure given one whole year by the text before it, whose own sentence names a part of
        a year with no year of its own ("In the first quarter, 7,900 ha ..."): that part."""
        start, end = fig.period_start, fig.period_end
        if fig.kind != "period" or not start or not end or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year:
            return
        m = v.PART_OF_A_YEAR.search(self.sentence)
        months = m and _months_of_part(m)
        if months:
            fig.period_start, fig.period_end = month_bounds(start.year, months[0])[0], month_bounds(start.year, months[1])[1]

    def _apply_range(self, fig: Figure) -> None:
        start, end = self.range
        fig.kind = "cumulative" if _running_from(start) else "period"
        fig.period_start, fig.period_end = start, end

    def _apply_incident(self, fig: Figure) -> None:
        day = self.event_day or self.incident_day  # "on 11 March", else "yesterday", "on Saturday"
        fig.kind, fig.period_start, fig.period_end = "period", day, day

    @lazy
    def event_day(self) -> date | None:
        """The one day the sentence names as when something happened ("on 11 March", "11 марта",
        "martın 11-də"), not as the day its figures stood at ("as of 11 March", "1 mart tarixinə")."""
        dates = self._dates[0]
        if len(dates) != 1:
            return None
        s, e, d = dates[0]
        before = self.sentence[max(0, s - 20): s]
        if v.AS_OF.search(before) and not v.ON_DAY.search(before) or v.AS_OF_AFTER.match(self.sentence, e):
            return None
        return d

    def _cumulative(self, fig: Figure) -> None:
        fig.kind = "cumulative"
        fig.period_end = self.as_of or self._default(fig)
        # Post-war totals of victims are in the hundreds; thousands count since 1991.
        post_war_scale = not (fig.metric.startswith("victims") and fig.value >= 1000)
        last = v.LAST_YEARS.search(self.sentence)
        years = _count(last["n"] or last["rn"] or last["an"]) if last else None
        # Mine victims counted in hundreds, in a text written after the war, are counted since it.
        after_war = self.post_war or (fig.metric.startswith("victims") and self.published is not None
                                      and self.published > v.WAR_END)
        if (after_war and post_war_scale and (last is None or (years is not None and years <= 5))
                and not v.SINCE_INCEPTION.search(self.sentence)):
            fig.period_start = v.WAR_END  # "over the past three years", said after the 2020 war
            self.assumed.append(fig)

