"""The warehouse file: opening, migrating, and loading one publication at a time.

Each publication loads in one transaction (its row and all its figures), so a crash
leaves either the old or the new version, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb

from errors import WarehouseBusy
from parsers.model import Document, Figure
from parsers.shares import Share

HERE = Path(__file__).parent
VIEWS = ("views.sql", "analysis.sql")  # the checks' views, then the analysts'
# The stored series belong to one definition of the views: another one (an upgrade) refills them.
STORED = "stored " + hashlib.sha256(b"".join((HERE / v).read_bytes() for v in VIEWS)).hexdigest()[:12]


# DuckDB lets one process write a file, or several read it, never both at once. Each run
# leaves a copy of the warehouse beside it (Warehouse.snapshot), for readers while a run writes.
SNAPSHOT = "warehouse.snapshot.duckdb"


def open_for_reading(path: Path | str) -> tuple["Warehouse", str | None]:
    """The warehouse read-only, or, while a run holds it, the snapshot the last run left;
    the second value says so when it is the snapshot."""
    path = Path(path)
    try:
        wh = Warehouse(path, read_only=True)
    except WarehouseBusy as exc:
        snapshot = path.with_name(SNAPSHOT)
        if not snapshot.exists():
            raise WarehouseBusy(f"{exc}; no snapshot yet: try again when the run ends") from exc
        return Warehouse(snapshot, read_only=True), (
            f"a run is writing {path}; reading {snapshot}, the state at the end of the last run")
    if wh.series_stale():
        return wh, (f"series and weekly_clearance in {path} were stored before its latest changes (a run was "
                    "stopped before it stored them, or minewatch was upgraded); the next run stores them again")
    return wh, None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def publication_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def figure_id(pub_id: str, position: int, fig: Figure) -> str:
    key = json.dumps([pub_id, position, fig.metric, fig.value, fig.quote, fig.kind], default=str)
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def share_id(pub_id: str, position: int, share: Share) -> str:
    key = json.dumps(["share", pub_id, position, share.percent, share.quote])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


class Warehouse:
    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise WarehouseBusy(f"{self.path} is in use by another minewatch process: {exc}") from exc
            raise
        self._in_transaction = False
        self.read_only = read_only
        if not read_only:
            self.migrate()
            self.refresh_series()  # a run killed before it stored them

    @classmethod
    def open_waiting(cls, path: Path | str, wait: float) -> "Warehouse":
        """Open for writing, waiting up to wait seconds while another process holds the file."""
        deadline = time.monotonic() + wait
        while True:
            try:
                return cls(path)
            except WarehouseBusy:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(1.0)

    def close(self) -> None:
        """Close the file; a writer first stores the series its changes moved (if it cannot,
        the next writer to open the file does)."""
        try:
            if not self.read_only:
                self.refresh_series()
        except duckdb.Error:
            pass
        finally:
            self.con.close()

    def snapshot(self) -> Path:
        """Copy the warehouse, as committed now, to its snapshot file beside it. The copy is
        made by DuckDB under this connection (consistent) and swapped in atomically: a reader
        of the old snapshot keeps reading it, the next one opens the new."""
        target = self.path.with_name(SNAPSHOT)
        partial = self.path.with_name(SNAPSHOT + ".partial")
        partial.unlink(missing_ok=True)
        self.refresh_series()
        name = self.con.execute("SELECT current_database()").fetchone()[0]
        self.con.execute(f"ATTACH '{_sql_str(partial)}' AS snapshot_copy")
        try:
            self.con.execute(f'COPY FROM DATABASE "{name}" TO snapshot_copy')
        finally:
            self.con.execute("DETACH snapshot_copy")
        os.replace(partial, target)
        return target

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply migrations/NNN_*.sql not yet recorded, then recreate the views (and the stored
        series, emptied, when the views' definition is not the one they were stored with)."""
        self.con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM _migrations").fetchall()}
        applied = []
        for sql in sorted((HERE / "migrations").glob("*.sql")):
            if sql.stem in done:
                continue
            self.con.execute("BEGIN")
            self.con.execute(sql.read_text())
            self.con.execute("INSERT INTO _migrations VALUES (?, ?)", [sql.stem, _now()])
            self.con.execute("COMMIT")
            applied.append(sql.stem)
        if not self.con.execute("SELECT 1 FROM watermarks WHERE name = ?", [STORED]).fetchone():
            self.con.execute("DROP TABLE IF EXISTS series_stored; DROP TABLE IF EXISTS weekly_clearance_stored")
        for views in VIEWS:
            self.con.execute((HERE / views).read_text())
        return applied

    def series_stale(self) -> bool:
        """Whether a publication changed since the series were stored, or the views changed."""
        try:
            return self.con.execute(
                """SELECT (SELECT max(last_changed) FROM publications)
                          IS DISTINCT FROM (SELECT reached_at FROM watermarks WHERE name = ?)""", [STORED]).fetchone()[0]
        except duckdb.CatalogException:  # a file no writer of this version has opened yet
            return True

    def store_series(self) -> None:
        """Refill series_stored and weekly_clearance_stored from their live views, in one
        transaction, marked with the last publication change they include."""
        with self.transaction():
            for table, live in (("series_stored", "series_live"), ("weekly_clearance_stored", "weekly_clearance_live")):
                self.con.execute(f"DELETE FROM {table}")
                self.con.execute(f"INSERT INTO {table} SELECT * FROM {live}")
            self.con.execute("DELETE FROM watermarks WHERE starts_with(name, 'stored ')")
            self.con.execute("""INSERT INTO watermarks SELECT ?, max(last_changed) FROM publications
                                HAVING max(last_changed) IS NOT NULL""", [STORED])

    def refresh_series(self) -> None:
        if self.series_stale():
            self.store_series()

    # publications ------------------------------------------------------------
    def known_content(self, url: str, sha256: str) -> bool:
        """Whether this exact content was already loaded, under this URL or another."""
        row = self.con.execute(
            "SELECT 1 FROM publications WHERE content_sha256 = ? AND (url = ? OR status = 'parsed') LIMIT 1",
            [sha256, url],
        ).fetchone()
        return row is not None

    def exists(self, url: str) -> bool:
        return self.con.execute("SELECT 1 FROM publications WHERE url = ?", [url]).fetchone() is not None

    def load_publication(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                         sha256: str, doc: Document, figures: list[Figure], extractor_version: str,
                         shares: list[Share] = (), reprint_of: str | None = None) -> int:
        """Replace the publication, its figures and its shares in one transaction; returns figures loaded.
        reprint_of: the id of the publication this one reprints, if any."""
        pub_id = publication_id(url)
        now = _now()
        ids = [figure_id(pub_id, i, f) for i, f in enumerate(figures)]
        rows = [
            (ids[i], pub_id, f.metric, f.value, f.unit, f.kind, f.qualifier, f.period_start,
             f.period_end, f.district, f.operator, f.quote, f.note, f.table, f.total, f.flags, extractor_version)
            for i, f in enumerate(figures)
        ]
        share_rows = [
            (share_id(pub_id, i, s), pub_id, s.percent, s.qualifier, s.decimals, s.quote, s.part_metric,
             s.whole_metric, [ids[j] for j in s.part], [ids[j] for j in s.whole])
            for i, s in enumerate(shares)
        ]
        with self.transaction():
            self.con.execute("DELETE FROM figures WHERE publication_id = ?", [pub_id])
            self.con.execute("DELETE FROM shares WHERE publication_id = ?", [pub_id])
            self._put("publications", "id", {
                "id": pub_id, "url": url, "source": source, "publisher": publisher or doc.publisher,
                "title": doc.title, "published": doc.published, "language": doc.language,
                "content_type": content_type, "content_sha256": sha256, "text": doc.text, "status": "parsed",
                "error": None, "extractor_version": extractor_version, "first_seen": now, "last_changed": now,
                "reprint_of": reprint_of}, keep=("first_seen",))
            self._insert("figures", rows)
            self._insert("shares", share_rows)
        return len(rows)

    @contextmanager
    def transaction(self):
        """One transaction around the block; inside another, part of that one."""
        if self._in_transaction:
            yield
            return
        self.con.execute("BEGIN")
        self._in_transaction = True
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def _put(self, table: str, key: str, row: dict, keep: tuple[str, ...] = ()) -> None:
        """Insert row, or update the row with its key, but for the columns in keep. (Measured
        with DuckDB 2.0: INSERT .. ON CONFLICT and UPDATE .. RETURNING cost about 10 ms a row,
        a SELECT then an UPDATE or INSERT by key about 2 ms.)"""
        if self.con.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", [row[key]]).fetchone():
            update = {c: v for c, v in row.items() if c != key and c not in keep}
            self.con.execute(f"UPDATE {table} SET {', '.join(c + ' = ?' for c in update)} WHERE {key} = ?",
                             [*update.values(), row[key]])
        else:
            self.con.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             list(row.values()))

    def _insert(self, table: str, rows: list[tuple], chunk: int = 500) -> None:
        """Rows in multi-row INSERTs: DuckDB's executemany costs a statement per row."""
        for at in range(0, len(rows), chunk):
            part = rows[at:at + chunk]
            slots = "(" + ", ".join("?" * len(part[0])) + ")"
            self.con.execute(f"INSERT INTO {table} VALUES {', '.join([slots] * len(part))}",
                             [value for row in part for value in row])

    def archived_publications(self, since=None) -> list[tuple]:
        """(id, url, sha256, content_type, title, source, publisher, reprint_of) of every publication
        whose body is archived (parsed or failed, not off-topic), published on or after since."""
        return self.con.execute(
            """SELECT id, url, content_sha256, content_type, title, source, publisher, reprint_of FROM publications
               WHERE status IN ('parsed', 'failed') AND (? IS NULL OR coalesce(published, first_seen::DATE) >= ?)
               ORDER BY first_seen, url""", [since, since]).fetchall()

    def figure_keys(self, pub_id: str) -> dict[tuple[str, str], list[tuple]]:
        """A publication's figures keyed by (metric, quote), for telling what a reparse changed."""
        out: dict[tuple[str, str], list[tuple]] = {}
        for row in self.con.execute(
                """SELECT metric, quote, value, kind, qualifier, period_start, period_end, district, operator, note
                   FROM figures WHERE publication_id = ? ORDER BY id""", [pub_id]).fetchall():
            out.setdefault((row[0], row[1]), []).append(row[2:])
        for rows in out.values():
            rows.sort(key=repr)
        return out

    def record_failure(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                       sha256: str, error: str) -> None:
        """Keep a publication that could not be parsed, with the reason; its old figures stay."""
        pub_id, now = publication_id(url), _now()
        with self.transaction():
            if self.exists(url):
                self.con.execute("""UPDATE publications SET content_sha256 = ?, error = ?, last_changed = ?,
                                      status = CASE WHEN text IS NULL THEN 'failed' ELSE status END
                                    WHERE id = ?""", [sha256, error, now, pub_id])
            else:
                self._put("publications", "id", {
                    "id": pub_id, "url": url, "source": source, "publisher": publisher, "content_type": content_type,
                    "content_sha256": sha256, "status": "failed", "error": error, "first_seen": now,
                    "last_changed": now})

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) of the last answer for url, for a conditional GET."""
        row = self.con.execute("SELECT etag, last_modified FROM http_cache WHERE url = ?", [url]).fetchone()
        return row if row else (None, None)

    def remember_validators(self, url: str, headers: dict, sha256: str | None) -> None:
        lower = {k.lower(): v for k, v in headers.items()}
        self._put("http_cache", "url", {"url": url, "etag": lower.get("etag"), "last_modified": lower.get("last-modified"),
                                        "content_sha256": sha256, "checked_at": _now()})

    def touch(self, url: str) -> None:
        """A conditional GET answered 304: the page was checked now and has not changed."""
        self.con.execute("UPDATE http_cache SET checked_at = ? WHERE url = ?", [_now(), url])

    def record_off_topic(self, *, url: str, source: str | None, publisher: str | None, content_type: str | None,
                         sha256: str, title: str | None, reason: str) -> None:
        """Keep an off-topic publication as such (no text, no figures), so it is not fetched again each run."""
        pub_id, now = publication_id(url), _now()
        with self.transaction():
            self._put("publications", "id", {
                "id": pub_id, "url": url, "source": source, "publisher": publisher, "title": title,
                "content_type": content_type, "content_sha256": sha256, "status": "off_topic", "error": reason,
                "text": None, "first_seen": now, "last_changed": now}, keep=("source", "publisher", "title", "first_seen"))
            self.con.execute("DELETE FROM figures WHERE publication_id = ?", [pub_id])
            self.con.execute("DELETE FROM shares WHERE publication_id = ?", [pub_id])

    def reprint_candidates(self, url: str, published, days: int = 7) -> list[tuple[str, str, list]]:
        """(id, text, [(metric, value)]) of parsed originals published within days of published."""
        near = self.con.execute(
            """SELECT id, text FROM publications
               WHERE status = 'parsed' AND reprint_of IS NULL AND url <> ? AND text IS NOT NULL
                 AND (?::DATE IS NULL OR published IS NULL OR abs(date_diff('day', published, ?::DATE)) <= ?)
               ORDER BY first_seen""", [url, published, published, days]).fetchall()
        if not near:
            return []
        # Then their figures, by the index on publication_id (a join would read every figure).
        figures: dict[str, list] = {}
        for pid, metric, value in self.con.execute(
                f"SELECT publication_id, metric, value FROM figures WHERE publication_id IN ({', '.join('?' * len(near))})"
                " ORDER BY id", [pid for pid, _ in near]).fetchall():
            figures.setdefault(pid, []).append((metric, value))
        return [(pid, text, figures.get(pid, [])) for pid, text in near]

    # discovery ---------------------------------------------------------------
    def note_listing(self, items: list, validators: list[tuple[str, dict]]) -> None:
        """What one source listed, and its index pages' validators, in one transaction (as dlt
        keeps pipeline state in the load of its data): a kill can leave neither, or both."""
        with self.transaction():
            self.note_discovered(items)
            for url, headers in validators:
                self.remember_validators(url, headers, None)

    def listed_before(self, source: str) -> bool:
        """Whether a source ever listed a publication."""
        return self.con.execute("SELECT 1 FROM discovered WHERE source = ? LIMIT 1", [source]).fetchone() is not None

    def note_discovered(self, items: list) -> list:
        """Remember what discovery found; returns the items never seen before."""
        if not items:
            return []
        now, urls = _now(), [item.url for item in items]
        with self.transaction():  # a few statements for the whole list, however long
            known = {r[0] for r in self.con.execute("SELECT url FROM discovered WHERE list_contains(?, url)",
                                                     [urls]).fetchall()}
            self.con.execute("UPDATE discovered SET last_seen = ? WHERE list_contains(?, url)", [now, sorted(known)])
            new = [item for item in items if item.url not in known]
            # first_seen a microsecond apart keeps discovery's order for the work list
            self._insert("discovered", [(item.url, item.source, item.publisher, item.title,
                                         now + timedelta(microseconds=i), now + timedelta(microseconds=i))
                                        for i, item in enumerate(new)])
        return new

    def work_list(self, revisit_days: float) -> list[tuple[str, str, str | None, str | None, str]]:
        """(url, source, publisher, title, reason) of discovered publications to fetch now:
        never loaded (new, or a retry after a failed fetch), or parsed and last checked
        revisit_days ago. Off-topic and unparseable ones are not fetched again; one whose
        last fetch failed for good (a 404, too large) not before revisit_days."""
        due = _now() - timedelta(days=revisit_days)
        return self.con.execute(
            """WITH failed AS (
                   SELECT url, arg_max(terminal, fetched_at) AS terminal, max(fetched_at) AS at
                   FROM fetch_errors GROUP BY url)
               SELECT d.url, d.source, d.publisher, d.title,
                      CASE WHEN p.id IS NOT NULL THEN 'revisit' WHEN e.url IS NOT NULL THEN 'retry'
                           ELSE 'new' END AS reason
               FROM discovered d
               LEFT JOIN publications p ON p.url = d.url
               LEFT JOIN http_cache c ON c.url = d.url
               LEFT JOIN failed e ON e.url = d.url
               WHERE (p.id IS NULL OR (p.status = 'parsed' AND (c.checked_at IS NULL OR c.checked_at < ?)))
                 AND NOT (e.terminal IS TRUE AND e.at >= ?)
               ORDER BY d.first_seen, d.url""",
            [due, due]).fetchall()

    def discovered_item(self, url: str) -> tuple[str, str | None, str | None] | None:
        """(source, publisher, title) under which discovery found url."""
        return self.con.execute("SELECT source, publisher, title FROM discovered WHERE url = ?", [url]).fetchone()

    def record_fetches(self, run_id: str | None, records: list) -> None:
        self._insert("fetch_log", [(run_id, r.url, r.status, r.bytes, r.seconds, r.outcome, r.error, r.at)
                                   for r in records])

    def record_fetch_error(self, run_id: str, url: str, source: str | None, error: str,
                           terminal: bool | None) -> None:
        """terminal: whether the publication at url failed for good; None for a source."""
        self.con.execute("INSERT INTO fetch_errors VALUES (?, ?, ?, ?, ?, ?)",
                         [run_id, url, source, _now(), error, terminal])

    # runs --------------------------------------------------------------------
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

    # anomalies ---------------------------------------------------------------
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
        cur = self.con.execute(
            """SELECT id, rule, severity, coalesce(level, 'alert') AS level, level_reason, metric, message, status,
                      first_seen, last_seen, notified_at, acknowledged_at, resolved_at, evidence
               FROM anomalies WHERE ?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], status)
               ORDER BY first_seen DESC, id""", [list(statuses) if statuses else None] * 2)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row), evidence=json.loads(row[-1])) for row in cur.fetchall()]

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

    def frame(self, sql: str, params: list | None = None):
        """A query's result as a pandas DataFrame (for the expectations)."""
        return self.con.execute(sql, params or []).df()
