"""Figures from running text: text in, figures out, no I/O.

Each number is read with the words around it (metrics.py); the sentence, the ones before it,
the title and the document decide the kind and the dates (scope.py); the words around each
figure say whose share it is, if any (parts.py). This module puts them together: it walks the
sentences, keeps what the document says once (its week, the actor of "They also found ..."),
and lets a figure stated twice count once.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from . import parts
from . import vocabulary as v
from .dates import find_dates
from .metrics import district_list, qualifier_after, read_metric, respectively
from .model import Figure
from .numbers import Number, find_numbers
from .scope import Scope
from .sentences import clause_span, sentences

ASIDE_OPEN = re.compile(r"\s*\([^()]*$")  # within a parenthesis opened right after the figure before
WHOLE_OF_A_PART = re.compile(r"\bout\s+of\s*$", re.I)
PERCENT = re.compile(r"\s*(?:%|per\s*cent|percent|процент|faiz)", re.I)
MORE = re.compile(r"\s*(?:more|additional|new|другие|ещё|еще)\b", re.I)


def extract_figures(text: str, published: date | None = None, title: str | None = None,
                    publisher: str | None = None) -> list[Figure]:
    post_war = _Once(lambda: bool(v.POST_WAR.search(text)))  # read only if a running total needs it
    azerbaijani = "ə" in text or "Ə" in text  # (its number words are read in every sentence)
    reference, stated = published, []
    if published is None:
        reference = _latest_year_end(f"{title or ''} {text}")
        # An undated text's running totals are as of the latest date it has stated so far.
        stated = [(s, d) for s, _, d in find_dates(text) if d > v.WAR_END]
    title_scope = Scope(title, published, reference=reference, is_title=True) if title else None
    voice = parts.own_voice(publisher)  # the operator the publisher is, if it is one
    figures: list[Figure] = []
    scopes: list[Scope] = []
    undated: list[tuple[Figure, int]] = []  # "last week" figures of sentences that do not say which week
    lead: list[tuple[Figure, int]] = []  # flows of the lead whose sentence says no time
    defaulted: list[Figure] = []  # running totals whose as-of date no sentence of theirs gave
    assumed: list[Figure] = []  # running totals whose start, unsaid, was taken as the war's end
    chrome = v.PAGE_CHROME.search(text)
    found: list[Figure] = []
    for start, end in sentences(text[: chrome.start()] if chrome else text):
        previous = found
        # Scopes are lazy: a sentence's time words are read only if a figure needs them.
        as_of = published or max((d for s, d in stated if s < end), default=None)
        scope = Scope(text[start:end], published, title_scope, post_war, reference, as_of)
        scope.earlier, scope.before = scopes[-8:], scopes[-1] if scopes else None
        scope.defaulted, scope.assumed = defaulted, assumed
        scopes.append(scope)
        numbers = find_numbers(scope.sentence, azerbaijani)
        if not numbers:
            found = _incident(text, start, scope)
            if not found:
                _how_harmed(previous, scope)
            figures.extend(found)
            continue
        found = _sentence_figures(text, start, scope, numbers, figures[-1] if figures else None, scopes)
        if not found and _no_counts(numbers, scope):
            # "On 11 March, a shepherd was injured": its numbers are its day
            found = _incident(text, start, scope)
            if not found:
                _how_harmed(previous, scope)
        if voice:
            _own_voice(found, voice, scopes)
        if scope.weekly:
            undated += [(fig, len(scopes) - 1) for fig in found  # (not one of the week before: flagged)
                        if fig.kind == "period" and fig.period_start is None and fig.period_end is None and "scope_guessed" not in fig.flags]
        elif len(scopes) <= 2:
            lead += [(fig, len(scopes) - 1) for fig in found if "scope_guessed" in fig.flags and fig.kind == "period"]
        if figures and v.OF_THEM.match(scope.sentence) and not scope.context:
            for fig in found:
                fig.kind, fig.period_start, fig.period_end = figures[-1].kind, figures[-1].period_start, figures[-1].period_end
        figures.extend(found)
    _date_weeks(undated, scopes)
    _lead_period(lead, scopes)
    _breakdown_periods(figures, scopes)
    _parts_of_a_total(figures)
    _stated_as_of(figures, defaulted)
    if published is None:
        _after_the_start(figures)
        _one_day_stated(figures)
    _frame_actor(figures, [title or ""] + [s.sentence for s in scopes[:2]], [s.sentence for s in scopes])
    for fig in assumed:
        if fig.operator not in (None, "ANAMA"):
            fig.period_start = None  # an operator's own total: its work may predate the war's end, unsaid
    return _unique(figures)


def _own_voice(figures: list[Figure], operator: str, scopes: list[Scope]) -> None:
    """An operator's own page speaking of itself, in the first person or by its name, in the
    figure's sentence or the one before ("Below are key figures from our activities: - 9,675
    individuals ...", "The ICRC ran sessions in 28 villages. More than 5,000 people ..."): its work."""
    if not any(parts.in_first_person(s.sentence) or parts.operator_named(s.sentence) == operator for s in scopes[-2:]):
        return
    for fig in figures:
        if fig.operator is None and not fig.metric.startswith("victims"):
            fig.operator = operator


