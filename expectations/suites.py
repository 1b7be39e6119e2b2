"""The expectation suites: which frame each one reads, and what it expects of it.

Each suite validates a pandas frame computed in DuckDB (GX has no working DuckDB
source): `sql` gives the frame, `id_columns` the columns that name a failing row.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from parsers.model import KINDS, METRICS, QUALIFIERS


@dataclass(frozen=True)
class Check:
    rule: str              # stable name, part of each anomaly's id
    expectation: str       # GX expectation class name
    kwargs: dict = field(default_factory=dict)
    severity: str = "warning"


@dataclass(frozen=True)
class Suite:
    name: str
    sql: str
    id_columns: tuple[str, ...]
    checks: tuple[Check, ...]
    # For evidence beyond the id columns: a query taking the failing row's first id and
    # returning one list of further figure ids (a table total's rows, say).
    related_sql: str | None = None
    # For checks on sources rather than figures: the publications that serve as evidence,
    # given the failing row's first id column.
    publications_sql: str | None = None
    # For frames computed in Python from the consensus (expectations/consensus.py) instead of
    # SQL: the name of the function there that gives the rows; each row names its evidence
    # (evidence_ids) and its level.
    consensus: str | None = None


def within_tolerance(rule: str) -> Check:
    """A check on `excess`: a difference divided by what it may be (|excess| <= 1 passes)."""
    return Check(rule, "ExpectColumnValuesToBeBetween", {"column": "excess", "min_value": -1, "max_value": 1})


PLAUSIBILITY = Path(__file__).with_name("plausibility.toml")
EARLIEST = "1988-01-01"  # the conflict's first year: no mine-action figure can be older


def _max_per_day() -> str:
    """The configured growth floors as a SQL VALUES list (metric, per_day)."""
    bounds = tomllib.loads(PLAUSIBILITY.read_text())["max_per_day"]
    return ", ".join(f"('{m}', {float(v)})" for m, v in sorted(bounds.items()) if m in METRICS)


UNITS = sorted(f"{metric}:{unit}" for metric, unit in METRICS.items())

SUITES = (
    Suite(
        name="figures",
        sql=f"""SELECT f.id, f.metric, f.value, f.kind, f.qualifier, f.metric || ':' || f.unit AS metric_unit,
                       CASE WHEN f.kind <> 'plan' THEN date_diff('day', current_date, f.period_end) END
                           AS days_in_future,
                       date_diff('day', DATE '{EARLIEST}', coalesce(f.period_start, f.period_end)) AS days_since_1988,
                       strpos(p.text, f.quote) > 0 AS quote_in_text,
                       -- a reprint repeats its original's typo: told once; a count of an undated
                       -- text that no date places is in no series: its flag is enough
                       list_contains(f.flags, 'malformed_number') AND p.reprint_of IS NULL
                           AND (p.published IS NOT NULL OR f.kind = 'plan' OR f.period_end IS NOT NULL) AS malformed
                FROM figures f JOIN publications p ON p.id = f.publication_id""",
        id_columns=("id",),
        checks=(
            Check("value_present", "ExpectColumnValuesToNotBeNull", {"column": "value"}, "error"),
            Check("value_non_negative", "ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0}, "error"),
            Check("metric_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "metric", "value_set": sorted(METRICS)}, "error"),
            Check("kind_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": list(KINDS)}, "error"),
            Check("qualifier_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "qualifier", "value_set": list(QUALIFIERS)}, "error"),
            Check("unit_of_metric", "ExpectColumnValuesToBeInSet", {"column": "metric_unit", "value_set": UNITS}, "error"),
            Check("date_in_future", "ExpectColumnValuesToBeBetween", {"column": "days_in_future", "max_value": 0}),
            Check("date_before_1988", "ExpectColumnValuesToBeBetween", {"column": "days_since_1988", "min_value": 0}),
            Check("quote_not_in_text", "ExpectColumnValuesToBeInSet", {"column": "quote_in_text", "value_set": [True]}, "error"),
            Check("malformed_number", "ExpectColumnValuesToBeInSet", {"column": "malformed", "value_set": [False]}),
        ),
    ),
    Suite(
        name="running_totals",
        sql="",
        consensus="falls",
        id_columns=("id",),
        checks=(
            Check("cumulative_decrease", "ExpectColumnValuesToBeBetween", {"column": "outliers", "max_value": 0}),
        ),
    ),
    Suite(
        name="growth",
        sql=f"""SELECT g.id, g.earlier_id, g.min_rate_per_day,
                       g.min_rate_per_day / greatest(b.per_day, 3 * coalesce(r.p95_per_day, 0)) AS excess
                FROM growth_steps g
                JOIN (VALUES {_max_per_day()}) b(metric, per_day) ON b.metric = g.metric
                LEFT JOIN period_rates r ON r.metric = g.metric AND r.periods >= 5""",
        id_columns=("id", "earlier_id"),
        checks=(
            Check("implausible_growth", "ExpectColumnValuesToBeBetween", {"column": "excess", "max_value": 1}),
        ),
    ),
    Suite(
        name="periods",
        # Real weeks vary up to twenty-fold (winter, a cluster-munition strike): past ten times
        # the usual is listed for review, past fifty (or a hundredth) is a slip worth an alert.
        sql="""SELECT id, ratio, usual_value, length,
                      CASE WHEN ratio >= 50 OR ratio <= 0.002 THEN 'alert' ELSE 'review' END AS level,
                      CASE WHEN ratio >= 50 OR ratio <= 0.002 THEN 'fifty times (or a fiftieth of) the usual: a slip'
                           ELSE 'one source, and real periods vary this much' END AS level_reason
               FROM period_outliers""",
        id_columns=("id",),
        checks=(
            Check("period_outlier", "ExpectColumnValuesToBeBetween", {"column": "ratio", "min_value": 0.01, "max_value": 10}),
        ),
    ),
    Suite(
        name="reconciliation",
        sql="""SELECT id, earlier_id, (periods_sum - cumulative_change) / tolerance AS excess
               FROM reconciliation WHERE coverage BETWEEN 0.9 AND 1.1""",
        id_columns=("id", "earlier_id"),
        related_sql="SELECT period_ids FROM reconciliation WHERE id = ?",
        checks=(
            within_tolerance("reconciliation_mismatch"),
        ),
    ),
    Suite(
        name="breakdowns",
        # Parts adding up to less than half or more than twice a stated total are not its parts
        # (a misread, another universe): what they are cannot be told, so they are not judged.
        sql="""SELECT total_id, (parts_sum - stated_total) / tolerance AS excess FROM breakdowns
               WHERE parts_sum BETWEEN 0.5 * stated_total AND 2 * stated_total""",
        id_columns=("total_id",),
        related_sql="SELECT part_ids FROM breakdowns WHERE total_id = ?",
        checks=(
            within_tolerance("breakdown_mismatch"),
        ),
    ),
    Suite(
        name="table_totals",
        sql="SELECT total_id, difference / tolerance AS excess FROM table_totals",
        id_columns=("total_id",),
        related_sql="SELECT row_ids FROM table_totals WHERE total_id = ?",
        checks=(
            within_tolerance("table_total_mismatch"),
        ),
    ),
    Suite(
        name="shares",
        sql="""SELECT s.id, s.value AS percent, len(s.part_ids) AS parts, c.part_value, c.whole_value, c.implied_percent, c.miss
               FROM shares_with_source s LEFT JOIN share_checks c USING (id) WHERE s.reprint_of IS NULL""",
        id_columns=("id",),
        related_sql="SELECT part_ids || whole_ids FROM shares WHERE id = ?",
        checks=(
            Check("percentage_out_of_range", "ExpectColumnValuesToBeBetween",
                  {"column": "percent", "min_value": 0, "max_value": 100}, "error"),
            Check("share_mismatch", "ExpectColumnValuesToBeBetween", {"column": "miss", "max_value": 0}),
        ),
    ),
    Suite(
        name="sources_agree",
        sql="",
        consensus="disagreements",
        id_columns=("id",),
        checks=(
            Check("sources_disagree", "ExpectColumnValuesToBeBetween", {"column": "outliers", "max_value": 0}),
        ),
    ),
    Suite(
        name="source_activity",
        # Judged only for sources with a rhythm: four publications or more, usually a month apart at most.
        sql="""SELECT source, days_silent / usual_gap_days AS silence,
                      CASE WHEN earlier_with_figures >= 3 THEN recent_without_figures ELSE 0 END AS recent_empty
               FROM source_activity WHERE publications >= 4 AND usual_gap_days <= 31""",
        id_columns=("source",),
        publications_sql="""SELECT url, published, title FROM publications WHERE source = ? AND status = 'parsed'
                            ORDER BY published DESC NULLS LAST LIMIT 3""",
        checks=(
            Check("source_silent", "ExpectColumnValuesToBeBetween", {"column": "silence", "max_value": 2}, "info"),
            Check("source_stopped_yielding", "ExpectColumnValuesToBeBetween", {"column": "recent_empty", "max_value": 2}),
        ),
    ),
)
