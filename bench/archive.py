"""The archive benchmark: minewatch on a synthetic archive of 5,000 publications.

    uv run python bench/archive.py [--publications 5000] [--figures 1000000] [--dir DIR]

Phases, each in its own process so that its peak memory is its own:
  backfill  every publication read from disk, archived, parsed, extracted and loaded (no network)
  fanout    the same, the reading (parse and extract) fanned out over worker processes beside
            the one writer, into a warehouse of its own
  checks    the expectation suites over the backfilled warehouse (GX's import included)
  noop      the daily flow, for real, when every feed lists only known publications
  reparse   every archived publication extracted again, in place
  queries   the analysts' queries of docs/warehouse.md and README.md over >= 1M figures

The publications are written by synthetic.py: weekly reports, running totals and victim
counts from six publishers, in HTML (most), plain text and PDF (with a ruled table), with
values drawn from a seeded random generator. Prints a Markdown table and writes the
numbers to DIR/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from synthetic import PUBLISHERS, synthesize  # noqa: E402


# phases ------------------------------------------------------------------------
def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def phase_backfill(root: Path, workers: int = 0, name: str = "warehouse", raw: str = "raw") -> dict:
    """Every publication read from disk, archived, parsed, extracted and loaded: by default
    all in this one process, as ingest does; with workers, the reading fanned out."""
    from pipeline.backfill import backfill
    from sources.archive import RawArchive
    from sources.discover import Discovered
    from warehouse import Warehouse

    index = json.loads((root / "index.json").read_text())
    items = [Discovered(Path(i["path"]).as_uri(), i["publisher"], i["publisher"], i["title"]) for i in index]
    began = time.perf_counter()
    with Warehouse(root / f"{name}.duckdb") as wh:
        outcomes = backfill(items, wh, RawArchive(root / raw), workers)
        seconds = time.perf_counter() - began
        figures = wh.con.execute("SELECT count(*) FROM figures").fetchone()[0]
    statuses: dict[str, int] = {}
    for outcome in outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    return {"publications": len(index), "workers": workers, "statuses": statuses, "figures": figures,
            "seconds": round(seconds, 1), "publications_per_second": round(len(index) / seconds, 1),
            "peak_mb": _peak_mb()}


def phase_fanout(root: Path) -> dict:
    """The same backfill into a warehouse of its own, reading fanned out beside the one writer."""
    return phase_backfill(root, workers=max(1, (os.cpu_count() or 2) - 1), name="fanout", raw="raw-fanout")


def phase_checks(root: Path) -> dict:
    """The checks over the backfill and the end of the run that loaded it, as any run ends."""
    from pipeline.run import Run
    from warehouse import Warehouse

    began = time.perf_counter()
    import great_expectations  # noqa: F401  (timed apart: every validating process pays it once)

    import expectations.validate  # noqa: F401
    import report  # noqa: F401

    imported = time.perf_counter()
    with Warehouse(root / "warehouse.duckdb") as wh:
        with Run(wh, root) as run:
            anomalies = run.check()
            checked = time.perf_counter()
        run.publish()
    done = time.perf_counter()
    return {"gx_import_seconds": round(imported - began, 1), "checks_seconds": round(checked - imported, 1),
            "anomalies": len(anomalies), "rows_checked": sum(c["rows"] for c in run.summary.checks),
            "snapshot_and_report_seconds": round(done - checked, 1), "peak_mb": _peak_mb()}


def phase_noop(root: Path) -> dict:
    """A daily run when nothing is new: index pages (one per publisher, its 50 newest
    items, as real ones) served on localhost list publications the backfill loaded."""
    from minewatch.samplesite import serve_sample_site
    from minewatch.settings import apply_library_defaults

    apply_library_defaults()
    began = time.perf_counter()
    from prefect import flow

    from flows.daily import daily

    imported = time.perf_counter()
    index = json.loads((root / "index.json").read_text())
    feeds = root / "feeds"
    feeds.mkdir(exist_ok=True)
    with serve_sample_site(feeds, port=0) as origin:  # the sample site's server, on other pages
        sources = ["delay = 0"]
        for publisher in PUBLISHERS:  # listing pages: feedparser mangles the file:// links of the backfill
            items = [i for i in index if i["publisher"] == publisher][-50:]
            (feeds / f"{publisher}.html").write_text("<html><body>" + "".join(
                f"<a class='item' href='{Path(i['path']).as_uri()}'>{i['title']}</a>" for i in reversed(items))
                + "</body></html>")
            sources.append(f'[[sources]]\nname = "{publisher}"\npublisher = "{publisher}"\nkind = "listing"\n'
                           f'selector = "a.item"\nurl = "{origin}/{publisher}.html"')
        (root / "sources.toml").write_text("\n".join(sources) + "\n")

        @flow(name="bench-empty")
        def empty() -> int:
            return 0

        t0 = time.perf_counter()
        empty()  # Prefect's start-up: the ephemeral server, or the connection to a running one
        t1 = time.perf_counter()
        empty()  # what any flow run costs once Prefect is up
        t2 = time.perf_counter()
        summary = daily(config_path=str(root / "sources.toml"), data_dir=str(root))
        t3 = time.perf_counter()
    assert summary["publications_new"] == summary["publications_changed"] == summary["publications_failed"] == 0, summary
    return {"prefect": os.environ.get("PREFECT_API_URL") or "ephemeral server",
            "import_seconds": round(imported - began, 2), "prefect_startup_seconds": round(t1 - t0, 2),
            "empty_flow_run_seconds": round(t2 - t1, 2), "noop_run_seconds": round(t3 - t2, 2),
            "work_beyond_prefect_seconds": round((t3 - t2) - (t2 - t1), 2),
            "publications_unchanged": summary["publications_unchanged"], "peak_mb": _peak_mb()}


def phase_reparse(root: Path) -> dict:
    from pipeline.reparse import reparse
    from sources.archive import RawArchive
    from warehouse import Warehouse

    began = time.perf_counter()
    with Warehouse(root / "warehouse.duckdb") as wh:
        done = reparse(wh, RawArchive(root / "raw"))
    seconds = time.perf_counter() - began
    return {"publications": done.publications, "changed": done.changed, "failed": len(done.failed),
            "seconds": round(seconds, 1), "publications_per_second": round(done.publications / seconds, 1),
            "peak_mb": _peak_mb()}


def analyst_queries() -> list[tuple[str, str]]:
    """(where, sql) of every query the docs show analysts."""
    out = []
    for doc in ("docs/warehouse.md", "README.md"):
        for i, sql in enumerate(re.findall(r"```sql\n(.*?)```", (REPO / doc).read_text(), re.S), 1):
            out.append((f"{doc} #{i}", sql))
    return out


def phase_queries(root: Path, target: int = 1_000_000) -> dict:
    """Copies of the backfilled publications (each copy dated 10 years further back, like
    an older archive) until there are at least `target` figures, and the stored series
    refilled (timed: a run that changed something pays it); then each query, warm, median
    of 5."""
    import shutil

    import duckdb

    from warehouse import Warehouse

    big = root / "queries.duckdb"
    shutil.copy(root / "warehouse.duckdb", big)
    with Warehouse(big) as wh:
        con = wh.con
        base = con.execute("SELECT count(*) FROM figures").fetchone()[0]
        copies = -(-target // base) - 1
        for k in range(1, copies + 1):
            shift = f"INTERVAL {10 * k} YEAR"
            con.execute(f"""INSERT INTO publications BY NAME SELECT * REPLACE (id || '-{k}' AS id, url || '#{k}' AS url,
                             (published - {shift})::DATE AS published, NULL AS reprint_of)
                            FROM publications WHERE NOT contains(id, '-')""")
            con.execute(f"""INSERT INTO figures BY NAME SELECT * REPLACE (id || '-{k}' AS id,
                             publication_id || '-{k}' AS publication_id,
                             (period_start - {shift})::DATE AS period_start, (period_end - {shift})::DATE AS period_end)
                            FROM figures WHERE NOT contains(id, '-')""")
        figures = con.execute("SELECT count(*) FROM figures").fetchone()[0]
        publications = con.execute("SELECT count(*) FROM publications").fetchone()[0]
        t = time.perf_counter()
        wh.store_series()  # what a run that loaded something does before it lets go of the file
        store_s = time.perf_counter() - t
        con.execute("CHECKPOINT")
    timings = []
    with duckdb.connect(str(big), read_only=True) as con:
        for where, sql in analyst_queries():
            con.execute(sql).fetchall()
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                rows = len(con.execute(sql).fetchall())
                runs.append(time.perf_counter() - t)
            first_line = next(line for line in sql.splitlines() if not line.startswith("--"))
            timings.append({"query": where, "starts": first_line.strip()[:60], "rows": rows,
                            "median_ms": round(statistics.median(runs) * 1000, 1)})
    big.unlink()
    return {"figures": figures, "publications": publications, "store_series_s": round(store_s, 2), "queries": timings,
            "slowest_ms": max(t["median_ms"] for t in timings), "peak_mb": _peak_mb()}


PHASES = {"backfill": phase_backfill, "fanout": phase_fanout, "checks": phase_checks, "noop": phase_noop,
          "reparse": phase_reparse, "queries": phase_queries}


# driver ------------------------------------------------------------------------
def machine() -> dict:
    import duckdb
    import prefect

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), None) if Path("/proc/meminfo").exists() else None
    return {"date": date.today().isoformat(), "machine": platform.machine(), "cpu": cpu, "cores": os.cpu_count(),
            "memory_gib": mem, "python": platform.python_version(), "duckdb": duckdb.__version__,
            "prefect": prefect.__version__}


def run_phase(name: str, root: Path, figures: int, env: dict | None = None) -> dict:
    done = subprocess.run([sys.executable, __file__, "--phase", name, "--dir", str(root), "--figures", str(figures)],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def markdown(results: dict) -> str:
    m, b, f, c, n, r, q = (results[k] for k in ("machine", "backfill", "fanout", "checks", "noop", "reparse", "queries"))
    ns = results["noop_server"]
    lines = [f"Result on {m['date']}: {m['machine']}, {m['cores']} cores, {m['cpu']}, {m['memory_gib']} GiB, "
             f"Python {m['python']}, DuckDB {m['duckdb']}, Prefect {m['prefect']}.", "",
             "| what | result | peak memory |", "|---|---|---|",
             f"| backfill: {b['publications']:,} publications read, archived, parsed, extracted, loaded "
             f"| {b['publications_per_second']} publications/s ({b['seconds']} s, {b['figures']:,} figures) "
             f"| {b['peak_mb']} MB |",
             f"| the same backfill, reading fanned out over {f['workers']} worker process(es) beside the writer "
             f"| {f['publications_per_second']} publications/s ({f['seconds']} s; "
             f"{f['publications_per_second'] / b['publications_per_second']:.2f}x one process) | {f['peak_mb']} MB |",
             f"| checks over the backfill ({c['rows_checked']:,} rows) | {c['checks_seconds']} s "
             f"(+ {c['gx_import_seconds']} s importing GX) | {c['peak_mb']} MB |",
             f"| end of a run that changed something: snapshot and report | {c['snapshot_and_report_seconds']} s | |",
             f"| no-op daily run, work beyond Prefect (target < 2 s) | {n['work_beyond_prefect_seconds']} s "
             f"(run {n['noop_run_seconds']} s, an empty flow run {n['empty_flow_run_seconds']} s) | {n['peak_mb']} MB |",
             f"| Prefect start-up, temporary server | {n['prefect_startup_seconds']} s "
             f"(+ {n['import_seconds']} s of imports) | |",
             f"| no-op daily run on a running Prefect server, work beyond Prefect | "
             f"{ns['work_beyond_prefect_seconds']} s (run {ns['noop_run_seconds']} s, an empty flow run "
             f"{ns['empty_flow_run_seconds']} s) | {ns['peak_mb']} MB |",
             f"| Prefect start-up, running server | {ns['prefect_startup_seconds']} s "
             f"(+ {ns['import_seconds']} s of imports) | |",
             f"| full reparse | {r['publications_per_second']} publications/s ({r['seconds']} s, "
             f"{r['changed']} changed) | {r['peak_mb']} MB |",
             f"| analysts' queries over {q['figures']:,} figures, {q['publications']:,} publications "
             f"(target < 100 ms each) | slowest {q['slowest_ms']} ms | {q['peak_mb']} MB |",
             f"| storing the series over those figures (a run that changed something) "
             f"| {q['store_series_s']} s | |",
             "", "| query | starts with | rows | median |", "|---|---|---|---|"]
    lines += [f"| {t['query']} | `{t['starts']}` | {t['rows']} | {t['median_ms']} ms |" for t in q["queries"]]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--publications", type=int, default=5000)
    ap.add_argument("--figures", type=int, default=1_000_000, help="figures for the query phase (default 1,000,000)")
    ap.add_argument("--dir", default="bench-archive", help="working folder, emptied first (default ./bench-archive)")
    ap.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    root = Path(args.dir).resolve()
    if args.phase:
        result = phase_queries(root, args.figures) if args.phase == "queries" else PHASES[args.phase](root)
        print(json.dumps(result))
        return 0
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    began = time.perf_counter()
    synthesize(args.publications, root)
    print(f"synthesized {args.publications:,} publications in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    results = {"machine": machine()}
    for name in PHASES:
        results[name] = run_phase(name, root, args.figures)
        print(f"{name}: {json.dumps(results[name])[:300]}", file=sys.stderr)
        if name == "noop":  # again, on a Prefect server started beforehand, as `prefect server start` runs
            from minewatch.settings import own_prefect_server

            with own_prefect_server(root / "prefect-home") as (url, _):
                results["noop_server"] = run_phase(name, root, args.figures, {"PREFECT_API_URL": url})
            print(f"noop on a running server: {json.dumps(results['noop_server'])[:300]}", file=sys.stderr)
    (root / "results.json").write_text(json.dumps(results, indent=1))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