def _frame_actor(figures: list[Figure], lead: list[str], sentences: list[str]) -> None:
    """A release about one operator's work ("the Army's engineer troops cleared ...", relayed
    from the Defence Ministry) names it in its title or lead: when the lead names that one
    operator as doing the work, and the text no other (ANAMA included), its figures are that
    operator's share. Erring this way makes a national total a part (kept out of the
    national series), never the reverse."""
    in_lead = set().union(*(parts.actors(s) for s in lead if s))
    if len(in_lead) != 1 or "ANAMA" in in_lead:
        return
    named = set().union(*(parts.actors(s) for s in sentences if s))
    if named != in_lead:
        return
    (operator,) = named
    if any(f.note == f"share of {operator}" for f in figures):
        return  # "of this, 6,938.7 ha by the Ministry of Defence": the text tells its share from the whole
    for fig in figures:
        if fig.operator is None and not fig.metric.startswith("victims") and not _by_the_country(fig, sentences):
            fig.operator = operator


def _by_the_country(fig: Figure, sentences: list[str]) -> bool:
    """Whether the figure's sentence names the country as doing the work, just before it
    ("since 2020, Azerbaijan has cleared more than 150,000 ha"): a national figure, whoever
    the rest of the release is about."""
    for sentence in sentences:
        at = sentence.find(fig.quote)
        if at >= 0:
            return bool(v.COUNTRY_ACTOR.search(sentence, max(0, at - 60), at))
    return False


def _date_weeks(undated: list[tuple[Figure, int]], scopes: list[Scope]) -> None:
    """A weekly report states its week once ("From Aug. 18 to 24, teams worked in ..."); a
    "last week" figure elsewhere in it takes the nearest week-long span the text states."""
    if not undated:
        return
    weeks = [(i, scope.range) for i, scope in enumerate(scopes)
             if scope.range and scope.range[0] and 4 <= (scope.range[1] - scope.range[0]).days <= 7]
    if not weeks:
        return
    for fig, i in undated:
        _, (fig.period_start, fig.period_end) = min(weeks, key=lambda w: (abs(w[0] - i), w[0] < i))


def _lead_period(lead: list[tuple[Figure, int]], scopes: list[Scope]) -> None:
    """A lead that sums up what the next sentence dates ("The agency found about 300 mines and
    UXO. From June 21 to 25, 84 anti-personnel mines ... were found"): its flow with no time of
    its own is of the week or month the next sentence states."""
    for fig, i in lead:
        after = scopes[i + 1] if i + 1 < len(scopes) else None
        span = after and after.range
        if span and span[0] and (span[1] - span[0]).days <= 31:
            fig.period_start, fig.period_end = span
            fig.flags.remove("scope_guessed")


FAMILIES = {"victims_killed": "victims", "victims_injured": "victims", **{m: "items" for m in v.ITEMS}}


def _stated_as_of(figures: list[Figure], defaulted: list[Figure]) -> None:
    """A text that gives running totals since the war up to a stated day ("from 10 November
    2020 to 6 December 2023, 50 civilians were killed") gives that day to its other running
    totals of the same kind of count that state none ("65 people died in that period")."""
    guessed = {id(f) for f in defaulted}
    for family in {FAMILIES.get(f.metric, f.metric) for f in defaulted}:
        stated = {f.period_end for f in figures if f.kind == "cumulative" and f.period_start == v.WAR_END
                  and f.period_end and FAMILIES.get(f.metric, f.metric) == family and id(f) not in guessed}
        if len(stated) != 1:
            continue
        (day,) = stated
        for f in defaulted:
            if f.kind == "cumulative" and f.period_start == v.WAR_END and FAMILIES.get(f.metric, f.metric) == family:
                f.period_end = day
                if "undated" in f.flags:
                    f.flags.remove("undated")


def _breakdown_periods(figures: list[Figure], scopes: list[Scope]) -> None:
    """A text that goes on from a range to the next one, starting the day after it ends ("from
    10 November 2020 to 14 December 2021 ... From 15 December 2021 to 4 February 2022 ..."),
    breaks a count down into periods: its first range, though it starts at the war's end, is
    one period of the breakdown, not a running total."""
    since_war = [f for f in figures if f.kind == "cumulative" and f.period_start == v.WAR_END and f.period_end]
    if not since_war:
        return
    starts = {scope.range[0] for scope in scopes if scope.range and scope.range[0]}
    for f in since_war:
        if f.period_end + timedelta(days=1) in starts:
            f.kind = "period"


