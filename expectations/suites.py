"""The expectation suites: which frame each one reads, and what it expects of it.

Each suite validates a pandas frame computed in DuckDB (GX has no working DuckDB
source): `sql` gives the frame, `id_columns` the columns that name a failing row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


SUITES = (
    Suite(
        name="figures",
        sql="SELECT id, metric, value, kind, qualifier FROM figures",
        id_columns=("id",),
        checks=(
            Check("value_present", "ExpectColumnValuesToNotBeNull", {"column": "value"}, "error"),
            Check("value_non_negative", "ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0}, "error"),
            Check("metric_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "metric", "value_set": sorted(METRICS)}, "error"),
            Check("kind_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": list(KINDS)}, "error"),
            Check("qualifier_in_taxonomy", "ExpectColumnValuesToBeInSet", {"column": "qualifier", "value_set": list(QUALIFIERS)}, "error"),
        ),
    ),
    Suite(
        name="cumulative_series",
        sql="SELECT id, earlier_id, slack FROM cumulative_steps",
        id_columns=("id", "earlier_id"),
        checks=(
            Check("cumulative_decrease", "ExpectColumnValuesToBeBetween", {"column": "slack", "min_value": 0}),
        ),
    ),
    Suite(
        name="table_totals",
        sql="SELECT total_id, difference / tolerance AS excess FROM table_totals",
        id_columns=("total_id",),
        related_sql="SELECT row_ids FROM table_totals WHERE total_id = ?",
        checks=(
            Check("table_total_mismatch", "ExpectColumnValuesToBeBetween",
                  {"column": "excess", "min_value": -1, "max_value": 1}),
        ),
    ),
)
