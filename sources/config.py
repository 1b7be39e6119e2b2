"""The sources file (TOML): which publishers to watch and how.

    [[sources]]
    name = "anama-news"
    publisher = "anama"
    kind = "rss"          # rss | listing
    url = "http://127.0.0.1:8000/feed.xml"
    include = ["mine", "demin"]   # optional relevance keywords
    selector = "a.article"        # listing only: CSS selector of article links
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("rss", "listing")


class ConfigError(ValueError):
    """The sources file is not usable: the message names the file and the reason."""


@dataclass(frozen=True)
class Source:
    name: str
    publisher: str
    kind: str
    url: str
    include: tuple[str, ...] = ()
    selector: str = "a[href]"

    def relevant(self, *texts: str | None) -> bool:
        if not self.include:
            return True
        blob = " ".join(t for t in texts if t).lower()
        return any(word.lower() in blob for word in self.include)


@dataclass
class Config:
    path: Path
    sources: list[Source] = field(default_factory=list)
    user_agent: str = "minewatch/0.1 (+https://github.com/minewatch/minewatch)"


def load_config(path: Path | str) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such sources file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: needs at least one [[sources]] table")
    sources, names = [], set()
    for i, entry in enumerate(entries, 1):
        where = f"{path}: source #{i} ({entry.get('name', 'unnamed')})"
        missing = [k for k in ("name", "publisher", "kind", "url") if not entry.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}")
        if entry["kind"] not in KINDS:
            raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, not {entry['kind']!r}")
        if entry["name"] in names:
            raise ConfigError(f"{where}: the name {entry['name']!r} is used twice")
        names.add(entry["name"])
        include = entry.get("include", [])
        if not isinstance(include, list) or not all(isinstance(w, str) for w in include):
            raise ConfigError(f"{where}: include must be a list of words")
        sources.append(Source(entry["name"], entry["publisher"], entry["kind"], entry["url"],
                              tuple(include), entry.get("selector", "a[href]")))
    config = Config(path=path, sources=sources)
    if "user_agent" in data:
        config.user_agent = str(data["user_agent"])
    return config
