"""Serve samples/site/ on a local port for the length of a run.

The site's pages and its sources file name the origin http://127.0.0.1:8000; when that
port is taken the server runs on a free one and rewrites the origin in what it serves.
"""

from __future__ import annotations

import email.utils
import functools
import io
import socket
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .settings import SAMPLE_ORIGIN, SAMPLE_SITE

TEXT_TYPES = (".html", ".xml", ".txt")


class _Handler(SimpleHTTPRequestHandler):
    origin = SAMPLE_ORIGIN

    def log_message(self, *args) -> None:  # quiet: the run prints its own summary
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.suffix not in TEXT_TYPES or self.origin == SAMPLE_ORIGIN or not path.is_file():
            return super().send_head()
        modified = email.utils.formatdate(int(path.stat().st_mtime), usegmt=True)
        if self.headers.get("If-Modified-Since") == modified:
            self.send_response(304)  # conditional GET, as the stock handler does for unrewritten files
            self.end_headers()
            return None
        body = path.read_bytes().replace(SAMPLE_ORIGIN.encode(), self.origin.encode())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Last-Modified", modified)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: a port in TIME_WAIT is free
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


@contextmanager
def serve_sample_site(root: Path = SAMPLE_SITE, port: int = 8000):
    """Yield the origin (http://127.0.0.1:PORT) the site is served at; port 0 picks a free one."""
    port = port if port and _port_free(port) else 0
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(root)))
    handler.origin = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler.origin
    finally:
        server.shutdown()
        server.server_close()
