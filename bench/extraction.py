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


def rate(fn, items, rounds: int) -> float:
    """Items per second, best of `rounds` timed passes after one warm pass."""
    for item in items:
        fn(item)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    import trafilatura

    html = pages()
    ours = rate(lambda b: extract(parse(b, "text/html")), html, args.rounds)
    theirs = rate(lambda b: trafilatura.extract(b.decode("utf-8"), with_metadata=True), html, args.rounds)
    pdfs = sorted((REPO / "samples" / "site").rglob("*.pdf"))
    pdf_rate = rate(lambda p: extract(parse(p.read_bytes())), pdfs, args.rounds)
    sizes = [len(b) for b in html]
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}")
    print(f"HTML pages: {len(html)} (median {statistics.median(sizes) / 1024:.1f} KiB)")
    print("| what | rate |")
    print("|---|---|")
    print(f"| minewatch parse + extract, HTML | {ours:.1f} pages/s |")
    print(f"| trafilatura extract(with_metadata=True), same pages | {theirs:.1f} pages/s |")
    print(f"| ratio (target >= 0.75) | {ours / theirs:.2f} |")
    print(f"| minewatch parse + extract, PDF ({len(pdfs)} sample reports) | {1 / pdf_rate:.3f} s/page-file |")


if __name__ == "__main__":
    main()
