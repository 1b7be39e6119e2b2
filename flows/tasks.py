"""Prefect tasks over the plain functions of pipeline/: each step of a run shows as a task run."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline import discovery, ingest, run

EVENT = "minewatch.publication.discovered"


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(config, fetcher, wh):
    return discovery.discover_all(config, fetcher, wh)


@task(name="ingest", cache_policy=NO_CACHE, task_run_name="ingest {item.url}")
def ingest_task(item, fetcher, wh, archive, source):
    return ingest.ingest(item, fetcher, wh, archive, source)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(wh, docs_dir):
    return run.validate(wh, docs_dir)


@task(name="alert", cache_policy=NO_CACHE)
def alert_task(wh, targets):
    return run.send_alerts(wh, targets)


@task(name="announce", cache_policy=NO_CACHE)
def announce_task(work: list[discovery.Work]) -> int:
    """One Prefect event per publication to ingest; a deployment trigger turns each into its own run."""
    from prefect.events import emit_event

    for w in work:
        emit_event(event=EVENT, resource={
            "prefect.resource.id": w.item.url, "prefect.resource.name": w.item.title or w.item.url,
            "minewatch.source": w.item.source, "minewatch.publisher": w.item.publisher or "",
            "minewatch.reason": w.reason})
    return len(work)
