"""The five seed documents minewatch was created from (../shared/seeds/, plain text), read
as they are: the checks find each genuine inconsistency they hold, and nothing else."""

import pytest
from conftest import SHARED

from expectations.validate import run_suites
from minewatch.settings import LIVE_SOURCES
from pipeline.ingest import ingest, resolve
from sources.archive import RawArchive
from sources.config import load_config
from sources.fetch import make_fetcher
from warehouse import Warehouse

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))

pytestmark = [pytest.mark.slow, pytest.mark.skipif(len(SEEDS) != 5, reason="../shared/seeds/ not beside the repo")]


def test_the_seeds_genuine_inconsistencies_and_nothing_else(tmp_path):
    config = load_config(LIVE_SOURCES)  # as `minewatch ingest` does; files are read, never fetched
    wh = Warehouse(tmp_path / "w.duckdb")
    archive = RawArchive(tmp_path / "raw")
    fetcher = make_fetcher(config)
    for seed in SEEDS:
        assert ingest(resolve(str(seed), config, wh), fetcher, wh, archive).status == "new"
    anomalies, _ = run_suites(wh)
    found = sorted((a["rule"], a["message"]) for a in anomalies)
    assert [rule for rule, _ in found] == ["malformed_number", "share_mismatch", "sources_disagree",
                                          "table_total_mismatch", "table_total_mismatch"], found
    messages = " | ".join(message for _, message in found)
    assert '"around 65,0000 ha"' in messages  # the ANAMA quarterly's capacity typo
    assert "is 6.1% of area contaminated 823,558 ha" in messages  # its "around 4%" cleared
    assert "demining machines (Ministry of Defence) as of 31 Dec 2022: 4" in messages and "vs 20" in messages
    assert "gives 55 demining machines but its rows add up to 39" in messages
    assert "gives 738 submunitions destroyed but its rows add up to 678" in messages
