"""One run, whatever drives it (a Prefect flow, `minewatch reparse`, the bench): its row in
the warehouse, its counts and failures, and its end, written once: check() validates and
records the anomalies, publish() refreshes the snapshot and the report."""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from sources.fetch import FetchRecord
from warehouse import SNAPSHOT, Warehouse

from .discovery import Discovery
from .ingest import Outcome, ingest

STATUSES = ("new", "changed", "unchanged", "off_topic", "failed")


@dataclass
class RunSummary:
    """What a run did, as the command line prints it (text or JSON) and Prefect keeps it
    (markdown). The JSON keys are a contract: scripts read them."""
    run_id: str = ""
    counts: dict = field(default_factory=lambda: {**{f"publications_{s}": 0 for s in STATUSES}, "reprints": 0,
                                                  "figures_loaded": 0, "anomalies_new": 0})
    alerts_sent: int = 0
    alerts_unsent: int = 0
    source_errors: list[str] = field(default_factory=list)
    publication_errors: list[str] = field(default_factory=list)
    new_anomalies: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    report: str | None = None
    announced: int | None = None  # publications announced for event-triggered ingestion (served runs)

    def as_dict(self) -> dict:
        d = asdict(self)
        counts = d.pop("counts")
        if d["announced"] is None:
            del d["announced"]
        return {"run_id": d.pop("run_id"), **counts, **d}

    @classmethod
    def from_dict(cls, d: dict) -> "RunSummary":
        """The summary a flow returned (Prefect keeps results as plain data)."""
        fields = {k: d[k] for k in cls.__dataclass_fields__ if k in d and k != "counts"}
        return cls(counts={k: d[k] for k in cls().counts}, **fields)

    def json(self) -> str:
        return json.dumps(self.as_dict(), indent=1, default=str)

    def text(self, what: str, warehouse: Path) -> str:
        c = self.counts
        lines = [
            f"minewatch {what} {self.run_id} completed",
            f"publications: {c['publications_new']} new, {c['publications_changed']} changed, "
            f"{c['publications_unchanged']} unchanged, {c['publications_off_topic']} off-topic, "
            f"{c['publications_failed']} failed" + (f"; {c['reprints']} reprints linked" if c["reprints"] else ""),
            f"figures loaded: {c['figures_loaded']}",
            f"anomalies new: {c['anomalies_new']}",
        ]
        # Review-level anomalies are listed, not sent: say which they are.
        lines += [f"  {a['id']} {a['rule']}{' (review)' if a['level'] == 'review' else ''}: {a['message']}"
                  for a in self.new_anomalies]
        if self.alerts_sent or self.alerts_unsent:
            lines.append(f"alerts: {self.alerts_sent} sent, {self.alerts_unsent} to retry next run")
        else:
            lines.append("alerts: none sent (set MINEWATCH_ALERT_URLS to send them)" if c["anomalies_new"]
                         else "alerts: none to send")
        lines += [f"failed: {err}" for err in self.source_errors + self.publication_errors]
        lines.append(f"warehouse: {warehouse}")
        if self.report:
            lines.append(f"report: {self.report}")
        return "\n".join(lines)

    def markdown(self, title: str) -> str:
        c = self.counts
        lines = [f"# {title}", "",
                 f"publications new {c['publications_new']}, changed {c['publications_changed']}, "
                 f"unchanged {c['publications_unchanged']}, off-topic {c['publications_off_topic']}, "
                 f"failed {c['publications_failed']}; reprints {c['reprints']}; "
                 f"figures loaded {c['figures_loaded']}; anomalies new {c['anomalies_new']}", ""]
        if self.announced is not None:
            lines += [f"publications announced for event-triggered ingestion: {self.announced}", ""]
        if self.checks:
            lines += ["| suite | rule | rows | failing |", "|---|---|---|---|"]
            lines += [f"| {k['suite']} | {k['rule']} | {k['rows']} | {k['failing']} |" for k in self.checks]
        if self.new_anomalies:
            lines += ["", "## New anomalies", ""] + [f"- `{a['id']}` {a['message']}" for a in self.new_anomalies]
        if self.report:
            lines += ["", f"[The report]({Path(self.report).resolve().as_uri()}) (open it from this machine)"]
        errors = self.source_errors + self.publication_errors
        if errors:
            lines += ["", "## Failures", ""] + [f"- {e}" for e in errors]
        return "\n".join(lines)


def open_warehouse(data_dir: str | Path) -> Warehouse:
    """The warehouse of data_dir, waiting for another run (a served ingestion, say) to let go
    of it: MINEWATCH_LOCK_WAIT seconds (default 300), then WarehouseBusy."""
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    return Warehouse.open_waiting(data / "warehouse.duckdb", float(os.environ.get("MINEWATCH_LOCK_WAIT", "300")))


