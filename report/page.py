"""The report page: what an editor wants to see at a glance, each number one click from
its source. Reads the analysts' views (warehouse/analysis.sql); writes one HTML file."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from html import escape
from pathlib import Path
from statistics import median

from warehouse import Warehouse

from .charts import Point, bar_chart, line_chart

WAR_END = date(2020, 11, 10)
TYPES = [("apm_neutralized", "anti-personnel mines"), ("atm_neutralized", "anti-tank mines"),
         ("mines_neutralized", "mines (no split)"), ("uxo_neutralized", "UXO"),
         ("submunitions_destroyed", "submunitions")]

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
main{max-width:860px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px}
.meta{color:#5b6670;margin:0 0 16px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:16px;margin:16px 0}
.chart{display:block;max-width:100%;height:auto}
.grid{stroke:#e3e6ea;stroke-width:1}.tick{font-size:11px;fill:#5b6670}.legend{font-size:12px;font-weight:600}
.line{fill:none;stroke-width:2}.point{stroke:#fff;stroke-width:1.5}.anomaly-ring{fill:none;stroke:#d62728;stroke-width:2}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{padding:4px 8px;border-bottom:1px solid #e3e6ea;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.anomaly-list li{margin:0 0 12px}.sev{font-size:12px;font-weight:700;text-transform:uppercase;color:#d62728}
.sev.review{color:#8a6d00}
blockquote{margin:4px 0 0 12px;color:#3d4650;font-size:14px}.empty{color:#5b6670;font-style:italic}
.key{font-size:13px;color:#5b6670}.key b{color:#d62728}
"""


def build_report(wh: Warehouse, generated: datetime | None = None) -> str:
    generated = generated or datetime.now(timezone.utc)
    flagged = _flagged(wh)
    (counts,) = wh.rows("report_counts")
    parts = [
        "<h1>Humanitarian demining in Azerbaijan: the published figures</h1>",
        f'<p class="meta">minewatch report, {generated:%d %B %Y %H:%M} UTC · {counts[0]} publications · '
        f"{counts[1]} figures · {counts[2]} open anomalies</p>",
        '<p class="key">A national line joins what the sources agree on at each date; the small points '
        "around it are what each publication states, each a link to it (hover for its quote). "
        "<b>Red, ringed</b>: set apart from the consensus, or cited by an open anomaly.</p>",
        _section("Hectares cleared since the end of the 2020 war",
                 line_chart({"hectares cleared since 10 Nov 2020": _series(wh, "area_cleared", [WAR_END], flagged)},
                            "Cumulative hectares cleared since 10 November 2020"), "cleared"),
        _section("Weekly clearance", bar_chart(_weeks(wh, flagged), "Hectares cleared per reported week"), "weekly"),
        _section("Mine victims", line_chart({
            "since 10 Nov 2020": _series(wh, "victims", [WAR_END], flagged),
            "since 1991 (all years)": _series(wh, "victims", [date(1991, 1, 1), None], flagged)},
            "Mine and ERW victims, running totals"), "victims"),
        _section("Mines and UXO neutralised, by type", bar_chart(_by_type(wh, flagged),
                 "Mines and UXO neutralised since 10 November 2020, latest running total per type"), "types"),
        _section("Districts", _districts(wh), "districts"),
        _section("Open anomalies", _anomalies(wh), "anomalies"),
    ]
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<title>minewatch report</title><style>{STYLE}</style></head><body><main>\n"
            + "\n".join(parts) + "\n</main></body></html>\n")


def write_report(wh: Warehouse, path: Path | str) -> Path:
    """Write the report atomically: a reader never sees half a page."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(build_report(wh), encoding="utf-8")
    partial.replace(path)
    return path


def _section(title: str, body: str, anchor: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>\n{body}\n</section>'


def _flagged(wh: Warehouse) -> set[str]:
    """Ids of the figures that open anomalies cite."""
    ids = set()
    for (evidence,) in wh.rows("report_flagged"):
        ids.update(e.get("id") for e in json.loads(evidence) if e.get("id"))
    return ids


def _label(value: float, unit: str, publisher: str | None, when, quote: str | None) -> str:
    return f"{value:,.10g} {unit} · {publisher or 'unknown'} · {when} · “{quote or ''}”"


def _series(wh: Warehouse, metric: str, scopes: list, flagged: set[str]) -> list[Point]:
    """A national running total as the checks' consensus: the line joins what the agreeing
    sources say at each date; every stated figure stands around it, the outliers ringed."""
    rows = wh.rows("report_national_points", [metric, [s for s in scopes if s is not None], None in scopes])
    stated = [Point(d, v, _label(v, u, pub, d, q), url, outlier or fid in flagged, on_line=False)
              for d, v, outlier, u, pub, url, q, fid in rows]
    by_date: dict = {}
    for d, v, outlier, *_ in rows:
        if not outlier:
            by_date.setdefault(d, []).append(v)
    line = [Point(d, median(vs), f"{median(vs):,.10g} · what {len(vs)} source(s) agree on, {d}")
            for d, vs in sorted(by_date.items())]
    return line + stated


def _weeks(wh: Warehouse, flagged: set[str]) -> list[tuple[str, Point]]:
    rows = wh.rows("report_weeks")
    return [(f"{s:%d %b %y}", Point(s, v, _label(v, "ha", pub, f"{s} – {e}", q), url, fid in flagged))
            for s, e, v, pub, url, q, fid in rows]


def _by_type(wh: Warehouse, flagged: set[str]) -> list[tuple[str, Point]]:
    bars = []
    for metric, name in TYPES:
        # The latest value the sources agree on for the national total, never a part's.
        rows = wh.rows("report_latest_national", [metric, WAR_END])
        if rows:
            d, v, u, pub, url, q, fid = rows[0]
            bars.append((f"{name} ({d:%b %Y})", Point(d, v, _label(v, u, pub, d, q), url, fid in flagged)))
    return bars


def _districts(wh: Warehouse) -> str:
    rows = wh.rows("report_districts")
    if not rows:
        return '<p class="empty">No district figures yet.</p>'
    head = ("<tr><th>district</th><th>as of</th><th class=num>hectares cleared</th><th class=num>AP mines</th>"
            "<th class=num>AT mines</th><th class=num>UXO</th><th class=num>all items</th></tr>")
    body = "".join(
        f"<tr><td>{escape(str(r[0]))}</td><td>{r[1]}</td>"
        + "".join(f'<td class="num">{"" if v is None else f"{v:,.10g}"}</td>' for v in r[2:]) + "</tr>"
        for r in rows)
    return f"<table>{head}{body}</table>"


def _anomalies(wh: Warehouse) -> str:
    rows = wh.rows("report_open_anomalies")
    if not rows:
        return '<p class="empty">No open anomalies.</p>'
    items = []
    for aid, level, rule, message, evidence, reason in rows:
        quotes = "".join(
            f'<blockquote>“{escape(e.get("quote") or "")}” — <a href="{escape(e.get("url") or "")}" '
            f'target="_blank" rel="noopener">{escape(e.get("publisher") or e.get("url") or "source")}</a>'
            f'{", " + escape(str(e["published"])) if e.get("published") else ""}</blockquote>'
            for e in json.loads(evidence)[:4])
        why = f' title="{escape(reason)}"' if reason else ""
        items.append(f'<li id="anomaly-{escape(aid)}"><span class="sev {escape(level)}"{why}>{escape(level)}</span> '
                     f"<code>{escape(rule)}</code> {escape(message)}{quotes}</li>")
    return f'<ul class="anomaly-list">{"".join(items)}</ul>'
