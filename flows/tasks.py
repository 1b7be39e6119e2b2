"""Prefect tasks shared by the flows: each wraps one plain function of flows.steps or
friends, and the bookkeeping of a run (counts, fetch log, anomalies, alerts)."""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from alerts.deliver import alert_urls, deliver
from sources.fetch import Fetcher
from warehouse import SNAPSHOT, Warehouse

from . import steps

EVENT = "minewatch.publication.discovered"


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(config, fetcher, wh):
    return steps.discover_all(config, fetcher, wh)


@task(name="ingest", cache_policy=NO_CACHE, task_run_name="ingest {item.url}")
def ingest_task(item, fetcher, wh, archive, source):
    return steps.ingest(item, fetcher, wh, archive, source)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(wh, docs_dir):
    from expectations.validate import run_suites

    return run_suites(wh, docs_dir)


@task(name="alert", cache_policy=NO_CACHE)
def alert_task(wh, urls):
    return deliver(wh, urls)


@task(name="announce", cache_policy=NO_CACHE)
def announce_task(work: list[steps.Work]) -> int:
    """One Prefect event per publication to ingest; a deployment trigger turns each into its own run."""
    from prefect.events import emit_event

    for w in work:
        emit_event(event=EVENT, resource={
            "prefect.resource.id": w.item.url, "prefect.resource.name": w.item.title or w.item.url,
            "minewatch.source": w.item.source, "minewatch.publisher": w.item.publisher or "",
            "minewatch.reason": w.reason})
    return len(work)


class Run:
    """One run's bookkeeping in the warehouse: counts, failures, the fetch log."""

    def __init__(self, wh: Warehouse, fetcher: Fetcher, data_dir: str, alert_targets=()):
        self.wh, self.fetcher = wh, fetcher
        self.data_dir = Path(data_dir)
        self.docs_dir = self.data_dir / "data_docs"
        self.alert_targets = tuple(alert_targets)
        self.id = uuid.uuid4().hex[:12]
        self.counts = {"publications_new": 0, "publications_changed": 0, "publications_unchanged": 0,
                       "publications_off_topic": 0, "publications_failed": 0, "reprints": 0,
                       "figures_loaded": 0, "anomalies_new": 0}
        self.source_errors: list[str] = []
        self.publication_errors: list[str] = []
        self.new_anomalies: list[dict] = []
        self.checks: list[dict] = []
        self.alerts = (0, 0)
        self.checked = False  # whether this run ran the checks (so the warehouse's content changed)
        self.log = get_run_logger()
        wh.start_run(self.id)

    def flush_fetches(self) -> None:
        self.wh.record_fetches(self.id, self.fetcher.drain())

    def sources_failed(self, found: steps.Discovery) -> None:
        for source, url, reason in found.errors:
            self.log.warning("source %s failed: %s", source, reason)
            self.wh.record_fetch_error(self.id, url, source, reason, terminal=None)
            self.source_errors.append(f"{source}: {reason}")

    def ingest(self, work: list[tuple], archive) -> None:
        """Ingest each (publication, source judging its relevance or None)."""
        for item, source in work:
            outcome = ingest_task(item, self.fetcher, self.wh, archive, source)
            self.flush_fetches()
            self.counts[f"publications_{outcome.status}"] += 1
            self.counts["figures_loaded"] += outcome.figures
            self.counts["reprints"] += outcome.reprint_of is not None
            if outcome.error:
                self.publication_errors.append(outcome.error)
                self.wh.record_fetch_error(self.id, item.url, item.source, outcome.error, outcome.terminal)
                self.log.warning("publication failed: %s", outcome.error)

    def check_and_alert(self) -> None:
        """Validate when a publication changed since the checks last ran to the end (the
        checks would find the same as last time otherwise), then send what is still unsent,
        old anomalies included."""
        if self.wh.unchecked():
            began = datetime.now(timezone.utc).replace(tzinfo=None)
            anomalies, self.checks = validate_task(self.wh, self.docs_dir)
            self.new_anomalies = self.wh.upsert_anomalies(anomalies, self.id)
            self.wh.mark_checked(began)
            self.checked = True
            self.counts["anomalies_new"] = len(self.new_anomalies)
        self.alerts = alert_task(self.wh, alert_urls(self.alert_targets))

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, kind, error, trace) -> None:
        """The run's row says how it ended, an exception included (which goes on up)."""
        self.finish(error)

    def finish(self, error: BaseException | None = None) -> None:
        self.flush_fetches()
        if error is None:
            self.wh.finish_run(self.id, self.counts)
        else:
            self.wh.finish_run(self.id, self.counts, status="failed", error=f"{error.__class__.__name__}: {error}")

    def publish(self) -> str | None:
        """At the end of a run, still holding the warehouse: refresh the snapshot that readers
        use while a run writes, and rewrite the HTML report from it. Returns the report's path;
        a failure here is logged, not fatal: the run's data is already safe. A run that changed
        no publication and no anomaly keeps the last ones (copying a large warehouse for a few
        rows of run bookkeeping would be most of a quiet day's run)."""
        from report import write_report

        report = self.data_dir / "report.html"
        if not (self.checked or self.alerts[0]) and report.exists() and self.wh.path.with_name(SNAPSHOT).exists():
            return str(report)
        try:
            with Warehouse(self.wh.snapshot(), read_only=True) as snap:
                return str(write_report(snap, report))
        except (OSError, duckdb.Error) as exc:
            self.log.warning("no snapshot or report this run: %s", exc)
            return None

    def summary(self, **extra) -> dict:
        return {"run_id": self.id, **self.counts, "alerts_sent": self.alerts[0], "alerts_unsent": self.alerts[1],
                "source_errors": self.source_errors, "publication_errors": self.publication_errors,
                "new_anomalies": [{"id": a["id"], "rule": a["rule"], "level": a.get("level", "alert"),
                                   "message": a["message"]} for a in self.new_anomalies],
                "checks": self.checks, **extra}


def open_warehouse(data_dir: str) -> Warehouse:
    """The warehouse of data_dir, waiting for another run (a served ingestion, say) to let go
    of it: MINEWATCH_LOCK_WAIT seconds (default 300), then WarehouseBusy."""
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    return Warehouse.open_waiting(data / "warehouse.duckdb", float(os.environ.get("MINEWATCH_LOCK_WAIT", "300")))


def markdown(summary: dict, title: str) -> str:
    lines = [f"# {title}", "",
             f"publications new {summary['publications_new']}, changed {summary['publications_changed']}, "
             f"unchanged {summary['publications_unchanged']}, off-topic {summary['publications_off_topic']}, "
             f"failed {summary['publications_failed']}; reprints {summary['reprints']}; "
             f"figures loaded {summary['figures_loaded']}; anomalies new {summary['anomalies_new']}", ""]
    if summary.get("announced") is not None:
        lines += [f"publications announced for event-triggered ingestion: {summary['announced']}", ""]
    if summary["checks"]:
        lines += ["| suite | rule | rows | failing |", "|---|---|---|---|"]
        lines += [f"| {c['suite']} | {c['rule']} | {c['rows']} | {c['failing']} |" for c in summary["checks"]]
    if summary["new_anomalies"]:
        lines += ["", "## New anomalies", ""] + [f"- `{a['id']}` {a['message']}" for a in summary["new_anomalies"]]
    if summary.get("report"):
        lines += ["", f"[The report]({Path(summary['report']).resolve().as_uri()}) (open it from this machine)"]
    errors = summary["source_errors"] + summary["publication_errors"]
    if errors:
        lines += ["", "## Failures", ""] + [f"- {e}" for e in errors]
    return "\n".join(lines)
