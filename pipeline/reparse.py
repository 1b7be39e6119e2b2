"""Reparse: read every archived publication again with the current extractor."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from errors import ParseError
from parsers import EXTRACTOR_VERSION
from sources.archive import RawArchive
from warehouse import Warehouse

from .ingest import read_publication
from .run import Run, RunSummary


@dataclass
class Reparsed:
    """What a reparse did: publications read again, and figures added, removed and changed per metric."""
    publications: int = 0
    changed: int = 0
    failed: list[str] = field(default_factory=list)
    per_metric: dict[str, list[int]] = field(default_factory=dict)  # metric -> [added, removed, changed]

    def count(self, metric: str, what: int) -> None:
        self.per_metric.setdefault(metric, [0, 0, 0])[what] += 1

    def text(self, summary: RunSummary) -> str:
        """What changed per metric, the run's new anomalies, and what could not be read."""
        lines = [f"publications reparsed: {self.publications}, with changed figures: {self.changed}, "
                 f"failed: {len(self.failed)}"]
        if self.per_metric:
            lines.append(f"{'metric':<24} {'added':>7} {'removed':>8} {'changed':>8}")
            lines += [f"{metric:<24} {added:>7} {removed:>8} {changed:>8}"
                      for metric, (added, removed, changed) in sorted(self.per_metric.items())]
        lines.append(f"anomalies new: {summary.counts['anomalies_new']}")
        lines += [f"  {a['id']} {a['rule']}: {a['message']}" for a in summary.new_anomalies]
        lines += [f"failed: {failure}" for failure in self.failed]
        return "\n".join(lines)


def reparse(wh: Warehouse, archive: RawArchive, since=None, advance=None) -> Reparsed:
    """Read every archived publication again with the current extractor and replace its
    figures and shares in place (one transaction each). A figure is the same when its metric
    and quote are; then any other difference (value, kind, dates, scope) is a change."""
    done = Reparsed()
    for pub_id, url, sha, content_type, title, source, publisher, reprint_of in wh.archived_publications(since):
        done.publications += 1
        try:
            doc, figures, shares = read_publication(archive.read(sha), content_type, url)
        except (ParseError, OSError) as exc:  # one unreadable body is reported, the others go on
            done.failed.append(f"{url}: {exc}")
            if advance:
                advance(1)
            continue
        doc.title = doc.title or title
        before = wh.figure_keys(pub_id)
        wh.load_publication(url=url, source=source, publisher=publisher, content_type=content_type, sha256=sha,
                            doc=doc, figures=figures, shares=shares, extractor_version=EXTRACTOR_VERSION,
                            reprint_of=reprint_of)
        after = wh.figure_keys(pub_id)
        if _compare(before, after, done):
            done.changed += 1
        if advance:
            advance(1)
    return done


def _compare(before: dict, after: dict, done: Reparsed) -> bool:
    """Tally figures added, removed and changed, keyed by (metric, quote); True if any."""
    differs = False
    for key in before.keys() | after.keys():
        old, new = before.get(key, []), after.get(key, [])
        for i in range(max(len(old), len(new))):
            if i >= len(old):
                done.count(key[0], 0)
            elif i >= len(new):
                done.count(key[0], 1)
            elif old[i] != new[i]:
                done.count(key[0], 2)
            else:
                continue
            differs = True
    return differs


def reparse_warehouse(path: Path, since: date | None = None, wait: float = 300.0,
                      progress: Callable | None = None) -> tuple[Reparsed, RunSummary]:
    """`minewatch reparse` as a run: every archived publication of the warehouse file read
    again (waiting up to wait seconds for a run to let go of the file), then the run's end
    as any run ends: checks, snapshot, report. New anomalies are recorded; the next run
    sends their alerts. progress(description, total) yields advance(n), if given."""
    with Warehouse.open_waiting(path, wait) as wh:
        todo = len(wh.archived_publications(since))
        with (progress or _quiet)("reparse", todo) as advance, Run(wh, path.parent) as run:
            done = reparse(wh, RawArchive(path.parent / "raw"), since, advance)
            run.check()
        run.publish()
    return done, run.summary


@contextmanager
def _quiet(description: str, total: int):
    yield lambda n: None
