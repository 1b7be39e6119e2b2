"""The command line: parse options, call one function, turn errors into a clean message.

Heavy libraries (Prefect, GX, pdfplumber) are imported inside the commands that need them,
so `minewatch --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from contextlib import contextmanager

from .settings import (LIVE_SOURCES, SAMPLE_ORIGIN, SAMPLE_SOURCES, apply_library_defaults, data_dir,
                       use_running_prefect_server)


@contextmanager
def _sources_file(args, home: Path):
    """The sources file a command uses: --config, --live (the real publishers), or the
    bundled sample site, served on localhost for as long as the command runs."""
    from .samplesite import serve_sample_site

    if args.config and Path(args.config).resolve() != SAMPLE_SOURCES.resolve():
        yield Path(args.config)
        return
    if getattr(args, "live", False):
        yield LIVE_SOURCES
        return
    with serve_sample_site() as origin:
        path = SAMPLE_SOURCES
        if origin != SAMPLE_ORIGIN:
            path = home / "sample-sources.toml"
            path.write_text(SAMPLE_SOURCES.read_text().replace(SAMPLE_ORIGIN, origin))
        yield path


def _prefect_server() -> None:
    """Before Prefect is imported: use a server running here, saying so."""
    url = use_running_prefect_server()
    if url:
        print(f"minewatch: running on the Prefect server at {url}", file=sys.stderr)


def _config_ok(path: Path) -> bool:
    """Load the sources file before Prefect starts, so a bad one fails at once and clearly."""
    from sources.config import ConfigError, load_config

    try:
        load_config(path)
    except ConfigError as exc:
        print(f"minewatch: {exc}", file=sys.stderr)
        return False
    return True


def _home(args) -> Path:
    home = data_dir(args.data_dir)
    home.mkdir(parents=True, exist_ok=True)
    return home


def _print_summary(summary: dict, args, home: Path, what: str) -> None:
    if args.format == "json":
        print(json.dumps(summary, indent=1, default=str))
    else:
        print(_summary_text(summary, home, what))


def cmd_run(args) -> int:
    """Run the daily flow once, discovery and ingestion inline, and print what it did."""
    apply_library_defaults()
    _prefect_server()
    home = _home(args)
    with _sources_file(args, home) as config_path:
        if not _config_ok(config_path):
            return 2
        from flows.daily import daily

        summary = daily(config_path=str(config_path.resolve()), data_dir=str(home.resolve()))
    _print_summary(summary, args, home, "run")
    return 0


def cmd_ingest(args) -> int:
    """Ingest the given publications (URLs or local files) by hand, then validate and alert."""
    apply_library_defaults()
    _prefect_server()
    home = _home(args)
    config_path = Path(args.config) if args.config else LIVE_SOURCES
    if not _config_ok(config_path):
        return 2
    from flows.ingest import ingest_publications

    summary = ingest_publications(publications=args.targets, data_dir=str(home.resolve()),
                                  config_path=str(config_path.resolve()))
    _print_summary(summary, args, home, "ingest")
    return 1 if summary["publication_errors"] else 0


def cmd_serve(args) -> int:
    """Serve the daily monitor (cron) and the event-triggered ingestion on a Prefect server."""
    apply_library_defaults()
    _prefect_server()
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print("minewatch: serve needs a running Prefect server: start `prefect server start` and set "
              "PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    home = _home(args)
    with _sources_file(args, home) as config_path:
        if not _config_ok(config_path):
            return 2
        from flows.serve import serve

        serve(str(config_path.resolve()), str(home.resolve()), args.cron)
    return 0


def _summary_text(s: dict, home: Path, what: str) -> str:
    lines = [
        f"minewatch {what} {s['run_id']} completed",
        f"publications: {s['publications_new']} new, {s['publications_changed']} changed, "
        f"{s['publications_unchanged']} unchanged, {s['publications_off_topic']} off-topic, "
        f"{s['publications_failed']} failed" + (f"; {s['reprints']} reprints linked" if s["reprints"] else ""),
        f"figures loaded: {s['figures_loaded']}",
        f"anomalies new: {s['anomalies_new']}",
    ]
    # Review-level anomalies are listed, not sent: say which they are.
    lines += [f"  {a['id']} {a['rule']}{' (review)' if a.get('level') == 'review' else ''}: {a['message']}"
              for a in s["new_anomalies"]]
    if s["alerts_sent"] or s["alerts_unsent"]:
        lines.append(f"alerts: {s['alerts_sent']} sent, {s['alerts_unsent']} to retry next run")
    else:
        lines.append("alerts: none sent (set MINEWATCH_ALERT_URLS to send them)" if s["anomalies_new"] else "alerts: none to send")
    for err in s["source_errors"] + s["publication_errors"]:
        lines.append(f"failed: {err}")
    lines.append(f"warehouse: {home / 'warehouse.duckdb'}")
    if s.get("report"):
        lines.append(f"report: {s['report']}")
    return "\n".join(lines)


def cmd_alerts(args) -> int:
    """List anomalies (open ones by default), or acknowledge one: minewatch alerts ack ID."""
    from warehouse import Warehouse

    path = _existing_warehouse(args)
    if path is None:
        return 2
    if args.action == "ack":
        with Warehouse(path) as wh:
            full = wh.acknowledge(args.id)
        if full is None:
            print(f"minewatch: no single anomaly has an id starting with {args.id!r}", file=sys.stderr)
            return 1
        print(f"acknowledged {full}")
        return 0
    statuses = None if args.status == "all" else ("new", "notified") if args.status == "open" else (args.status,)
    with Warehouse(path, read_only=True) as wh:
        rows = wh.anomalies(statuses)
    if args.format == "json":
        keys = ("id", "rule", "severity", "level", "level_reason", "metric", "message", "status", "first_seen",
                "last_seen", "notified_at", "acknowledged_at", "resolved_at", "evidence")
        print(json.dumps([{k: r[k] for k in keys} for r in rows], indent=1, default=str, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r['id']}  {r['status']:<12} {r['level']:<6} {r['severity']:<7} {r['rule']}: {r['message']}")
        if r["level_reason"]:
            print(f"    {r['level']}: {r['level_reason']}")
        for e in r["evidence"]:
            quote = f' "{e["quote"]}"' if e.get("quote") else ""
            print(f"    {e.get('published') or 'undated'}{quote} {e.get('url')}")
    if not rows:
        print(f"no {'' if args.status == 'all' else args.status + ' '}anomalies")
    return 0


def cmd_sources_check(args) -> int:
    """Probe every source once (robots, index, items, the newest relevant article) and say,
    one line each, whether it works and why not; exit 1 when one fails."""
    from flows.steps import make_fetcher
    from sources.check import check_all
    from sources.config import load_config

    with tempfile.TemporaryDirectory() as scratch, _sources_file(args, Path(scratch)) as config_path:
        if not _config_ok(config_path):
            return 2
        config = load_config(config_path)
        found = check_all(config.sources, make_fetcher(config))
    if args.format == "json":
        print(json.dumps([d.as_dict() for d in found], indent=1, ensure_ascii=False))
    else:
        print("\n".join(d.line() for d in found))
    return 0 if all(d.ok for d in found) else 1


def cmd_extract(args) -> int:
    """Print the figures of local files (HTML, PDF, text) as JSON lines; the warehouse is not touched."""
    from .extracting import extract_files

    errors: list[str] = []
    for row in extract_files(args.paths, errors):
        print(json.dumps(row, ensure_ascii=False))
    for err in errors:
        print(f"minewatch: {err}", file=sys.stderr)
    return 1 if errors else 0


def cmd_eval(args) -> int:
    """Score the extractor against labelled documents (precision, recall, F1, date and qualifier accuracy)."""
    from evaluation.run import FLOORS, check_floors, evaluate, format_report

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"minewatch: {corpus}: no such corpus folder", file=sys.stderr)
        return 2
    report = evaluate(corpus, args.lang, args.split)
    scores = report.as_dict()
    print(json.dumps(scores, indent=1) if args.format == "json" else format_report(report, args.show))
    if args.check:
        failures = check_floors(scores, Path(args.floors) if args.floors else FLOORS)
        for failure in failures:
            print(f"minewatch eval: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def _existing_warehouse(args) -> Path | None:
    """The data dir's warehouse file, or None after saying there is none yet."""
    path = data_dir(args.data_dir) / "warehouse.duckdb"
    if path.exists():
        return path
    print(f"minewatch: {path}: no warehouse yet (run `minewatch run` first)", file=sys.stderr)
    return None


