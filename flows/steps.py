"""The plain functions the flows call, one per step; testable without Prefect."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from parsers import EXTRACTOR_VERSION, ParseError, extract, extract_shares, parse
from parsers.reprints import is_reprint
from sources.archive import RawArchive
from sources.check import index_problem
from sources.config import Config, Source
from sources.discover import Discovered, canonical_url, discover
from sources.errors import TerminalError, TransientError
from sources.fetch import Fetcher, Response
from warehouse import Warehouse


@dataclass
class Outcome:
    url: str
    status: str  # new | changed | unchanged | off_topic | failed
    figures: int = 0
    error: str | None = None
    terminal: bool = False  # failed for good: not tried again before revisit_days
    reprint_of: str | None = None


@dataclass
class Discovery:
    items: list[Discovered] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (source, url, reason)


@dataclass(frozen=True)
class Work:
    """A publication to fetch in this run, and why: new, retry (an earlier fetch failed), revisit."""
    item: Discovered
    reason: str


def make_fetcher(config: Config) -> Fetcher:
    return Fetcher(config.agent, timeout=config.timeout, delay=config.delay, allowed_hosts=config.hosts)


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


def resolve(target: str, config: Config, wh: Warehouse) -> Discovered:
    """A publication named by hand (URL or local path), with the source that lists it if any."""
    if urlsplit(target).scheme in ("http", "https"):
        url = canonical_url(target)
    else:
        path = Path(target)
        if not path.is_file():
            raise TerminalError(f"{target}: no such file, and not an http(s) URL")
        url = path.resolve().as_uri()
    known = wh.discovered_item(url)
    if known:
        return Discovered(url, known[0], known[1], known[2])
    source = config.source_for(url)
    if source:
        return Discovered(url, source.name, source.publisher)
    return Discovered(url, "manual", None)  # filed under the publisher the page names (parsers/html.py)


def fetch_publication(item: Discovered, fetcher: Fetcher, wh: Warehouse) -> Response:
    """The publication's bytes: a conditional GET for a URL already loaded, a read for a file."""
    if item.url.startswith("file://"):
        path = Path(urlsplit(item.url).path)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise TerminalError(f"{path}: {exc.strerror}") from exc
        ctype = mimetypes.guess_type(path.name)[0] or ""
        return Response(item.url, 200, content, ctype, {})
    return fetcher.get(item.url, *(wh.validators(item.url) if wh.exists(item.url) else (None, None)))


def read_publication(data: bytes, content_type: str | None, url: str):
    """(document, figures, shares) of a publication's bytes: what ingest and reparse load."""
    doc = parse(data, content_type, url)
    figures = extract(doc)
    return doc, figures, extract_shares(doc.text, figures)


