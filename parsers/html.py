"""News pages: the main text only (no navigation, teasers or footers) and the metadata."""

from __future__ import annotations

import re

from .dates import parse_date
from .model import Document

DATE_META = ("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date")


def decode(data: bytes) -> str:
    """Bytes to text: declared charset, else UTF-8, else cp1252 (never fails)."""
    head = data[:2048].decode("ascii", "ignore")
    m = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    for encoding in ([m.group(1)] if m else []) + ["utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", "replace")


def parse_html(data: bytes, url: str | None = None) -> Document:
    import trafilatura
    from bs4 import BeautifulSoup

    html = decode(data)
    soup = BeautifulSoup(html, "html.parser")
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_tables=True, include_comments=False,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (found.text if found is not None else None) or _fallback_text(soup)
    title = (found.title if found is not None else None) or (soup.title.string.strip() if soup.title and soup.title.string else None)
    text = _without_headline(text, title, soup)
    return Document(
        text=text,
        title=title,
        published=_published(soup) or (parse_date(found.date) if found is not None and found.date else None),
        language=_language(soup, text),
        url=url,
    )


def _without_headline(text: str, title: str | None, soup) -> str:
    """The headline repeats the story (often rounded): figures come from the body only."""
    h1 = soup.find("h1")
    for headline in {title, h1.get_text(" ", strip=True) if h1 else None} - {None, ""}:
        first, _, rest = text.partition("\n")
        if first.strip() == headline.strip() and rest.strip():
            return rest
    return text


def _fallback_text(soup) -> str:
    for tag in soup(["script", "style", "nav", "header", "footer", "aside"]):
        tag.decompose()
    body = soup.body or soup
    return "\n".join(line.strip() for line in body.get_text("\n").splitlines() if line.strip())


def _published(soup):
    for name in DATE_META:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"itemprop": name})
        if tag and tag.get("content"):
            d = parse_date(tag["content"])
            if d:
                return d
    tag = soup.find("time")
    if tag:
        return parse_date(tag.get("datetime") or tag.get_text())
    return None


def _language(soup, text: str) -> str:
    if re.search(r"[ƏəĞğıİŞş]", text):
        return "az"
    if len(re.findall(r"[А-Яа-яЁё]", text)) > len(text) / 10:
        return "ru"
    lang = (soup.html.get("lang") if soup.html else None) or "en"
    return lang[:2].lower()
