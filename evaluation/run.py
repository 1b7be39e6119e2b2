"""`minewatch eval`: render each labelled document as a page, run the extractor on it,
score, and compare the scores with the pinned floors."""

from __future__ import annotations

import hashlib
import json
import tempfile
import tomllib
from pathlib import Path

from errors import SetupError

from .render import render_page
from .score import Report

FLOORS = Path(__file__).parent / "floors.toml"


def split_of(doc_id: str) -> str:
    """A fixed third of any corpus, chosen by a hash of the document id, is held out: its
    misses are not read while rules are written, so its score tells whether they generalise."""
    return "holdout" if hashlib.sha256(doc_id.encode()).digest()[0] % 3 == 0 else "work"


def load_corpus(corpus_dir: Path, language: str | None = None, split: str | None = None) -> list[dict]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(corpus_dir).glob("*.json"))]
    return [d for d in docs if (language is None or d.get("language") == language)
            and (split is None or split_of(d["id"]) == split)]


def evaluate(corpus_dir: Path, language: str | None = None, split: str | None = None) -> Report:
    from pipeline.files import extract_files

    docs = load_corpus(corpus_dir, language, split)
    # Unless the held-out third is asked for by name, its misses stay unlisted.
    report = Report(hidden_splits=set() if split == "holdout" else {"holdout"})
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for doc in docs:
            path = Path(tmp) / f"{doc['id']}.html"
            path.write_text(render_page(doc), encoding="utf-8")
            paths.append(str(path))
        by_doc: dict[str, list[dict]] = {p: [] for p in paths}
        for row in extract_files(paths):
            by_doc[row["document"]].append(row)
        for doc, path in zip(docs, paths):
            report.add(doc, by_doc[path], split_of(doc["id"]))
    return report


def score_corpus(corpus_dir: Path, language: str | None = None, split: str | None = None, fmt: str = "text",
                 show: int = 30, floors: Path | None = None) -> tuple[str, list[str]]:
    """`minewatch eval`: the report (text or JSON), and each score below its floor when a
    floors file is given (empty when all hold)."""
    if not Path(corpus_dir).is_dir():
        raise SetupError(f"{corpus_dir}: no such corpus folder")
    report = evaluate(Path(corpus_dir), language, split)
    scores = report.as_dict()
    text = json.dumps(scores, indent=1) if fmt == "json" else format_report(report, show)
    return text, check_floors(scores, floors) if floors else []


def check_floors(scores: dict, floors_path: Path = FLOORS) -> list[str]:
    """Each score below its floor, as a sentence; empty when all hold."""
    floors = tomllib.loads(floors_path.read_text())
    found = {
        "overall_f1": scores["overall"]["f1"],
        "date_accuracy": scores["date_accuracy"],
        "qualifier_accuracy": scores["qualifier_accuracy"],
        "part_accuracy": scores["part_accuracy"],
        **{f"{lang}_f1": v["f1"] for lang, v in scores["by_language"].items()},
    }
    # A floor for a language the scored documents do not include (--lang) is not checked.
    failed = [f"{name} = {found[name]:.4f} is below its floor {floor:.4f}"
              for name, floor in floors.get("floors", {}).items() if name in found and found[name] < floor]
    # Rules that fit the sentences they were written for score well on the working split only.
    splits, limit = scores.get("by_split", {}), floors.get("ceilings", {}).get("holdout_gap")
    if limit is not None and {"work", "holdout"} <= splits.keys():
        gap = splits["work"]["f1"] - splits["holdout"]["f1"]
        if gap > limit:
            failed.append(f"holdout_gap = {gap:.4f} (work F1 minus held-out F1) is above its ceiling {limit:.4f}")
    return failed


def format_report(report: Report, show: int = 30) -> str:
    s = report.as_dict()
    lines = ["scope          precision  recall    f1   (tp/pred/label)"]

    def row(name, t):
        lines.append(f"{name:<14} {t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>5.3f}   "
                     f"({t['tp']}/{t['predicted']}/{t['labelled']})   dates {t['date_accuracy']:.3f}")

    row("overall", s["overall"])
    for lang, t in s["by_language"].items():
        row(f"lang {lang}", t)
    for split, t in s["by_split"].items():
        row(f"split {split}", t)
    for metric, t in s["by_metric"].items():
        row(metric[:14], t)
    lines.append(f"date accuracy {s['date_accuracy']:.3f}, qualifier accuracy {s['qualifier_accuracy']:.3f}, "
                 f"district accuracy {s['district_accuracy']:.3f},\npart accuracy {s['part_accuracy']:.3f} "
                 f"({s['parts_read_as_wholes']} parts read as national totals) (over {report.pairs} matched figures)")
    if report.hidden:
        lines.append(f"\n({report.hidden} misses, wrong dates and false figures of the held-out third not listed: "
                     "`--split holdout` lists them, once the rules are written)")
    lines.append(f"\nmisses ({len(report.misses)}):")
    lines += [f"  {doc}: {m['metric']} {m['kind']} {m['value']} «{m.get('quote')}»" for doc, m in report.misses[:show]]
    shown = [w for w in report.parts_as_wholes if w]
    lines.append(f"\nparts read as national totals ({len(shown)}):")
    lines += [f"  {doc}: {m['metric']} {m['kind']} {m['value']} «{m.get('quote')}» "
              f"(district {m.get('district')}, operator {m.get('operator')}, note {m.get('note')})" for doc, m in shown[:show]]
    lines.append(f"\ndates wrong ({len(report.wrong_dates)}):")
    lines += [f"  {doc}: {m['metric']} {m['kind']} {m['value']} «{m.get('quote')}» "
              f"read {p.get('period_start')}..{p.get('period_end')}, labelled {m.get('period_start')}..{m.get('period_end')}"
              for doc, p, m in report.wrong_dates[:show]]
    lines.append(f"\nfalse figures ({len(report.false)}):")
    lines += [f"  {doc}: {f['metric']} {f['kind']} {f['value']} «{f.get('quote')}»" for doc, f in report.false[:show]]
    return "\n".join(lines)