def _parts_of_a_total(figures: list[Figure]) -> None:
    """Killed and injured that add up to the count of victims just before them are that count
    told apart ("341 people have become mine victims since the war. So, from 10 November 2022
    [sic] to 26 December 2023, 65 died and 276 were injured"): they take its scope, and so do
    the figures that shared theirs ("in that period, 50 civilians and 15 servicemen died").
    Their sentence's own start, which made them a period, is a slip."""
    for i, (first, second) in enumerate(zip(figures, figures[1:])):
        if {first.metric, second.metric} != {"victims_killed", "victims_injured"} or first.note or second.note:
            continue
        total = next((f for f in reversed(figures[:i]) if f.metric == "victims" and not f.note), None)
        if (total is None or total.value != first.value + second.value or total.kind != "cumulative"
                or first.kind != "period" or _period(first) != _period(second)):
            continue
        slipped, end = _scope(first), first.period_end or total.period_end
        for f in figures:
            if _scope(f) == slipped:
                f.kind, f.period_start, f.period_end = total.kind, total.period_start, end


def _scope(f: Figure) -> tuple:
    return f.kind, f.period_start, f.period_end


def _after_the_start(figures: list[Figure]) -> None:
    """An undated text's "June 9" takes the latest year the text names; when that puts a
    running total's last day before its start ("since the war ... June 9" with only 2020
    named), the year after is the one meant."""
    for f in figures:
        if f.period_start and f.period_end and f.period_end < f.period_start:
            end = f.period_end
            later = date(end.year + 1, end.month, min(end.day, 28 if end.month == 2 else 31))
            if later >= f.period_start:
                f.period_end = later


def _one_day_stated(figures: list[Figure]) -> None:
    """An undated text whose running totals of clearance (land and items) state one as-of day
    between them ("152,619 ha as of July 31, 2024") gives it to those that state none: they are
    of the same statistics. (Victims are counted apart, to days of their own.)"""
    clearance = [f for f in figures if f.kind == "cumulative" and (f.metric == "area_cleared" or f.metric in v.ITEMS)]
    days = {f.period_end for f in clearance if f.period_end}
    if len(days) == 1:
        (day,) = days
        for f in clearance:
            if f.period_end is None and (f.period_start is None or f.period_start <= day):
                f.period_end = day


def _latest_year_end(text: str) -> date | None:
    """For an undated text: the end of the latest year it names, to place 'October 23 to 29'."""
    years = [int(y) for y in re.findall(r"\b(20[12]\d)\b", text)]
    return date(max(years), 12, 31) if years else None


def _unique(figures: list[Figure]) -> list[Figure]:
    """A figure stated twice (lead and body, say) counts once, with the dates of the fuller
    statement. The same count in two periods each stated in full ("one civilian was killed"
    in May and again in October) is two figures."""
    kept: dict[tuple, list[Figure]] = {}
    out: list[Figure] = []
    for f in figures:
        same = kept.setdefault((f.metric, f.kind, f.value, f.district, f.operator, f.note), [])
        known = next((k for k in same if not (_dated(k) == _dated(f) == 2 and _period(k) != _period(f))), None)
        if known is None:
            same.append(f)
            out.append(f)
        elif _period(known) != _period(f) and _dated(f) > _dated(known):
            known.period_start, known.period_end = f.period_start, f.period_end
    return out


def _period(f: Figure) -> tuple:
    return f.period_start, f.period_end


def _dated(f: Figure) -> int:
    return (f.period_start is not None) + (f.period_end is not None)


class _Once:
    """A yes-or-no about the whole text, worked out the first time it is asked."""

    def __init__(self, compute):
        self._compute, self._value = compute, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


def _actor(scopes: list[Scope]) -> str | None:
    """The operator the sentences before the last one name as doing the work, carried
    through "They also found ..." sentences."""
    for scope in reversed(scopes[:-1]):
        found = parts.acting_operator(scope.sentence)
        if found or not parts.same_actor(scope.sentence):
            return found
    return None


