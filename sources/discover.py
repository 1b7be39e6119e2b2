"""Finding publications: RSS/Atom feeds, HTML listing pages (with next pages), sitemaps and
the ReliefWeb API. Index pages are fetched conditionally: an unchanged feed is a 304 and
means nothing new."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from errors import TerminalError

from .config import Source
from .fetch import Fetcher, Response


@dataclass(frozen=True)
class Discovered:
    url: str
    source: str
    publisher: str
    title: str | None = None


class ValidatorCache(Protocol):
    """Where the validators of index pages are kept between runs (the warehouse)."""

    def validators(self, url: str) -> tuple[str | None, str | None]: ...

    def note_listing(self, items: list["Discovered"], validators: list[tuple[str, dict]]) -> None:
        """Record what a source listed with its index pages' validators, in one transaction:
        a run killed between the two would leave a feed answering 304 with its items unseen."""


Entry = tuple[str, str | None, str | None]  # (url, title, summary)

# Query parameters that say where a reader came from, not what they read.
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid)$", re.I)


def canonical_url(url: str) -> str:
    """One URL per publication, however a feed or listing links it: no fragment, no
    tracking parameters, the scheme and host in lower case."""
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


HTML_PAGE = re.compile(rb"^\s*(?:<!doctype\s+html|<html)", re.I)
HEADLINE_WORDS = 4  # a listing link with fewer words is not taken for a headline


def discover(source: Source, fetcher: Fetcher, cache: ValidatorCache | None = None,
             known: Callable[[str], bool] = lambda url: False) -> list[Discovered]:
    """The relevant publications a source lists now, newest first, at most max_items.
    known(url) says whether a publication is already in the warehouse: a listing stops
    following next pages at a page with nothing unknown on it."""
    pages = _Pages(fetcher, cache)
    entries = {"rss": _feed, "listing": _listing, "sitemap": _sitemap, "reliefweb": _reliefweb}[source.kind](
        source, pages, known)
    seen, out = set(), []
    for url, title, summary in entries:
        url = canonical_url(url)
        if url in seen:
            continue
        seen.add(url)
        if (title or summary) and not source.relevant(title, summary):
            continue  # the headline says off-topic; untitled items are judged on their text later
        out.append(Discovered(url, source.name, source.publisher, title))
        if len(out) == source.max_items:
            break
    if cache:  # only once the whole listing was read: a page that failed is fetched in full next run
        cache.note_listing(out, [(url, page.headers) for url, page in pages.read])
    return out


class _Pages:
    """Conditional GET of index pages: None when the page has not changed since last run.
    The pages read are kept, for their validators to be saved with what they listed."""

    def __init__(self, fetcher: Fetcher, cache: ValidatorCache | None):
        self.fetcher, self.cache = fetcher, cache
        self.read: list[tuple[str, Response]] = []

    def get(self, url: str) -> Response | None:
        etag, modified = self.cache.validators(url) if self.cache else (None, None)
        page = self.fetcher.get(url, etag, modified)
        if page.status == 304:
            return None
        self.read.append((url, page))
        return page

def _feed(source: Source, pages: _Pages, known) -> list[Entry]:
    import feedparser

    page = pages.get(source.url)
    if page is None:
        return []
    feed = feedparser.parse(page.content)
    # feedparser salvages what it can of broken XML; a feed with no link left is unreadable.
    if feed.bozo and not any(e.get("link") for e in feed.entries) and HTML_PAGE.match(page.content[:512]):
        raise TerminalError(f"{source.url}: an HTML page where a feed was expected")
    if feed.bozo and not any(e.get("link") for e in feed.entries):
        raise TerminalError(f"{source.url}: not a readable RSS or Atom feed: {feed.get('bozo_exception')}")
    return [(urljoin(page.url, e.link), e.get("title"), e.get("summary")) for e in feed.entries if e.get("link")]


def _listing(source: Source, pages: _Pages, known) -> list[Entry]:
    from bs4 import BeautifulSoup

    out, url, visited = [], source.url, set()
    for _ in range(source.max_pages):
        visited.add(url)
        page = pages.get(url)
        if page is None:
            break  # unchanged since the last run, and so are the pages behind it
        soup = BeautifulSoup(page.content, "html.parser")
        titles: dict[str, str | None] = {}  # in page order; of two links to one article, the one with a headline
        for a in soup.select(source.selector):
            href = a.get("href")
            if not href or href.startswith(("mailto:", "javascript:", "#")):
                continue
            link = urljoin(page.url, href)
            if link.rstrip("/") != page.url.rstrip("/"):
                text = a.get_text(" ", strip=True)
                # "Read more" or an image is no headline: such an item is judged on its text once fetched.
                titles[link] = titles.get(link) or (text if len(text.split()) >= HEADLINE_WORDS else None)
        found = [(link, title, None) for link, title in titles.items()]
        out += found
        nxt = soup.select_one(source.next) if source.next else None
        if nxt is None or not nxt.get("href") or all(known(canonical_url(u)) for u, _, _ in found):
            break
        url = urljoin(page.url, nxt["href"])
        if url in visited:
            break
    return out


def _sitemap(source: Source, pages: _Pages, known) -> list[Entry]:
    """A urlset, or a sitemap index whose newest max_pages sitemaps are read."""
    from bs4 import BeautifulSoup

    page = pages.get(source.url)
    if page is None:
        return []
    soup = BeautifulSoup(page.content, "xml")
    if soup.find("sitemapindex"):
        children = sorted(((_text(s, "lastmod"), _text(s, "loc")) for s in soup.find_all("sitemap")), reverse=True)
        entries = []
        for _, loc in children[:source.max_pages]:
            child = pages.get(loc) if loc else None
            if child is not None:
                entries += _urlset(BeautifulSoup(child.content, "xml"), source)
    elif soup.find("urlset"):
        entries = _urlset(soup, source)
    else:
        raise TerminalError(f"{source.url}: not a sitemap (no urlset or sitemapindex)")
    entries.sort(key=lambda e: e[0], reverse=True)
    # Without a news:title, the words of the URL's slug are what relevance can judge.
    return [(url, title, None if title else re.sub(r"[-_/.]+", " ", urlsplit(url).path)) for _, url, title in entries]


def _text(tag, name: str) -> str:
    found = tag.find(name)
    return found.get_text(strip=True) if found else ""


def _urlset(soup, source: Source) -> list[tuple[str, str, str | None]]:
    out = []
    for u in soup.find_all("url"):
        loc = _text(u, "loc")
        if loc and (source.match is None or source.match in loc):
            out.append((_text(u, "lastmod"), loc, _text(u, "title") or None))  # news sitemaps carry the headline
    return out


def _reliefweb(source: Source, pages: _Pages, known) -> list[Entry]:
    """Reports on Azerbaijan matching the query; a report's attached files (the PDFs that
    carry the figures) are the publications, its page when it has none."""
    if not source.appname:
        raise TerminalError(f"{source.url}: ReliefWeb needs an approved appname: set appname for source "
                            f"{source.name!r} or MINEWATCH_RELIEFWEB_APPNAME")
    params = [("appname", source.appname), ("query[value]", source.query), ("filter[field]", "country.iso3"),
              ("filter[value]", "AZE"), ("sort[]", "date.created:desc"), ("limit", str(source.max_items))]
    params += [("fields[include][]", f) for f in ("title", "url_alias", "file.url", "file.mimetype")]
    url = f"{source.url}?{urlencode(params)}"
    page = pages.get(url)
    if page is None:
        return []
    try:
        reports = json.loads(page.content)["data"]
    except (ValueError, KeyError, TypeError) as exc:
        raise TerminalError(f"{source.url}: not a ReliefWeb API answer ({exc.__class__.__name__}: {exc})") from None
    out = []
    for report in reports:
        fields = report.get("fields", {})
        title = fields.get("title")
        files = [f["url"] for f in fields.get("file", []) if f.get("url")]
        out += [(f, title, None) for f in files] or ([(fields["url_alias"], title, None)] if fields.get("url_alias") else [])
    return out
