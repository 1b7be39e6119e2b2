"""Anomalies and their deliveries: found again or resolved run after run, acknowledged by a
person, sent once per target; and the consensus points the checks computed."""

from __future__ import annotations

import json

from .connection import _now


class Anomalies:
    def upsert_anomalies(self, anomalies: list[dict], run_id: str) -> list[dict]:
        """Insert anomalies not seen before; refresh last_seen of known ones (a resolved one
        found again is open again, without a second alert). Known anomalies not found any
        more are resolved. Returns the new ones."""
        now, new = _now(), []
        found = {a["id"] for a in anomalies}
        self.con.execute(
            """UPDATE anomalies SET status = 'resolved', resolved_at = ?
               WHERE status IN ('new', 'notified') AND NOT list_contains(?, id)""", [now, sorted(found)])
        for a in anomalies:
            if self.con.execute("SELECT 1 FROM anomalies WHERE id = ?", [a["id"]]).fetchone():
                self.con.execute(
                    """UPDATE anomalies SET last_seen = ?, resolved_at = NULL, level = ?, level_reason = ?,
                         status = CASE WHEN status <> 'resolved' THEN status
                                       WHEN notified_at IS NULL THEN 'new' ELSE 'notified' END
                       WHERE id = ?""", [now, a.get("level", "alert"), a.get("level_reason"), a["id"]])
                continue
            self.con.execute(
                """INSERT INTO anomalies (id, rule, severity, metric, message, evidence, status, first_seen,
                                         last_seen, notified_at, first_run_id, level, level_reason)
                   VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?, NULL, ?, ?, ?)""",
                [a["id"], a["rule"], a["severity"], a.get("metric"), a["message"],
                 json.dumps(a["evidence"], default=str), now, now, run_id, a.get("level", "alert"), a.get("level_reason")],
            )
            new.append(a)
        return new

    def undelivered_anomalies(self) -> list[dict]:
        cur = self.con.execute(
            """SELECT id, rule, severity, metric, message, evidence FROM anomalies
               WHERE status = 'new' AND coalesce(level, 'alert') = 'alert' ORDER BY first_seen, id""")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row), evidence=json.loads(row[-1])) for row in cur.fetchall()]

    def delivered_to(self, anomaly_id: str) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT target FROM deliveries WHERE anomaly_id = ?",
                                                [anomaly_id]).fetchall()}

    def record_delivery(self, anomaly_id: str, target: str) -> None:
        self.con.execute("INSERT INTO deliveries VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [anomaly_id, target, _now()])

    def anomalies(self, statuses: tuple[str, ...] | None = None) -> list[dict]:
        """Anomalies, newest first, with their evidence; all of them without statuses."""
        rows = self.records("anomalies", [list(statuses) if statuses else None])
        return [dict(r, evidence=json.loads(r["evidence"])) for r in rows]

    def acknowledge(self, anomaly_id: str) -> str | None:
        """Acknowledge the anomaly whose id starts with anomaly_id; its full id, or None if no single one does."""
        rows = self.con.execute("SELECT id FROM anomalies WHERE starts_with(id, ?)", [anomaly_id]).fetchall()
        if len(rows) != 1:
            return None
        self.con.execute("UPDATE anomalies SET status = 'acknowledged', acknowledged_at = ? WHERE id = ?",
                         [_now(), rows[0][0]])
        return rows[0][0]

    def mark_notified(self, anomaly_id: str) -> None:
        self.con.execute("UPDATE anomalies SET status = 'notified', notified_at = ? WHERE id = ? AND status = 'new'",
                         [_now(), anomaly_id])

    def store_consensus(self, rows: list[tuple]) -> None:
        """Refill consensus_points: (figure_id, metric, kind, period_start, period_end, district,
        operator, note, publisher, value, outlier, against) per comparable figure."""
        with self.transaction():
            self.con.execute("DELETE FROM consensus_points")
            if rows:
                self._insert("consensus_points", rows)

