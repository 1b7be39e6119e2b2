"""The daily monitor: discover -> ingest each publication -> validate -> alert.

Inline (`minewatch run`) it does everything in one flow run. Served with events
(`minewatch serve`) it only discovers and announces each publication to fetch with a
Prefect event; the ingestion deployment's trigger runs flows.ingest for each.
"""

from __future__ import annotations

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from sources.archive import RawArchive
from sources.config import load_config

from . import steps
from .tasks import Run, announce_task, discover_task, markdown, open_warehouse


@flow(name="minewatch-daily")
def daily(config_path: str, data_dir: str, events: bool = False) -> dict:
    """One monitoring run over every source of the sources file."""
    config = load_config(config_path)
    fetcher = steps.make_fetcher(config)
    archive = RawArchive(f"{data_dir}/raw")
    announced = None
    with open_warehouse(data_dir) as wh:
        with Run(wh, fetcher, data_dir, config.alert_urls) as run:
            found = discover_task(config, fetcher, wh)
            run.flush_fetches()
            run.sources_failed(found)
            work = steps.plan(wh, found, config.revisit_days)
            if events:
                announced = announce_task(work)
            else:
                by_name = {s.name: s for s in config.sources}
                run.ingest([(w.item, by_name.get(w.item.source)) for w in work], archive)
                run.check_and_alert()
        report = run.publish()
    summary = run.summary(report=report, **({"announced": announced} if events else {}))
    create_markdown_artifact(key="minewatch-run", markdown=markdown(summary, "minewatch run"),
                             description="minewatch run summary")
    return summary
