"""Scoring predicted figures against labels: a pure function over dicts.

A prediction matches a label when metric and kind are equal and the values agree within
0.5 %; each label matches at most one prediction. Dates, qualifier and district are scored
as accuracy over the matched pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field


def values_agree(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) or a == b


def match(predicted: list[dict], labelled: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(pairs, misses, false figures). Exact-date agreement breaks ties between candidates."""
    free = list(range(len(predicted)))
    pairs, misses = [], []
    for label in labelled:
        candidates = [i for i in free if predicted[i]["metric"] == label["metric"]
                      and predicted[i]["kind"] == label["kind"]
                      and values_agree(float(predicted[i]["value"]), float(label["value"]))]
        if not candidates:
            misses.append(label)
            continue
        best = max(candidates, key=lambda i: _dates_equal(predicted[i], label))
        free.remove(best)
        pairs.append((predicted[best], label))
    return pairs, misses, [predicted[i] for i in free]


# Labellers also wrote remarks in `note`; only these words make a label's note a part (TAXONOMY.md).
PART_NOTE = re.compile(r"civilian|military|child|women|subset|threat|contamination level|staff|only\b|villages|"
                       r"districts|arable|of the overall", re.I)


def is_part(figure: dict, labelled: bool = False) -> bool:
    """A district's, an operator's (ANAMA counting as none) or a subgroup's share, not a national
    total. Every note the extractor writes names a part; a label's note may be a remark."""
    note = figure.get("note") or ""
    return bool(figure.get("district") or figure.get("operator") not in (None, "ANAMA")
                or (PART_NOTE.search(note) if labelled else note))


def _dates_equal(p: dict, label: dict) -> bool:
    return (p.get("period_start"), p.get("period_end")) == (label.get("period_start"), label.get("period_end"))


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    labelled: int = 0
    dates_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_metric: dict = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict = field(default_factory=lambda: defaultdict(Tally))
    by_split: dict = field(default_factory=lambda: defaultdict(Tally))
    hidden_splits: set = field(default_factory=set)
    hidden: int = 0
    pairs: int = 0
    dates_right: int = 0
    qualifier_right: int = 0
    district_right: int = 0
    part_right: int = 0
    parts_as_wholes: list = field(default_factory=list)
    wrong_dates: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    false: list = field(default_factory=list)

    def accuracy(self, right: int) -> float:
        return right / self.pairs if self.pairs else 1.0

    def add(self, doc: dict, predicted: list[dict], split: str = "work") -> None:
        pairs, misses, false = match(predicted, doc["figures"])
        lang = doc.get("language") or "en"
        for tally in (self.overall, self.by_language[lang], self.by_split[split]):
            tally.tp += len(pairs)
            tally.predicted += len(predicted)
            tally.labelled += len(doc["figures"])
        for p in predicted:
            self.by_metric[p["metric"]].predicted += 1
        for label in doc["figures"]:
            self.by_metric[label["metric"]].labelled += 1
        for p, label in pairs:
            for tally in (self.by_metric[label["metric"]], self.overall, self.by_language[lang], self.by_split[split]):
                tally.dates_right += _dates_equal(p, label)
            self.by_metric[label["metric"]].tp += 1
            self.pairs += 1
            self.dates_right += _dates_equal(p, label)
            self.qualifier_right += p.get("qualifier") == label.get("qualifier")
            self.district_right += p.get("district") == label.get("district")
            self.part_right += is_part(p) == is_part(label, labelled=True)
        wholes = [label for p, label in pairs if is_part(label, labelled=True) and not is_part(p)]
        if split in self.hidden_splits:
            self.hidden += len(misses) + len(false) + len(wholes) + sum(not _dates_equal(p, lb) for p, lb in pairs)
            self.parts_as_wholes += [None] * len(wholes)  # counted, not shown
            return
        self.parts_as_wholes += [(doc["id"], label) for label in wholes]
        self.wrong_dates += [(doc["id"], p, label) for p, label in pairs if not _dates_equal(p, label)]
        self.misses += [(doc["id"], m) for m in misses]
        self.false += [(doc["id"], f) for f in false]

    def as_dict(self) -> dict:
        def t(x: Tally) -> dict:
            return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4),
                    "tp": x.tp, "predicted": x.predicted, "labelled": x.labelled,
                    "date_accuracy": round(x.dates_right / x.tp if x.tp else 1.0, 4)}

        return {
            "overall": t(self.overall),
            "by_language": {k: t(v) for k, v in sorted(self.by_language.items())},
            "by_split": {k: t(v) for k, v in sorted(self.by_split.items())},
            "by_metric": {k: t(v) for k, v in sorted(self.by_metric.items())},
            "date_accuracy": round(self.accuracy(self.dates_right), 4),
            "qualifier_accuracy": round(self.accuracy(self.qualifier_right), 4),
            "district_accuracy": round(self.accuracy(self.district_right), 4),
            "part_accuracy": round(self.accuracy(self.part_right), 4),
            "parts_read_as_wholes": len(self.parts_as_wholes),
        }
