"""The warehouse: one DuckDB file, and one class made of its concerns, each in its module:
the file itself (connection.py: opening, migrations, views, the stored series, the readers'
snapshot, transactions, named queries), publications (publications.py), crawl state
(crawl.py), runs (runs.py), anomalies and their deliveries (anomalies.py)."""

from __future__ import annotations

from pathlib import Path

from errors import WarehouseBusy

from .anomalies import Anomalies
from .connection import SNAPSHOT, Connection
from .crawl import CrawlState
from .publications import Publications
from .runs import Runs


class Warehouse(Connection, Publications, CrawlState, Runs, Anomalies):
    """warehouse.duckdb, opened for writing (migrated, its series stored) or read-only."""


def open_for_reading(path: Path | str) -> tuple[Warehouse, str | None]:
    """The warehouse read-only, or, while a run holds it, the snapshot the last run left;
    the second value says so when it is the snapshot."""
    path = Path(path)
    try:
        wh = Warehouse(path, read_only=True)
    except WarehouseBusy as exc:
        snapshot = path.with_name(SNAPSHOT)
        if not snapshot.exists():
            raise WarehouseBusy(f"{exc}; no snapshot yet: try again when the run ends") from exc
        return Warehouse(snapshot, read_only=True), (
            f"a run is writing {path}; reading {snapshot}, the state at the end of the last run")
    if wh.series_stale():
        return wh, (f"series and weekly_clearance in {path} were stored before its latest changes (a run was "
                    "stopped before it stored them, or minewatch was upgraded); the next run stores them again")
    return wh, None
