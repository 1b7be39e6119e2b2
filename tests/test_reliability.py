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


CONTENT = {  # every table a run fills with what it found, without the run's own timestamps
    "publications": "SELECT url, source, publisher, title, published, content_sha256, text, status, error, reprint_of "
                    "FROM publications ORDER BY url",
    "figures": "SELECT * FROM figures ORDER BY id",
    "shares": "SELECT * FROM shares ORDER BY id",
    "anomalies": "SELECT id, rule, message, evidence, status FROM anomalies ORDER BY id",
    "discovered": "SELECT url, source FROM discovered ORDER BY url",
    "raw": None,
}


def dump(home):
    with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
        tables = {name: wh.con.execute(sql).fetchall() for name, sql in CONTENT.items() if sql}
    tables["raw"] = sorted(p.name for p in (home / "raw").rglob("*") if p.is_file())
    return tables


@pytest.mark.slow
def test_the_same_flow_twice_and_one_publication_in_two_feeds_leave_the_same_rows(
        tmp_path, site, prefect_harness, clean_alert_env):
    from flows.daily import daily
    from flows.ingest import ingest_publications

    page = site.url_for("/w.html")
    site.expect_request("/w.html").respond_with_data(PAGE, content_type="text/html")
    # One story, linked by a feed with tracking parameters and by a listing with a fragment.
    site.expect_request("/feed.xml").respond_with_data(
        f"<rss version='2.0'><channel><title>t</title><item><title>Weekly demining</title>"
        f"<link>{page}?utm_source=rss&amp;utm_medium=feed</link></item></channel></rss>",
        content_type="application/rss+xml")
    site.expect_request("/news.html").respond_with_data(
        f"<html><body><a class='n' href='{page}#comments'>Weekly demining results in the districts</a></body></html>",
        content_type="text/html")
    (tmp_path / "sources.toml").write_text(
        f'delay = 0\n[[sources]]\nname = "feed"\npublisher = "anama"\nkind = "rss"\nurl = "{site.url_for("/feed.xml")}"\n'
        f'[[sources]]\nname = "list"\npublisher = "anama"\nkind = "listing"\nselector = "a.n"\n'
        f'url = "{site.url_for("/news.html")}"\n')

    first = daily(config_path=str(tmp_path / "sources.toml"), data_dir=str(tmp_path))
    assert first["publications_new"] == 1 and first["figures_loaded"] == 4
    after_first = dump(tmp_path)
    assert [row[0] for row in after_first["publications"]] == [page]

    second = daily(config_path=str(tmp_path / "sources.toml"), data_dir=str(tmp_path))
    assert second["publications_new"] == second["figures_loaded"] == 0
    assert dump(tmp_path) == after_first
    # And by hand, under any of its links: the same content, nothing added.
    by_hand = ingest_publications([page + "?utm_source=x", page], str(tmp_path), str(tmp_path / "sources.toml"))
    assert by_hand["publications_new"] == 0 and by_hand["figures_loaded"] == 0
    assert dump(tmp_path) == after_first


def test_a_prefect_server_running_here_is_found(prefect_harness):
    """minewatch runs flows on a server already running rather than start one per run."""
    import socket

    from prefect.settings import get_current_settings

    from minewatch.settings import running_prefect_server

    url = get_current_settings().api.url
    assert running_prefect_server(url) == url
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert running_prefect_server(f"http://127.0.0.1:{closed}/api") is None
