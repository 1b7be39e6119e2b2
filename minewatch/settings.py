"""Where things live, and the environment defaults minewatch sets for its libraries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SAMPLE_SITE = SAMPLES / "site"
SAMPLE_SOURCES = SAMPLES / "sources.toml"
LIVE_SOURCES = REPO / "sources" / "publishers.toml"  # the real publishers, for --live
SAMPLE_ORIGIN = "http://127.0.0.1:8000"  # the origin written in the sample site and its sources file

# Prefect's ephemeral server can take over 20 s to start on a fresh database, and this
# machine has no network for analytics. A user's own setting always wins.
LIBRARY_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # Our modules' and Apprise's warnings land in the flow run's log, beside Prefect's own.
    "PREFECT_LOGGING_EXTRA_LOGGERS": "minewatch,apprise",
    "GX_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}


def apply_library_defaults() -> None:
    for key, value in LIBRARY_DEFAULTS.items():
        os.environ.setdefault(key, value)


def running_prefect_server(url: str | None = None, timeout: float = 0.5) -> str | None:
    """The API URL of a Prefect server answering here (by default `prefect server start`'s
    http://127.0.0.1:4200/api), or None."""
    import urllib.request

    url = url or f"http://127.0.0.1:{os.environ.get('PREFECT_SERVER_API_PORT', '4200')}/api"
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=timeout) as answer:
            return url if answer.status == 200 and answer.read().strip() == b"true" else None
    except (OSError, ValueError):
        return None


@contextmanager
def own_prefect_server(home: Path) -> Iterator[tuple[str, dict]]:
    """A `prefect server start` of its own (PREFECT_HOME home) on a free port, for as long as
    the block runs: (its API URL, the environment that reaches it). For benchmarks and tests."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, **LIBRARY_DEFAULTS, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while running_prefect_server(url) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the Prefect server did not start")
            time.sleep(1)
        yield url, {**env, "PREFECT_API_URL": url}
    finally:
        server.terminate()
        server.wait(30)


def use_running_prefect_server() -> str | None:
    """Run flows on a Prefect server already running on this machine rather than start a
    temporary one for the run (10-20 s). PREFECT_API_URL, when set, wins. Returns the URL used."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    url = running_prefect_server()
    if url:
        os.environ["PREFECT_API_URL"] = url
    return url


def data_dir(cli_value: str | None) -> Path:
    """--data-dir, else $MINEWATCH_HOME, else ./minewatch-data."""
    return Path(cli_value or os.environ.get("MINEWATCH_HOME") or "minewatch-data")
