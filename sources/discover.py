"""Finding publications: RSS/Atom feeds and HTML listing pages."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urldefrag

from .config import Source
from .errors import TerminalError
from .fetch import Fetcher


@dataclass(frozen=True)
class Discovered:
    url: str
    source: str
    publisher: str
    title: str | None = None


def discover(source: Source, fetcher: Fetcher) -> list[Discovered]:
    """The relevant publications a source lists now, in the order it lists them."""
    page = fetcher.get(source.url)
    if source.kind == "rss":
        entries = _feed_entries(page.content, source.url)
    else:
        entries = _listing_entries(page.content, page.url, source.selector)
    seen, out = set(), []
    for url, title, summary in entries:
        url = urldefrag(url)[0]
        if url in seen or not source.relevant(title, summary):
            continue
        seen.add(url)
        out.append(Discovered(url, source.name, source.publisher, title))
    return out


def _feed_entries(data: bytes, base: str) -> list[tuple[str, str | None, str | None]]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise TerminalError(f"{base}: not a readable feed: {feed.get('bozo_exception')}")
    return [(urljoin(base, e.link), e.get("title"), e.get("summary")) for e in feed.entries if e.get("link")]


def _listing_entries(data: bytes, base: str, selector: str) -> list[tuple[str, str | None, str | None]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    out = []
    for a in soup.select(selector):
        href = a.get("href")
        if not href or href.startswith(("mailto:", "javascript:", "#")):
            continue
        url = urljoin(base, href)
        if url.rstrip("/") == base.rstrip("/"):
            continue
        out.append((url, a.get_text(" ", strip=True) or None, None))
    return out
