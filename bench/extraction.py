"""Extraction throughput against trafilatura, on the same pages in the same run.

    uv run python bench/extraction.py [--rounds 5]

News-size HTML: the labelled texts of ../shared/corpus/dev rendered as pages (or the sample
site's HTML when the corpus is absent). minewatch's figure is parse (main text + metadata)
plus figure extraction; the yardstick is trafilatura.extract(html, with_metadata=True).
Warm (one untimed pass first), one core, no fetching. PDFs: the sample site's reports.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from evaluation.render import render_page  # noqa: E402
from parsers import extract, parse  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def pages() -> list[bytes]:
    if CORPUS.is_dir():
        return [render_page(json.loads(p.read_text())).encode() for p in sorted(CORPUS.glob("*.json"))]
    return [p.read_bytes() for p in (REPO / "samples" / "site").rglob("*.html") if p.name != "index.html"]


def seconds(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def paired_rates(ours, theirs, items, rounds: int) -> tuple[float, float, float]:
    """Median items/s of each, and the median of the per-round ratios. The two run in
    alternation, after one warm pass each, so that a slow moment of the machine hits both."""
    seconds(ours, items), seconds(theirs, items)
    a, b = [], []
    for _ in range(rounds):
        a.append(seconds(ours, items))
        b.append(seconds(theirs, items))
    ratio = statistics.median(tb / ta for ta, tb in zip(a, b))
    return len(items) / statistics.median(a), len(items) / statistics.median(b), ratio


def pages_in(pdfs) -> int:
    import pdfplumber

    total = 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    import trafilatura

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    html = pages()
    ours, theirs, ratio = paired_rates(lambda b: extract(parse(b, "text/html")),
                                       lambda b: trafilatura.extract(b.decode("utf-8"), with_metadata=True),
                                       html, args.rounds)
    pdfs = sorted((REPO / "samples" / "site").rglob("*.pdf"))
    pdf_seconds = statistics.median(seconds(lambda p: extract(parse(p.read_bytes())), pdfs) for _ in range(args.rounds))
    sizes = [len(b) for b in html]
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}")
    print(f"HTML pages: {len(html)} (median {statistics.median(sizes) / 1024:.1f} KiB)")
    print("| what | rate |")
    print("|---|---|")
    print(f"| minewatch parse + extract, HTML | {ours:.1f} pages/s |")
    print(f"| trafilatura extract(with_metadata=True), same pages | {theirs:.1f} pages/s |")
    print(f"| ratio, median of paired rounds (target >= 1.0) | {ratio:.2f} |")
    print(f"| minewatch parse + extract, PDF ({len(pdfs)} sample reports, {pages_in(pdfs)} pages) | "
          f"{pdf_seconds / pages_in(pdfs):.3f} s/page |")


if __name__ == "__main__":
    main()
