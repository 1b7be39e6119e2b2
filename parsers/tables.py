"""Figures from tables (district and operator tables of agency reports). Pure functions."""

from __future__ import annotations

import re
from datetime import date

from . import parts
from . import vocabulary as v
from .dates import find_dates
from .model import Figure, Table
from .numbers import parse_number
from .scope import Scope

# Header wording -> metric, in three languages (words/metrics.toml [columns]). Checked in order.
COLUMNS = [(re.compile("|".join(w for lang in v.LANGUAGES for w in table.get(lang, [])), re.I), metric)
           for metric, table in v.WORDS["columns"].items()]
AREA_FACTOR = [
    (re.compile(r"\(\s*(?:m2|m²|sq\.?\s*m)\s*\)", re.I), 0.0001),
    (re.compile(r"km2|km²|sq\.?\s*km", re.I), 100.0),
]
_LABELS = v.WORDS["table_labels"]
LABEL_DISTRICT = re.compile("|".join(_LABELS["district"]), re.I)
LABEL_OPERATOR = re.compile("|".join(_LABELS["operator"]), re.I)
TOTAL = re.compile(r"^\s*(?:" + "|".join(_LABELS["total"]) + r")\b", re.I)


def _column_metric(header: str) -> tuple[str, float] | None:
    for pattern, metric in COLUMNS:
        if pattern.search(header):
            factor = 1.0
            if metric == "area_cleared":
                factor = next((f for rx, f in AREA_FACTOR if rx.search(header)), 1.0)
            return metric, factor
    return None


def _cell_value(cell: str) -> tuple[float, bool] | None:
    cell = (cell or "").strip().rstrip("*")
    if not re.fullmatch(r"\d[\d,. ]*", cell):
        return None
    return parse_number(cell)


def _quote(text: str, row: list[str], cell: str) -> str:
    """The line of the document that holds the whole row, or the cell itself."""
    parts = [c.strip() for c in row if c and c.strip()]
    # Between cells: spaces, tabs, the bars of an HTML table written into the text, and the
    # bold marks and footnote stars of converted reports.
    pattern = re.compile(r"(?<![\w,.])" + r"(?:\s|\*|\||</?b>)+".join(re.escape(p) for p in parts) + r"(?![\w,.])")
    m = pattern.search(text)
    return m.group(0) if m else cell


def table_figures(table: Table, text: str, published: date | None) -> list[Figure]:
    header, *rows = table.rows
    if not rows:
        return []
    metrics = {i: _column_metric(h or "") for i, h in enumerate(header)}
    district_col = next((i for i, h in enumerate(header) if LABEL_DISTRICT.search(h or "")), None)
    operator_col = next((i for i, h in enumerate(header) if LABEL_OPERATOR.search(h or "")), None)
    if district_col is None and operator_col is None:
        operator_col = 0
    label_cols = {c for c in (district_col, operator_col) if c is not None}
    per_district = _district_level_columns(rows, district_col, operator_col, metrics)

    caption_dates = find_dates(table.caption, published.year if published else None)
    year = re.search(r"\bin\s+((?:19|20)\d\d)\b", table.caption)
    as_of = caption_dates[-1][2] if caption_dates else published
    # "Results of the week from 8 to 13 April 2024": the table's flows are of that week.
    span = Scope(table.caption, published).range if caption_dates else None

    figures, district = [], None
    for row in rows:
        if district_col is not None and (row[district_col] or "").strip():
            district = row[district_col].strip()
        label = next(((row[c] or "").strip() for c in sorted(label_cols) if (row[c] or "").strip()), "")
        is_total = bool(TOTAL.match(label))
        for i, cell in enumerate(row):
            if i in label_cols or not metrics.get(i):
                continue
            parsed = _cell_value(cell)
            if parsed is None:
                continue
            metric, factor = metrics[i]
            value, malformed = parsed
            fig = Figure(
                metric=metric,
                value=round(value * factor, 6),
                kind="snapshot",
                quote=_quote(text, row, cell.strip()),
                table=table.caption,
                total=is_total,
                note="table total" if is_total else None,
                flags=["malformed_number"] if malformed else [],
            )
            if not is_total:
                if district_col is not None:
                    fig.district = parts.district_in(district or "") or (district or None)
                if operator_col is not None and i not in per_district:
                    op = (row[operator_col] or "").strip()
                    fig.operator = parts.operator_named(op) or op or None
            if metric in v.CAPACITY:
                fig.kind, fig.period_end = "snapshot", as_of
            elif span and span[0] and span[0] > v.WAR_END:
                fig.kind, (fig.period_start, fig.period_end) = "period", span
            elif year:
                y = int(year.group(1))
                fig.kind, fig.period_start, fig.period_end = "period", date(y, 1, 1), date(y, 12, 31)
            else:
                fig.kind, fig.period_end = "cumulative", as_of
            figures.append(fig)
    return figures


def _district_level_columns(rows, district_col, operator_col, metrics) -> set[int]:
    """Columns filled only on a district's first row: their values belong to the district."""
    if district_col is None or operator_col is None:
        return set()
    continuation = [r for r in rows if not (r[district_col] or "").strip() and not TOTAL.match(r[operator_col] or "")]
    if not continuation:
        return set()
    return {i for i in metrics if metrics[i] and all(not (r[i] or "").strip() for r in continuation)}
