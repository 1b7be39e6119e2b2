"""Anomalies judged against the labels: is an alert about what the publications say, or
about a figure the extractor misread?

An anomaly is *grounded* when every figure of its evidence matches a labelled figure of its
document: metric, kind, value within 0.5 %, dates, and district, part note and operator
(ANAMA counting as none) set or not as labelled. Stated percentages in the evidence are not
labelled and are not judged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .render import render_page
from .score import PART_NOTE, values_agree


def _operator(f: dict) -> bool:
    return f.get("operator") not in (None, "ANAMA")


def _note(f: dict, labelled: bool) -> bool:
    note = f.get("note") or ""
    return bool(PART_NOTE.search(note)) if labelled else bool(note)


def matches(evidence: dict, label: dict) -> bool:
    return (evidence["metric"] == label["metric"] and evidence["kind"] == label["kind"]
            and values_agree(float(evidence["value"]), float(label["value"]))
            and (evidence.get("period_start"), evidence.get("period_end")) == (label.get("period_start"), label.get("period_end"))
            and bool(evidence.get("district")) == bool(label.get("district"))
            and _operator(evidence) == _operator(label)
            and _note(evidence, False) == _note(label, True))


def grounded(anomaly: dict, labels_by_url: dict[str, list[dict]]) -> bool:
    figures = [e for e in anomaly["evidence"] if e.get("metric") != "percentage" and e.get("value") is not None]
    return all(any(matches(e, label) for label in labels_by_url.get(e["url"], [])) for e in figures)


@dataclass
class Judgement:
    by_rule: Counter = field(default_factory=Counter)
    ungrounded_by_rule: Counter = field(default_factory=Counter)
    ungrounded: list[dict] = field(default_factory=list)
    grounded: list[dict] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_rule.values())

    def table(self) -> str:
        lines = ["rule                       anomalies  grounded  ungrounded"]
        for rule in sorted(self.by_rule):
            n, bad = self.by_rule[rule], self.ungrounded_by_rule[rule]
            lines.append(f"{rule:<26} {n:>9} {n - bad:>9} {bad:>11}")
        lines.append(f"{'all':<26} {self.total:>9} {self.total - len(self.ungrounded):>9} {len(self.ungrounded):>11}")
        for a in self.ungrounded:
            lines.append(f"  ungrounded {a['rule']}: {a['message'][:220]}")
        return "\n".join(lines)


def judge(anomalies: list[dict], labels_by_url: dict[str, list[dict]]) -> Judgement:
    out = Judgement()
    for a in anomalies:
        if not any(e.get("url") in labels_by_url for e in a["evidence"]):
            continue  # about a source, not figures
        out.by_rule[a["rule"]] += 1
        if grounded(a, labels_by_url):
            out.grounded.append(a)
        else:
            out.ungrounded_by_rule[a["rule"]] += 1
            out.ungrounded.append(a)
    return out


def write_pages(docs: list[dict], folder: Path) -> dict[str, list[dict]]:
    """Each labelled document as its publisher's page in folder; the labels by the URL the
    page is ingested under."""
    labels = {}
    for doc in docs:
        path = folder / f"{doc['id']}.html"
        path.write_text(render_page(doc), encoding="utf-8")
        labels[path.resolve().as_uri()] = doc["figures"]
    return labels
