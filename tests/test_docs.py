"""The README is a contract: its commands exist and its SQL runs on a real warehouse."""

import re

import pytest

from minewatch.cli import build_parser
from tests.conftest import REPO

README = (REPO / "README.md").read_text()


def test_readme_shows_the_two_commands():
    assert "uv run minewatch run" in README and "uv run pytest" in README


def test_every_command_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"minewatch {name}" in README, name


def test_ci_runs_the_readme_test_command():
    assert "uv run pytest" in (REPO / ".ci" / "run").read_text()


@pytest.mark.slow
def test_readme_sql_runs(tmp_path, sample_config):
    from flows import steps
    from sources.archive import RawArchive
    from sources.config import load_config
    from sources.fetch import Fetcher
    from warehouse import Warehouse

    queries = re.findall(r"```sql\n(.*?)```", README, re.S)
    assert len(queries) >= 3
    fetcher = Fetcher("t", attempts=1)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        for item in steps.discover_all(load_config(sample_config), fetcher).items:
            steps.ingest(item, fetcher, wh, RawArchive(tmp_path / "raw"))
        results = [wh.con.execute(q).fetchall() for q in queries]
    assert all(results[:3]), "the first three examples return rows on the sample site"
