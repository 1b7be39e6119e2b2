"""Runs: their rows, their fetch log and failures, and the watermark of the last checks."""

from __future__ import annotations

from datetime import datetime

from .connection import _now


class Runs:
    def record_fetches(self, run_id: str | None, records: list) -> None:
        self._insert("fetch_log", [(run_id, r.url, r.status, r.bytes, r.seconds, r.outcome, r.error, r.at)
                                   for r in records])

    def record_fetch_error(self, run_id: str, url: str, source: str | None, error: str,
                           terminal: bool | None) -> None:
        """terminal: whether the publication at url failed for good; None for a source."""
        self.con.execute("INSERT INTO fetch_errors VALUES (?, ?, ?, ?, ?, ?)",
                         [run_id, url, source, _now(), error, terminal])

    def start_run(self, run_id: str) -> None:
        """Begin a run. A run still 'running' was killed: this process holds the only write
        connection, so no other run can be alive."""
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        self.con.execute("INSERT INTO runs (id, started_at, status) VALUES (?, ?, 'running')", [run_id, _now()])

    def unchecked(self) -> bool:
        """Whether a publication changed since the checks last ran to the end (a run killed
        between loading and checking leaves this for the next run to do)."""
        return self.con.execute(
            """SELECT max(last_changed) > coalesce((SELECT reached_at FROM watermarks WHERE name = 'checked'), '-infinity')
               FROM publications""").fetchone()[0] is True

    def mark_checked(self, at: datetime) -> None:
        """The checks ran to the end over the warehouse as it was at `at`."""
        self._put("watermarks", "name", {"name": "checked", "reached_at": at})

    def finish_run(self, run_id: str, counts: dict, status: str = "completed", error: str | None = None) -> None:
        cols = ["publications_new", "publications_changed", "publications_unchanged", "publications_failed",
                "publications_off_topic", "reprints", "figures_loaded", "anomalies_new"]
        self.con.execute(
            f"UPDATE runs SET finished_at = ?, status = ?, error = ?, {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
            [_now(), status, error, *[counts.get(c, 0) for c in cols], run_id],
        )

