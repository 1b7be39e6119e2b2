"""Backfill: years of archived publications loaded at once. Reading one (parse and extract)
is pure and CPU-bound, so it fans out over worker processes; this process, the one writer
DuckDB allows, archives and loads what they read, in order, as ingest does."""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor

from errors import ParseError, TerminalError
from sources.archive import RawArchive
from sources.discover import Discovered
from warehouse import Warehouse

from .ingest import Outcome, load, read_file, read_publication


def _read(item: Discovered):
    """In a worker: the file's response, and what it reads as (or why it cannot be read)."""
    try:
        response = read_file(item.url)
    except TerminalError as exc:
        return None, exc
    try:
        return response, read_publication(response.content, response.content_type, item.url)
    except ParseError as exc:
        return response, exc


def backfill(items: Iterable[Discovered], wh: Warehouse, archive: RawArchive, workers: int | None = None,
             chunk: int = 8) -> list[Outcome]:
    """Load local files (file:// URLs) with their reading spread over `workers` processes
    (default: one per core but the writer's); workers=0 reads in this process. Outcomes in
    the items' order. (On 2 cores one reader beside the writer beats two: three busy
    processes on two cores wait for each other; docs/benchmarks.md.)"""
    items = list(items)
    workers = max(1, (os.cpu_count() or 2) - 1) if workers is None else workers
    if workers == 0:
        return [_load(item, *_read(item), wh, archive) for item in items]
    with ProcessPoolExecutor(workers) as pool:
        return [_load(item, response, read, wh, archive)
                for item, (response, read) in zip(items, pool.map(_read, items, chunksize=chunk))]


def _load(item: Discovered, response, read, wh: Warehouse, archive: RawArchive) -> Outcome:
    if response is None:
        return Outcome(item.url, "failed", error=str(read), terminal=True)
    return load(item, response, wh.exists(item.url), wh, archive, read=read)
