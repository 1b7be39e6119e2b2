"""Step 3 of the data path: publication bytes -> Document -> figures. Pure functions."""

from __future__ import annotations

from errors import ParseError

from .figures import extract_figures
from .html import decode, parse_html
from .model import EXTRACTOR_VERSION, Document, Figure, Table
from .pdf import parse_pdf_within
from .plaintext import mend_page_breaks, tab_tables
from .shares import Share, extract_shares
from .tables import table_figures

__all__ = ["EXTRACTOR_VERSION", "Document", "Figure", "Table", "ParseError", "parse", "extract",
           "Share", "extract_shares"]


def parse(data: bytes, content_type: str | None = None, url: str | None = None) -> Document:
    """A Document from raw bytes, sniffing the format (the content type is only a hint)."""
    ctype = (content_type or "").lower()
    if data[:5] == b"%PDF-" or "pdf" in ctype:
        return parse_pdf_within(data, url)
    if b"\x00" in data[:1024]:
        raise ParseError("binary content that is neither HTML nor PDF")
    head = data[:1024].lstrip().lower()
    if "html" in ctype or head.startswith((b"<!doctype", b"<html")) or b"<body" in data[:4096].lower():
        return parse_html(data, url, content_type)
    text = mend_page_breaks(decode(data, content_type))
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(text=text, title=title, url=url, tables=tab_tables(text))


def extract(doc: Document) -> list[Figure]:
    """Every figure of a document: from its running text, then from its tables."""
    figures = extract_figures(doc.text, doc.published, doc.title, doc.publisher)
    for table in doc.tables:
        figures.extend(table_figures(table, doc.text, doc.published))
    return figures
