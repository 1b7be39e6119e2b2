"""The warehouse file itself: opening it (one writer, or readers), its migrations and views,
the stored series, the readers' snapshot, transactions, and named queries
(warehouse/queries/*.sql, loaded as views.sql is)."""

from __future__ import annotations

import functools
import hashlib
import os
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Self

import duckdb

from errors import WarehouseBusy

HERE = Path(__file__).parent
VIEWS = ("views.sql", "analysis.sql")  # the checks' views, then the analysts'
# The stored series belong to one definition of the views: another one (an upgrade) refills them.
STORED = "stored " + hashlib.sha256(b"".join((HERE / v).read_bytes() for v in VIEWS)).hexdigest()[:12]
# DuckDB lets one process write a file, or several read it, never both at once. Each run
# leaves a copy of the warehouse beside it (Connection.snapshot), for readers while a run writes.
SNAPSHOT = "warehouse.snapshot.duckdb"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")



@functools.cache
def query_text(name: str) -> str:
    """The statement of warehouse/queries/NAME.sql (each file says what it answers)."""
    return (HERE / "queries" / f"{name}.sql").read_text()


class Connection:
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
    def open_waiting(cls, path: Path | str, wait: float) -> Self:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

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

    def _put(self, table: str, key: str, row: dict, keep: tuple[str, ...] = (), new: bool = False) -> None:
        """Insert row, or update the row with its key, but for the columns in keep (new: insert
        it, the caller knows there is none). (Measured with DuckDB 2.0: INSERT .. ON CONFLICT and
        UPDATE .. RETURNING cost about 10 ms a row, a SELECT then an UPDATE or INSERT by key about 2 ms.)"""
        if not new and self.con.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", [row[key]]).fetchone():
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

    def frame(self, sql: str, params: list | None = None):
        """A query's result as a pandas DataFrame (for the expectations)."""
        return self.con.execute(sql, params or []).df()

    def select(self, sql: str, params: list | tuple = ()) -> list[dict]:
        """The rows of a statement declared elsewhere (an expectation suite's), as dicts."""
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
    def rows(self, name: str, params: list | tuple = ()) -> list[tuple]:
        """The rows of the named query warehouse/queries/NAME.sql."""
        return self.con.execute(query_text(name), list(params)).fetchall()

    def records(self, name: str, params: list | tuple = ()) -> list[dict]:
        """The rows of the named query as dicts, by column name."""
        cur = self.con.execute(query_text(name), list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
