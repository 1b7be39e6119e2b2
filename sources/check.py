"""`minewatch sources check`: each source probed once, as a first live run would read it, and
what stands in the way said in one line: DNS, 403, 404, an HTML page where a feed was
expected, a listing without links or built by script; else how many items it lists, how many
are relevant, and whether the newest relevant article parses with a title, a date, a text
and figures."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from errors import TerminalError, TransientError

from .config import Source, load_config
from .discover import HTML_PAGE, Discovered, discover
from .fetch import Fetcher, make_fetcher

SCRIPT_BUILT = re.compile(rb"<div[^>]+id=[\"'](?:app|root|__next|__nuxt)[\"']|window\.__(?:NUXT|INITIAL_STATE)__", re.I)


@dataclass
class Diagnosis:
    source: str
    kind: str
    url: str
    ok: bool = False
    problem: str | None = None
    items: int = 0
    relevant: int = 0
    article: str | None = None
    title: str | None = None
    published: str | None = None
    text_chars: int = 0
    figures: list[str] = field(default_factory=list)

    def line(self) -> str:
        head = f"{'ok  ' if self.ok else 'FAIL'} {self.source} ({self.kind}) {self.url}"
        if not self.ok:
            return f"{head}: {self.problem}"
        found = f"{self.items} item{'s' * (self.items != 1)}, {self.relevant} relevant"
        if not self.article:
            return f"{head}: {found}" + (f"; {self.problem}" if self.problem else "")
        return (f"{head}: {found}; newest relevant: {self.article} — title {self.title!r}, "
                f"date {self.published or 'none'}, {self.text_chars:,} characters of text, "
                f"{len(self.figures)} figures" + (f" ({', '.join(self.figures[:4])})" if self.figures else ""))

    def as_dict(self) -> dict:
        return asdict(self)


def why(exc: Exception) -> str:
    """A fetch failure in the words an operator acts on."""
    text = str(exc)
    if "where a feed was expected" in text:
        return "an HTML page where a feed was expected"
    if re.search(r"NameResolution|Name or service not known|nodename nor servname|getaddrinfo|Failed to resolve", text):
        return "DNS: the host does not resolve (no network here, or a wrong host)"
    m = re.search(r"HTTP (\d{3})", text)
    if m and m.group(1) == "403":
        return "HTTP 403: the site refuses this client (many refuse datacentre addresses)"
    if m and m.group(1) in ("404", "410"):
        return f"HTTP {m.group(1)}: no such page (a wrong or moved address)"
    if re.search(r"ConnectionError|Connection refused|Max retries", text):
        return "no connection to the host: " + text.split(": ", 1)[-1][:160]
    return text[:240]


def check_source(source: Source, fetcher: Fetcher) -> Diagnosis:
    """One source, probed once: its index, its items, its newest relevant article."""
    diagnosis = Diagnosis(source.name, source.kind, source.url)
    try:
        items = discover(replace(source, include=()), fetcher)  # every item, judged below
    except (TerminalError, TransientError) as exc:
        diagnosis.problem = index_problem(source, fetcher) or why(exc)
        return diagnosis
    relevant = [i for i in items if not i.title or source.relevant(i.title)]
    diagnosis.items, diagnosis.relevant = len(items), len(relevant)
    if not items:
        diagnosis.problem = index_problem(source, fetcher) or "the index lists no item"
        return diagnosis
    diagnosis.ok = True
    if relevant:
        _read_article(relevant[0], fetcher, diagnosis)
    else:
        diagnosis.problem = "no relevant item among the newest"
    return diagnosis


def index_problem(source: Source, fetcher: Fetcher) -> str | None:
    """Why an index that yields nothing yields nothing, from its bytes."""
    try:
        page = fetcher.get(source.url)
    except (TerminalError, TransientError) as exc:
        return why(exc)
    if source.kind in ("rss", "sitemap") and (HTML_PAGE.match(page.content[:512]) or "html" in page.content_type):
        return f"an HTML page where a {'feed' if source.kind == 'rss' else 'sitemap'} was expected"
    if source.kind == "listing":
        if SCRIPT_BUILT.search(page.content) or (b"<script" in page.content.lower() and b"<a " not in page.content.lower()):
            return "a page built by script: its HTML holds no links to read"
        return f"a listing page without links matching {source.selector!r}"
    return None


def _read_article(item: Discovered, fetcher: Fetcher, diagnosis: Diagnosis) -> None:
    from parsers import ParseError, extract, parse

    diagnosis.article = item.url
    try:
        response = fetcher.get(item.url)
        doc = parse(response.content, response.content_type, response.url)
    except (TerminalError, TransientError, ParseError) as exc:
        diagnosis.problem = f"its newest relevant article does not read: {why(exc)}"
        return
    diagnosis.title = doc.title
    diagnosis.published = doc.published.isoformat() if doc.published else None
    diagnosis.text_chars = len(doc.text)
    diagnosis.figures = [f"{f.metric} {f.value:,.10g} {f.unit}" for f in extract(doc)]


def check_all(sources: list[Source], fetcher: Fetcher) -> list[Diagnosis]:
    return [check_source(s, fetcher) for s in sources]


def check_config(path: Path, fmt: str = "text") -> tuple[str, bool]:
    """Every source of a sources file checked: (the lines, or JSON; whether all work)."""
    config = load_config(path)
    found = check_all(config.sources, make_fetcher(config))
    text = (json.dumps([d.as_dict() for d in found], indent=1, ensure_ascii=False) if fmt == "json"
            else "\n".join(d.line() for d in found))
    return text, all(d.ok for d in found)
