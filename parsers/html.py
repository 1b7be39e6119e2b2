"""News pages: the main text only (no navigation, teasers or footers) and the metadata.

The page is parsed once with lxml; metadata is read from that tree before trafilatura,
which cleans the same tree in place, extracts the main text.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from urllib.parse import urlsplit

from errors import ParseError

from .dates import parse_date
from .model import Document
from .plaintext import pipe_tables

DATE_META = ("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date")
# The taxonomy's publisher names, recognised in og:site_name or the host.
PUBLISHERS = {
    "anama": r"anama|mine action agency|agency for mine action", "azertag": r"azertag", "trend": r"trend", "report": r"report\.az|^report\b",
    "azernews": r"azernews", "apa": r"\bapa\b|apa\.az", "caliber": r"caliber", "icrc": r"icrc|red cross",
    "undp": r"undp", "mine-action-review": r"mine action review|mineactionreview", "landmine-monitor": r"landmine monitor",
    "halo": r"halo trust|halotrust",
}


# A line that is a date and little else: "21 July 2025 14:35 (UTC+04:00)", "28 oktyabr, 2025".
VISIBLE_DATE = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|\d{1,2}\s+\w+,?\s+(?:19|20)\d\d|\w+\s+\d{1,2},?\s+(?:19|20)\d\d)\b[\s\d:\[\](),.+UTC-]*$")


CHARSET = re.compile(r"charset=[\"']?([\w-]+)", re.I)
MAX_DEPTH = 256  # libxml2's limit: deeper elements are dropped, with their text


def decode(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text: the charset the HTTP header or the page declares, else UTF-8, else
    the encoding the bytes look like (pages in Russian often come in cp1251 undeclared),
    else cp1252 with replacements (never fails)."""
    declared = [m.group(1) for m in (CHARSET.search(content_type or ""),
                                     CHARSET.search(data[:2048].decode("ascii", "ignore"))) if m]
    for encoding in declared + ["utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:200_000]).best()
    if guess is not None:
        return data.decode(guess.encoding, "replace")
    return data.decode("cp1252", "replace")


def parse_html(data: bytes, url: str | None = None, content_type: str | None = None) -> Document:
    import lxml.html
    import trafilatura

    html = decode(data, content_type)
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ParseError(f"unreadable HTML: {exc}") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise ParseError(f"HTML nested more than {MAX_DEPTH} elements deep: the parser drops what lies deeper, "
                        "so its text cannot be read")
    headline = _first_text(tree, "//h1")
    og_title = _xpath('//meta[@property="og:title"]/@content')(tree)
    title = (og_title[0].strip() if og_title else None) or headline or _first_text(tree, "//title")
    published = _published(tree)
    publisher = _publisher(tree, url)
    lang = (tree.get("lang") or "en")[:2].lower()
    # Metadata is ours (above); trafilatura only finds the main text, with its own extractor
    # and without the readability/justext second opinions (fast).
    found = trafilatura.bare_extraction(tree, url=url, options=_main_text_options())
    text = (found.text if found is not None else None) or _fallback_text(html)
    text = _without_headline(text, {title, headline})
    return Document(text=text, title=title, published=published, publisher=publisher,
                    language=_language(lang, text), url=url, tables=pipe_tables(text))


@functools.cache
def _main_text_options():
    """trafilatura's settings, read from its config file once rather than on every page."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=True, precision=True, comments=False, tables=True, with_metadata=False)


@functools.cache
def _xpath(expression: str):
    """An XPath compiled once, not on every page."""
    import lxml.etree

    return lxml.etree.XPath(expression)


def _first_text(tree, xpath: str) -> str | None:
    nodes = _xpath(xpath)(tree)
    text = " ".join(nodes[0].text_content().split()) if nodes else ""
    return text or None


def _without_headline(text: str, headlines: set) -> str:
    """The headline repeats the story (often rounded): figures come from the body only."""
    first, _, rest = text.partition("\n")
    if rest.strip() and first.strip() in {h.strip() for h in headlines if h}:
        return rest
    return text


def _fallback_text(html: str) -> str:
    """All body text but navigation and boxes, for pages trafilatura finds too short."""
    import lxml.html

    body = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")).find("body")
    if body is None:
        return ""
    parts = []
    for node in body.iter():
        if node.tag in ("script", "style", "nav", "header", "footer", "aside") or not isinstance(node.tag, str):
            continue
        if any(a.tag in ("script", "style", "nav", "header", "footer", "aside") for a in node.iterancestors()):
            continue
        if node.text and node.text.strip():
            parts.append(node.text.strip())
    return "\n".join(parts)


def _published(tree):
    """The publication date: htmldate's reading of the markup (meta, time, JSON-LD, CMS
    idioms; fast mode, the original date), else minewatch's own patterns, else a visible
    date line ("21 July 2025 14:35 (UTC+04:00)", "14 noyabr 2025 16:23", "08.07.2026 [10:28]")."""
    # The Open Graph published time, when the page states it, is what htmldate would read first
    # for the original date; reading it directly spares htmldate's passes over the page.
    for content in _xpath('//meta[@property="article:published_time"]/@content')(tree):
        d = parse_date(content)
        if d:
            return d
    from htmldate import find_date

    found = find_date(tree, original_date=True, extensive_search=False)
    if found:
        return date.fromisoformat(found)
    for name in DATE_META:
        for attr in ("property", "name", "itemprop"):
            for content in _xpath(f'//meta[@{attr}="{name}"]/@content')(tree):
                d = parse_date(content)
                if d:
                    return d
    for node in _xpath("//time")(tree):
        d = parse_date(node.get("datetime") or node.text_content())
        if d:
            return d
    # A visible byline date: "04 April, 2024 12:15" in an element named for dates.
    for node in _xpath("//*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'publish')]")(tree):
        d = parse_date(node.text_content()[:80])
        if d:
            return d
    # A short element whose whole text is a date with its year, before the article's text.
    for node in _xpath("//body//*[self::span or self::div or self::p or self::li or self::small][string-length(normalize-space()) < 48]")(tree)[:300]:
        text = " ".join(node.text_content().split())
        if VISIBLE_DATE.match(text):
            d = parse_date(text)
            if d:
                return d
    return None


def _publisher(tree, url: str | None) -> str | None:
    """Who published the page: the taxonomy's name when the site name (og:site_name) or the
    host names one, else the site name as written, else the host."""
    site = next((c.strip() for c in _xpath('//meta[@property="og:site_name"]/@content')(tree) if c.strip()), None)
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    for name in (site, host):
        for publisher, pattern in PUBLISHERS.items():
            if name and re.search(pattern, name, re.I):
                return publisher
    return site or host or None


def _language(declared: str, text: str) -> str:
    if re.search(r"[ƏəĞğıİŞş]", text):
        return "az"
    if len(re.findall(r"[А-Яа-яЁё]", text)) > len(text) / 10:
        return "ru"
    return declared
