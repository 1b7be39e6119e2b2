"""The plain functions the daily flow calls, one per step; testable without Prefect."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from parsers import EXTRACTOR_VERSION, ParseError, extract, parse
from sources.archive import RawArchive
from sources.config import Config
from sources.discover import Discovered, discover
from sources.errors import TerminalError, TransientError
from sources.fetch import Fetcher
from warehouse import Warehouse


@dataclass
class Outcome:
    url: str
    status: str  # new | changed | unchanged | failed
    figures: int = 0
    error: str | None = None


@dataclass
class Discovery:
    items: list[Discovered] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (source, url, reason)


def discover_all(config: Config, fetcher: Fetcher) -> Discovery:
    """Every relevant publication of every source; a failing source is reported, not fatal."""
    found = Discovery()
    seen = set()
    for source in config.sources:
        try:
            items = discover(source, fetcher)
        except (TransientError, TerminalError) as exc:
            found.errors.append((source.name, source.url, str(exc)))
            continue
        for item in items:
            if item.url not in seen:
                seen.add(item.url)
                found.items.append(item)
    return found


def ingest(item: Discovered, fetcher: Fetcher, wh: Warehouse, archive: RawArchive) -> Outcome:
    """Fetch, archive, parse, extract and load one publication."""
    try:
        known = wh.exists(item.url)
        response = fetcher.get(item.url, *(wh.validators(item.url) if known else (None, None)))
    except (TransientError, TerminalError) as exc:
        return Outcome(item.url, "failed", error=str(exc))
    if response.status == 304:
        return Outcome(item.url, "unchanged")  # the server says so: no body was downloaded
    sha = archive.store(response.content, {"url": item.url, "final_url": response.url, "status": response.status,
                                           "headers": response.headers,
                                           "fetched_at": datetime.now(timezone.utc).isoformat()})
    wh.remember_validators(item.url, response.headers, sha)
    if wh.known_content(item.url, sha):
        return Outcome(item.url, "unchanged")
    try:
        doc = parse(response.content, response.content_type, item.url)
        figures = extract(doc)
    except Exception as exc:  # a hostile or broken document must not stop the run
        reason = str(exc) if isinstance(exc, ParseError) else f"{exc.__class__.__name__}: {exc}"
        error = f"{item.url}: {reason}"
        wh.record_failure(url=item.url, source=item.source, publisher=item.publisher,
                          content_type=response.content_type, sha256=sha, error=error)
        return Outcome(item.url, "failed", error=error)
    if not doc.title:
        doc.title = item.title
    loaded = wh.load_publication(url=item.url, source=item.source, publisher=item.publisher,
                                 content_type=response.content_type, sha256=sha, doc=doc, figures=figures,
                                 extractor_version=EXTRACTOR_VERSION)
    return Outcome(item.url, "changed" if known else "new", figures=loaded)