def _sentence_figures(text: str, start: int, scope: Scope, numbers: list[Number],
                      last: Figure | None = None, scopes: list[Scope] = ()) -> list[Figure]:
    sentence = scope.sentence
    out: list[Figure] = []
    spans: list[tuple[int, int]] = []  # (number start, phrase end) of each figure
    unread: list[Number] = []
    subsets: list[bool] = []  # whether each figure is "N of them"
    numbers_read: list[Number] = []  # each figure's number
    paired = respectively(sentence, numbers) or district_list(sentence, numbers)
    for number in numbers:
        if _inside_date(number, sentence, scope) or _is_percentage(sentence, number):
            continue
        # "... 352 victims; 6 of them were women": a part may begin the next sentence.
        # "... 310 victims. 41 were women": a subgroup's count opening a sentence is a part too.
        leading_part = not out and last is not None and last.metric.startswith("victims") and _opens_with_subgroup(sentence, number)
        earlier = out or ([last] if last and (v.OF_WHOM.match(sentence[number.end:]) or v.OF_THEM.match(sentence) or leading_part) else [])
        read = paired.get(number.start) or read_metric(sentence, number, earlier)
        if read is None:
            unread.append(number)
            continue
        if parts.elsewhere(sentence, number.start):
            continue  # "In Ukraine, 174,000 km² ...": another country's figure
        if scope.names_rate and (v.RATE.search(sentence, *clause_span(sentence, number.start)) or (
                not (out or unread) and ";" not in sentence[:number.start] and v.RATE.match(sentence, _OPENING.match(sentence).end()))):
            continue  # "40 ha a day", "Every day, sappers find around 30 mines": a rate, no count of a period
        metric, value, phrase_start, phrase_end, note = read
        if metric == "area_cleared" and not (out or _land_at_work(scopes)):
            continue  # "the liberated lands span 10,000 km²": an area, but no word of clearing it
        if (note in SUBGROUPS and metric.startswith("victims") and out and out[-1].metric.startswith("victims")
                and ASIDE_OPEN.match(sentence, spans[-1][1], number.start)):
            metric = out[-1].metric  # "six people (civilians and four servicemen) were wounded": four of the six
        if note is None and _shares_subgroup(sentence, number, metric, out, spans):
            note = out[-1].note  # "15 servicemen were killed and 169 injured": 169 servicemen
        qualified = v.qualifier_match(sentence[: number.start])
        # The quote: the qualifier, the words that name what is counted, the amount and its unit.
        quote_start = min(qualified.start() if qualified else number.start, phrase_start)
        after_number, after_phrase = qualifier_after(sentence[number.end:]), qualifier_after(sentence[phrase_end:])
        if after_phrase:
            phrase_end += after_phrase[1]
        fig = Figure(
            metric=metric,
            value=round(value, 6),
            kind="snapshot",
            quote=text[start + quote_start: start + phrase_end].strip(),
            qualifier=(after_number or after_phrase or (qualified.lastgroup if qualified else "exact",))[0],
            note=note,
            flags=["malformed_number"] if number.malformed else [],
        )
        scope.apply(fig, number.start)
        if fig.kind == "cumulative" and MORE.match(sentence, number.end):
            fig.kind, fig.period_start, fig.period_end = "period", None, None  # "two more civilians": new cases
        # (The words "by the agency" may close the figure's own phrase: "22,600 by the agency".)
        share = (parts.share_by(sentence[number.end:]) or parts.share_by(sentence[phrase_end:])) if out else None
        named_share = None if share else parts.share_before(sentence, phrase_start)
        share = share or named_share and (named_share, 0)
        if share:  # "33,100 ha by the agency and 5,812 ha by the Ministry of Defence"
            fig.operator, fig.note = share[0], fig.note or f"share of {share[0]}"
        # ("3,100 hectares of them": the words may follow the unit too)
        of_them = bool(v.OF_WHOM.match(sentence[number.end:]) or v.OF_WHOM_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                       or phrase_end > number.end and v.PART_OF_AFTER.match(sentence[phrase_end:]))
        whole = None if of_them else out[-1] if out else last
        if whole is not None and whole.metric == metric and whole.kind != "plan":
            # "Of this, 402 ha": the same count's part (of a plan, what is done is no part of it)
            # ("including" before mines or ordnance lists their kinds, which may sum to the whole: _sum_of_kinds)
            # "Of the 150,000 ha cleared, 41,000 ha ...": the first part after a whole named as one
            of_them = bool(v.PART_OF_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                           or metric not in v.ITEMS and v.INCLUDING_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                           or out and whole.value > value and _named_whole(sentence, numbers_read[-1], spans[-1][1])
                           # "..., of which 41,000 ha through clearance and 21,000 ha through survey": the list goes on
                           or out and subsets[-1] and _LIST_GOES_ON.match(sentence, spans[-1][1], number.start))
        own = _own_time(scope, sentence, number, fig, out[-1] if out else last) if of_them else None
        if own:  # "..., of which 40,000 ha in 2023": a slice of time, a whole of its own
            fig.kind, fig.period_start, fig.period_end, fig.flags = own.kind, own.period_start, own.period_end, own.flags
            of_them = False
        leading_part = leading_part and metric == last.metric  # "One serviceman was killed" has a count of its own
        parent = out[-1] if out else (last if of_them or leading_part else None)  # "595 of them ..." may begin a sentence
        if parent and (share or fig.note and fig.note != "cluster munition remnants only" or of_them):
            fig.kind, fig.period_start, fig.period_end = parent.kind, parent.period_start, parent.period_end
        if not out:
            first_end = number.end
        out.append(fig)
        spans.append((number.start, phrase_end))
        subsets.append(bool(of_them))
        numbers_read.append(number)
    _attribute(sentence, out, spans, scopes)
    for i, fig in enumerate(out):
        whole_at = next((j for j in range(i - 1, -1, -1) if not subsets[j]), None)  # (past the parts listed before)
        parent = out[whole_at] if whole_at is not None else last
        if (subsets[i] and parent and parent.metric == fig.metric and parent.value > fig.value
                and not (fig.note or fig.district or fig.operator)):
            fig.note = "part of a stated total"  # "Of this, 402 ha ...", with no word of whose or what for
    if paired:
        _respective_districts(sentence, out)
        _respective_years(scope, out)
    shares = {f.operator for f in out[1:] if f.note == f"share of {f.operator}"}
    if shares and out[0].note is None:
        # "33,100 ha by the agency and 5,812 ha by the Ministry of Defence": the first is a share
        # too; "39,000 ha were cleared, 5,812 ha of them by the Ministry": the first is the whole.
        first = parts.share_by(sentence[first_end:]) or parts.share_by(sentence[spans[0][1]:])
        if first:
            out[0].operator, out[0].note = first[0], f"share of {first[0]}"
        elif out[0].operator in shares:
            out[0].operator = None
    _hurt_and_of_them_died(([last] if last else []) + out, ([False] if last else []) + subsets)
    return out + _sum_of_kinds(text, start, sentence, out, unread)


