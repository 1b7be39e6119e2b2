"""Scoring is a pure function; the floors gate reads evaluation/floors.toml."""

from evaluation.run import check_floors
from evaluation.score import Report, match


def label(metric="area_cleared", value=100.0, kind="period", **kw):
    return {"metric": metric, "value": value, "kind": kind, "period_start": None, "period_end": None,
            "qualifier": "exact", "district": None, **kw}


def test_match_within_half_a_percent_and_same_kind():
    pairs, misses, false = match([label(value=100.4), label(kind="cumulative")], [label(), label(value=50)])
    assert len(pairs) == 1 and misses == [label(value=50)] and false == [label(kind="cumulative")]


def test_report_tallies_precision_recall_and_date_accuracy():
    report = Report()
    doc = {"id": "d", "language": "en", "figures": [label(), label(metric="victims", value=3)]}
    report.add(doc, [label(), label(metric="victims", value=3, period_start="2020-11-10")])
    scores = report.as_dict()
    assert scores["overall"]["f1"] == 1.0 and scores["date_accuracy"] == 0.5


def test_floors(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text("[floors]\noverall_f1 = 0.9\nen_f1 = 0.95\nru_f1 = 0.8\npart_accuracy = 0.96\n")
    scores = {"overall": {"f1": 0.92}, "date_accuracy": 1, "qualifier_accuracy": 1, "part_accuracy": 0.95,
              "by_language": {"en": {"f1": 0.94}}}
    assert check_floors(scores, floors) == ["en_f1 = 0.9400 is below its floor 0.9500",
                                            "part_accuracy = 0.9500 is below its floor 0.9600"]


def test_the_held_out_gap_has_a_ceiling(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text("[floors]\n[ceilings]\nholdout_gap = 0.03\n")
    scores = {"overall": {"f1": 0.9}, "date_accuracy": 1, "qualifier_accuracy": 1, "part_accuracy": 1, "by_language": {},
              "by_split": {"work": {"f1": 0.97}, "holdout": {"f1": 0.93}}}
    assert check_floors(scores, floors) == ["holdout_gap = 0.0400 (work F1 minus held-out F1) is above its ceiling 0.0300"]
    scores["by_split"]["holdout"]["f1"] = 0.945
    assert check_floors(scores, floors) == []


def test_held_out_third_is_fixed_by_id_and_its_misses_are_not_listed():
    from evaluation.run import split_of

    ids = [f"doc-{i}" for i in range(300)]
    held = [i for i in ids if split_of(i) == "holdout"]
    assert 80 < len(held) < 120 and held == [i for i in ids if split_of(i) == "holdout"]
    report = Report(hidden_splits={"holdout"})
    report.add({"id": "h", "language": "en", "figures": [label()]}, [], "holdout")
    report.add({"id": "w", "language": "en", "figures": [label()]}, [], "work")
    scores = report.as_dict()
    assert report.hidden == 1 and [doc for doc, _ in report.misses] == ["w"]
    assert scores["by_split"]["holdout"]["labelled"] == 1 and scores["by_split"]["work"]["recall"] == 0
