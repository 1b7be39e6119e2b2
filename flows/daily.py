"""The daily Prefect flow: discover -> ingest each publication -> validate -> alert.

Tasks are thin wrappers of flows.steps and friends; the flow holds one warehouse
connection (DuckDB allows one writer) and calls the tasks one after another.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from alerts.deliver import alert_urls, deliver
from sources.archive import RawArchive
from sources.config import load_config
from sources.fetch import Fetcher
from warehouse import Warehouse

from . import steps


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(config, fetcher):
    return steps.discover_all(config, fetcher)


@task(name="ingest", cache_policy=NO_CACHE, task_run_name="ingest {item.url}")
def ingest_task(item, fetcher, wh, archive):
    return steps.ingest(item, fetcher, wh, archive)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(wh):
    from expectations.validate import run_suites

    return run_suites(wh)


@task(name="alert", cache_policy=NO_CACHE)
def alert_task(wh):
    return deliver(wh, alert_urls())


@flow(name="minewatch-daily")
def daily(config_path: str, data_dir: str) -> dict:
    """One monitoring run over every source of the sources file."""
    log = get_run_logger()
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    config = load_config(config_path)
    fetcher = Fetcher(config.user_agent)
    archive = RawArchive(data / "raw")
    run_id = uuid.uuid4().hex[:12]
    counts = {"publications_new": 0, "publications_changed": 0, "publications_unchanged": 0,
              "publications_failed": 0, "figures_loaded": 0, "anomalies_new": 0}
    with Warehouse(data / "warehouse.duckdb") as wh:
        wh.start_run(run_id)
        try:
            found = discover_task(config, fetcher)
            for source, url, reason in found.errors:
                log.warning("source %s failed: %s", source, reason)
                wh.record_fetch_error(run_id, url, source, reason)
            failures = []
            for item in found.items:
                outcome = ingest_task(item, fetcher, wh, archive)
                counts[f"publications_{outcome.status}"] += 1
                counts["figures_loaded"] += outcome.figures
                if outcome.error:
                    failures.append(outcome.error)
                    wh.record_fetch_error(run_id, item.url, item.source, outcome.error)
                    log.warning("publication failed: %s", outcome.error)
            anomalies, checks = validate_task(wh)
            new = wh.upsert_anomalies(anomalies, run_id)
            counts["anomalies_new"] = len(new)
            sent, unsent = alert_task(wh)
            wh.finish_run(run_id, counts)
        except BaseException as exc:
            wh.finish_run(run_id, counts, status="failed", error=f"{exc.__class__.__name__}: {exc}")
            raise
    summary = {"run_id": run_id, **counts, "alerts_sent": sent, "alerts_unsent": unsent,
               "source_errors": [f"{s}: {r}" for s, _, r in found.errors], "publication_errors": failures,
               "new_anomalies": [{"id": a["id"], "rule": a["rule"], "message": a["message"]} for a in new],
               "checks": checks}
    create_markdown_artifact(key="minewatch-run", markdown=_markdown(summary), description="minewatch run summary")
    return summary


def _markdown(summary: dict) -> str:
    lines = ["# minewatch run", "",
             f"publications new {summary['publications_new']}, changed {summary['publications_changed']}, "
             f"unchanged {summary['publications_unchanged']}, failed {summary['publications_failed']}; "
             f"figures loaded {summary['figures_loaded']}; anomalies new {summary['anomalies_new']}", "",
             "| suite | rule | rows | failing |", "|---|---|---|---|"]
    lines += [f"| {c['suite']} | {c['rule']} | {c['rows']} | {c['failing']} |" for c in summary["checks"]]
    if summary["new_anomalies"]:
        lines += ["", "## New anomalies", ""] + [f"- `{a['id']}` {a['message']}" for a in summary["new_anomalies"]]
    return "\n".join(lines)
