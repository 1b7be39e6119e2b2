"""The command line: parse options, call one function, turn errors into a clean message.

Heavy libraries (Prefect, GX, pdfplumber) are imported inside the commands that need them,
so `minewatch --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .settings import SAMPLE_ORIGIN, SAMPLE_SOURCES, apply_library_defaults, data_dir


def cmd_run(args) -> int:
    """Run the daily flow once and print what it did."""
    apply_library_defaults()
    from contextlib import nullcontext

    from sources.config import ConfigError, load_config

    from .samplesite import serve_sample_site

    home = data_dir(args.data_dir)
    home.mkdir(parents=True, exist_ok=True)
    served = nullcontext(None) if args.config else serve_sample_site()
    with served as origin:
        config_path = Path(args.config) if args.config else SAMPLE_SOURCES
        if origin and origin != SAMPLE_ORIGIN:
            config_path = home / "sample-sources.toml"
            config_path.write_text(SAMPLE_SOURCES.read_text().replace(SAMPLE_ORIGIN, origin))
        try:
            load_config(config_path)  # fail here, clearly, before Prefect starts
        except ConfigError as exc:
            print(f"minewatch: {exc}", file=sys.stderr)
            return 2
        from flows.daily import daily

        summary = daily(config_path=str(config_path), data_dir=str(home))
    if args.format == "json":
        print(json.dumps(summary, indent=1, default=str))
    else:
        print(_summary_text(summary, home))
    return 0


def _summary_text(s: dict, home: Path) -> str:
    lines = [
        f"minewatch run {s['run_id']} completed",
        f"publications: {s['publications_new']} new, {s['publications_changed']} changed, "
        f"{s['publications_unchanged']} unchanged, {s['publications_failed']} failed",
        f"figures loaded: {s['figures_loaded']}",
        f"anomalies new: {s['anomalies_new']}",
    ]
    lines += [f"  {a['id']} {a['rule']}: {a['message']}" for a in s["new_anomalies"]]
    if s["alerts_sent"] or s["alerts_unsent"]:
        lines.append(f"alerts: {s['alerts_sent']} sent, {s['alerts_unsent']} to retry next run")
    else:
        lines.append("alerts: none sent (set MINEWATCH_ALERT_URLS to send them)" if s["anomalies_new"] else "alerts: none to send")
    for err in s["source_errors"] + s["publication_errors"]:
        lines.append(f"failed: {err}")
    lines.append(f"warehouse: {home / 'warehouse.duckdb'}")
    return "\n".join(lines)


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
    report = evaluate(corpus, args.lang)
    scores = report.as_dict()
    print(json.dumps(scores, indent=1) if args.format == "json" else format_report(report, args.show))
    if args.check:
        failures = check_floors(scores, Path(args.floors) if args.floors else FLOORS)
        for failure in failures:
            print(f"minewatch eval: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


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
    run.add_argument("--config", help="a sources file (TOML) to use instead of the bundled sample site")
    run.add_argument("--format", choices=["text", "json"], default="text", help="summary format (default: text)")
    run.set_defaults(func=cmd_run)

    ext = sub.add_parser("extract", help="print the figures of local files as JSON lines",
                         description=cmd_extract.__doc__ + "\n\nexample: minewatch extract report.pdf page.html --format jsonl",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ext.add_argument("paths", nargs="+", metavar="PATH", help="HTML, PDF or text files")
    ext.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (default: jsonl)")
    ext.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score extraction against a labelled corpus",
                        description=cmd_eval.__doc__ + "\n\nexample: minewatch eval ../shared/corpus/dev --lang en --check",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("corpus", metavar="CORPUS_DIR", help="folder of labelled documents (*.json, see TAXONOMY.md)")
    ev.add_argument("--lang", choices=["en", "az", "ru"], help="score only documents in this language")
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


if __name__ == "__main__":
    sys.exit(main())
