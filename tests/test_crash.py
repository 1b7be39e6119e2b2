"""Crash safety: real `minewatch run` processes killed with SIGKILL at several points
(while fetching and loading, while checking); after each kill the warehouse opens and is
consistent, and the next run completes the work, ending where one clean run ends."""

import functools
import json
import os
import signal
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import REPO, same_as_live
from minewatch.samplesite import _Handler
from minewatch.settings import SAMPLE_ORIGIN, SAMPLE_SITE
from warehouse import Warehouse

pytestmark = pytest.mark.slow

INDEXES = ("feed.xml", "index.html", "robots.txt")
MINEWATCH = Path(sys.executable).with_name("minewatch")


class Site:
    """The sample site, with a hook that kills the run `delay` seconds after it asks for its
    n-th publication (index pages and feeds are not counted)."""

    def __init__(self):
        site = self

        class Watched(_Handler):
            def send_head(self):
                if site.kill_on and self.path.endswith(site.kill_on):
                    site.kill()  # while the run waits for this page
                    threading.Event().wait(2)
                if not self.path.rsplit("/", 1)[-1].startswith(INDEXES):
                    site.requested()
                return super().send_head()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Watched, directory=str(SAMPLE_SITE)))
        Watched.origin = self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.lock, self.count, self.kill_at, self.kill_on, self.process = threading.Lock(), 0, None, None, None

    def requested(self):
        with self.lock:
            self.count += 1
            if self.kill_at and self.count == self.kill_at[0]:
                threading.Timer(self.kill_at[1], self.kill).start()

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)

    def run(self, home: Path, config: Path, kill_at: tuple[int, float] | None = None,
            kill_on: str | None = None) -> subprocess.CompletedProcess:
        """One `minewatch run` in its own process group, killed as kill_at says (the n-th
        publication, then a delay) or when it asks for the page kill_on names."""
        from prefect.settings import get_current_settings

        env = {**os.environ, "PREFECT_API_URL": get_current_settings().api.url}  # the session's test server
        env.pop("MINEWATCH_ALERT_URLS", None)
        self.count, self.kill_at, self.kill_on = 0, kill_at, kill_on
        self.process = subprocess.Popen(
            [str(MINEWATCH), "run", "--config", str(config), "--data-dir", str(home), "--format", "json"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        out, err = self.process.communicate(timeout=300)
        return subprocess.CompletedProcess(self.process.args, self.process.returncode, out, err)


def by_path(url: str) -> str:
    return url.split("/", 3)[3]


def contents(path: Path) -> dict[str, list]:
    """Each parsed publication (by path) with its figures, as comparable rows."""
    with Warehouse(path, read_only=True) as wh:
        rows = wh.con.execute(
            """SELECT p.url, list((f.metric, f.value, f.kind, f.period_start, f.period_end, f.quote)
                                  ORDER BY f.metric, f.quote, f.value) FILTER (WHERE f.id IS NOT NULL)
               FROM publications p LEFT JOIN figures f ON f.publication_id = p.id
               WHERE p.status = 'parsed' GROUP BY p.url""").fetchall()
    return {by_path(url): figures or [] for url, figures in rows}


def assert_consistent(home: Path, reference: dict) -> int:
    """The killed run's warehouse opens, every publication in it is whole, and every raw
    body it points at is archived. Returns how many publications it holds."""
    loaded = contents(home / "warehouse.duckdb")
    for path, figures in loaded.items():
        assert figures == reference[path], f"{path}: half a publication"
    with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
        q = wh.con.execute
        assert q("SELECT count(*) FROM figures WHERE publication_id NOT IN (SELECT id FROM publications)").fetchone() == (0,)
        assert q("SELECT count(*) FROM shares WHERE publication_id NOT IN (SELECT id FROM publications)").fetchone() == (0,)
        # A remembered ETag/Last-Modified always belongs to a stored version (else a 304 would hide it).
        assert q("""SELECT count(*) FROM http_cache c WHERE c.content_sha256 IS NOT NULL AND NOT EXISTS
                    (SELECT 1 FROM publications p WHERE p.url = c.url AND p.content_sha256 = c.content_sha256)"""
                 ).fetchone() == (0,)
        shas = [r[0] for r in q("SELECT content_sha256 FROM publications").fetchall()]
        held = q("SELECT count(*) FROM publications").fetchone()[0]
    assert all((home / "raw" / sha[:2] / sha).is_file() for sha in shas)
    return held


def test_runs_killed_midway_leave_a_consistent_warehouse_and_the_next_run_finishes(
        tmp_path, prefect_harness, sample_warehouse):
    reference = contents(sample_warehouse / "warehouse.duckdb")
    assert len(reference) == 14
    site = Site()
    config = tmp_path / "sources.toml"
    config.write_text((REPO / "samples" / "sources.toml").read_text().replace(SAMPLE_ORIGIN, site.origin))
    home = tmp_path / "home"
    try:
        # Killed while reading and loading publications: just after the 3rd arrives, then
        # half a second after the 4th of the next run.
        for kill_at in ((3, 0.05), (4, 0.5)):
            killed = site.run(home, config, kill_at)
            assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
            held = assert_consistent(home, reference)
            assert 0 < held < 14
        # Killed after loading the last publication, while checking: nothing is checked yet.
        killed = site.run(home, config, (14 - held, 4.0))
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
        assert assert_consistent(home, reference) == 14
        # The next run has nothing to fetch, but runs the checks the killed one did not finish.
        finished = site.run(home, config)
    finally:
        site.server.shutdown()
    assert finished.returncode == 0, finished.stderr[-3000:]
    summary = json.loads(finished.stdout)
    assert summary["publications_new"] == 0 and summary["publications_failed"] == 0
    assert contents(home / "warehouse.duckdb") == reference
    with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
        rules = sorted(r[0] for r in wh.con.execute("SELECT rule FROM anomalies").fetchall())
        runs = [r[0] for r in wh.con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
        # Each publication once, however many runs fetched it.
        assert wh.con.execute("SELECT count(*), count(DISTINCT url) FROM publications").fetchone() == (14, 14)
        assert same_as_live(wh)  # the series the killed runs did not store
    assert rules == ["malformed_number", "share_mismatch", "sources_disagree", "table_total_mismatch",
                     "table_total_mismatch"]
    assert runs == ["interrupted", "interrupted", "interrupted", "completed"]


def test_a_run_killed_while_reading_the_second_source_loses_nothing_the_first_listed(tmp_path, prefect_harness):
    """A source's feed validators are saved with the items it listed: killed while the second
    source's feed is read, the next run (the first feed now answering 304) still loads every
    publication the first feed listed."""
    site = Site()
    config = tmp_path / "sources.toml"
    config.write_text(f"""delay = 0
[[sources]]
name = "anama-news"
publisher = "anama"
kind = "rss"
url = "{site.origin}/anama/feed.xml"
include = ["mine", "demin", "clear"]

[[sources]]
name = "caliber"
publisher = "caliber"
kind = "rss"
url = "{site.origin}/caliber/feed.xml"
include = ["mine", "landmine", "demin", "ANAMA"]
""")
    home = tmp_path / "home"
    try:
        killed = site.run(home, config, kill_on="/caliber/feed.xml")
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
        with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
            listed = {u for (u,) in wh.con.execute("SELECT url FROM discovered WHERE source = 'anama-news'").fetchall()}
            cached = wh.con.execute("SELECT count(*) FROM http_cache WHERE url LIKE '%/anama/feed.xml'").fetchone()[0]
        assert len(listed) >= 5 and cached == 1  # both, in one transaction
        finished = site.run(home, config)
    finally:
        site.server.shutdown()
    assert finished.returncode == 0, finished.stderr[-3000:]
    with Warehouse(home / "warehouse.duckdb", read_only=True) as wh:
        loaded = {u for (u,) in wh.con.execute("SELECT url FROM publications WHERE status = 'parsed'").fetchall()}
        feed = wh.con.execute("SELECT status FROM fetch_log WHERE url LIKE '%/anama/feed.xml' ORDER BY fetched_at DESC LIMIT 1").fetchone()
    assert listed <= loaded
    assert feed == (304,)  # the first feed had not changed: its items came from what the killed run saved
