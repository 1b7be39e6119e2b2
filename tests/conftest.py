import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minewatch.settings import apply_library_defaults  # noqa: E402

apply_library_defaults()
SHARED = REPO.parent / "shared"
SITE = REPO / "samples" / "site"


@pytest.fixture(scope="session")
def prefect_harness():
    """One real (ephemeral) Prefect server for every test that runs a flow."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def sample_origin():
    """The bundled sample site over real HTTP, on a free port."""
    from minewatch.samplesite import serve_sample_site

    with serve_sample_site(port=0) as origin:
        yield origin


@pytest.fixture
def sample_config(tmp_path, sample_origin):
    """The bundled sources file, pointed at the served sample site."""
    text = (REPO / "samples" / "sources.toml").read_text().replace("http://127.0.0.1:8000", sample_origin)
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


@pytest.fixture
def site(httpserver):
    """A simulated publisher on localhost (pytest-httpserver) that, like most sites, has no robots.txt."""
    httpserver.expect_request("/robots.txt").respond_with_data("not found", status=404)
    return httpserver


@pytest.fixture
def clean_alert_env(monkeypatch):
    monkeypatch.delenv("MINEWATCH_ALERT_URLS", raising=False)
    return os.environ


def same_as_live(wh) -> bool:
    """series and weekly_clearance hold exactly what their live views compute."""
    return all(wh.con.execute(f"""SELECT count(*) FROM ((FROM {v} EXCEPT ALL FROM {v}_live)
                                  UNION ALL (FROM {v}_live EXCEPT ALL FROM {v}))""").fetchone() == (0,)
               for v in ("series", "weekly_clearance"))


def ingest_listed(config_path, wh, raw) -> list:
    """Discover what the sources file lists and ingest it all, without Prefect: the
    outcome of each publication."""
    from pipeline.discovery import discover_all, plan
    from pipeline.ingest import ingest
    from sources.archive import RawArchive
    from sources.config import load_config
    from sources.fetch import make_fetcher

    config = load_config(config_path)
    fetcher = make_fetcher(config)
    archive = RawArchive(raw)
    return [ingest(work.item, fetcher, wh, archive)
            for work in plan(wh, discover_all(config, fetcher, wh), config.revisit_days)]


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory):
    """The sample site run through the whole pipeline once (fetched, loaded, validated by GX),
    for tests that only read: the docs' queries, exports, the report."""
    from expectations.validate import run_suites
    from minewatch.samplesite import serve_sample_site
    from warehouse import Warehouse

    home = tmp_path_factory.mktemp("sample")
    with serve_sample_site(port=0) as origin:
        config_path = home / "sources.toml"
        config_path.write_text((REPO / "samples" / "sources.toml").read_text().replace("http://127.0.0.1:8000", origin))
        with Warehouse(home / "warehouse.duckdb") as wh:
            assert {o.status for o in ingest_listed(config_path, wh, home / "raw")} == {"new"}
            anomalies, _ = run_suites(wh)
            wh.upsert_anomalies(anomalies, "test")
            wh.snapshot()
    return home