def ingest(item: Discovered, fetcher: Fetcher, wh: Warehouse, archive: RawArchive,
           source: Source | None = None) -> Outcome:
    """Fetch, archive, parse, extract and load one publication. With a source, a text
    without any of its keywords is kept as off-topic; a reprint is linked to its original."""
    try:
        known = wh.exists(item.url)
        response = fetch_publication(item, fetcher, wh)
    except (TransientError, TerminalError) as exc:
        return Outcome(item.url, "failed", error=str(exc), terminal=isinstance(exc, TerminalError))
    if response.status == 304:
        wh.touch(item.url)
        return Outcome(item.url, "unchanged")  # the server says so: no body was downloaded
    sha = archive.store(response.content, {"url": item.url, "final_url": response.url, "status": response.status,
                                           "headers": response.headers,
                                           "fetched_at": datetime.now(timezone.utc).isoformat()})
    if wh.known_content(item.url, sha):
        wh.remember_validators(item.url, response.headers, sha)
        return Outcome(item.url, "unchanged")
    try:
        doc, figures, shares = read_publication(response.content, response.content_type, item.url)
    except Exception as exc:  # a hostile or broken document must not stop the run
        reason = str(exc) if isinstance(exc, ParseError) else f"{exc.__class__.__name__}: {exc}"
        error = f"{item.url}: {reason}"
        with wh.transaction():
            wh.record_failure(url=item.url, source=item.source, publisher=item.publisher,
                              content_type=response.content_type, sha256=sha, error=error)
            wh.remember_validators(item.url, response.headers, sha)
        return Outcome(item.url, "failed", error=error, terminal=True)
    if not doc.title:
        doc.title = item.title
    if source is not None and not source.relevant(doc.title, doc.text):
        with wh.transaction():
            wh.record_off_topic(url=item.url, source=item.source, publisher=item.publisher,
                                content_type=response.content_type, sha256=sha, title=doc.title,
                                reason=f"none of {', '.join(source.include)} in its title or text")
            wh.remember_validators(item.url, response.headers, sha)
        return Outcome(item.url, "off_topic")
    original = find_original(wh, item.url, doc.published, doc.text, [(f.metric, f.value) for f in figures])
    # The validators with the content they belong to: a run killed before the commit must
    # not be told "304 Not Modified" next time for a version it never stored.
    with wh.transaction():
        loaded = wh.load_publication(url=item.url, source=item.source, publisher=item.publisher,
                                     content_type=response.content_type, sha256=sha, doc=doc, figures=figures,
                                     shares=shares, extractor_version=EXTRACTOR_VERSION, reprint_of=original)
        wh.remember_validators(item.url, response.headers, sha)
    return Outcome(item.url, "changed" if known else "new", figures=loaded, reprint_of=original)


def find_original(wh: Warehouse, url: str, published, text: str, figures: list) -> str | None:
    """The id of an earlier-loaded publication telling the same story, if any."""
    for pub_id, other_text, other_figures in wh.reprint_candidates(url, published):
        if is_reprint(text, figures, other_text, other_figures):
            return pub_id
    return None


@dataclass
class Reparsed:
    """What a reparse did: publications read again, and figures added, removed and changed per metric."""
    publications: int = 0
    changed: int = 0
    failed: list[str] = field(default_factory=list)
    per_metric: dict[str, list[int]] = field(default_factory=dict)  # metric -> [added, removed, changed]

    def count(self, metric: str, what: int) -> None:
        self.per_metric.setdefault(metric, [0, 0, 0])[what] += 1


def reparse(wh: Warehouse, archive: RawArchive, since=None, advance=None) -> Reparsed:
    """Read every archived publication again with the current extractor and replace its
    figures and shares in place (one transaction each). A figure is the same when its metric
    and quote are; then any other difference (value, kind, dates, scope) is a change."""
    done = Reparsed()
    for pub_id, url, sha, content_type, title, source, publisher, reprint_of in wh.archived_publications(since):
        done.publications += 1
        try:
            doc, figures, shares = read_publication(archive.read(sha), content_type, url)
        except Exception as exc:  # one unreadable body is reported, the others go on
            done.failed.append(f"{url}: {exc if isinstance(exc, (ParseError, OSError)) else repr(exc)}")
            if advance:
                advance(1)
            continue
        doc.title = doc.title or title
        before = wh.figure_keys(pub_id)
        wh.load_publication(url=url, source=source, publisher=publisher, content_type=content_type, sha256=sha,
                            doc=doc, figures=figures, shares=shares, extractor_version=EXTRACTOR_VERSION,
                            reprint_of=reprint_of)
        after = wh.figure_keys(pub_id)
        if _compare(before, after, done):
            done.changed += 1
        if advance:
            advance(1)
    return done


def _compare(before: dict, after: dict, done: Reparsed) -> bool:
    """Tally figures added, removed and changed, keyed by (metric, quote); True if any."""
    differs = False
    for key in before.keys() | after.keys():
        old, new = before.get(key, []), after.get(key, [])
        for i in range(max(len(old), len(new))):
            if i >= len(old):
                done.count(key[0], 0)
            elif i >= len(new):
                done.count(key[0], 1)
            elif old[i] != new[i]:
                done.count(key[0], 2)
            else:
                continue
            differs = True
    return differs