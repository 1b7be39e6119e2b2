"""Discovery and planning: what every source lists now, and what of it to fetch this run."""

from __future__ import annotations

from dataclasses import dataclass, field

from errors import TerminalError, TransientError
from sources.check import index_problem
from sources.config import Config
from sources.discover import Discovered, discover
from sources.fetch import Fetcher
from warehouse import Warehouse


@dataclass
class Discovery:
    items: list[Discovered] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (source, url, reason)


@dataclass(frozen=True)
class Work:
    """A publication to fetch in this run, and why: new, retry (an earlier fetch failed), revisit."""
    item: Discovered
    reason: str


def discover_all(config: Config, fetcher: Fetcher, wh: Warehouse | None = None) -> Discovery:
    """Every relevant publication every source lists now; a failing source is reported, not
    fatal. With a warehouse, index pages are fetched conditionally and a listing stops at
    a page with nothing unknown on it."""
    found = Discovery()
    seen = set()
    known = wh.exists if wh is not None else (lambda url: False)
    for source in config.sources:
        try:
            items = discover(source, fetcher, wh, known)
        except (TransientError, TerminalError) as exc:
            found.errors.append((source.name, source.url, str(exc)))
            continue
        if not items and wh is not None and not wh.listed_before(source.name):
            # A source that has never listed anything says why, as `minewatch sources check` does.
            problem = index_problem(source, fetcher)
            if problem:
                found.errors.append((source.name, source.url, problem))
        for item in items:
            if item.url not in seen:
                seen.add(item.url)
                found.items.append(item)
    return found


def plan(wh: Warehouse, found: Discovery, revisit_days: float) -> list[Work]:
    """Record what discovery found and list what to fetch now: publications never loaded
    (new ones, and retries of failed fetches) and known ones due for a revisit."""
    wh.note_discovered(found.items)
    return [Work(Discovered(url, source, publisher, title), reason)
            for url, source, publisher, title, reason in wh.work_list(revisit_days)]
