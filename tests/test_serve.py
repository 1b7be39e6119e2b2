"""Event-driven ingestion for real: a Prefect server on 127.0.0.1, `minewatch serve` serving
both deployments, the monitor announcing each new publication with an event, and the
trigger running one ingestion flow run per publication."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from warehouse import Warehouse

REPO = Path(__file__).resolve().parent.parent
PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article>"
        "</body></html>")

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, check, timeout, procs=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"{p.args[:4]} exited with {p.returncode} while waiting for {what}")
        value = check()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def prefect_server(tmp_path):
    """`prefect server start` on a free port with its own database; yields the API URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="WARNING", DO_NOT_TRACK="1")
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_for("the Prefect server", lambda: _get(f"{api}/health"), 180, [server])
        yield api, env
    finally:
        server.terminate()
        server.wait(30)
        log.close()


def _get(url):
    try:
        r = requests.get(url, timeout=30)
    except requests.RequestException:
        return None
    return r.json() if r.ok else None


def _post(url, body):
    """The answer's JSON, or None while the server answers 503 (busy: its SQLite database is
    recording the runs), so that the caller asks again, as Prefect's own client does."""
    try:
        r = requests.post(url, json=body, timeout=30)
    except requests.Timeout:
        return None
    if r.status_code == 503:
        return None
    r.raise_for_status()
    return r.json()


def _runs(api, deployment_id):
    """The deployment's flow runs; [] while the server is too busy to answer (its SQLite
    database is shared with the runs being recorded), so that polling simply goes on."""
    return _post(f"{api}/flow_runs/filter", {"deployments": {"id": {"any_": [deployment_id]}}}) or []


def test_discovery_event_triggers_one_ingestion_run_per_publication(tmp_path, site, prefect_server):
    api, env = prefect_server
    stories = {"/w1.html": ("Weekly demining results", "From 1 to 7 April 2024 deminers cleared 1,530 hectares."),
               "/w2.html": ("Mine victims", "Since November 2020, 412 people have become mine victims.")}
    for path, (title, text) in stories.items():
        site.expect_request(path).respond_with_data(PAGE.format(title=title, text=text), content_type="text/html")
    site.expect_request("/feed.xml").respond_with_data(
        "<rss version='2.0'><channel><title>t</title>" + "".join(
            f"<item><title>{t}</title><link>{site.url_for(p)}</link></item>" for p, (t, _) in stories.items())
        + "</channel></rss>", content_type="application/rss+xml")
    config = tmp_path / "sources.toml"
    config.write_text(f'delay = 0\n[[sources]]\nname = "t"\npublisher = "trend"\nkind = "rss"\n'
                      f'url = "{site.url_for("/feed.xml")}"\ninclude = ["demin", "mine"]\n')
    data = tmp_path / "data"
    serve_env = {**env, "PREFECT_API_URL": api, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    serve_env.pop("MINEWATCH_ALERT_URLS", None)
    log = open(tmp_path / "serve.log", "w")
    served = subprocess.Popen([sys.executable, "-m", "minewatch.cli", "serve", "--config", str(config),
                               "--data-dir", str(data), "--cron", "0 6 * * *"],
                              cwd=REPO, env=serve_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        monitor = wait_for("the monitor deployment", lambda: _get(f"{api}/deployments/name/minewatch-daily/monitor"),
                           120, [served])
        ingest = wait_for("the ingestion deployment",
                          lambda: _get(f"{api}/deployments/name/minewatch-ingest/on-discovery"), 60, [served])
        assert monitor["schedules"][0]["schedule"]["cron"] == "0 6 * * *"
        wait_for("the monitor's flow run to be created",
                 lambda: _post(f"{api}/deployments/{monitor['id']}/create_flow_run", {}), 120, [served])
        runs = wait_for("two completed ingestion runs", lambda: (
            lambda rs: rs if sum(r["state_type"] == "COMPLETED" for r in rs) == 2 else None)(_runs(api, ingest["id"])),
            300, [served])
        assert sorted(tuple(r["parameters"]["publications"]) for r in runs) == [
            (site.url_for("/w1.html"),), (site.url_for("/w2.html"),)]
        (monitor_run,) = _runs(api, monitor["id"])
        assert monitor_run["state_type"] == "COMPLETED"
    finally:
        served.terminate()
        served.wait(30)
        log.close()
    print((tmp_path / "serve.log").read_text()[-3000:])
    with Warehouse(data / "warehouse.duckdb", read_only=True) as wh:
        loaded = wh.con.execute("SELECT url FROM publications WHERE status = 'parsed' ORDER BY url").fetchall()
        assert [u for (u,) in loaded] == [site.url_for("/w1.html"), site.url_for("/w2.html")]
        # three runs in the warehouse: the monitor (discovery only) and one per publication
        assert wh.con.execute("SELECT count(*), sum(publications_new) FROM runs").fetchone() == (3, 2)
