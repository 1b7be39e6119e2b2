"""Ingestion of one publication: resolve what was named, fetch it politely (or read the
file), keep the raw bytes, parse, extract, load, and link a reprint to its original."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from errors import ParseError, TerminalError, TransientError
from parsers import EXTRACTOR_VERSION, extract, extract_shares, parse
from parsers.reprints import is_reprint
from sources.archive import RawArchive
from sources.config import Config, Source
from sources.discover import Discovered, canonical_url
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
        return read_file(item.url)
    return fetcher.get(item.url, *(wh.validators(item.url) if wh.exists(item.url) else (None, None)))


def read_file(url: str) -> Response:
    """A file:// publication's bytes, as a response of its own."""
    path = Path(urlsplit(url).path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise TerminalError(f"{path}: {exc.strerror}") from exc
    return Response(url, 200, content, mimetypes.guess_type(path.name)[0] or "", {})


def read_publication(data: bytes, content_type: str | None, url: str):
    """(document, figures, shares) of a publication's bytes: what ingest and reparse load.
    Whatever goes wrong reading one document is that document's failure, a ParseError
    naming the reason: a hostile or broken document must not stop a run. (The one place
    minewatch catches any exception.)"""
    try:
        doc = parse(data, content_type, url)
        figures = extract(doc)
        return doc, figures, extract_shares(doc.text, figures)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"{exc.__class__.__name__}: {exc}") from exc


def ingest(item: Discovered, fetcher: Fetcher, wh: Warehouse, archive: RawArchive,
           source: Source | None = None) -> Outcome:
    """Fetch, archive, parse, extract and load one publication. With a source, a text
    without any of its keywords is kept as off-topic; a reprint is linked to its original."""
    try:
        known = wh.exists(item.url)
        response = fetch_publication(item, fetcher, wh)
    except (TransientError, TerminalError) as exc:
        return Outcome(item.url, "failed", error=str(exc), terminal=isinstance(exc, TerminalError))
    return load(item, response, known, wh, archive, source)


def load(item: Discovered, response: Response, known: bool, wh: Warehouse, archive: RawArchive,
         source: Source | None = None, read: tuple | ParseError | None = None) -> Outcome:
    """Archive, read and load a publication's response (ingest's second half). read: what
    the bytes read as, or why they cannot be read, when another process read them already."""
    if response.status == 304:
        wh.touch(item.url)
        return Outcome(item.url, "unchanged")  # the server says so: no body was downloaded
    sha = archive.store(response.content, {"url": item.url, "final_url": response.url, "status": response.status,
                                           "headers": response.headers,
                                           "fetched_at": datetime.now(timezone.utc).isoformat()})
    if wh.known_content(item.url, sha):
        wh.remember_validators(item.url, response.headers, sha)
        return Outcome(item.url, "unchanged")
    if read is None:
        try:
            read = read_publication(response.content, response.content_type, item.url)
        except ParseError as exc:
            read = exc
    if isinstance(read, ParseError):
        error = f"{item.url}: {read}"
        with wh.transaction():
            wh.record_failure(url=item.url, source=item.source, publisher=item.publisher,
                              content_type=response.content_type, sha256=sha, error=error)
            wh.remember_validators(item.url, response.headers, sha)
        return Outcome(item.url, "failed", error=error, terminal=True)
    doc, figures, shares = read
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
                                     shares=shares, extractor_version=EXTRACTOR_VERSION, reprint_of=original,
                                     new=not known)
        wh.remember_validators(item.url, response.headers, sha)
    return Outcome(item.url, "changed" if known else "new", figures=loaded, reprint_of=original)


def find_original(wh: Warehouse, url: str, published, text: str, figures: list) -> str | None:
    """The id of an earlier-loaded publication telling the same story, if any."""
    for pub_id, other_text, other_figures in wh.reprint_candidates(url, published):
        if is_reprint(text, figures, other_text, other_figures):
            return pub_id
    return None