# Between two parts of one list: the words of the one before, then "and" or a comma.
_LIST_GOES_ON = re.compile(r"[^.;:()\d]{0,40}?(?:,\s*|\s+)(?:and|и|а|və|isə)?\s*$", re.I)
# An Azerbaijani whole named by its unit's case: "150 min hektarın 41 min hektarı", "... hektardan".
_AZ_WHOLE_UNIT = re.compile(r"\w(?:ın|in|un|ün|dən|dan)\s*,?\s*$", re.I)


def _named_whole(sentence: str, number: Number, phrase_end: int) -> bool:
    """Whether an amount is named as the whole of the parts after it: "Of the 150,000 ha cleared",
    "Из 150 тысяч гектаров", "150 min hektarın"."""
    return bool(v.WHOLE_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                or number.end < phrase_end and _AZ_WHOLE_UNIT.search(sentence, number.end, phrase_end))


def _own_time(scope: Scope, sentence: str, number: Number, fig: Figure, whole: Figure | None) -> Figure | None:
    """The figure in the time a part's own clause names ("of this, 40,000 ha were cleared
    in 2023"), if it names one other than its whole's: "120,000 people, including 60,000
    children, were reached in 2023" names the time of the whole."""
    clause = re.split(r"[;.](?!\d)", sentence[number.start:])[0]
    own = Scope(clause, scope.published, reference=scope.reference, default_as_of=scope.as_of or scope.published)
    if not (own.range or own.period or own.since or v.WEEK_CUE.search(clause) or v.REPORTING_PERIOD.search(clause)):
        return None
    sliced = dataclasses.replace(fig, period_start=None, period_end=None, flags=list(fig.flags))
    own.apply(sliced, 0)
    same = whole and (sliced.kind, sliced.period_start, sliced.period_end) == (whole.kind, whole.period_start, whole.period_end)
    return None if same else sliced


def _land_at_work(scopes: list[Scope]) -> bool:
    """Whether this sentence or the one before says land was cleared, released, surveyed or
    planned for ("Cleared in the week:" may head the lines that give the amounts)."""
    return any(v.CLEARED.search(s.sentence) or v.LAND_WORK.search(s.sentence) or any(p.search(s.sentence) for p in v.PLANS)
               for s in scopes[-2:])


def _opens_with_subgroup(sentence: str, number: Number) -> bool:
    return not sentence[: number.start].strip() and bool(v.BREAKDOWN_NOTE.match(sentence[number.end:]))


def _hurt_and_of_them_died(out: list[Figure], subsets: list[bool]) -> None:
    """"3,400 people have been injured by mines; 590 of them died": those who died are among
    the injured, so the first count is of all victims (figures in order, the sentence
    before's last first)."""
    for i, fig in enumerate(out[:-1]):
        if fig.metric == "victims_injured" and fig.note is None and out[i + 1].metric == "victims_killed" and subsets[i + 1]:
            fig.metric = "victims"


KINDS = ("apm_neutralized", "atm_neutralized", "uxo_neutralized", "mines_neutralized")
_OPENING = re.compile(r"\W*")
TOTAL_BEFORE = re.compile(r"\b(?:total|overall|altogether|всего|общ\w+|ümumi\w*|cəmi)\b[^.;\d]{0,30}$", re.I)
# Or after it: "521 items in total", "(521 in all)", "521 единица в общей сложности".
TOTAL_AFTER = re.compile(r"\s*(?:(?:items|units|pieces|единиц\w*|ədəd)\s+)?(?:in\s+total|in\s+all|altogether|overall|"
                         r"в\s+общей\s+сложности|ümumilikdə)\b", re.I)