def _reading(args):
    """The warehouse for a reading command, read-only (the snapshot while a run writes), or
    None after saying why there is none."""
    from warehouse import WarehouseBusy, open_for_reading

    path = _existing_warehouse(args)
    if path is None:
        return None
    try:
        wh, note = open_for_reading(path)
    except WarehouseBusy as exc:
        print(f"minewatch: {exc}; no snapshot yet: try again when the run ends", file=sys.stderr)
        return None
    if note:
        print(f"minewatch: {note}", file=sys.stderr)
    return wh


def cmd_sql(args) -> int:
    """Run one SQL query on the warehouse and print the result, or, with no query, open an
    interactive SQL shell on it. Read-only unless --write; while a run writes the warehouse,
    the snapshot the last run left is read instead."""
    from warehouse import Warehouse
    from warehouse.sql import run_query, shell

    if args.query is None:
        path = data_dir(args.data_dir) / "warehouse.duckdb"
        if args.write:
            Warehouse(path).close()  # create and migrate it, so the shell has the views
            return shell(path, read_only=False)
        wh = _reading(args)
        if wh is None:
            return 2
        path = wh.path
        wh.close()
        return shell(path)
    if args.write:
        wh = Warehouse(data_dir(args.data_dir) / "warehouse.duckdb")
    else:
        wh = _reading(args)
        if wh is None:
            return 2
    import duckdb

    with wh:
        try:
            result = run_query(wh, args.query, args.format)
        except duckdb.Error as exc:  # duckdb's own message says what is wrong with the query
            print(f"minewatch sql: {exc}", file=sys.stderr)
            return 1
    print(result)
    return 0


