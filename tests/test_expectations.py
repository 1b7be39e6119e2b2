"""Real GX validations over a real warehouse; failing rows become anomalies."""

from datetime import date

import pytest

from parsers.model import Document, Figure
from warehouse import Warehouse

pytestmark = pytest.mark.slow


def victims(value, end, qualifier="exact"):
    return Figure(metric="victims", value=value, kind="cumulative", quote=f"{value:,.0f} people", qualifier=qualifier,
                  period_start=date(2020, 11, 10), period_end=end)


def load(wh, url, publisher, figures, published):
    text = " ".join(f.quote for f in figures)
    wh.load_publication(url=url, source="s", publisher=publisher, content_type="text/html", sha256=url * 2,
                        doc=Document(text=text, title=url, published=published), figures=figures,
                        extractor_version="test")


@pytest.fixture
def wh(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as w:
        yield w


def run(wh):
    from expectations.validate import run_suites

    anomalies, summary = run_suites(wh)
    return anomalies, {c["rule"]: c for c in summary}


def test_a_fall_in_a_running_total_is_an_anomaly_with_evidence(wh):
    load(wh, "http://trend/1", "trend", [victims(344, date(2024, 2, 12))], date(2024, 2, 12))
    load(wh, "http://other/2", "apa", [victims(314, date(2024, 2, 20))], date(2024, 2, 20))
    anomalies, checks = run(wh)
    (a,) = anomalies
    assert a["rule"] == "cumulative_decrease" and a["metric"] == "victims"
    assert a["message"] == "victims since 10 Nov 2020 fell from 344 (TREND, 12 Feb 2024) to 314 (APA, 20 Feb 2024)"
    assert [e["url"] for e in a["evidence"]] == ["http://other/2", "http://trend/1"]
    assert all(e["quote"] for e in a["evidence"])
    assert checks["cumulative_decrease"]["failing"] == 1
    again, _ = run(wh)
    assert [x["id"] for x in again] == [a["id"]]  # the same problem keeps its id


def test_a_lower_figure_within_the_qualifier_is_no_anomaly(wh):
    load(wh, "http://a/1", "trend", [victims(3421, date(2024, 1, 1))], date(2024, 1, 1))
    load(wh, "http://b/2", "apa", [victims(3400, date(2024, 3, 1), "at_least")], date(2024, 3, 1))
    anomalies, checks = run(wh)
    assert anomalies == [] and checks["cumulative_decrease"]["success"]


def test_an_approximate_figure_well_below_is_an_anomaly(wh):
    load(wh, "http://a/1", "trend", [victims(166_000, date(2024, 1, 1))], date(2024, 1, 1))
    load(wh, "http://b/2", "apa", [victims(150_000, date(2024, 3, 1), "approx")], date(2024, 3, 1))
    assert [a["rule"] for a in run(wh)[0]] == ["cumulative_decrease"]


def test_table_total_that_does_not_add_up(wh):
    rows = [Figure(metric="demining_machines", value=v, kind="snapshot", quote=f"Op{v} {v:.0f}", operator=f"Op{v}",
                   table="Table 1", period_end=date(2022, 12, 31)) for v in (24.0, 4.0, 11.0)]
    total = Figure(metric="demining_machines", value=55, kind="snapshot", quote="Totals 55", table="Table 1",
                   total=True, period_end=date(2022, 12, 31))
    load(wh, "http://mar/r.pdf", "mine-action-review", rows + [total], date(2023, 8, 1))
    (a,) = run(wh)[0]
    assert a["rule"] == "table_total_mismatch"
    assert "gives 55" in a["message"] and "add up to 39" in a["message"]
    assert len(a["evidence"]) == 4


def test_row_level_checks(wh):
    bad = victims(-5, date(2024, 1, 1))
    load(wh, "http://a/1", "trend", [bad], date(2024, 1, 1))
    rules = [a["rule"] for a in run(wh)[0]]
    assert "value_non_negative" in rules


def test_a_week_ten_times_the_usual_is_a_period_outlier(wh):
    def week(n, value):
        start = date(2024, 1, 1) + (date(2024, 1, 8) - date(2024, 1, 1)) * n
        return Figure(metric="area_cleared", value=value, kind="period", quote=f"{value:,.1f} hectares",
                      period_start=start, period_end=start + (date(2024, 1, 7) - date(2024, 1, 1)))
    for n, value in enumerate([1210.5, 980.2, 1105.0, 1302.7, 124_500.0, 1150.3]):
        load(wh, f"http://anama/{n}", "anama", [week(n, value)], week(n, value).period_end + (date(2024, 1, 2) - date(2024, 1, 1)))
    anomalies, checks = run(wh)
    (a,) = [a for a in anomalies if a["rule"] == "period_outlier"]
    assert "124,500" in a["message"] and "times the usual week" in a["message"] and a["level"] == "alert"
    assert checks["period_outlier"]["failing"] == 1
