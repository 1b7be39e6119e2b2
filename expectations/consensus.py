"""What the sources agree on, and who stands apart: consensus instead of pairs.

For one metric and scope (and district, operator, part), every comparable figure of every
source is a point: a value with the range its qualifier and rounding allow, as of a date
(a running total) or for a period. Two points *conflict* when they cannot both be right:
at one date or period their ranges do not overlap; for a running total, an earlier point
lies above a later one. The points set apart are those whose removal ends every conflict,
the most contradicted first (greedy): one stray point contradicted by ten sources is set
aside alone, instead of making ten later points "fall". Each set-aside point is an outlier,
named against the points it contradicts. Pure functions over rows; no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

SERIES_KEY = ("metric", "kind", "period_start", "district", "operator", "note")


@dataclass
class Point:
    id: str
    publisher: str
    publication_id: str
    source_table: str | None
    value: float
    low: float
    high: float
    when: object  # as-of date of a running total, else (start, end) of a period
    dated: bool = True  # an undated publication is compared with itself only

    @property
    def statement(self) -> tuple:
        # Each publication states its figures once; its text and its tables speak separately.
        return (self.publication_id, self.source_table is not None)


@dataclass
class Outlier:
    point: Point
    against: list[Point]          # the points it contradicts, most sources first
    agreeing: list[Point] = field(default_factory=list)  # points at its date that agree with the rest


def _conflict(a: Point, b: Point, running: bool) -> bool:
    if a.publication_id == b.publication_id and (a.source_table is None) == (b.source_table is None):
        return False  # one text against itself: parts the wording did not tell apart, not sources
    if a.publication_id != b.publication_id and not (a.dated and b.dated):
        return False  # an undated text's as-of date is a guess
    if a.when == b.when:
        return a.low > b.high or b.low > a.high
    if not running:
        return False
    earlier, later = (a, b) if a.when < b.when else (b, a)
    return earlier.low > later.high


def _involved(points: list[Point], running: bool) -> list[int]:
    """Indexes of the points that may conflict with another (a linear pass: a long series
    that agrees with itself costs no pairwise comparison)."""
    by_when: dict[object, list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        by_when[p.when].append(i)
    found = set()
    for group in by_when.values():
        top, bottom = max(points[i].low for i in group), min(points[i].high for i in group)
        if top > bottom:
            found.update(i for i in group if points[i].low > bottom or points[i].high < top)
    if running:
        whens = sorted(by_when)
        lows = [max(points[i].low for i in by_when[w]) for w in whens]
        highs = [min(points[i].high for i in by_when[w]) for w in whens]
        before = float("-inf")
        for w, low in zip(whens, lows):  # a point below something earlier
            found.update(i for i in by_when[w] if points[i].high < before)
            before = max(before, low)
        after = float("inf")
        for w, high in zip(reversed(whens), reversed(highs)):  # a point above something later
            found.update(i for i in by_when[w] if points[i].low > after)
            after = min(after, high)
    return sorted(found)


def set_apart(points: list[Point], running: bool) -> list[Outlier]:
    """The outliers of one series (greedy removal of the most contradicted point)."""
    conflicts: dict[int, set[int]] = defaultdict(set)
    involved = _involved(points, running)
    for n, i in enumerate(involved):
        for j in involved[n + 1:]:
            if _conflict(points[i], points[j], running):
                conflicts[i].add(j)
                conflicts[j].add(i)
    out = []
    while any(conflicts.values()):
        def weight(i):  # statements against i (publications), then fewest with it at its date,
            # then the later one: of two running totals that disagree, the later one "fell"
            against = {points[j].statement for j in conflicts[i]}
            with_it = {p.statement for k, p in enumerate(points) if k != i and p.when == points[i].when and k not in conflicts[i]}
            return len(against), -len(with_it), points[i].when, points[i].id
        worst = max((i for i in conflicts if conflicts[i]), key=weight)
        against = sorted((points[j] for j in conflicts[worst]), key=lambda p: (p.when, p.publisher))
        agreeing = [p for k, p in enumerate(points) if k != worst and p.when == points[worst].when
                    and k not in conflicts[worst]]
        out.append(Outlier(points[worst], against, agreeing))
        for j in conflicts.pop(worst):
            conflicts[j].discard(worst)
    return out


def series(rows: list[dict]) -> dict[tuple, list[Point]]:
    """Comparable figures grouped by series: running totals by scope, periods by window."""
    out: dict[tuple, list[Point]] = defaultdict(list)
    for r in rows:
        running = r["kind"] == "cumulative"
        if r["period_end"] is None:
            continue  # nowhere to place it
        key = tuple(r[k] for k in SERIES_KEY) + (() if running else (r["period_end"],))
        when = r["period_end"] if running else (r["period_start"], r["period_end"])
        out[key].append(Point(r["id"], r["publisher"] or "unknown", r["publication_id"], r.get("source_table"),
                              float(r["value"]), float(r["low"]), float(r["high"]), when, bool(r.get("dated", True))))
    return out


def _ratio(outlier: Outlier) -> float:
    """The outlier's value over the median of the values it contradicts."""
    typical = sorted(p.value for p in outlier.against)[len(outlier.against) // 2]
    return outlier.point.value / typical if typical else 1.0


def a_part(outlier: Outlier) -> bool:
    """Under a third of what the sources it contradicts say: a part read as the whole (an
    operator's, a district's, a subgroup's), not a source contradicting the others. Set apart
    from the series, shown as such in consensus_series, but no anomaly."""
    return _ratio(outlier) < 1 / 3 and not any(p.publication_id == outlier.point.publication_id for p in outlier.against)


def level(outlier: Outlier) -> tuple[str, str]:
    """('alert' | 'review', why): an alert rests on strong evidence."""
    mine = outlier.point
    if any(p.publication_id == mine.publication_id for p in outlier.against):
        return "alert", "one publication contradicts itself (its text against its table)"
    ratio = _ratio(outlier)
    if ratio >= 5:
        return "alert", f"{ratio:.0f} times what the other sources say: a unit slip or an extra digit"
    if not 0.7 <= ratio <= 1 / 0.7:
        return "review", "far from what the other sources say: more likely a part or another scope than a contradiction"
    others = {p.publication_id for p in outlier.against}
    if len(others) >= 2:
        return "alert", f"{len(others)} publications agree against one"
    return "review", "one publication against one: which is right cannot be told"


def outliers(rows: list[dict]) -> list[tuple[tuple, Outlier]]:
    """(series key, outlier) of every series of the rows."""
    found = []
    for key, points in series(rows).items():
        if len(points) > 1:
            found += [(key, o) for o in set_apart(points, running=key[1] == "cumulative")]
    return found


def at_one_date(outlier: Outlier) -> bool:
    """Whether an outlier contradicts only figures of its own date or period (sources that
    disagree), rather than a running total's earlier or later points."""
    return all(p.when == outlier.point.when for p in outlier.against)


def disagreements(found: list[tuple[tuple, Outlier]]) -> list[dict]:
    """One row per series and date whose sources disagree: its outliers against the agreeing rest."""
    groups: dict[tuple, list[Outlier]] = defaultdict(list)
    for key, o in found:
        if at_one_date(o) and not a_part(o):
            groups[key + (o.point.when,)].append(o)
    rows = []
    for group in groups.values():
        out_ids = [o.point.id for o in group]
        rest = {p.id: p for o in group for p in o.against + o.agreeing if p.id not in out_ids}
        levels = [level(o) for o in group]
        strong = next((lv for lv in levels if lv[0] == "alert"), levels[0])
        rows.append({"id": out_ids[0], "outliers": len(out_ids), "agreeing": len(rest),
                     "evidence_ids": out_ids + list(rest), "level": strong[0], "level_reason": strong[1]})
    return rows


def falls(found: list[tuple[tuple, Outlier]]) -> list[dict]:
    """One row per running-total point that breaks its series' monotone consensus."""
    rows = []
    for _, o in found:
        if at_one_date(o) or a_part(o):
            continue
        lv = level(o)
        rows.append({"id": o.point.id, "outliers": 1, "agreeing": len({p.publisher for p in o.against}),
                     "evidence_ids": [o.point.id] + [p.id for p in o.against[:5]], "level": lv[0], "level_reason": lv[1]})
    return rows