def _sum_of_kinds(text: str, start: int, sentence: str, out: list[Figure], unread: list[Number]) -> list[Figure]:
    """Items of several kinds counted with their sum: the sum counts items, whatever word it
    goes by ("88,260 mines, including 28,259 anti-personnel mines, 15,303 anti-tank mines and
    44,698 UXO"; "... 56,646 UXO, a total of 105,488 units"). Returns the sums no word named."""
    for fig in out:
        kinds = [f for f in out if f is not fig and f.metric in KINDS and f.note is None]
        if (fig.metric in KINDS and fig.note is None and len(kinds) >= 2 and "uxo_neutralized" in {f.metric for f in kinds}
                and {f.metric for f in kinds} & {"apm_neutralized", "atm_neutralized", "mines_neutralized"}
                and abs(fig.value - sum(f.value for f in kinds)) <= 0.005 * fig.value):
            fig.metric = "items_neutralized"
            return []
    kinds = [f for f in out if f.metric in KINDS and f.note is None]
    if len({f.metric for f in kinds}) < 2 or "uxo_neutralized" not in {f.metric for f in kinds}:
        return []
    total = sum(f.value for f in kinds)
    for number in unread:
        cue = TOTAL_BEFORE.search(sentence, max(0, number.start - 40), number.start)
        after = None if cue else TOTAL_AFTER.match(sentence, number.end)
        if (cue or after) and abs(number.value - total) <= 0.005 * total:
            end = after.end() if after else re.match(r"\s*(?:units|items|pieces|единиц\w*|ədəd)?", sentence[number.end:]).end() + number.end
            first = kinds[0]
            return [Figure(metric="items_neutralized", value=number.value, kind=first.kind,
                           quote=text[start + (cue.start() if cue else number.start): start + end].strip(), period_start=first.period_start,
                           period_end=first.period_end, operator=first.operator, district=first.district,
                           flags=list(first.flags))]
    return []


SUBGROUPS = v.SUBGROUPS


def _shares_subgroup(sentence: str, number: Number, metric: str, out: list[Figure], spans: list) -> bool:
    """A count of people with no noun of its own, right after a count of one subgroup in a
    list of harms (only words between them), counts that subgroup too."""
    return (metric.startswith("victims") and bool(out) and out[-1].metric.startswith("victims")
            and out[-1].metric != metric and out[-1].note in SUBGROUPS
            and not re.search(r"[\d()]", sentence[spans[-1][1]:number.start])
            and not re.match(r"[^.;(]{0,30}\(", sentence[number.end:])  # "10 were injured (8 civilians, 2 military)"
            and not (v.PERSONS.match(sentence[number.end:]) or v.OF_WHOM.match(sentence[number.end:])))


def _incident(text: str, start: int, scope: Scope) -> list[Figure]:
    """Each person hurt, said without a number: "a shepherd was injured", "житель ... получил
    ранение", "водитель погиб, а пассажир получил ранения" (two)."""
    sentence = scope.sentence
    rx = v.HARM_VERB.search(sentence) and next((rx for rx in v.SINGLE_VICTIM if rx.search(sentence)), None)
    found: list[Figure] = []
    for m in rx.finditer(sentence) if rx else ():
        lost = m.groupdict().get("lost")  # (only the English pattern has "lost" and "left")
        verb, end = m["verb"] or lost or m.groupdict().get("left"), m.end()
        metric = ("victims_killed" if v.KILLED_VERB.search(verb) else
                  "victims_injured" if v.INJURED_VERB.search(verb) else "victims")
        if lost and metric != "victims_injured":
            continue  # "a farmer lost his job"
        told_after = metric == "victims"
        if told_after:  # "подорвался на мине и получил ранение": the second verb says how
            rest = sentence[end:end + 80].split(".")[0]
            killed, injured = v.KILLED_VERB.search(rest), v.INJURED_VERB.search(rest)
            if bool(killed) != bool(injured):
                metric, end = ("victims_killed", end + killed.end()) if killed else ("victims_injured", end + injured.end())
        fig = Figure(metric=metric, value=1.0, kind="period", quote=text[start + m.start(): start + end],
                     district=parts.district_in(sentence))  # "in Aghdam": where it happened
        scope.apply(fig, m.start())
        found.append(fig)
        if told_after:
            break  # (the verb after may be another person's: one figure only)
    return found


