"""Progress of long commands: a bar (rich) on a terminal, a plain line per tenth otherwise,
so that logs of scheduled runs stay readable."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def progress(description: str, total: int) -> Iterator[Callable[[int], None]]:
    """Yields advance(n): n more of total done. Writes to stderr, never to stdout."""
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TimeRemainingColumn,
        )

        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), transient=True, console=Console(stderr=True)) as bar:
            task = bar.add_task(description, total=total)
            yield lambda n: bar.advance(task, n)
        return
    done, told = 0, -1

    def advance(n: int) -> None:
        nonlocal done, told
        done += n
        tenth = done * 10 // total if total else 10
        if tenth != told:
            told = tenth
            print(f"{description}: {done}/{total}", file=sys.stderr, flush=True)

    yield advance
