"""What analysts read: the views, `minewatch sql`, the exports and the report, on the sample
site run through the whole pipeline (a real DuckDB file, validated by GX)."""

import csv
import io
import json
import subprocess
import sys

import duckdb
import pytest

from conftest import REPO
from minewatch.cli import main

pytestmark = pytest.mark.slow


def test_the_analysts_views(sample_warehouse):
    with duckdb.connect(str(sample_warehouse / "warehouse.duckdb"), read_only=True) as con:
        cleared = con.execute("""SELECT as_of, value FROM series WHERE metric = 'area_cleared' AND kind = 'cumulative'
                                 AND scope_start = DATE '2020-11-10' AND district IS NULL AND operator IS NULL
                                 AND note IS NULL ORDER BY as_of""").fetchall()
        assert [v for _, v in cleared] == [50590.3, 118502.6, 168000]
        latest = con.execute("""SELECT value FROM latest WHERE series = 'area_cleared · since 2020-11-10'""").fetchall()
        assert latest == [(168000,)]
        weeks = con.execute("SELECT week_start, hectares, uxo FROM weekly_clearance ORDER BY week_start").fetchall()
        assert len(weeks) == 7 and weeks[-1][1:] == (1198.7, 625)
        aghdam = con.execute("SELECT hectares_cleared, items FROM district_clearance WHERE district = 'Aghdam'").fetchone()
        assert aghdam == (13600, 17591)
        rules = sorted(r for (r,) in con.execute("SELECT rule FROM open_anomalies").fetchall())
        assert rules == ["malformed_number", "share_mismatch", "sources_disagree", "table_total_mismatch",
                         "table_total_mismatch"]
        assert all(urls for (urls,) in con.execute("SELECT urls FROM open_anomalies").fetchall())


def test_sql_prints_a_table_csv_or_json(sample_warehouse, capsys):
    query = "SELECT week_start, hectares FROM weekly_clearance ORDER BY week_start LIMIT 2"
    assert main(["sql", query, "--data-dir", str(sample_warehouse)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["week_start", "hectares"] and "2022-01-10" in table and "(2 rows)" in table
    assert main(["sql", query, "--format", "csv", "--data-dir", str(sample_warehouse)]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [
        ["week_start", "hectares"], ["2022-01-10", "51.8"], ["2022-08-15", "562"]]
    assert main(["sql", query, "--format", "json", "--data-dir", str(sample_warehouse)]) == 0
    assert json.loads(capsys.readouterr().out)[0] == {"week_start": "2022-01-10", "hectares": 51.8}
    assert main(["sql", "SELECT nope FROM nowhere", "--data-dir", str(sample_warehouse)]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_sql_shell_reads_statements_up_to_semicolons(sample_warehouse, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        "SELECT count(*) AS weeks\nFROM weekly_clearance;\nSELECT broken;\n.tables\n.quit\nSELECT 'never';\n"))
    assert main(["sql", "--data-dir", str(sample_warehouse)]) == 0
    out = capsys.readouterr().out
    assert "weeks" in out and "\n    7\n" in out
    assert "error:" in out  # a bad statement is reported, the session goes on
    assert "district_clearance" in out and "never" not in out


def test_sql_reads_the_snapshot_while_a_run_writes(sample_warehouse, capsys):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('holding', flush=True);"
         " time.sleep(60)", str(sample_warehouse / "warehouse.duckdb")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert main(["sql", "SELECT count(*) AS n FROM open_anomalies", "--data-dir", str(sample_warehouse)]) == 0
        captured = capsys.readouterr()
        assert "warehouse.snapshot.duckdb" in captured.err and "\n5\n" in captured.out
    finally:
        holder.kill()
        holder.wait()


def test_exports_carry_every_figure_with_its_provenance(sample_warehouse, tmp_path, capsys):
    with duckdb.connect(str(sample_warehouse / "warehouse.duckdb"), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    for fmt in ("parquet", "csv", "hxl"):
        assert main(["export", "--format", fmt, "--out", str(tmp_path), "--data-dir", str(sample_warehouse)]) == 0
    assert "figures.hxl.csv" in capsys.readouterr().out
    with duckdb.connect() as con:
        parquet = con.execute(f"SELECT count(*), count(url), count(quote) FROM '{tmp_path / 'figures.parquet'}'").fetchone()
    assert parquet == (n, n, n)
    rows = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8")))
    assert len(rows) == n and all(r["url"].startswith("http") and r["quote"] and r["content_sha256"] for r in rows)
    hxl = list(csv.reader((tmp_path / "figures.hxl.csv").open(encoding="utf-8")))
    header, tags, data = hxl[0], hxl[1], hxl[2:]
    assert len(data) == n and all(t.startswith("#") for t in tags)
    tag_of = dict(zip(header, tags))
    assert tag_of["period_end"] == "#date" and tag_of["district"] == "#adm2+name" and tag_of["operator"] == "#org"
    assert tag_of["url"] == "#meta+url" and tag_of["value_victims_killed"] == "#affected+killed"
    killed = [r for r in data if r[header.index("metric")] == "victims_killed"]
    assert killed and all(r[header.index("value_victims_killed")] == r[header.index("value")] for r in killed)


def test_report_is_one_offline_page_with_linked_points(sample_warehouse, capsys):
    assert main(["report", "--data-dir", str(sample_warehouse)]) == 0
    page = (sample_warehouse / "report.html").read_text()
    assert "<script" not in page and "http://" not in page.split("<main>")[0]  # nothing fetched from elsewhere
    assert page.count('<svg class="chart"') == 4
    assert 'class="point anomaly"' in page  # the 50,590.3 ha the share anomaly cites
    assert "“50,590.3 ha”" in page and "/anama/2022-09-05-results-to-august.html" in page
    for rule in ("malformed_number", "share_mismatch", "sources_disagree", "table_total_mismatch"):
        assert rule in page
    assert "Aghdam" in page


CHROMIUM = "/usr/bin/chromium"


def test_report_renders_in_headless_chromium(sample_warehouse, capsys):
    """The page in a real browser: no console errors, every chart drawn, a screenshot kept
    in test-artifacts/ (CI installs Debian's chromium when missing)."""
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    assert main(["report", "--data-dir", str(sample_warehouse)]) == 0
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    errors = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((sample_warehouse / "report.html").as_uri())
        page.wait_for_load_state("load")
        charts = page.eval_on_selector_all("svg.chart", "els => els.map(e => e.getBoundingClientRect().height)")
        points = page.eval_on_selector_all("svg.chart .point, svg.chart .bar", "els => els.length")
        linked = page.eval_on_selector_all("svg.chart a[href^='http']", "els => els.length")
        page.screenshot(path=str(artifacts / "report.png"), full_page=True)
        browser.close()
    assert errors == []
    assert len(charts) == 4 and all(h > 150 for h in charts)
    assert points >= 15 and linked == points
    assert (artifacts / "report.png").stat().st_size > 10_000
