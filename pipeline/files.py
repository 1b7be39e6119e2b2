"""Local files -> figure rows, with no warehouse: `minewatch extract` and `minewatch eval`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from errors import ParseError, TerminalError
from parsers import extract, parse


class FileError(TerminalError):
    """A file that could not be read or parsed; the message names it."""


def extract_file(name: str) -> list[dict]:
    try:
        doc = parse(Path(name).read_bytes(), url=None)
        return [{**fig.as_dict(), "document": name} for fig in extract(doc)]
    except (OSError, ParseError) as exc:
        raise FileError(f"{name}: {exc}") from exc


def extract_files(names: list[str], errors: list[str] | None = None) -> Iterator[dict]:
    """Figure rows of every file; files that fail are named in `errors` and skipped."""
    for name in names:
        try:
            yield from extract_file(name)
        except FileError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
