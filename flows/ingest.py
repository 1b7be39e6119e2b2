"""Ingestion of named publications: the flow each discovery event triggers when served,
and what `minewatch ingest URL_OR_PATH...` runs by hand."""

from __future__ import annotations

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from sources.archive import RawArchive
from sources.config import load_config
from sources.errors import TerminalError

from . import steps
from .tasks import Run, markdown, open_warehouse


@flow(name="minewatch-ingest", flow_run_name="ingest {publications}")
def ingest_publications(publications: list[str], data_dir: str, config_path: str) -> dict:
    """Fetch (or read), parse, extract and load each publication, then validate and alert.
    The sources file gives the politeness settings and the sources URLs are filed under."""
    config = load_config(config_path)
    fetcher = steps.make_fetcher(config)
    archive = RawArchive(f"{data_dir}/raw")
    with open_warehouse(data_dir) as wh:
        with Run(wh, fetcher, data_dir, config.alert_urls) as run:
            by_name = {s.name: s for s in config.sources}
            work = []
            for target in publications:
                try:
                    item = steps.resolve(target, config, wh)
                except TerminalError as exc:
                    run.counts["publications_failed"] += 1
                    run.publication_errors.append(str(exc))
                    continue
                # Relevance is judged for what discovery found, not for what a person asked for.
                discovered = wh.discovered_item(item.url) is not None
                work.append((item, by_name.get(item.source) if discovered else None))
            run.ingest(work, archive)
            run.check_and_alert()
        report = run.publish()
    summary = run.summary(report=report)
    create_markdown_artifact(key="minewatch-ingest", markdown=markdown(summary, "minewatch ingest"),
                             description="minewatch ingestion summary")
    return summary
