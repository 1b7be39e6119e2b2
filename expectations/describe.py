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


def describe(rule: str, evidence: list[dict]) -> str:
    if not evidence:
        return f"{rule.replace('_', ' ')} (no figure found)"
    first = evidence[0]
    if rule == "cumulative_decrease" and len(evidence) > 1:
        now, before = evidence[0], evidence[1]
        return (f"{_metric(now)} fell from {_num(before['value'])} ({_who(before)}, {_when(before)}) "
                f"to {_num(now['value'])} ({_who(now)}, {_when(now)})")
    if rule == "table_total_mismatch":
        rows = sum(e["value"] for e in evidence[1:])
        return (f"{first['source_table']}: the total row gives {_num(first['value'])} "
                f"{first['metric'].replace('_', ' ')} but its rows add up to {_num(rows)} ({_who(first)}, {_when(first)})")
    return f"{rule.replace('_', ' ')}: {first['metric']} = {first['value']!r} ({_who(first)}, {_when(first)})"
