"""The daily monitor: discover -> ingest each publication -> validate -> alert.

Inline (`minewatch run`) it does everything in one flow run. Served with events
(`minewatch serve`) it only discovers and announces each publication to fetch with a
Prefect event; the ingestion deployment's trigger runs flows.ingest for each.
"""

from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from pipeline.discovery import plan
from pipeline.run import Run, open_warehouse
from sources.archive import RawArchive
from sources.config import load_config
from sources.fetch import make_fetcher

from .tasks import alert_task, announce_task, discover_task, ingest_task, validate_task


@flow(name="minewatch-daily")
def daily(config_path: str, data_dir: str, events: bool = False) -> dict:
    """One monitoring run over every source of the sources file."""
    config = load_config(config_path)
    with open_warehouse(data_dir) as wh:
        with Run(wh, data_dir, config.alert_urls, get_run_logger()) as run:
            fetcher = make_fetcher(config, run.record_fetch)
            found = discover_task(config, fetcher, wh)
            run.sources_failed(found)
            work = plan(wh, found, config.revisit_days)
            if events:
                run.summary.announced = announce_task(work)
            else:
                by_name = {s.name: s for s in config.sources}
                run.ingest([(w.item, by_name.get(w.item.source)) for w in work], fetcher,
                           RawArchive(f"{data_dir}/raw"), ingest_task)
                run.check(validate_task)
                run.alert(alert_task)
        run.publish()
    create_markdown_artifact(key="minewatch-run", markdown=run.summary.markdown("minewatch run"),
                             description="minewatch run summary")
    return run.summary.as_dict()