def validate(wh: Warehouse, docs_dir: Path) -> tuple[list[dict], list[dict]]:
    """(anomalies, checks) of every suite."""
    from expectations.validate import (
        run_suites,  # GX: imported only when the checks run
    )

    return run_suites(wh, docs_dir)


def send_alerts(wh: Warehouse, targets: tuple[str, ...]) -> tuple[int, int]:
    """(sent, left to retry) of the alerts not sent yet."""
    from alerts.deliver import alert_urls, deliver

    return deliver(wh, alert_urls(targets))


class Run:
    """One run's bookkeeping in the warehouse: its row, counts, failures and fetch log. The
    steps it runs (ingest one publication, validate, deliver) are plain functions by default;
    a flow passes its Prefect tasks instead, so that each shows as a task run."""

    def __init__(self, wh: Warehouse, data_dir: str | Path, alert_targets=(), log: logging.Logger | None = None):
        self.wh = wh
        self.data_dir = Path(data_dir)
        self.alert_targets = tuple(alert_targets)
        self.log = log or logging.getLogger("minewatch")
        self.summary = RunSummary(uuid.uuid4().hex[:12])
        self.checked = False  # whether this run ran the checks (so the warehouse's content changed)
        wh.start_run(self.summary.run_id)

    @property
    def id(self) -> str:
        return self.summary.run_id

    def record_fetch(self, record: FetchRecord) -> None:
        """A Fetcher's on_request: every request of the run lands in its fetch log."""
        self.wh.record_fetches(self.id, [record])

    def sources_failed(self, found: Discovery) -> None:
        for source, url, reason in found.errors:
            self.log.warning("source %s failed: %s", source, reason)
            self.wh.record_fetch_error(self.id, url, source, reason, terminal=None)
            self.summary.source_errors.append(f"{source}: {reason}")

    def failed(self, error: str) -> None:
        """A publication that could not even be named (a missing file)."""
        self.summary.counts["publications_failed"] += 1
        self.summary.publication_errors.append(error)

    def ingest(self, work: list[tuple], fetcher, archive, step: Callable[..., Outcome] = ingest) -> None:
        """Ingest each (publication, source judging its relevance or None)."""
        counts = self.summary.counts
        for item, source in work:
            outcome = step(item, fetcher, self.wh, archive, source)
            counts[f"publications_{outcome.status}"] += 1
            counts["figures_loaded"] += outcome.figures
            counts["reprints"] += outcome.reprint_of is not None
            if outcome.error:
                self.summary.publication_errors.append(outcome.error)
                self.wh.record_fetch_error(self.id, item.url, item.source, outcome.error, outcome.terminal)
                self.log.warning("publication failed: %s", outcome.error)

    def check(self, step: Callable = validate) -> list[dict]:
        """Validate when a publication changed since the checks last ran to the end (they
        would find the same as last time otherwise); record the anomalies. Returns the new ones."""
        if not self.wh.unchecked():
            return []
        began = datetime.now(timezone.utc).replace(tzinfo=None)
        anomalies, self.summary.checks = step(self.wh, self.data_dir / "data_docs")
        new = self.wh.upsert_anomalies(anomalies, self.id)
        self.wh.mark_checked(began)
        self.checked = True
        self.summary.counts["anomalies_new"] = len(new)
        self.summary.new_anomalies = [{"id": a["id"], "rule": a["rule"], "level": a.get("level", "alert"),
                                       "message": a["message"]} for a in new]
        return new

    def alert(self, step: Callable = send_alerts) -> None:
        """Send what is still unsent, old anomalies included."""
        self.summary.alerts_sent, self.summary.alerts_unsent = step(self.wh, self.alert_targets)

    def publish(self) -> str | None:
        """At the end of a run, still holding the warehouse: refresh the snapshot that readers
        use while a run writes, and rewrite the HTML report from it. Returns the report's path;
        a failure here is logged, not fatal: the run's data is already safe. A run that changed
        no publication and no anomaly keeps the last ones (copying a large warehouse for a few
        rows of run bookkeeping would be most of a quiet day's run)."""
        from report import write_report

        report = self.data_dir / "report.html"
        if (not (self.checked or self.summary.alerts_sent) and report.exists()
                and self.wh.path.with_name(SNAPSHOT).exists()):
            self.summary.report = str(report)
            return self.summary.report
        try:
            with Warehouse(self.wh.snapshot(), read_only=True) as snap:
                self.summary.report = str(write_report(snap, report))
        except (OSError, duckdb.Error) as exc:
            self.log.warning("no snapshot or report this run: %s", exc)
        return self.summary.report

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, kind, error, trace) -> None:
        """The run's row says how it ended, an exception included (which goes on up)."""
        if error is None:
            self.wh.finish_run(self.id, self.summary.counts)
        else:
            self.wh.finish_run(self.id, self.summary.counts, status="failed",
                               error=f"{error.__class__.__name__}: {error}")
