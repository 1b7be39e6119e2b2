"""The command line: options in, one library function called, its result printed.

Every failure minewatch can explain is a MinewatchError, turned into one message and its
exit code in main(). Heavy libraries (Prefect, GX, pdfplumber, DuckDB) are imported inside
the commands that need them, so that `minewatch --help` answers at once.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from errors import MinewatchError

from . import running


def data_dir_option(f):
    return click.option("--data-dir", type=click.Path(file_okay=False),
                        help="where warehouse.duckdb, the raw archive and reports live "
                             "(default: $MINEWATCH_HOME or ./minewatch-data)")(f)


def format_option(*choices: str, what: str = "output"):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
                        help=f"{what} format")


def sources_options(f):
    f = click.option("--live", is_flag=True, help="the real publishers (sources/publishers.toml); needs network")(f)
    return click.option("--config", type=click.Path(dir_okay=False),
                        help="a sources file (TOML) instead of the bundled sample site")(f)


def echo_notes(*notes: str | None) -> None:
    for note in notes:
        if note:
            click.echo(f"minewatch: {note}", err=True)


def reading(data_dir):
    """The warehouse for a reading command: read-only, or the snapshot while a run writes."""
    from warehouse import open_for_reading

    wh, note = open_for_reading(running.existing_warehouse(data_dir))
    echo_notes(note)
    return wh


def exclusive(config, live) -> None:
    if config and live:
        raise click.UsageError("--config and --live name two sources files: give one")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "terminal_width": 100, "max_content_width": 100})
def cli():
    """Watch mine-action publishers, extract every figure with its quote, flag implausible ones."""


@cli.command()
@data_dir_option
@sources_options
@format_option("text", "json", what="summary")
def run(data_dir, config, live, fmt):
    """Run the daily flow once, discovery and ingestion inline, and print what it did
    (offline, on the bundled sample site, unless --config or --live).

    \b
    Example:
      minewatch run --data-dir /tmp/mw
    """
    exclusive(config, live)
    home = running.home(data_dir)
    with running.sources_file(config, live, home) as config_path:
        summary = running.run_daily(config_path, home)
    click.echo(summary.json() if fmt == "json" else summary.text("run", home / "warehouse.duckdb"))


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="URL_OR_PATH...")
@data_dir_option
@click.option("--config", type=click.Path(dir_okay=False),
              help="sources file for politeness settings and source names (default: the real publishers)")
@format_option("text", "json", what="summary")
def ingest(targets, data_dir, config, fmt):
    """Ingest publications named by hand (http(s) URLs, or local HTML, PDF or text files),
    then validate and alert. Exits 1 when one of them failed.

    \b
    Example:
      minewatch ingest https://report.az/en/... report.pdf
    """
    home = running.home(data_dir)
    summary = running.ingest_by_hand(targets, config, home)
    click.echo(summary.json() if fmt == "json" else summary.text("ingest", home / "warehouse.duckdb"))
    return 1 if summary.publication_errors else 0


@cli.command()
@data_dir_option
@sources_options
@click.option("--cron", default="0 6 * * *", show_default=True, help="when the monitor runs (daily at 06:00)")
def serve(data_dir, config, live, cron):
    """Serve the daily monitor (cron) and the event-triggered ingestion on a running Prefect
    server (PREFECT_API_URL), one run at a time.

    \b
    Example:
      PREFECT_API_URL=http://127.0.0.1:4200/api minewatch serve --live
    """
    exclusive(config, live)
    home = running.home(data_dir)
    with running.sources_file(config, live, home) as config_path:
        running.serve(config_path, home, cron)


@cli.command()
@click.option("--pool", required=True, help="the work pool (type process, concurrency limit 1) to deploy to")
@data_dir_option
@sources_options
@click.option("--cron", default="0 6 * * *", show_default=True, help="when the monitor runs (daily at 06:00)")
def deploy(pool, data_dir, config, live, cron):
    """Deploy the daily monitor and the event-triggered ingestion to a work pool of a running
    Prefect server (PREFECT_API_URL); `prefect worker start --pool POOL` runs them, on this
    machine or another that shares the data folder. A deployment outlives this command: it
    needs --config (a sources file the workers can read) or --live.

    \b
    Example:
      minewatch deploy --pool minewatch --live --data-dir /srv/minewatch
    """
    exclusive(config, live)
    if not (config or live):
        raise click.UsageError("a deployment outlives this command: give --config FILE or --live")
    home = running.home(data_dir)
    with running.sources_file(config, live, home) as config_path:
        for name in running.deploy(config_path, home, pool, cron):
            click.echo(f"deployed {name} to work pool {pool}")


@cli.group(invoke_without_command=True)
@data_dir_option
@click.option("--status", type=click.Choice(["open", "new", "notified", "acknowledged", "resolved", "all"]),
              default="open", show_default=True, help="which anomalies to list (open: new or notified)")
@format_option("text", "json", what="list")
@click.pass_context
def alerts(ctx, data_dir, status, fmt):
    """List anomalies, each with its level (alert: sent; review: listed only) and why, and
    its evidence; or acknowledge one (alerts ack ID).

    \b
    Examples:
      minewatch alerts --format json
      minewatch alerts ack f41cecf60bd6
    """
    from alerts.listing import listing

    ctx.obj = data_dir
    if ctx.invoked_subcommand is None:
        with reading(data_dir) as wh:
            click.echo(listing(wh, status, fmt))


@alerts.command()
@click.argument("anomaly_id", metavar="ID")
@data_dir_option
@click.pass_context
def ack(ctx, anomaly_id, data_dir):
    """Acknowledge an anomaly (its id or a unique prefix): it stays on record, is no longer
    listed as open and is never sent again.

    \b
    Example:
      minewatch alerts ack f41cecf6
    """
    from alerts.listing import acknowledge
    from warehouse import Warehouse

    with Warehouse(running.existing_warehouse(data_dir or ctx.obj)) as wh:
        click.echo(f"acknowledged {acknowledge(wh, anomaly_id)}")


@cli.group()
def sources():
    """What minewatch can say about its sources."""


@sources.command()
@sources_options
@format_option("text", "json")
def check(config, live, fmt):
    """Probe every source once (robots, index, items, the newest relevant article) and say,
    one line each, whether it works and why not; exits 1 when one fails.

    \b
    Examples:
      minewatch sources check --live
      minewatch sources check --config samples/sources.toml --format json
    """
    from sources.check import check_config

    exclusive(config, live)
    with tempfile.TemporaryDirectory() as scratch, running.sources_file(config, live, Path(scratch)) as path:
        text, ok = check_config(path, fmt)
    click.echo(text)
    return 0 if ok else 1


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option("jsonl")
def extract(paths, fmt):
    """Print the figures of local files (HTML, PDF, text) as JSON lines; the warehouse is
    not touched. Exits 1 when a file cannot be read (named on stderr).

    \b
    Example:
      minewatch extract report.pdf page.html
    """
    import json

    from pipeline.files import extract_files

    errors: list[str] = []
    for row in extract_files(list(paths), errors):
        click.echo(json.dumps(row, ensure_ascii=False))
    echo_notes(*errors)
    return 1 if errors else 0


@cli.command()
@click.argument("corpus", type=click.Path(), metavar="CORPUS_DIR")
@click.option("--lang", type=click.Choice(["en", "az", "ru"]), help="score only documents in this language")
@click.option("--split", type=click.Choice(["work", "holdout"]),
              help="score only the working two thirds, or the held-out third (fixed by a hash of each id)")
@format_option("text", "json", what="report")
@click.option("--show", type=int, default=30, show_default=True, metavar="N",
              help="misses, wrong dates and false figures to list")
@click.option("--check", is_flag=True, help="exit 1 when a score is below its pinned floor or the held-out gap above its ceiling")
@click.option("--floors", type=click.Path(dir_okay=False), help="floors file (default: evaluation/floors.toml)")
def eval(corpus, lang, split, fmt, show, check, floors):  # noqa: A001 - the command's name
    """Score the extractor against labelled documents (precision, recall, F1, date, qualifier
    and part accuracy), overall, per language and for the held-out third.

    \b
    Example:
      minewatch eval ../shared/corpus/dev --lang en --check
    """
    from evaluation.run import FLOORS, score_corpus

    text, failures = score_corpus(Path(corpus), lang, split, fmt, show, Path(floors or FLOORS) if check else None)
    click.echo(text)
    echo_notes(*(f"eval: {f}" for f in failures))
    return 1 if failures else 0


@cli.command()
@click.argument("query", required=False)
@format_option("table", "csv", "json", what="result")
@click.option("--write", is_flag=True, help="open the warehouse for writing (default: read-only)")
@data_dir_option
def sql(query, fmt, write, data_dir):
    """Run one SQL statement on the warehouse and print the result, or, with no QUERY, open
    an interactive SQL shell on it (.tables lists the tables and views). Read-only unless
    --write; while a run writes, the snapshot the last run left is read. The views are
    documented in docs/warehouse.md.

    \b
    Examples:
      minewatch sql "SELECT series, as_of, value FROM latest WHERE metric = 'area_cleared'"
      minewatch sql "SELECT * FROM weekly_clearance" --format csv > weeks.csv
    """
    from warehouse.sql import query as run_query
    from warehouse.sql import session

    path = running.home(data_dir) / "warehouse.duckdb" if write else running.existing_warehouse(data_dir)
    if query is None:
        return session(path, write)
    result, note = run_query(path, query, fmt, write)
    echo_notes(note)
    click.echo(result)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "hxl"]), required=True,
              help="parquet: figures.parquet; csv: figures.csv; hxl: figures.hxl.csv (a row of HXL hashtags)")
@click.option("--out", type=click.Path(file_okay=False), required=True, metavar="DIR",
              help="folder to write into (created if missing)")
@data_dir_option
def export(fmt, out, data_dir):
    """Export every figure with its provenance (publication, URL, quote, raw-archive key) as
    Parquet, CSV, or HXL (CSV with a row of HXL hashtags, read directly by HDX).

    \b
    Example:
      minewatch export --format hxl --out exports/
    """
    from warehouse.export import count_figures, export_figures

    from .progress import progress

    with reading(data_dir) as wh, progress(f"export {fmt}", count_figures(wh)) as advance:
        click.echo(f"wrote {export_figures(wh, fmt, Path(out), advance)}")


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False), metavar="FILE",
              help="where to write it (default: DATA_DIR/report.html)")
@data_dir_option
def report(out, data_dir):
    """Write the HTML report (charts, districts, open anomalies; every point linked to its
    source) to DATA_DIR/report.html, or --out. It opens offline: no script, no CDN.

    \b
    Example:
      minewatch report && xdg-open minewatch-data/report.html
    """
    from report import write_report

    with reading(data_dir) as wh:
        click.echo(f"wrote {write_report(wh, Path(out) if out else wh.path.parent / 'report.html')}")


@cli.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="only publications published on or after DATE (YYYY-MM-DD)")
@click.option("--wait", type=float, default=300, show_default=True, metavar="SECONDS",
              help="how long to wait for a running run to let go of the warehouse")
@data_dir_option
def reparse(since, wait, data_dir):
    """Extract every archived publication again with the current extractor, in place (one
    transaction per publication), print what changed per metric, then end as a run ends:
    checks, snapshot, report. New anomalies are recorded; the next run sends their alerts.

    \b
    Example:
      minewatch reparse --since 2024-01-01
    """
    from pipeline.reparse import reparse_warehouse

    from .progress import progress

    done, summary = reparse_warehouse(running.existing_warehouse(data_dir), since and since.date(), wait, progress)
    click.echo(done.text(summary))
    return 1 if done.failed else 0


def main(argv: list[str] | None = None) -> int:
    """The exit code of one command: 0, 1 (something it names failed), 2 (it could not
    start: a bad sources file, no warehouse, another run holding the file), 130 (interrupted)."""
    try:
        return cli.main(args=argv, prog_name="minewatch", standalone_mode=False) or 0
    except MinewatchError as exc:
        click.echo(f"minewatch: {exc}", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        return 130
    except BrokenPipeError:  # `minewatch alerts | head`: the reader has had enough
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