def _how_harmed(previous: list[Figure], scope: Scope) -> None:
    """"Two servicemen hit a mine. Both were injured.": a sentence with no count of its own that
    says only how the people of the incident just before were harmed tells which count that
    incident's is, and the days it names are the incident's too."""
    incident = [f for f in previous if f.metric == "victims" and f.kind == "period" and f.value < 10]
    if len(incident) != 1:
        return
    killed, injured = v.KILLED_VERB.search(scope.sentence), v.INJURED_VERB.search(scope.sentence)
    if bool(killed) == bool(injured):
        return
    fig = incident[0]
    fig.metric = "victims_killed" if killed else "victims_injured"
    days = scope.range
    if days and days[0] and fig.period_start and fig.period_end:  # "... on August 21-22": the incident's days too
        fig.period_start, fig.period_end = min(fig.period_start, days[0]), max(fig.period_end, days[1])


def _attribute(sentence: str, figures: list[Figure], spans: list[tuple[int, int]], scopes: list[Scope]) -> None:
    """Whose or which share each figure of a sentence counts: operator, district, purpose, region."""
    _operator_list(sentence, figures, spans)
    previous_end = 0
    for fig, (number_start, phrase_end) in zip(figures, spans):
        if fig.operator is None and not fig.metric.startswith("victims"):
            # The actor named before the amount ("the army's sappers cleared 12,310 ha"), after it
            # ("... by the Army's engineer units"), or the one of the sentence before for "They also found ...".
            acting = (parts.acting_operator(sentence, number_start)
                      or parts.actor_after(sentence[phrase_end:_clause_end(sentence, phrase_end, ";:")])
                      or (_actor(scopes) if parts.same_actor(sentence) else None))
            if fig.metric in v.CAPACITY and fig.kind != "plan":
                fig.operator = acting or parts.acting_operator(sentence)
            elif acting != "ANAMA":  # ANAMA reports the national figures (TAXONOMY.md)
                fig.operator = acting
            if fig.operator and fig.note is None and v.PART_OF_BEFORE.search(sentence, max(0, number_start - 30), number_start):
                fig.note = f"share of {fig.operator}"  # "Of this, 402 ha ... by the Ministry": the whole is not its
        if fig.note is None and fig.metric in ("area_cleared", "area_contaminated"):
            fig.note = parts.purpose_note(sentence[phrase_end:], sentence[previous_end:number_start])
        if fig.note is None and not WHOLE_OF_A_PART.search(sentence, 0, number_start):
            # (In "247 out of 345 victims ... outside the line of contact" the place is the 247's.)
            clause_end = _clause_end(sentence, phrase_end, ",;:")
            fig.note = (parts.region_note(sentence[previous_end:number_start]) or parts.region_note(sentence[phrase_end:clause_end])
                        or (parts.origin_note(sentence[phrase_end:clause_end + 40]) if fig.metric in v.ITEMS else None))
        previous_end = phrase_end
    for fig, named in zip(figures, _districts(sentence, spans, [f.metric.startswith("victims") for f in figures])):
        if len(named) == 1:
            (fig.district,) = named
        elif 2 <= len(named) <= MAX_REGION and fig.note is None and not fig.metric.startswith("victims"):
            fig.note = "region: " + ", ".join(sorted(named))  # "in the Gazakh and Tovuz districts": a part


def _respective_districts(sentence: str, figures: list[Figure]) -> None:
    """"1,200 and 800 hectares were cleared in Aghdam and Fuzuli, respectively": each figure of
    the pair is one district's, in order, not both a region's."""
    mentions = parts.district_mentions(sentence)
    if len(mentions) != 2 or len(figures) != 2 or mentions[0][2] == mentions[1][2]:
        return
    for fig, (*_, district) in zip(figures, mentions):
        fig.district = district
        if fig.note and fig.note.startswith("region: "):
            fig.note = None


def _respective_years(scope: Scope, figures: list[Figure]) -> None:
    """"In 2022 and 2023, 32,000 and 38,000 ha were cleared, respectively": each figure of the
    pair is of its year, in order, not both of the two years together."""
    years = v.YEAR_PAIR.search(scope.sentence)
    if not years or len(figures) != 2 or any(f.kind != "period" for f in figures):
        return
    for fig, year in zip(figures, (years["y1"], years["y2"])):
        fig.period_start, fig.period_end = scope.year_period(int(year))
        if "scope_guessed" in fig.flags:
            fig.flags.remove("scope_guessed")


