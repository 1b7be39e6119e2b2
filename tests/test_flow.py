"""The daily flow as a real Prefect flow run over the sample site served on localhost."""

import json

import pytest

from pipeline.discovery import discover_all
from pipeline.ingest import ingest
from sources.archive import RawArchive
from sources.config import load_config
from sources.discover import Discovered
from sources.fetch import Fetcher
from warehouse import Warehouse

pytestmark = pytest.mark.slow


def test_ingest_step_without_prefect(tmp_path, sample_config):
    config = load_config(sample_config)
    fetcher = Fetcher("t", attempts=1)
    found = discover_all(config, fetcher)
    assert len(found.items) == 14 and not found.errors
    assert not any("football" in i.url for i in found.items)  # off-topic feed item filtered
    with Warehouse(tmp_path / "w.duckdb") as wh:
        archive = RawArchive(tmp_path / "raw")
        outcomes = [ingest(i, fetcher, wh, archive) for i in found.items]
        assert {o.status for o in outcomes} == {"new"}
        again = [ingest(i, fetcher, wh, archive) for i in found.items]
        assert {o.status for o in again} == {"unchanged"}
        # The sample site's genuine problems are its two table totals; no running total falls.
        from expectations.validate import find_consensus

        assert [o for _, o in find_consensus(wh) if o.point.when and o.against[0].when != o.point.when] == []
        assert wh.con.execute("SELECT count(*) FROM table_totals WHERE abs(difference) > tolerance").fetchone() == (2,)
        # Every stored figure's quote is an exact substring of its publication's stored text.
        assert wh.con.execute("""SELECT count(*) FROM figures f JOIN publications p ON p.id = f.publication_id
                                 WHERE strpos(p.text, f.quote) = 0""").fetchone() == (0,)
        sha = wh.con.execute("SELECT content_sha256 FROM publications LIMIT 1").fetchone()[0]
        assert archive.path(sha).exists() and json.loads(archive.path(sha).with_suffix(".json").read_text())["url"]


def test_bad_publication_is_recorded_and_the_run_goes_on(tmp_path, site):
    site.expect_request("/feed.xml").respond_with_data(
        f"""<rss version="2.0"><channel><title>t</title>
        <item><title>mine report</title><link>{site.url_for('/broken.pdf')}</link></item>
        <item><title>mine news</title><link>{site.url_for('/good.html')}</link></item>
        <item><title>mine gone</title><link>{site.url_for('/gone.html')}</link></item>
        </channel></rss>""", content_type="application/rss+xml")
    site.expect_request("/broken.pdf").respond_with_data(b"%PDF-1.4 truncated", content_type="application/pdf")
    site.expect_request("/good.html").respond_with_data(
        "<html><head><title>Weekly</title></head><body><article><p>From March 11 to 17, deminers cleared "
        "1,245.5 hectares and neutralized 57 anti-personnel mines.</p></article></body></html>", content_type="text/html")
    site.expect_request("/gone.html").respond_with_data("no", status=404)
    (tmp_path / "s.toml").write_text(f"""[[sources]]
name = "t"
publisher = "trend"
kind = "rss"
url = "{site.url_for('/feed.xml')}"
""")
    config = load_config(tmp_path / "s.toml")
    fetcher = Fetcher("t", attempts=1)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        archive = RawArchive(tmp_path / "raw")
        outcomes = {o.url.rsplit("/", 1)[1]: o for o in
                    (ingest(i, fetcher, wh, archive) for i in discover_all(config, fetcher).items)}
        assert outcomes["good.html"].status == "new" and outcomes["good.html"].figures == 2
        assert outcomes["broken.pdf"].status == "failed" and "broken.pdf" in outcomes["broken.pdf"].error
        assert "unreadable PDF" in outcomes["broken.pdf"].error
        assert outcomes["gone.html"].status == "failed" and "404" in outcomes["gone.html"].error
        assert wh.con.execute("SELECT status FROM publications WHERE url LIKE '%broken.pdf'").fetchone() == ("failed",)


