"""`minewatch alerts`: the anomalies on record, listed for a person (text) or a script (JSON),
and acknowledged one at a time."""

from __future__ import annotations

import json

from errors import TerminalError
from warehouse import Warehouse

# What --status asks for, as the statuses of the anomalies table; "open" is new or notified.
STATUSES = {"open": ("new", "notified"), "new": ("new",), "notified": ("notified",),
            "acknowledged": ("acknowledged",), "resolved": ("resolved",), "all": None}
JSON_KEYS = ("id", "rule", "severity", "level", "level_reason", "metric", "message", "status", "first_seen",
             "last_seen", "notified_at", "acknowledged_at", "resolved_at", "evidence")


class NoSuchAnomaly(TerminalError):
    """No single anomaly has the id (or id prefix) given."""


def listing(wh: Warehouse, status: str, fmt: str) -> str:
    """The anomalies of a status, newest first: each with its level and why, and its evidence."""
    rows = wh.anomalies(STATUSES[status])
    if fmt == "json":
        return json.dumps([{k: r[k] for k in JSON_KEYS} for r in rows], indent=1, default=str, ensure_ascii=False)
    if not rows:
        return f"no {'' if status == 'all' else status + ' '}anomalies"
    lines = []
    for r in rows:
        lines.append(f"{r['id']}  {r['status']:<12} {r['level']:<6} {r['severity']:<7} {r['rule']}: {r['message']}")
        if r["level_reason"]:
            lines.append(f"    {r['level']}: {r['level_reason']}")
        for e in r["evidence"]:
            quote = f' "{e["quote"]}"' if e.get("quote") else ""
            lines.append(f"    {e.get('published') or 'undated'}{quote} {e.get('url')}")
    return "\n".join(lines)


def acknowledge(wh: Warehouse, prefix: str) -> str:
    """Acknowledge the anomaly whose id starts with prefix: it stays on record, is no longer
    open and is never sent again. Returns its full id."""
    full = wh.acknowledge(prefix)
    if full is None:
        raise NoSuchAnomaly(f"no single anomaly has an id starting with {prefix!r}")
    return full