def _operator_list(sentence: str, figures: list[Figure], spans: list[tuple[int, int]]) -> None:
    """"ANAMA cleared 40,000 ha, the Ministry of Defence 12,000 ha and local companies 5,000 ha":
    where figures of one metric each follow an operator of their own, and not all the same one,
    each is that operator's share, ANAMA's included (TAXONOMY.md). So too where each is followed
    by its own and a word of the doer ends the list ("bunun 4 120 hektarı ANAMA, 1 530 hektarı
    Müdafiə Nazirliyi ... tərəfindən təmizlənib")."""
    mentions = parts.operators_in(sentence) if len(figures) > 1 else []
    if len({name for *_, name in mentions}) < 2:
        return
    starts = [0] + [end for _, end in spans[:-1]]
    before = [{name for start, end, name in mentions if a <= start and end <= number_start}
              for a, (number_start, _) in zip(starts, spans)]
    ends = [start for start, _ in spans[1:]] + [len(sentence)]
    after = [{name for start, end, name in mentions if number_end <= start and end <= b}
             for (_, number_end), b in zip(spans, ends)]
    for named in (before, after) if parts.DOER.search(sentence) else (before,):
        listed = [i for i, ops in enumerate(named) if len(ops) == 1 and figures[i].operator is None]
        if len({frozenset(named[i]) for i in listed}) < 2 or len({figures[i].metric for i in listed}) != 1:
            continue  # (one operator named twice is no list of shares)
        for i in listed:
            (operator,) = named[i]
            figures[i].operator, figures[i].note = operator, figures[i].note or f"share of {operator}"
        return


def _clause_end(sentence: str, at: int, marks: str) -> int:
    """Where the clause that runs through offset `at` ends: at the first of marks after it."""
    return min((i for i in (sentence.find(c, at) for c in marks) if i >= 0), default=len(sentence))


# Two or three districts named for a figure make it a region's; a longer list names where the
# work went on ("in Tartar, Aghdam, Lachin, ... and Zangilan from 7 to 12 August"), not a part.
MAX_REGION = 3


def _districts(sentence: str, spans: list[tuple[int, int]], close: list[bool]) -> list[set[str]]:
    """The districts of each figure: each district named goes to the nearest figure, in its
    clause if one is there: in "2,040 mines were found, 512 of them in Aghdam, 96 in Lachin" the
    2,040 are national. A district named before the first figure frames them all ("In Aghdam
    district, ...")."""
    mentions = _listed_together(sentence, parts.district_mentions(sentence))
    if not mentions or not spans:
        return [set() for _ in spans]
    def distance(mention, span):
        (ms, me, _), (s, e) = mention, span
        lo, hi = (me, s) if me <= s else (e, ms)
        gap = sentence[lo:hi] if lo < hi else ""
        return sum(gap.count(c) for c in ",;:"), len(gap)

    if all(end <= spans[0][0] for _, end, _ in mentions):
        framed = set().union(*(names for _, _, names in mentions))
        return [set() if near and distance(mentions[-1], span) > (0, 40) else framed for span, near in zip(spans, close)]
    named: list[set[str]] = [set() for _ in spans]

    for mention in mentions:
        nearest = min(range(len(spans)), key=lambda i: distance(mention, spans[i]))
        # Victims' totals often name where the latest incident was: only a district right by
        # the count, in its clause, makes a count of victims a district's.
        if close[nearest] and distance(mention, spans[nearest]) > (0, 40):
            continue
        named[nearest] |= mention[2]
    return named


LIST_GAP = re.compile(r"\s*(?:,|and|və|и)?\s*(?:,|and|və|и)\s*(?:the\s+)?", re.I)


def _listed_together(sentence: str, mentions: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, set[str]]]:
    """Districts named in one list ("in the Kalbajar, Lachin and Fuzuli districts") as one
    mention: the list is the place of the nearest figure, not each name of the nearest one."""
    out: list[tuple[int, int, set[str]]] = []
    for start, end, name in mentions:
        if out and LIST_GAP.fullmatch(sentence, out[-1][1], start):
            out[-1] = (out[-1][0], end, out[-1][2] | {name})
        else:
            out.append((start, end, {name}))
    return out


def _no_counts(numbers: list[Number], scope: Scope) -> bool:
    """Whether a sentence that tells of harm has numbers that are all a day it names or someone's
    age ("On 11 March, a 45-year-old shepherd was injured"), so that it may tell of one person hurt."""
    if not any(rx.search(scope.sentence) for rx in (v.HARM_VERB, v.INJURED_VERB, v.KILLED_VERB)):
        return False  # (no one hurt: its dates need not be read)
    ages = [bool(v.AGE.match(scope.sentence, n.end)) for n in numbers]
    return (scope.event_day or any(ages)) and all(
        age or _inside_date(n, scope.sentence, scope) for n, age in zip(numbers, ages))


def _inside_date(number: Number, sentence: str, scope: Scope) -> bool:
    # Only a day, a year or a dotted date can be part of a date: other amounts spare the
    # sentence the reading of its dates.
    v_ = number.value
    if not (v_ <= 31 or 1900 <= v_ <= 2100 or "." in sentence[number.start: number.end]):
        return False
    return any(s <= number.start < e for s, e in scope.date_spans)


def _is_percentage(sentence: str, number: Number) -> bool:
    return bool(PERCENT.match(sentence, number.end))