def test_daily_flow_twice(tmp_path, sample_config, prefect_harness, httpserver, monkeypatch):
    from flows.daily import daily

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    monkeypatch.setenv("MINEWATCH_ALERT_URLS", f"json://127.0.0.1:{httpserver.port}/hook")
    first = daily(config_path=str(sample_config), data_dir=str(tmp_path))
    assert first["publications_new"] == 14 and first["publications_failed"] == 0
    rules = sorted(a["rule"] for a in first["new_anomalies"])
    # All genuine. In the review: two tables whose totals are not their rows' sum, and its
    # text giving the Ministry of Defence 20 machines where its table gives 4. In the ANAMA
    # quarterly: "around 4%" cleared where its own figures make 6.1%, and "65,0000 ha".
    assert rules == ["malformed_number", "share_mismatch", "sources_disagree", "table_total_mismatch",
                     "table_total_mismatch"]
    assert first["alerts_sent"] == 5 and len(httpserver.log) == 5
    assert (tmp_path / "data_docs" / "index.html").exists()
    # The run leaves the report and the snapshot readers use while a later run writes.
    assert first["report"] == str(tmp_path / "report.html") and "<svg" in (tmp_path / "report.html").read_text()
    assert (tmp_path / "warehouse.snapshot.duckdb").exists()

    with Warehouse(tmp_path / "warehouse.duckdb", read_only=True) as wh:
        n_figures = wh.con.execute("SELECT count(*) FROM figures").fetchone()[0]
        per_pub = wh.con.execute(
            "SELECT p.url, count(f.id) FROM publications p LEFT JOIN figures f ON f.publication_id = p.id GROUP BY 1").fetchall()
    assert n_figures == first["figures_loaded"] > 100
    assert all(n > 0 for _, n in per_pub), per_pub  # figures from every sample publication

    published = [(tmp_path / name).stat().st_mtime_ns for name in ("report.html", "warehouse.snapshot.duckdb")]
    second = daily(config_path=str(sample_config), data_dir=str(tmp_path))
    # A quiet run keeps the report and the snapshot: nothing they show has changed.
    assert second["report"] == first["report"]
    assert [(tmp_path / name).stat().st_mtime_ns for name in ("report.html", "warehouse.snapshot.duckdb")] == published
    # Nothing new listed and nothing due for a revisit: no publication is even requested.
    assert second["publications_unchanged"] == 0 and second["publications_new"] == 0
    assert second["figures_loaded"] == 0 and second["anomalies_new"] == 0 and second["alerts_sent"] == 0
    assert len(httpserver.log) == 5  # no alert sent again
    with Warehouse(tmp_path / "warehouse.duckdb", read_only=True) as wh:
        assert wh.con.execute("SELECT count(*) FROM figures").fetchone()[0] == n_figures
        assert wh.con.execute("SELECT count(*), count_if(status = 'completed') FROM runs").fetchone() == (2, 2)
        second_fetches = wh.con.execute("SELECT url, status, bytes FROM fetch_log WHERE run_id = ?",
                                        [second["run_id"]]).fetchall()
    assert second_fetches and all(b == 0 for u, _, b in second_fetches if not u.endswith("/robots.txt"))
    assert {s for u, s, _ in second_fetches if not u.endswith("/robots.txt")} == {304}


def test_unchanged_page_costs_a_304_not_a_download(tmp_path, site):
    page = "<html><body><article><p>Since the war ended, 350 people have become mine victims.</p></article></body></html>"
    site.expect_oneshot_request("/a.html", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    site.expect_oneshot_request("/a.html").respond_with_data(page, content_type="text/html", headers={"ETag": '"v1"'})
    item = Discovered(site.url_for("/a.html"), "t", "trend")
    fetcher = Fetcher("t", attempts=1)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        archive = RawArchive(tmp_path / "raw")
        assert ingest(item, fetcher, wh, archive).status == "new"
        assert ingest(item, fetcher, wh, archive).status == "unchanged"
    assert [r.status_code for q, r in site.log if q.path == "/a.html"] == [200, 304]
