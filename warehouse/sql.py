"""Plain SQL on the warehouse for people: one query printed as a table, CSV or JSON, and an
interactive shell (the DuckDB CLI when installed, else a small line-based one)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TextIO

import duckdb

from errors import TerminalError

from .store import Warehouse, open_for_reading

FORMATS = ("table", "csv", "json")
CELL = 60  # widest cell a table shows; CSV and JSON are never cut


class QueryError(TerminalError):
    """A statement DuckDB refused; its message says what is wrong with it."""


def query(path: Path, sql: str, fmt: str = "table", write: bool = False) -> tuple[str, str | None]:
    """(result, note) of one statement on the warehouse file: read-only unless write, and
    while a run writes, on the snapshot the last run left (the note says so)."""
    wh, note = (Warehouse(path), None) if write else open_for_reading(path)
    with wh:
        try:
            return run_query(wh, sql, fmt), note
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc


def session(path: Path, write: bool = False) -> int:
    """An interactive shell on the warehouse file (created and migrated first when writing,
    so that its views are there), else on what open_for_reading gives."""
    if write:
        Warehouse(path).close()
        return shell(path, read_only=False)
    wh, _ = open_for_reading(path)
    wh.close()
    return shell(wh.path)


def run_query(wh: Warehouse, sql: str, fmt: str = "table") -> str:
    """The query's result as text in fmt."""
    cur = wh.con.execute(sql)
    if cur.description is None:
        return ""
    columns = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], indent=1, default=_plain, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else _plain(v) for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    return format_table(columns, rows)


def format_table(columns: list[str], rows: list[tuple]) -> str:
    """Rows as a plain text table (rich, no colour): numbers right-aligned, cells cut at CELL."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    numeric = [all(isinstance(r[i], (int, float, Decimal)) or r[i] is None for r in rows) for i in range(len(columns))]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style=None)
    for name, num in zip(columns, numeric):
        table.add_column(name, justify="right" if num else "left", no_wrap=True)
    for r in rows:
        table.add_row(*(_cell(v) for v in r))
    out = io.StringIO()
    Console(file=out, width=10_000, color_system=None, highlight=False, markup=False).print(table)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    return "\n".join(lines + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def shell(path: Path, read_only: bool = True, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """An interactive session on the warehouse file: the DuckDB CLI if it is on PATH and
    stdin is a terminal, else statements read line by line up to ';'."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    cli = shutil.which("duckdb")
    if cli and stdin.isatty():
        return subprocess.call([cli, *(["-readonly"] if read_only else []), str(path)])
    wh = Warehouse(path, read_only=read_only)
    interactive = stdin.isatty()
    if interactive:
        print(f"minewatch sql on {path}{' (read-only)' if read_only else ''}; end statements with ';', "
              ".tables lists tables and views, .quit leaves", file=stdout)
    pending: list[str] = []
    try:
        while True:
            if interactive:
                print("minewatch> " if not pending else "       ...> ", end="", file=stdout, flush=True)
            line = stdin.readline()
            if not line:
                break
            text = line.strip()
            if not pending and text in (".quit", ".exit"):
                break
            if not pending and text == ".tables":
                text = "SELECT table_name, table_type FROM information_schema.tables ORDER BY 2, 1;"
            pending.append(text)
            if not text.endswith(";"):
                continue
            statement, pending = "\n".join(pending), []
            try:
                result = run_query(wh, statement)
            except duckdb.Error as exc:  # a bad statement is reported, the session goes on
                print(f"error: {exc}", file=stdout)
                continue
            if result:
                print(result, file=stdout)
    finally:
        wh.close()
    return 0


def _cell(value) -> str:
    text = "NULL" if value is None else str(_plain(value))
    text = text.replace("\n", " ")
    return text if len(text) <= CELL else text[: CELL - 1] + "…"


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
