"""One line a person understands, for each kind of anomaly."""

from __future__ import annotations

from datetime import date


def _num(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def _when(e: dict) -> str:
    d = e.get("period_end") or e.get("published")
    return date.fromisoformat(d).strftime("%-d %b %Y") if d else "undated"


def _who(e: dict) -> str:
    return (e.get("publisher") or "unknown").upper() if len((e.get("publisher") or "")) <= 5 else e["publisher"].title()


def _metric(e: dict) -> str:
    name = e["metric"].replace("_", " ")
    if e.get("period_start"):
        name += f" since {date.fromisoformat(e['period_start']).strftime('%-d %b %Y')}"
    return name


def _scope(e: dict) -> str:
    extra = [x for x in (e.get("district"), e.get("operator"), e.get("note")) if x]
    return _metric(e) + (f" ({', '.join(extra)})" if extra else "")


def _cite(e: dict) -> str:
    return f"{_num(e['value'])} ({_who(e)}, {_when(e)})"


def _said(e: dict, where: bool) -> str:
    place = (", a table" if e.get("source_table") else ", the text") if where else ""
    return f"{_num(e['value'])} ({_who(e)}{place})"


def _amount(figures: list[dict]) -> str:
    """'area cleared 50,590.3 ha', or a sum: 'area contaminated 823,558 ha (147,988 + 675,570)'."""
    total = sum(e["value"] for e in figures)
    text = f"{figures[0]['metric'].replace('_', ' ')} {_num(total)} {figures[0]['unit']}"
    return text + (f" ({' + '.join(_num(e['value']) for e in figures)})" if len(figures) > 1 else "")


def describe(rule: str, evidence: list[dict], row: dict | None = None) -> str:
    """The anomaly in one line: what, how much, who said it and when."""
    row = row or {}
    if rule == "source_silent":
        latest = evidence[0] if evidence else {}
        return (f"source {row.get('source')} has published nothing since {latest.get('published') or 'ever'}: "
                f"silent {row.get('silence', 0):.1f}x its usual interval")
    if rule == "source_stopped_yielding":
        return (f"source {row.get('source')}: its {row.get('recent_empty')} latest publications yielded no figures "
                f"where earlier ones did (page layout changed?)")
    if not evidence:
        return f"{rule.replace('_', ' ')} (no figure found)"
    first = evidence[0]
    if rule == "cumulative_decrease" and len(evidence) > 1:
        # The point the consensus set apart, against the points it contradicts.
        point, against = evidence[0], evidence[1:]
        earlier = [e for e in against if (e.get("period_end") or "") < (point.get("period_end") or "")]
        if earlier:
            top = max(earlier, key=lambda e: e["value"])
            more = f"; {len(earlier)} earlier figures are higher" if len(earlier) > 1 else ""
            return f"{_scope(point)} fell from {_cite(top)} to {_cite(point)}{more}"
        return (f"{_scope(point)}: {_cite(point)} stands above what later sources give: "
                + ", ".join(_cite(e) for e in against[:3]) + (f" and {len(against) - 3} more" if len(against) > 3 else ""))
    if rule == "implausible_growth" and len(evidence) > 1:
        now, before = evidence[0], evidence[1]
        days = (date.fromisoformat(now["period_end"]) - date.fromisoformat(before["period_end"])).days
        return (f"{_metric(now)} rose from {_cite(before)} to {_cite(now)}: at least "
                f"{_num(round(row.get('min_rate_per_day', 0), 1))} a day over {days} days, beyond what is plausible "
                f"(unit slip or extra digit?)")
    if rule == "period_outlier":
        span = f"{first.get('period_start')} to {first.get('period_end')}"
        return (f"{first['metric'].replace('_', ' ')} from {span}: {_num(first['value'])} ({_who(first)}) is "
                f"{row.get('ratio', 0):.1f} times the usual {row.get('length')} ({_num(round(row.get('usual_value') or 0))}): "
                f"a unit slip or an extra digit?")
    if rule == "reconciliation_mismatch" and len(evidence) > 1:
        now, before, periods = evidence[0], evidence[1], evidence[2:]
        summed = sum(e["value"] for e in periods)
        return (f"{_metric(now)} rose by {_num(now['value'] - before['value'])} from {_cite(before)} to "
                f"{_cite(now)}, but the {len(periods)} period reports in between add up to {_num(summed)}")
    if rule == "breakdown_mismatch":
        parts = evidence[1:]
        names = " + ".join(e["metric"].replace("_", " ") for e in parts)
        return (f"{_scope(first)}: {names} = {_num(sum(e['value'] for e in parts))}, "
                f"but the stated total is {_cite(first)}")
    if rule == "table_total_mismatch":
        rows = sum(e["value"] for e in evidence[1:])
        return (f"{first['source_table']}: the total row gives {_num(first['value'])} "
                f"{first['metric'].replace('_', ' ')} but its rows add up to {_num(rows)} ({_who(first)}, {_when(first)})")
    if rule == "malformed_number":
        return (f'{_who(first)} ({_when(first)}) writes "{first["quote"]}": its digit grouping is impossible '
                f"(a typo?); read as {_num(first['value'])} {first['unit']}")
    if rule == "percentage_out_of_range":
        return f'{_who(first)} ({_when(first)}) says "{first["quote"]}": a share cannot be over 100%'
    if rule == "share_mismatch" and len(evidence) > 2:
        n = int(row.get("parts") or 1)
        part, whole = evidence[1:1 + n], evidence[1 + n:]
        return (f'{_who(first)} ({_when(first)}) says "{first["quote"]}", but {_amount(part)} '
                f"is {row.get('implied_percent', 0):.1f}% of {_amount(whole)}")
    if rule == "sources_disagree" and len(evidence) == 2:
        a, b = sorted(evidence, key=lambda e: (e.get("published") or "", e.get("publisher") or "", e["value"]))
        same = a.get("url") == b.get("url")  # one document contradicting itself: say where
        return f"{_scope(a)} as of {_when(a)}: {_said(a, same)} vs {_said(b, same)}"
    if rule == "sources_disagree" and len(evidence) > 2:
        n = int(row.get("outliers") or 1)
        apart, rest = evidence[:n], evidence[n:]
        same = len({e.get("url") for e in evidence}) == 1
        return (f"{_scope(first)} as of {_when(first)}: {', '.join(_said(e, same) for e in apart)} "
                f"{'stands' if n == 1 else 'stand'} apart from {', '.join(_said(e, same) for e in rest[:4])}"
                + (f" and {len(rest) - 4} more" if len(rest) > 4 else ""))
    return f"{rule.replace('_', ' ')}: {first['metric']} = {first['value']!r} ({_who(first)}, {_when(first)})"
