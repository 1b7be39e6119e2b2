"""The distributed path for real, as the README's "Scaling out" section runs it: a Prefect
server, a process work pool limited to one run at a time (the warehouse has one writer),
both flows deployed to it, and a worker that picks up a deployment run and ingests the
sample site."""

import re
import subprocess
import sys

import pytest

from conftest import REPO
from minewatch.samplesite import serve_sample_site
from minewatch.settings import SAMPLE_ORIGIN, SAMPLE_SOURCES, own_prefect_server
from warehouse import Warehouse

pytestmark = pytest.mark.slow

README = (REPO / "README.md").read_text()
# The section's commands, as written there (uv run), with what this test gives in place of
# its placeholders; and how the test runs each.
STEPS = [
    "prefect work-pool create minewatch --type process",
    "prefect work-pool set-concurrency-limit minewatch 1",
    "minewatch deploy --pool minewatch --config SOURCES --data-dir DATA",
    "prefect deployment run minewatch-daily/monitor --param events=false",
    "prefect worker start --pool minewatch --limit 1 --run-once",
]


def scale_out_section() -> str:
    return re.search(r"## Scaling out\n(.*?)\n## ", README, re.S).group(1)


def test_the_readme_shows_these_steps():
    section = scale_out_section()
    for step in STEPS:
        assert f"uv run {step.replace(' --run-once', '')}" in section, step


def test_a_worker_runs_a_deployed_monitor_that_ingests_the_sample_site(tmp_path, monkeypatch):
    monkeypatch.delenv("MINEWATCH_ALERT_URLS", raising=False)
    with own_prefect_server(tmp_path / "prefect") as (_, env), serve_sample_site() as origin:
        sources = tmp_path / "sources.toml"
        sources.write_text(SAMPLE_SOURCES.read_text().replace(SAMPLE_ORIGIN, origin))
        for step in STEPS:
            args = step.replace("SOURCES", str(sources)).replace("DATA", str(tmp_path / "data")).split()
            program = [sys.executable, "-m", "minewatch.cli" if args[0] == "minewatch" else "prefect"]
            done = subprocess.run(program + args[1:], env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"{step}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    with Warehouse(tmp_path / "data" / "warehouse.duckdb", read_only=True) as wh:
        publications = wh.con.execute("SELECT count(*) FROM publications WHERE status = 'parsed'").fetchone()[0]
        runs = wh.con.execute("SELECT status FROM runs").fetchall()
    assert publications == 14 and runs == [("completed",)]
