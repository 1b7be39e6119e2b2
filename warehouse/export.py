"""Exports of the figures with their provenance: Parquet, CSV, and HXL for humanitarian tools.

HXL (https://hxlstandard.org) is a CSV whose second row tags each column with a hashtag, so
that HDX and other humanitarian tools know what a column holds without reading its name.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

from .store import Warehouse

# Every figure with where it came from: its publication, URL, quote and raw-archive key.
FIGURES_SQL = """
SELECT f.id AS figure_id, f.metric, f.value, f.unit, f.kind, f.qualifier, f.period_start, f.period_end,
       f.district, f.operator, f.note, f.quote, f.source_table, f.is_total, array_to_string(f.flags, ';') AS flags,
       p.id AS publication_id, p.publisher, p.source, p.title, p.published, p.language, p.url, p.reprint_of,
       p.content_sha256, f.extractor_version
FROM figures f JOIN publications p ON p.id = f.publication_id
ORDER BY p.published NULLS LAST, p.url, f.id
"""

# column -> HXL hashtag. The value also goes to a column of its own metric, so that a
# humanitarian tool finds victims killed under #affected+killed without filtering.
HXL_TAGS = {
    "figure_id": "#meta+id", "metric": "#indicator+code", "value": "#indicator+value+num",
    "unit": "#indicator+unit", "kind": "#indicator+type", "qualifier": "#indicator+qualifier",
    "period_start": "#date+start", "period_end": "#date", "district": "#adm2+name", "operator": "#org",
    "note": "#description+note", "quote": "#description+quote", "source_table": "#meta+table",
    "is_total": "#meta+total", "flags": "#meta+flags", "publication_id": "#meta+publication",
    "publisher": "#org+publisher", "source": "#meta+source", "title": "#meta+title",
    "published": "#date+published", "language": "#meta+lang", "url": "#meta+url",
    "reprint_of": "#meta+reprint_of", "content_sha256": "#meta+sha256", "extractor_version": "#meta+version",
}
METRIC_TAGS = {
    "area_cleared": "#output+cleared+area_ha", "area_contaminated": "#impact+contaminated+area_ha",
    "apm_neutralized": "#output+neutralized+apm", "atm_neutralized": "#output+neutralized+atm",
    "uxo_neutralized": "#output+neutralized+uxo", "mines_neutralized": "#output+neutralized+mines",
    "items_neutralized": "#output+neutralized+items", "submunitions_destroyed": "#output+destroyed+submunitions",
    "victims": "#affected+casualties", "victims_killed": "#affected+killed", "victims_injured": "#affected+injured",
    "deminers": "#capacity+deminers", "mine_detection_dogs": "#capacity+dogs",
    "demining_machines": "#capacity+machines", "eore_beneficiaries": "#reached+eore",
}
FORMATS = ("parquet", "csv", "hxl")
BATCH = 2000

Progress = Callable[[int], None]


def export_figures(wh: Warehouse, fmt: str, out_dir: Path | str, advance: Progress | None = None) -> Path:
    """Write every figure with its provenance to out_dir in fmt; returns the file written.
    advance(n) is told of each batch of n rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    advance = advance or (lambda n: None)
    if fmt == "parquet":
        target = out / "figures.parquet"
        wh.con.execute(f"COPY ({FIGURES_SQL}) TO '{_sql_path(target)}' (FORMAT parquet)")
        advance(count_figures(wh))
        return target
    target = out / ("figures.hxl.csv" if fmt == "hxl" else "figures.csv")
    cur = wh.con.execute(FIGURES_SQL)
    columns = [d[0] for d in cur.description]
    extra = list(METRIC_TAGS) if fmt == "hxl" else []
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns + [f"value_{m}" for m in extra])
        if fmt == "hxl":
            writer.writerow([HXL_TAGS[c] for c in columns] + [METRIC_TAGS[m] for m in extra])
        metric_at = columns.index("metric")
        value_at = columns.index("value")
        while rows := cur.fetchmany(BATCH):
            for row in rows:
                cells = ["" if v is None else v for v in row]
                writer.writerow(cells + [row[value_at] if m == row[metric_at] else "" for m in extra])
            advance(len(rows))
    partial.replace(target)
    return target


def count_figures(wh: Warehouse) -> int:
    return wh.con.execute("SELECT count(*) FROM figures").fetchone()[0]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