def cmd_export(args) -> int:
    """Export every figure with its provenance (publication, URL, quote, raw-archive key) as
    Parquet, CSV, or HXL (CSV with a row of HXL hashtags, read directly by HDX)."""
    from warehouse.export import count_figures, export_figures

    from .progress import progress

    wh = _reading(args)
    if wh is None:
        return 2
    with wh, progress(f"export {args.format}", count_figures(wh)) as advance:
        target = export_figures(wh, args.format, Path(args.out), advance)
    print(f"wrote {target}")
    return 0


def cmd_report(args) -> int:
    """Write the HTML report (charts, districts, open anomalies; every point linked to its
    source) to DATA_DIR/report.html, or --out. It opens offline: no script, no CDN."""
    from report import write_report

    wh = _reading(args)
    if wh is None:
        return 2
    out = Path(args.out) if args.out else data_dir(args.data_dir) / "report.html"
    with wh:
        write_report(wh, out)
    print(f"wrote {out}")
    return 0


def cmd_reparse(args) -> int:
    """Extract every archived publication again with the current extractor, in place (one
    transaction per publication), print what changed per metric, then run the checks. New
    anomalies are recorded; the next run sends their alerts."""
    from datetime import date, datetime, timezone

    from flows.steps import reparse
    from sources.archive import RawArchive
    from warehouse import Warehouse, WarehouseBusy

    from .progress import progress

    path = _existing_warehouse(args)
    if path is None:
        return 2
    home = path.parent
    since = date.fromisoformat(args.since) if args.since else None
    try:
        wh = Warehouse.open_waiting(path, args.wait)
    except WarehouseBusy as exc:
        print(f"minewatch: {exc}", file=sys.stderr)
        return 2
    with wh:
        todo = len(wh.archived_publications(since))
        with progress("reparse", todo) as advance:
            done = reparse(wh, RawArchive(home / "raw"), since, advance)
        from expectations.validate import run_suites

        began = datetime.now(timezone.utc).replace(tzinfo=None)
        anomalies, _ = run_suites(wh, home / "data_docs")
        new = wh.upsert_anomalies(anomalies, "reparse")
        wh.mark_checked(began)
        wh.snapshot()
    print(f"publications reparsed: {done.publications}, with changed figures: {done.changed}, "
          f"failed: {len(done.failed)}")
    if done.per_metric:
        print(f"{'metric':<24} {'added':>7} {'removed':>8} {'changed':>8}")
        for metric, (added, removed, changed) in sorted(done.per_metric.items()):
            print(f"{metric:<24} {added:>7} {removed:>8} {changed:>8}")
    print(f"anomalies new: {len(new)}")
    for a in new:
        print(f"  {a['id']} {a['rule']}: {a['message']}")
    for failure in done.failed:
        print(f"failed: {failure}")
    return 1 if done.failed else 0


