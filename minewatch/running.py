"""What the command line needs to start a run: the sources file it names (the bundled sample
site served here by default), a checked configuration, and Prefect set up before it loads."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from errors import SetupError

from .settings import (
    LIVE_SOURCES,
    SAMPLE_ORIGIN,
    SAMPLE_SOURCES,
    apply_library_defaults,
    data_dir,
    use_running_prefect_server,
)


def home(cli_value: str | Path | None) -> Path:
    """The data folder (created): --data-dir, else $MINEWATCH_HOME, else ./minewatch-data."""
    path = data_dir(str(cli_value) if cli_value else None)
    path.mkdir(parents=True, exist_ok=True)
    return path


def existing_warehouse(cli_value: str | Path | None) -> Path:
    """The data folder's warehouse file, which a run must have made already."""
    path = data_dir(str(cli_value) if cli_value else None) / "warehouse.duckdb"
    if not path.exists():
        raise SetupError(f"{path}: no warehouse yet (run `minewatch run` first)")
    return path


@contextmanager
def sources_file(config: str | None, live: bool, scratch: Path) -> Iterator[Path]:
    """The sources file a command uses: config, the real publishers (live), or the bundled
    sample site, served on localhost for as long as the command runs. The file is loaded
    once here, so that a bad one fails at once and clearly (ConfigError)."""
    from sources.config import load_config

    from .samplesite import serve_sample_site

    if config and Path(config).resolve() != SAMPLE_SOURCES.resolve():
        load_config(config)
        yield Path(config).resolve()
        return
    if live:
        yield LIVE_SOURCES
        return
    with serve_sample_site() as origin:
        path = SAMPLE_SOURCES
        if origin != SAMPLE_ORIGIN:
            path = scratch / "sample-sources.toml"
            path.write_text(SAMPLE_SOURCES.read_text().replace(SAMPLE_ORIGIN, origin))
        yield path.resolve()


def prepare_prefect() -> None:
    """Before Prefect is imported: minewatch's library defaults, and a server running here
    used (and named) rather than a temporary one started."""
    apply_library_defaults()
    url = use_running_prefect_server()
    if url:
        print(f"minewatch: running on the Prefect server at {url}", file=sys.stderr)


def run_daily(config_path: Path, data: Path):
    """One run of the daily flow; its summary."""
    prepare_prefect()
    from flows.daily import daily
    from pipeline.run import RunSummary

    return RunSummary.from_dict(daily(config_path=str(config_path), data_dir=str(data.resolve())))


def ingest_by_hand(targets: list[str], config: str | None, data: Path):
    """The ingestion flow over publications named by hand; its summary."""
    from sources.config import load_config

    config_path = Path(config).resolve() if config else LIVE_SOURCES
    load_config(config_path)
    prepare_prefect()
    from flows.ingest import ingest_publications
    from pipeline.run import RunSummary

    return RunSummary.from_dict(ingest_publications(publications=list(targets), data_dir=str(data.resolve()),
                                                    config_path=str(config_path)))


def serve(config_path: Path, data: Path, cron: str) -> None:
    """Both deployments served until interrupted, on the Prefect server PREFECT_API_URL names."""
    prepare_prefect()
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise SetupError("serve needs a running Prefect server: start `prefect server start` and set "
                         "PREFECT_API_URL=http://127.0.0.1:4200/api")
    from flows.serve import serve as serve_flows

    serve_flows(str(config_path), str(data.resolve()), cron)


def deploy(config_path: Path, data: Path, pool: str, cron: str) -> list[str]:
    """Both deployments on a work pool of the Prefect server PREFECT_API_URL names."""
    prepare_prefect()
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise SetupError("deploy needs a running Prefect server: start `prefect server start` and set "
                         "PREFECT_API_URL=http://127.0.0.1:4200/api")
    from flows.serve import deploy as deploy_flows

    return deploy_flows(str(config_path), str(data.resolve()), pool, cron)
