"""HTTP fetching with requests: timeouts, a size cap, retries on transient failures."""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from .errors import TerminalError, TransientError

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 20.0
ACCEPTED = ("text/html", "application/xhtml", "application/pdf", "text/plain", "application/rss", "application/atom",
            "application/xml", "text/xml")


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    content_type: str
    headers: dict


class Fetcher:
    def __init__(self, user_agent: str, attempts: int = 3, backoff: float = 0.5, timeout: float = TIMEOUT):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.attempts, self.backoff, self.timeout = attempts, backoff, timeout

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The body of url; retries TransientError, raises TerminalError at once. Given the
        validators of an earlier answer, an unchanged page comes back as a bodiless 304."""
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        for attempt in range(1, self.attempts + 1):
            try:
                return self._get_once(url, headers)
            except TransientError:
                if attempt == self.attempts:
                    raise
                time.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _get_once(self, url: str, headers: dict) -> Response:
        try:
            with self.session.get(url, timeout=self.timeout, stream=True, headers=headers) as r:
                if r.status_code == 304:
                    return Response(r.url, 304, b"", "", dict(r.headers))
                if r.status_code == 429 or r.status_code >= 500:
                    raise TransientError(f"{url}: HTTP {r.status_code}")
                if r.status_code >= 400:
                    raise TerminalError(f"{url}: HTTP {r.status_code}")
                ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if ctype and not ctype.startswith(ACCEPTED):
                    raise TerminalError(f"{url}: refused content type {ctype!r} (only HTML, PDF, text and feeds)")
                body = bytearray()
                for chunk in r.iter_content(64 * 1024):
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise TerminalError(f"{url}: larger than the {MAX_BYTES:,}-byte cap")
                return Response(r.url, r.status_code, bytes(body), ctype, dict(r.headers))
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise TransientError(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        except requests.RequestException as exc:
            raise TerminalError(f"{url}: {exc.__class__.__name__}: {exc}") from exc
