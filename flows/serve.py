"""`minewatch serve`: the daily monitor on a cron schedule, and the ingestion flow with a
deployment trigger on minewatch.publication.discovered, served from one process."""

from __future__ import annotations

from .daily import daily
from .ingest import ingest_publications
from .tasks import EVENT

DEFAULT_CRON = "0 6 * * *"


def deployments(config_path: str, data_dir: str, cron: str = DEFAULT_CRON) -> list:
    from prefect.events import DeploymentEventTrigger

    monitor = daily.to_deployment(
        name="monitor", cron=cron,
        parameters={"config_path": config_path, "data_dir": data_dir, "events": True},
        description="Discover new publications and announce each with a minewatch.publication.discovered event.")
    on_discovery = ingest_publications.to_deployment(
        name="on-discovery",
        parameters={"publications": [], "config_path": config_path, "data_dir": data_dir},
        description="Ingest one announced publication, then validate and alert.",
        triggers=[DeploymentEventTrigger(
            name="minewatch: ingest each discovered publication", expect={EVENT},
            parameters={"publications": ["{{ event.resource.id }}"], "config_path": config_path,
                        "data_dir": data_dir})])
    return [monitor, on_discovery]


def serve(config_path: str, data_dir: str, cron: str = DEFAULT_CRON) -> None:
    """Serve both deployments until interrupted. One run at a time: the warehouse has one writer."""
    from prefect import serve as prefect_serve

    prefect_serve(*deployments(config_path, data_dir, cron), limit=1)
