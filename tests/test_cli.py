"""The command line as a user types it."""

import json
import os
import subprocess
import sys

import pytest

from minewatch.cli import main
from tests.conftest import REPO

PAGE = "samples/site/anama/2022-09-05-results-to-august.html"
PDF = "samples/site/mar/2023-azerbaijan-cluster-munition-remnants.pdf"
TAXONOMY_FIELDS = {"metric", "value", "kind", "qualifier", "period_start", "period_end", "district", "operator",
                   "quote", "note"}


def test_extract_prints_jsonl_for_html_and_pdf(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert main(["extract", PAGE, PDF, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["document"] for r in rows} == {PAGE, PDF}
    assert all(TAXONOMY_FIELDS <= set(r) for r in rows)
    cleared = next(r for r in rows if r["document"] == PAGE and r["metric"] == "area_cleared")
    assert cleared == {**cleared, "value": 50590.3, "kind": "cumulative", "period_start": "2020-11-10",
                       "period_end": "2022-08-31", "quote": "50,590.3 hectares"}
    assert any(r["document"] == PDF and r["district"] == "Jabrayil" and r["operator"] == "ANAMA" for r in rows)


def test_extract_names_the_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    assert main(["extract", str(bad)]) == 1
    assert f"{bad}: unreadable PDF" in capsys.readouterr().err


def test_run_with_a_bad_sources_file_says_why(tmp_path, capsys):
    cfg = tmp_path / "s.toml"
    cfg.write_text("[[sources]]\nname = 'x'\n")
    assert main(["run", "--config", str(cfg), "--data-dir", str(tmp_path / "d")]) == 2
    assert "missing publisher, kind, url" in capsys.readouterr().err


def test_help_does_not_load_heavy_libraries():
    code = ("import sys; from minewatch.cli import main; main(['--help']); main(['sql', '--help']); "
            "print(sorted(m for m in ('prefect', 'great_expectations', 'pdfplumber', 'duckdb', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_readme_main_command(tmp_path):
    """`uv run minewatch run` as the README says, twice: the second run adds nothing."""
    env = {**os.environ, "MINEWATCH_HOME": str(tmp_path / "home")}
    env.pop("MINEWATCH_ALERT_URLS", None)
    cmd = [sys.executable, "-m", "minewatch.cli", "run"]
    first = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    assert "publications: 14 new, 0 changed, 0 unchanged, 0 off-topic, 0 failed" in first.stdout
    assert "anomalies new: 5" in first.stdout
    assert (tmp_path / "home" / "warehouse.duckdb").exists()
    second = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    assert "publications: 0 new, 0 changed, 0 unchanged, 0 off-topic, 0 failed" in second.stdout
    assert "figures loaded: 0" in second.stdout and "anomalies new: 0" in second.stdout


@pytest.mark.slow
def test_ingest_by_hand_a_url_and_a_file(tmp_path, site):
    site.expect_request("/victims.html").respond_with_data(
        "<html><head><title>Mine victims</title></head><body><article><p>Since November 2020, 412 people "
        "have become victims of mines in Azerbaijan.</p></article></body></html>", content_type="text/html")
    env = {**os.environ, "MINEWATCH_HOME": str(tmp_path / "home")}
    env.pop("MINEWATCH_ALERT_URLS", None)
    missing = tmp_path / "missing.pdf"
    done = subprocess.run([sys.executable, "-m", "minewatch.cli", "ingest", site.url_for("/victims.html"),
                           str(REPO / PAGE), str(missing), "--format", "json"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr  # one of three failed, and says which and why
    summary = json.loads(done.stdout)
    assert summary["publications_new"] == 2 and summary["publications_failed"] == 1
    assert summary["publication_errors"] == [f"{missing}: no such file, and not an http(s) URL"]
    from warehouse import Warehouse

    with Warehouse(tmp_path / "home" / "warehouse.duckdb", read_only=True) as wh:
        rows = dict(wh.con.execute("SELECT url, source FROM publications").fetchall())
    assert rows == {site.url_for("/victims.html"): "manual", (REPO / PAGE).as_uri(): "manual"}


def test_serve_without_a_prefect_server_says_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path)  # a fresh profile: no API URL anywhere
    done = subprocess.run([sys.executable, "-m", "minewatch.cli", "serve", "--data-dir", str(tmp_path)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "prefect server start" in done.stderr


def test_live_means_the_real_publishers(tmp_path, capsys):
    from minewatch.running import sources_file
    from minewatch.settings import LIVE_SOURCES

    with sources_file(None, True, tmp_path) as path:
        assert path == LIVE_SOURCES
    assert main(["run", "--live", "--config", "x.toml"]) == 2
    assert "give one" in capsys.readouterr().err
