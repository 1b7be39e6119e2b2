"""The two deployments: the daily monitor on a cron schedule, and the ingestion flow with a
deployment trigger on minewatch.publication.discovered. `minewatch serve` serves both from
one process; `minewatch deploy` puts both on a work pool, whose workers (on this machine
or others sharing the data folder) run them."""

from __future__ import annotations

from pathlib import Path

from .daily import daily
from .ingest import ingest_publications
from .tasks import EVENT

DEFAULT_CRON = "0 6 * * *"
REPO = Path(__file__).resolve().parent.parent


def _settings(config_path: str, data_dir: str, cron: str) -> list[tuple]:
    """(flow, entrypoint, name, options) of each deployment."""
    from prefect.events import DeploymentEventTrigger

    return [
        (daily, "flows/daily.py:daily", "monitor", dict(
            cron=cron, parameters={"config_path": config_path, "data_dir": data_dir, "events": True},
            description="Discover new publications and announce each with a minewatch.publication.discovered event.")),
        (ingest_publications, "flows/ingest.py:ingest_publications", "on-discovery", dict(
            parameters={"publications": [], "config_path": config_path, "data_dir": data_dir},
            description="Ingest one announced publication, then validate and alert.",
            triggers=[DeploymentEventTrigger(
                name="minewatch: ingest each discovered publication", expect={EVENT},
                parameters={"publications": ["{{ event.resource.id }}"], "config_path": config_path,
                            "data_dir": data_dir})])),
    ]


def deployments(config_path: str, data_dir: str, cron: str = DEFAULT_CRON) -> list:
    return [flow.to_deployment(name=name, **options) for flow, _, name, options in _settings(config_path, data_dir, cron)]


def serve(config_path: str, data_dir: str, cron: str = DEFAULT_CRON) -> None:
    """Serve both deployments until interrupted. One run at a time: the warehouse has one writer."""
    from prefect import serve as prefect_serve

    prefect_serve(*deployments(config_path, data_dir, cron), limit=1)


def deploy(config_path: str, data_dir: str, pool: str, cron: str = DEFAULT_CRON) -> list[str]:
    """Both deployments on a work pool, their code read from this checkout by the worker that
    runs them; returns their names. The pool's concurrency limit must be 1: the warehouse has
    one writer (the README's scale-out section creates it so)."""
    names = []
    for flow, entrypoint, name, options in _settings(config_path, data_dir, cron):
        flow.from_source(source=str(REPO), entrypoint=entrypoint).deploy(name=name, work_pool_name=pool, **options)
        names.append(f"{flow.name}/{name}")
    return names
