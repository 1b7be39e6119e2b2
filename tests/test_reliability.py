"""Nothing lost, nothing duplicated: reparse in place, and one writer at a time."""

import subprocess
import sys

import pytest

from conftest import REPO, ingest_listed
from minewatch.cli import main
from parsers import EXTRACTOR_VERSION
from warehouse import Warehouse

PAGE = ('<html><head><title>Weekly demining</title><meta property="article:published_time" content="2024-04-22">'
        '</head><body><article><h1>Weekly demining</h1><p>From 15 to 21 April 2024 deminers cleared 1,429.1 '
        'hectares and found 12 anti-personnel mines, 39 anti-tank mines and 452 unexploded ordnance.</p>'
        '</article></body></html>')


def load(site, home):
    site.expect_request("/w.html").respond_with_data(PAGE, content_type="text/html")
    site.expect_request("/feed.xml").respond_with_data(
        f"<rss version='2.0'><channel><title>t</title><item><title>demining</title><link>{site.url_for('/w.html')}"
        "</link></item></channel></rss>", content_type="application/rss+xml")
    (home / "sources.toml").write_text(f'delay = 0\n[[sources]]\nname = "a"\npublisher = "anama"\nkind = "rss"\n'
                                       f'url = "{site.url_for("/feed.xml")}"\n')
    with Warehouse(home / "warehouse.duckdb") as wh:
        assert [o.status for o in ingest_listed(home / "sources.toml", wh, home / "raw")] == ["new"]


def figures(home):
    with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
        return wh.con.execute("SELECT metric, value, quote, extractor_version FROM figures ORDER BY metric").fetchall()


@pytest.mark.slow
def test_reparse_restores_what_the_extractor_reads_and_tells_what_changed(tmp_path, site, capsys):
    load(site, tmp_path)
    fresh = figures(tmp_path)
    assert len(fresh) == 4
    # As an older extractor might have left it: one figure wrong, one missing, one extra.
    with Warehouse(tmp_path / "warehouse.duckdb") as wh:
        wh.con.execute("UPDATE figures SET value = 14291, extractor_version = '0.0.1' WHERE metric = 'area_cleared'")
        wh.con.execute("DELETE FROM figures WHERE metric = 'uxo_neutralized'")
        wh.con.execute("""INSERT INTO figures SELECT 'x', publication_id, 'victims', 3, 'persons', 'period', 'exact',
                          NULL, NULL, NULL, NULL, '3 people', NULL, NULL, false, [], '0.0.1' FROM figures LIMIT 1""")
    assert main(["reparse", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "publications reparsed: 1, with changed figures: 1, failed: 0" in out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:] if line.split()[0].endswith(("ed", "ms"))}
    assert lines["area_cleared"] == ["0", "0", "1"]
    assert lines["uxo_neutralized"] == ["1", "0", "0"]
    assert lines["victims"] == ["0", "1", "0"]
    assert figures(tmp_path) == fresh and {v for *_, v in fresh} == {EXTRACTOR_VERSION}
    # Idempotent: a second reparse changes nothing.
    assert main(["reparse", "--data-dir", str(tmp_path)]) == 0
    assert "with changed figures: 0" in capsys.readouterr().out and figures(tmp_path) == fresh


def test_a_second_writer_says_why_and_writes_nothing(tmp_path, site, capsys):
    load(site, tmp_path)
    before = figures(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('holding', flush=True);"
         " time.sleep(60)", str(tmp_path / "warehouse.duckdb")], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert main(["reparse", "--wait", "1", "--data-dir", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert "in use by another minewatch process" in err and "nothing was changed" not in err
    finally:
        holder.kill()
        holder.wait()
    assert figures(tmp_path) == before


@pytest.mark.slow
def test_a_second_run_waits_then_gives_up_clearly(tmp_path, prefect_harness, capsys, monkeypatch):
    """A real ingestion flow run while another process writes the warehouse: it waits
    MINEWATCH_LOCK_WAIT seconds, then exits 2 naming the file, and the file is intact."""
    (tmp_path / "page.html").write_text(PAGE)
    home = tmp_path / "home"
    home.mkdir()
    with Warehouse(home / "warehouse.duckdb"):
        pass
    monkeypatch.setenv("MINEWATCH_LOCK_WAIT", "2")
    monkeypatch.delenv("MINEWATCH_ALERT_URLS", raising=False)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('holding', flush=True);"
         " time.sleep(120)", str(home / "warehouse.duckdb")], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert main(["ingest", str(tmp_path / "page.html"), "--data-dir", str(home)]) == 2
        assert "warehouse.duckdb is in use by another minewatch process" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert main(["ingest", str(tmp_path / "page.html"), "--data-dir", str(home)]) == 0  # and then it goes on
    assert len(figures(home)) == 4
