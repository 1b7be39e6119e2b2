"""The sources file (TOML): which publishers to watch and how to fetch them politely.

    contact = "https://github.com/minewatch/minewatch"   # in the User-Agent, so sites can reach us
    delay = 1.0              # seconds between two requests to one host
    revisit_days = 7         # re-check a known publication (conditional GET) this often
    allowed_hosts = []       # extra hosts a redirect may lead to
    alert_urls = []          # Apprise URLs for alerts, besides $MINEWATCH_ALERT_URLS

    [[sources]]
    name = "anama-news"
    publisher = "anama"
    kind = "rss"             # rss (RSS or Atom) | listing | sitemap | reliefweb
    url = "https://example.az/feed.xml"
    include = ["mine", "demin"]   # relevance keywords, looked for in the title or the text
    selector = "a.article"        # listing: CSS selector of article links
    next = "a.next"               # listing: CSS selector of the next-page link (optional)
    max_pages = 3                 # listing: how many pages to follow
    match = "/news/"              # sitemap: only URLs containing this
    appname = "..."               # reliefweb: the approved appname (or $MINEWATCH_RELIEFWEB_APPNAME)
    query = "landmine OR demining"  # reliefweb: search words
    max_items = 50                # newest items taken per source and run
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

from errors import ConfigError

KINDS = ("rss", "listing", "sitemap", "reliefweb")
DEFAULT_CONTACT = "https://github.com/minewatch/minewatch"
SOURCE_KEYS = {"name", "publisher", "kind", "url", "include", "selector", "next", "max_pages", "match", "appname",
               "query", "max_items"}
TOP_KEYS = {"sources", "alert_urls", "contact", "delay", "revisit_days", "allowed_hosts", "timeout"}


def host_key(url: str) -> str:
    """The host of url without a leading www., so that example.az and www.example.az are one site."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


# A publisher's own hosts: its www., language and mobile editions (en.trend.az, www.trend.az).
EDITIONS = ("www", "en", "az", "ru", "m", "mobile")


def site_key(url: str) -> str:
    """The publisher's site a URL belongs to: en.trend.az, www.trend.az and trend.az are one."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    rest = labels[1:]
    return ".".join(rest if labels[0] in EDITIONS and (len(rest) > 1 or rest == ["localhost"]) else labels)


@dataclass(frozen=True)
class Source:
    name: str
    publisher: str
    kind: str
    url: str
    include: tuple[str, ...] = ()
    selector: str = "a[href]"
    next: str | None = None
    max_pages: int = 3
    match: str | None = None
    appname: str | None = None
    query: str = "landmine OR demining OR \"mine action\" OR UXO"
    max_items: int = 50

    def relevant(self, *texts: str | None) -> bool:
        """Whether any include keyword occurs in the texts (all are relevant without keywords)."""
        if not self.include:
            return True
        blob = " ".join(t for t in texts if t).lower()
        return any(word.lower() in blob for word in self.include)

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


@dataclass
class Config:
    path: Path
    sources: list[Source] = field(default_factory=list)
    contact: str = DEFAULT_CONTACT
    delay: float = 1.0
    revisit_days: float = 7.0
    timeout: float = 20.0
    allowed_hosts: tuple[str, ...] = ()
    alert_urls: tuple[str, ...] = ()

    @property
    def agent(self) -> str:
        """An honest User-Agent: who we are and where to reach us."""
        return f"minewatch/{version('minewatch')} (+{self.contact})"

    @property
    def hosts(self) -> set[str]:
        """Hosts a redirect may lead to: every source's host, plus allowed_hosts."""
        return {s.host for s in self.sources} | set(self.allowed_hosts)

    def source_for(self, url: str) -> Source | None:
        """The source whose host serves url, for publications ingested by hand."""
        return next((s for s in self.sources if site_key(s.url) == site_key(url)), None)


def _number(where: str, entry: dict, key: str, default: float, minimum: float = 0) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise ConfigError(f"{where}: {key} must be a number of at least {minimum}, not {value!r}")
    return value


def _words(where: str, entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ConfigError(f"{where}: {key} must be a list of words")
    return tuple(value)


def _source(where: str, entry: dict) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: must be a table")
    missing = [k for k in ("name", "publisher", "kind", "url") if not entry.get(k)]
    if missing:
        raise ConfigError(f"{where}: missing {', '.join(missing)}")
    if entry["kind"] not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, not {entry['kind']!r}")
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if urlsplit(entry["url"]).scheme not in ("http", "https"):
        raise ConfigError(f"{where}: url must be http(s), not {entry['url']!r}")
    appname = entry.get("appname") or None
    if entry["kind"] == "reliefweb":
        appname = appname or os.environ.get("MINEWATCH_RELIEFWEB_APPNAME") or None
    return Source(
        entry["name"], entry["publisher"], entry["kind"], entry["url"], _words(where, entry, "include"),
        entry.get("selector", "a[href]"), entry.get("next") or None,
        int(_number(where, entry, "max_pages", 3, 1)), entry.get("match") or None, appname,
        entry.get("query", Source.query), int(_number(where, entry, "max_items", 50, 1)),
    )


def load_config(path: Path | str) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such sources file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: needs at least one [[sources]] table")
    sources, names = [], set()
    for i, entry in enumerate(entries, 1):
        where = f"{path}: source #{i} ({entry.get('name', 'unnamed') if isinstance(entry, dict) else 'unnamed'})"
        source = _source(where, entry)
        if source.name in names:
            raise ConfigError(f"{where}: the name {source.name!r} is used twice")
        names.add(source.name)
        sources.append(source)
    where = str(path)
    return Config(
        path=path, sources=sources, contact=str(data.get("contact", DEFAULT_CONTACT)),
        delay=_number(where, data, "delay", 1.0), revisit_days=_number(where, data, "revisit_days", 7.0),
        timeout=_number(where, data, "timeout", 20.0, 0.1),
        allowed_hosts=_words(where, data, "allowed_hosts"), alert_urls=_words(where, data, "alert_urls"),
    )
