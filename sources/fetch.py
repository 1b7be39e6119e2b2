"""HTTP fetching like a good citizen: robots.txt, a per-host delay, retries that honour
Retry-After, a size cap, redirects only to allowed hosts, and a record of every request."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests

from errors import TerminalError, TransientError

from .config import Config, host_key, site_key

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 20.0
MAX_REDIRECTS = 5
ACCEPTED = ("text/html", "application/xhtml", "application/pdf", "text/plain", "application/rss", "application/atom",
            "application/xml", "text/xml", "application/json")


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    content_type: str
    headers: dict


@dataclass(frozen=True)
class FetchRecord:
    """One HTTP request, whatever became of it: what an operator reads to see why a source went quiet."""
    url: str
    status: int | None
    bytes: int
    seconds: float
    outcome: str  # ok | not_modified | redirect | transient | terminal | robots
    error: str | None
    at: datetime


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds to wait: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """One polite HTTP client per run.

    allowed_hosts: the hosts a redirect may lead to (besides the host it starts from);
    None allows any. delay: seconds between two requests to one host, raised to the
    host's robots.txt Crawl-delay. on_request hears of every request, as a FetchRecord
    (a run writes them to its fetch log)."""

    def __init__(self, user_agent: str, *, attempts: int = 3, backoff: float = 0.5, timeout: float = TIMEOUT,
                 delay: float = 0.0, max_retry_after: float = 60.0, allowed_hosts: set[str] | None = None,
                 max_bytes: int = MAX_BYTES, on_request: Callable[[FetchRecord], None] | None = None):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.user_agent = user_agent
        self.attempts, self.backoff, self.timeout = attempts, backoff, timeout
        self.delay, self.max_retry_after, self.max_bytes = delay, max_retry_after, max_bytes
        self.allowed_hosts = {site_key("//" + h) for h in allowed_hosts} if allowed_hosts is not None else None
        self.on_request = on_request
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The body of url; retries TransientError, raises TerminalError at once. Given the
        validators of an earlier answer, an unchanged page comes back as a bodiless 304."""
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        for attempt in range(1, self.attempts + 1):
            try:
                return self._follow(url, headers)
            except TransientError as exc:
                wait = self.backoff * 2 ** (attempt - 1)
                if exc.retry_after is not None:
                    if exc.retry_after > self.max_retry_after:
                        raise TransientError(f"{exc} (asks to retry after {exc.retry_after:.0f} s, more than "
                                             f"the {self.max_retry_after:.0f} s minewatch waits)") from None
                    wait = max(wait, exc.retry_after)
                if attempt == self.attempts:
                    raise
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _follow(self, url: str, headers: dict) -> Response:
        start_site = site_key(url)  # a publisher's own hosts (www., en., ru., ...) are one site
        for _ in range(MAX_REDIRECTS + 1):
            self._check_robots(url)
            response, location = self._get_once(url, headers)
            if location is None:
                return response
            target = urljoin(url, location)
            host = site_key(target)
            if host != start_site and self.allowed_hosts is not None and host not in self.allowed_hosts:
                raise TerminalError(f"{url}: redirects to {target}, a host not in the sources file "
                                    f"(add it to allowed_hosts if it is trusted)")
            url = target
        raise TerminalError(f"{url}: more than {MAX_REDIRECTS} redirects")

    # robots.txt ----------------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        rules = self._robots[root]
        if rules is not None and not rules.can_fetch(self.user_agent, url):
            self._record(url, None, 0, 0.0, "robots", "disallowed by robots.txt")
            raise TerminalError(f"{url}: disallowed by {root}/robots.txt")

    def _read_robots(self, root: str) -> RobotFileParser | None:
        """The site's rules, None when it has none (RFC 9309: a 4xx allows everything).
        An unreachable robots.txt means: not now (transient), as the RFC asks."""
        url = root + "/robots.txt"
        self._wait_for_host(url)
        began = time.monotonic()
        try:
            r = self.session.get(url, timeout=self.timeout)
        except requests.RequestException as exc:
            self._record(url, None, 0, time.monotonic() - began, "transient", f"{exc.__class__.__name__}: {exc}")
            raise TransientError(f"{root}: site unreachable ({exc.__class__.__name__} on robots.txt)") from exc
        finally:
            self._last_request[host_key(url)] = time.monotonic()
        self._record(url, r.status_code, len(r.content), time.monotonic() - began,
                     "transient" if r.status_code >= 500 else "ok",
                     None if r.ok else f"HTTP {r.status_code}: " + ("site not crawled now" if r.status_code >= 500
                                                                     else "no rules, everything allowed"))
        if r.status_code >= 500:
            raise TransientError(f"{url}: HTTP {r.status_code}, so the site is not crawled now")
        if not r.ok:
            return None
        rules = RobotFileParser(url)
        rules.parse(r.text.splitlines())
        return rules

    def _crawl_delay(self, url: str) -> float:
        parts = urlsplit(url)
        rules = self._robots.get(f"{parts.scheme}://{parts.netloc}")
        asked = rules.crawl_delay(self.user_agent) if rules is not None else None
        return max(self.delay, float(asked or 0))

    def _wait_for_host(self, url: str) -> None:
        last = self._last_request.get(host_key(url))
        if last is not None:
            pause = last + self._crawl_delay(url) - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    # one request ---------------------------------------------------------------
    def _record(self, url, status, size, seconds, outcome, error) -> None:
        if self.on_request is not None:
            self.on_request(FetchRecord(url, status, size, round(seconds, 3), outcome, error,
                                        datetime.now(timezone.utc).replace(tzinfo=None)))

    def _get_once(self, url: str, headers: dict) -> tuple[Response | None, str | None]:
        """(response, None), or (None, location) for a redirect; records the request either way."""
        self._wait_for_host(url)
        began = time.monotonic()
        status, size = None, 0
        try:
            with self.session.get(url, timeout=self.timeout, stream=True, headers=headers,
                                  allow_redirects=False) as r:
                status = r.status_code
                if r.is_redirect and r.headers.get("Location"):
                    self._record(url, status, 0, time.monotonic() - began, "redirect", r.headers["Location"])
                    return None, r.headers["Location"]
                if status == 304:
                    self._record(url, status, 0, time.monotonic() - began, "not_modified", None)
                    return Response(url, 304, b"", "", dict(r.headers)), None
                if status == 429 or status >= 500:
                    raise TransientError(f"{url}: HTTP {status}",
                                         retry_after=retry_after_seconds(r.headers.get("Retry-After")))
                if status >= 400:
                    raise TerminalError(f"{url}: HTTP {status}")
                # The whole header is kept: its charset tells how to read a page that does not say.
                ctype = r.headers.get("Content-Type", "").strip().lower()
                if ctype and not ctype.startswith(ACCEPTED):
                    raise TerminalError(f"{url}: refused content type {ctype.split(';')[0]!r} "
                                        "(only HTML, PDF, text and feeds)")
                declared = r.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise TerminalError(f"{url}: {int(declared):,} bytes, over the {self.max_bytes:,}-byte cap")
                body = bytearray()
                for chunk in r.iter_content(64 * 1024):
                    body += chunk
                    size = len(body)
                    if size > self.max_bytes:
                        raise TerminalError(f"{url}: larger than the {self.max_bytes:,}-byte cap")
                self._record(url, status, size, time.monotonic() - began, "ok", None)
                return Response(url, status, bytes(body), ctype, dict(r.headers)), None
        except (TransientError, TerminalError) as exc:
            self._record(url, status, size, time.monotonic() - began,
                         "transient" if isinstance(exc, TransientError) else "terminal", str(exc))
            raise
        except (requests.Timeout, requests.ConnectionError) as exc:
            error = f"{url}: {exc.__class__.__name__}: {exc}"
            self._record(url, status, size, time.monotonic() - began, "transient", error)
            raise TransientError(error) from exc
        except requests.RequestException as exc:
            error = f"{url}: {exc.__class__.__name__}: {exc}"
            self._record(url, status, size, time.monotonic() - began, "terminal", error)
            raise TerminalError(error) from exc
        finally:
            self._last_request[host_key(url)] = time.monotonic()


def make_fetcher(config: Config, on_request: Callable[[FetchRecord], None] | None = None) -> Fetcher:
    """The polite HTTP client a sources file asks for; on_request hears of every request."""
    return Fetcher(config.agent, timeout=config.timeout, delay=config.delay, allowed_hosts=config.hosts,
                   on_request=on_request)
