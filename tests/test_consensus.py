"""What the sources agree on: the greedy setting-apart of outliers, as pure functions."""

from datetime import date

from expectations.consensus import Point, disagreements, falls, level, outliers, set_apart


def pt(pid, value, when, publisher="trend", publication=None, rough=0.005, table=None):
    return Point(pid, publisher, publication or pid, table, value, value * (1 - rough), value * (1 + rough), when)


def d(month, year=2024):
    return date(year, month, 1)


def test_one_stray_point_is_set_apart_alone():
    # A part read as the whole (257) before a series of sources that agree (45 .. 65).
    points = [pt("a", 36, d(1, 2022), "trend"), pt("stray", 257, d(10, 2022), "trend"),
              pt("b", 45, d(12, 2022), "azernews"), pt("c", 46, d(1, 2023), "anadolu"), pt("e", 65, d(11, 2023), "report")]
    (o,) = set_apart(points, running=True)
    assert o.point.id == "stray" and {p.id for p in o.against} == {"b", "c", "e"}


def test_a_real_fall_against_several_publications_is_an_alert():
    points = [pt("a", 28_259, d(5, 2023)), pt("b", 30_539, d(11, 2023)), pt("c", 31_175, d(2)),
              pt("fall", 25_000, d(10), "azernews", rough=0.1)]
    (o,) = set_apart(points, running=True)
    assert o.point.id == "fall" and level(o) == ("alert", "3 publications agree against one")


def test_one_against_one_is_for_review_and_the_later_one_fell():
    (o,) = set_apart([pt("before", 344, d(2)), pt("after", 314, d(3), "apa")], running=True)
    assert o.point.id == "after" and level(o)[0] == "review"


def test_far_from_the_rest_is_more_likely_a_part_than_a_contradiction():
    points = [pt("a", 30_000, d(5, 2023)), pt("b", 30_539, d(11, 2023)), pt("part", 10_463, d(8), "azernews")]
    (o,) = set_apart(points, running=True)
    assert o.point.id == "part" and level(o)[0] == "review" and "part" in level(o)[1]


def test_rounding_is_no_contradiction_and_parts_of_one_text_are_not_sources():
    assert set_apart([pt("a", 282, d(1)), pt("b", 300, d(2), "apa", rough=0.1)], running=True) == []
    same_text = [pt("x", 53_081.8, d(12, 2023), publication="p"), pt("y", 29_005.6, d(12, 2023), publication="p")]
    assert set_apart(same_text, running=True) == []


def test_a_publication_contradicting_its_own_table_is_an_alert():
    text, table = pt("text", 20, d(12, 2022), publication="mar"), pt("table", 4, d(12, 2022), publication="mar", table="Table 1")
    (o,) = set_apart([text, table], running=False)
    assert level(o)[0] == "alert" and "contradicts itself" in level(o)[1]


def row(fid, value, when, publisher, kind="cumulative", period_start=date(2020, 11, 10)):
    return {"id": fid, "metric": "victims", "kind": kind, "period_start": period_start, "period_end": when,
            "district": None, "operator": None, "note": None, "value": value, "low": value * 0.995,
            "high": value * 1.005, "publisher": publisher, "publication_id": fid, "source_table": None, "dated": True}


def test_one_anomaly_per_group_of_sources_that_disagree_on_one_date():
    rows = [row("a", 341, d(12, 2023), "report"), row("b", 341, d(12, 2023), "trend"), row("c", 322, d(12, 2023), "turan"),
            row("d", 412, d(12, 2023), "x")]
    found = outliers(rows)
    (group,) = disagreements(found)
    assert group["outliers"] == 2 and set(group["evidence_ids"][:2]) == {"c", "d"} and falls(found) == []


def test_an_undated_text_is_compared_with_itself_only():
    rows = [row("a", 341, d(12, 2023), "report"), {**row("b", 200, d(12, 2023), "turan"), "dated": False}]
    assert outliers(rows) == []


def test_a_unit_slip_in_a_running_total_is_an_alert():
    points = [pt("a", 148_000, d(4)), pt("slip", 1_500_000, d(5), "apa"), pt("b", 151_000, d(6), "report"),
              pt("c", 152_500, d(7), "azernews")]
    (o,) = set_apart(points, running=True)
    assert o.point.id == "slip" and level(o)[0] == "alert" and "unit slip" in level(o)[1]


def test_a_part_read_as_the_whole_is_set_apart_without_an_anomaly():
    points = [pt("a", 28_259, d(5, 2023)), pt("b", 30_539, d(11, 2023)), pt("part", 6_092, d(2), "today")]
    found = outliers([{**row(p.id, p.value, p.when, p.publisher)} for p in points])
    assert [o.point.id for _, o in found] == ["part"] and falls(found) == [] and disagreements(found) == []
