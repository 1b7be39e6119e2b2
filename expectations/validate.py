"""Run the suites with Great Expectations and turn failing rows into anomalies.

GX is imported here only (it costs over ten seconds); nothing else imports this module
at start-up.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os

from warehouse import Warehouse

from .describe import describe
from .suites import SUITES, Suite


def run_suites(wh: Warehouse) -> tuple[list[dict], list[dict]]:
    """(anomalies, per-check summary) for the warehouse as it is now."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # after import: GX sets its own

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    source = context.data_sources.add_pandas("warehouse")
    anomalies, summary = [], []
    for suite in SUITES:
        frame = wh.frame(suite.sql)
        result = _validate(gx, context, source, suite, frame)
        for check, outcome in zip(suite.checks, result.results):
            failing = outcome.result.get("unexpected_index_list") or []
            summary.append({"suite": suite.name, "rule": check.rule, "success": bool(outcome.success),
                            "rows": len(frame), "failing": len(failing)})
            for row in failing:
                anomalies.append(_anomaly(wh, check, suite, row))
    return anomalies, summary


def _validate(gx, context, source, suite: Suite, frame):
    asset = source.add_dataframe_asset(name=suite.name)
    batch = asset.add_batch_definition_whole_dataframe(suite.name)
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.name))
    for check in suite.checks:
        gx_suite.add_expectation(getattr(gx.expectations, check.expectation)(**check.kwargs))
    definition = context.validation_definitions.add(gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite))
    return definition.run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": list(suite.id_columns)},
    )


def _anomaly(wh: Warehouse, check, suite: Suite, row: dict) -> dict:
    ids = [row[c] for c in suite.id_columns if row.get(c)]
    if suite.related_sql and ids:
        related = wh.con.execute(suite.related_sql, [ids[0]]).fetchone()
        ids += list(related[0]) if related else []
    evidence = _evidence(wh, ids)
    key = json.dumps([check.rule] + [[e["url"], e["metric"], e["value"], e["quote"]] for e in evidence[:2]])
    return {
        "id": hashlib.sha256(key.encode()).hexdigest()[:12],
        "rule": check.rule,
        "severity": check.severity,
        "metric": evidence[0]["metric"] if evidence else None,
        "message": describe(check.rule, evidence),
        "evidence": evidence,
    }


def _evidence(wh: Warehouse, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    cur = wh.con.execute(
        """SELECT id, url, publisher, title, published, metric, value, unit, kind, qualifier, period_start,
                  period_end, district, operator, quote, source_table
           FROM figures_with_source WHERE id IN (SELECT unnest(?))""", [ids])
    cols = [d[0] for d in cur.description]
    rows = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
    out = []
    for i in ids:
        if i in rows:
            e = rows[i]
            for k in ("published", "period_start", "period_end"):
                e[k] = e[k].isoformat() if e[k] else None
            out.append(e)
    return out
