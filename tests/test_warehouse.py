"""The warehouse on a real DuckDB file."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from conftest import same_as_live
from parsers.model import Document, Figure
from warehouse import Warehouse, open_for_reading


def doc(text="Since 1991, 3,400 people have become mine victims."):
    return Document(text=text, title="t", published=date(2024, 1, 5))


def fig(value=3400.0, quote="3,400 people"):
    return Figure(metric="victims", value=value, kind="cumulative", quote=quote, period_start=date(1991, 1, 1),
                  period_end=date(2024, 1, 5))


def load(wh, url="http://x/a", sha="a" * 64, figures=None):
    return wh.load_publication(url=url, source="s", publisher="trend", content_type="text/html", sha256=sha,
                               doc=doc(), figures=figures if figures is not None else [fig()],
                               extractor_version="test")


def count(wh, table):
    return wh.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        assert [r[0] for r in wh.con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()] == [
            "001_initial", "002_http_cache", "003_watching", "004_anomaly_lifecycle", "005_shares",
            "006_watermarks", "007_terminal_failures", "008_consensus_and_levels", "009_figures_by_publication"]
    with Warehouse(path) as wh:
        assert wh.migrate() == []


def test_reloading_a_publication_replaces_its_figures(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        load(wh)
        load(wh)
        assert count(wh, "publications") == 1 and count(wh, "figures") == 1
        load(wh, sha="b" * 64, figures=[fig(3500, "3,500 people")])
        assert wh.con.execute("SELECT value FROM figures").fetchall() == [(3500.0,)]


def test_known_content_under_another_url(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        load(wh)
        assert wh.known_content("http://x/a", "a" * 64)
        assert wh.known_content("http://127.0.0.1:9999/a", "a" * 64)
        assert not wh.known_content("http://x/a", "c" * 64)


def test_a_failed_reparse_keeps_the_old_figures(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        load(wh)
        wh.record_failure(url="http://x/a", source="s", publisher="trend", content_type="application/pdf",
                          sha256="c" * 64, error="http://x/a: unreadable PDF")
        assert count(wh, "figures") == 1
        status, error = wh.con.execute("SELECT status, error FROM publications").fetchone()
        assert status == "parsed" and "unreadable PDF" in error


def test_a_failing_load_rolls_back_whole(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        load(wh)
        bad = fig()
        bad.metric = "not_a_metric"  # its unit lookup fails while the rows are built
        with pytest.raises(KeyError):
            load(wh, sha="d" * 64, figures=[fig(3600, "3,600 people"), bad])
        assert wh.con.execute("SELECT value FROM figures").fetchall() == [(3400.0,)]


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path):
        try:
            import multiprocessing as mp

            ctx = mp.get_context("spawn")
            with ctx.Pool(1) as pool:
                message = pool.apply(_open_in_other_process, (str(path),))
        except duckdb.Error as exc:  # pragma: no cover - depends on the platform's locking
            pytest.skip(str(exc))
    assert "in use by another minewatch process" in message


def _open_in_other_process(path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from errors import WarehouseBusy
    from warehouse import Warehouse

    try:
        Warehouse(path)
    except WarehouseBusy as exc:
        return str(exc)
    return "opened"


def test_views_exist_for_analysts(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        load(wh)
        row = wh.con.execute("SELECT url, publisher, value, quote FROM figures_with_source").fetchone()
        assert row == ("http://x/a", "trend", 3400.0, "3,400 people")


def test_stored_series_follow_every_change(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        load(wh)
        assert wh.series_stale()
        wh.snapshot()  # the snapshot, and the report made from it, see the new point
    with Warehouse(path.with_name("warehouse.snapshot.duckdb"), read_only=True) as snap:
        assert snap.con.execute("SELECT value, publications FROM series").fetchall() == [(3400.0, 1)]
    with Warehouse(path) as wh:
        load(wh, url="http://x/b", figures=[fig(3500.0, "3,500 people")])
    # Closing stored it: a reader sees both publications behind the point, the latest first.
    wh, note = open_for_reading(path)
    with wh:
        assert note is None and not wh.series_stale() and same_as_live(wh)
        assert wh.con.execute("SELECT value, publications FROM series").fetchall() == [(3500.0, 2)]


def test_a_writer_killed_before_storing_the_series_leaves_them_to_the_next(tmp_path):
    path = tmp_path / "w.duckdb"
    Warehouse(path).close()
    code = f"""
import os, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_warehouse import load
from warehouse import Warehouse
load(Warehouse({str(path)!r}))
os._exit(9)  # no close: as if killed
"""
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[1]).returncode == 9
    wh, note = open_for_reading(path)
    with wh:
        assert "stored before its latest changes" in note
        assert wh.con.execute("SELECT count(*) FROM series").fetchone() == (0,)
    with Warehouse(path) as wh:  # the next writer stores them as it opens
        assert not wh.series_stale() and same_as_live(wh)
        assert wh.con.execute("SELECT count(*) FROM series").fetchone() == (1,)


def test_new_view_definitions_store_the_series_again(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        load(wh)
    with duckdb.connect(str(path)) as con:  # as an older minewatch would have left them
        con.execute("UPDATE watermarks SET name = 'stored 000000000000' WHERE starts_with(name, 'stored ')")
        con.execute("UPDATE series_stored SET value = 1")
    with Warehouse(path) as wh:
        assert same_as_live(wh)
        assert wh.con.execute("SELECT value FROM series").fetchall() == [(3400.0,)]
        assert wh.con.execute("SELECT count(*) FROM watermarks WHERE starts_with(name, 'stored ')").fetchone() == (1,)


def test_figure_bounds_allow_qualifiers_and_rounding(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        figures = [fig(3400, "over 3,400 people"), fig(300, "nearly 300 people"), fig(25_000, "25,000 people"),
                   fig(3321, "3,321 people")]
        figures[0].qualifier, figures[1].qualifier = "at_least", "approx"
        load(wh, "http://x/a", "a" * 64, figures)
        bounds = dict(wh.con.execute("SELECT value, [low, high] FROM figure_bounds").fetchall())
        assert bounds[3400] == [3400, float("inf")]
        assert bounds[300] == pytest.approx([270, 330])  # "nearly 300" then 282 is no contradiction
        assert bounds[25_000] == [24_500, 25_500]  # half its last round digit
        assert bounds[3321] == pytest.approx([3321 * 0.995, 3321 * 1.005])