def _add_sources_options(parser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--config", help="a sources file (TOML) instead of the bundled sample site")
    group.add_argument("--live", action="store_true",
                       help="watch the real publishers (sources/publishers.toml); needs network")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minewatch",
        description="Watch mine-action publishers, extract every figure with its quote, flag implausible ones.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run the daily flow once (offline, on the bundled sample site by default)",
                         description=cmd_run.__doc__ + "\n\nexample: minewatch run --data-dir /tmp/mw",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("--data-dir", help="where warehouse.duckdb, the raw archive and reports live "
                                        "(default: $MINEWATCH_HOME or ./minewatch-data)")
    _add_sources_options(run)
    run.add_argument("--format", choices=["text", "json"], default="text", help="summary format (default: text)")
    run.set_defaults(func=cmd_run)

    ing = sub.add_parser("ingest", help="ingest given publications (URLs or files) by hand",
                         description=cmd_ingest.__doc__ + "\n\nexample: minewatch ingest https://report.az/en/... report.pdf",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("targets", nargs="+", metavar="URL_OR_PATH", help="http(s) URLs or local HTML, PDF or text files")
    ing.add_argument("--data-dir", help="where warehouse.duckdb lives (default: $MINEWATCH_HOME or ./minewatch-data)")
    ing.add_argument("--config", help="sources file for politeness settings and source names "
                                      "(default: the real publishers, sources/publishers.toml)")
    ing.add_argument("--format", choices=["text", "json"], default="text", help="summary format (default: text)")
    ing.set_defaults(func=cmd_ingest)

    srv = sub.add_parser("serve", help="serve the cron monitor and the event-triggered ingestion (needs a Prefect server)",
                         description=cmd_serve.__doc__ + "\n\nexample: PREFECT_API_URL=http://127.0.0.1:4200/api "
                                                         "minewatch serve --live --cron '0 6 * * *'",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    srv.add_argument("--data-dir", help="where warehouse.duckdb lives (default: $MINEWATCH_HOME or ./minewatch-data)")
    _add_sources_options(srv)
    srv.add_argument("--cron", default="0 6 * * *", help="when the monitor runs (default: '0 6 * * *', daily at 06:00)")
    srv.set_defaults(func=cmd_serve)

    al = sub.add_parser("alerts", help="list anomalies, or acknowledge one (alerts ack ID)",
                        description=cmd_alerts.__doc__ + "\n\nexamples: minewatch alerts --format json\n"
                                                         "          minewatch alerts ack f41cecf60bd6",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    al.add_argument("--data-dir", help="where warehouse.duckdb lives (default: $MINEWATCH_HOME or ./minewatch-data)")
    al.add_argument("--status", default="open",
                    choices=["open", "new", "notified", "acknowledged", "resolved", "all"],
                    help="which anomalies to list (default: open = new or notified)")
    al.add_argument("--format", choices=["text", "json"], default="text", help="list format (default: text)")
    al.set_defaults(func=cmd_alerts, action="list")
    al_sub = al.add_subparsers(dest="action", metavar="ACTION")
    ack = al_sub.add_parser("ack", help="acknowledge an anomaly: it stays on record but is no longer open",
                            description="Acknowledge an anomaly: it stays on record, is no longer listed as open "
                                        "and is never sent again.\n\nexample: minewatch alerts ack f41cecf6",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    ack.add_argument("id", metavar="ID", help="the anomaly's id (or a unique prefix of it)")
    ack.add_argument("--data-dir", default=argparse.SUPPRESS, help="as for alerts")

    src = sub.add_parser("sources", help="check the sources: does each one work, and if not, why",
                         description="What minewatch can say about its sources.")
    src_sub = src.add_subparsers(dest="action", metavar="ACTION", required=True)
    chk = src_sub.add_parser("check", help="probe every source once and say whether it works, and why not",
                             description=cmd_sources_check.__doc__ + "\n\nexamples: minewatch sources check --live\n"
                                         "          minewatch sources check --config samples/sources.toml --format json",
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    chk.add_argument("--config", metavar="FILE", help="sources file (default: the bundled sample site, served here)")
    chk.add_argument("--live", action="store_true", help="check the real publishers (sources/publishers.toml); needs network")
    chk.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    chk.set_defaults(func=cmd_sources_check)

    ext = sub.add_parser("extract", help="print the figures of local files as JSON lines",
                         description=cmd_extract.__doc__ + "\n\nexample: minewatch extract report.pdf page.html --format jsonl",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ext.add_argument("paths", nargs="+", metavar="PATH", help="HTML, PDF or text files")
    ext.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (default: jsonl)")
    ext.set_defaults(func=cmd_extract)

    data_help = "where warehouse.duckdb lives (default: $MINEWATCH_HOME or ./minewatch-data)"
    sq = sub.add_parser("sql", help="query the warehouse in SQL, or open an SQL shell on it",
                        description=cmd_sql.__doc__ + "\n\nexamples:\n"
                        "  minewatch sql \"SELECT series, as_of, value FROM latest WHERE metric = 'area_cleared'\"\n"
                        "  minewatch sql \"SELECT * FROM weekly_clearance\" --format csv > weeks.csv\n"
                        "  minewatch sql            # interactive; .tables lists the tables and views\n\n"
                        "the views are documented in docs/warehouse.md",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    sq.add_argument("query", nargs="?", metavar="QUERY", help="one SQL statement; without it, an interactive shell")
    sq.add_argument("--format", choices=["table", "csv", "json"], default="table",
                    help="output format of a query (default: table)")
    sq.add_argument("--write", action="store_true", help="open the warehouse for writing (default: read-only)")
    sq.add_argument("--data-dir", help=data_help)
    sq.set_defaults(func=cmd_sql)

    ex = sub.add_parser("export", help="export the figures with provenance (parquet, csv, hxl)",
                        description=cmd_export.__doc__ + "\n\nexample: minewatch export --format hxl --out exports/",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("--format", choices=["parquet", "csv", "hxl"], required=True,
                    help="parquet: figures.parquet; csv: figures.csv; hxl: figures.hxl.csv (HXL hashtags row)")
    ex.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    ex.add_argument("--data-dir", help=data_help)
    ex.set_defaults(func=cmd_export)

    rp = sub.add_parser("report", help="write the HTML report (charts, districts, open anomalies)",
                        description=cmd_report.__doc__ + "\n\nexample: minewatch report && xdg-open minewatch-data/report.html",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    rp.add_argument("--out", metavar="FILE", help="where to write it (default: DATA_DIR/report.html)")
    rp.add_argument("--data-dir", help=data_help)
    rp.set_defaults(func=cmd_report)

    rep = sub.add_parser("reparse", help="re-extract every archived publication with the current extractor",
                         description=cmd_reparse.__doc__ + "\n\nexample: minewatch reparse --since 2024-01-01",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    rep.add_argument("--since", metavar="DATE", help="only publications published on or after DATE (YYYY-MM-DD)")
    rep.add_argument("--wait", type=float, default=300, metavar="SECONDS",
                     help="how long to wait for a running run to let go of the warehouse (default: 300)")
    rep.add_argument("--data-dir", help=data_help)
    rep.set_defaults(func=cmd_reparse)

    ev = sub.add_parser("eval", help="score extraction against a labelled corpus",
                        description=cmd_eval.__doc__ + "\n\nexample: minewatch eval ../shared/corpus/dev --lang en --check",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("corpus", metavar="CORPUS_DIR", help="folder of labelled documents (*.json, see TAXONOMY.md)")
    ev.add_argument("--lang", choices=["en", "az", "ru"], help="score only documents in this language")
    ev.add_argument("--split", choices=["work", "holdout"],
                    help="score only the working two thirds, or the held-out third (fixed by a hash of each id)")
    ev.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")
    ev.add_argument("--show", type=int, default=30, metavar="N", help="misses and false figures to list (default: 30)")
    ev.add_argument("--check", action="store_true", help="exit 1 when a score is below its pinned floor")
    ev.add_argument("--floors", metavar="FILE", help="floors file (default: evaluation/floors.toml)")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `minewatch alerts | head`: the reader has had enough
        sys.stderr.close()
        return 0
    except Exception as exc:
        from warehouse import WarehouseBusy  # imported only when something went wrong

        if isinstance(exc, WarehouseBusy):  # another run holds the file: nothing was written
            print(f"minewatch: {exc}; nothing was changed, try again when it ends", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
