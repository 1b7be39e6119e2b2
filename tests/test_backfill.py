"""Backfill with the reading fanned out over real worker processes loads exactly what one
process loads, in the same order, into a real DuckDB file."""

import pytest

from conftest import REPO
from pipeline.backfill import backfill
from sources.archive import RawArchive
from sources.discover import Discovered
from warehouse import Warehouse

pytestmark = pytest.mark.slow


def items(extra):
    pages = sorted(p for p in (REPO / "samples" / "site").rglob("*") if p.suffix in (".html", ".pdf")
                   and p.name != "index.html")
    return [Discovered(p.as_uri(), p.parent.name, p.parent.name) for p in pages] + extra


def loaded(path):
    with Warehouse(path, read_only=True) as wh:
        return wh.con.execute("""SELECT p.url, f.metric, f.value, f.kind, f.period_start, f.period_end, f.quote
                                 FROM figures f JOIN publications p ON p.id = f.publication_id ORDER BY ALL""").fetchall()


def test_fanned_out_reading_loads_what_one_process_loads(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    work = items([Discovered(broken.as_uri(), "t", "t"), Discovered((tmp_path / "gone.html").as_uri(), "t", "t")])
    outcomes = {}
    for workers in (0, 2):
        with Warehouse(tmp_path / f"{workers}.duckdb") as wh:
            outcomes[workers] = backfill(work, wh, RawArchive(tmp_path / f"raw{workers}"), workers)
    assert [(o.url, o.status, o.figures) for o in outcomes[0]] == [(o.url, o.status, o.figures) for o in outcomes[2]]
    statuses = [o.status for o in outcomes[2]]
    assert statuses[-2:] == ["failed", "failed"] and set(statuses[:-2]) == {"new"}
    assert "unreadable PDF" in outcomes[2][-2].error and "gone.html" in outcomes[2][-1].error
    assert loaded(tmp_path / "0.duckdb") == loaded(tmp_path / "2.duckdb") and len(loaded(tmp_path / "2.duckdb")) > 50
    # and again: nothing new, every publication unchanged
    with Warehouse(tmp_path / "2.duckdb") as wh:
        again = backfill(work[:-2], wh, RawArchive(tmp_path / "raw2"), 2)
    assert {o.status for o in again} == {"unchanged"}
