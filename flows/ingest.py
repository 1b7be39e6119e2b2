"""Ingestion of named publications: the flow each discovery event triggers when served,
and what `minewatch ingest URL_OR_PATH...` runs by hand."""

from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from errors import TerminalError
from pipeline.ingest import resolve
from pipeline.run import Run, open_warehouse
from sources.archive import RawArchive
from sources.config import load_config
from sources.fetch import make_fetcher

from .tasks import alert_task, ingest_task, validate_task


@flow(name="minewatch-ingest", flow_run_name="ingest {publications}")
def ingest_publications(publications: list[str], data_dir: str, config_path: str) -> dict:
    """Fetch (or read), parse, extract and load each publication, then validate and alert.
    The sources file gives the politeness settings and the sources URLs are filed under."""
    config = load_config(config_path)
    by_name = {s.name: s for s in config.sources}
    with open_warehouse(data_dir) as wh:
        with Run(wh, data_dir, config.alert_urls, get_run_logger()) as run:
            work = []
            for target in publications:
                try:
                    item = resolve(target, config, wh)
                except TerminalError as exc:
                    run.failed(str(exc))
                    continue
                # Relevance is judged for what discovery found, not for what a person asked for.
                discovered = wh.discovered_item(item.url) is not None
                work.append((item, by_name.get(item.source) if discovered else None))
            run.ingest(work, make_fetcher(config, run.record_fetch), RawArchive(f"{data_dir}/raw"), ingest_task)
            run.check(validate_task)
            run.alert(alert_task)
        run.publish()
    create_markdown_artifact(key="minewatch-ingest", markdown=run.summary.markdown("minewatch ingest"),
                             description="minewatch ingestion summary")
    return run.summary.as_dict()
