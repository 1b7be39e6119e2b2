"""Run the suites with Great Expectations and turn failing rows into anomalies.

GX is imported here only (it costs over ten seconds); nothing else imports this module
at start-up.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

import pandas as pd

from parsers.model import METRICS
from warehouse import Warehouse

from . import consensus
from .describe import describe
from .suites import SUITES, Suite

# The comparable figures as consensus.py reads them.
COMPARABLE = """SELECT id, metric, kind, period_start, period_end, district, operator, note, value, low, high,
                       publisher, publication_id, source_table, dated FROM comparable_figures"""
CONSENSUS_COLUMNS = ["id", "outliers", "agreeing", "evidence_ids", "level", "level_reason"]


def find_consensus(wh: Warehouse) -> list:
    """Each series' outliers, and every comparable figure stored as a point of its series
    (consensus_points: what the consensus_series view and the growth check read)."""
    rows = wh.frame(COMPARABLE).to_dict("records")
    for r in rows:  # pandas gives NaN/NaT where SQL had NULL
        for k in ("district", "operator", "note", "source_table", "period_start", "period_end", "publisher"):
            if pd.isna(r[k]):
                r[k] = None
        for k in ("period_start", "period_end"):
            r[k] = r[k].date() if r[k] is not None and hasattr(r[k], "date") else r[k]
    found = consensus.outliers(rows)
    against = {o.point.id: [p.id for p in o.against] for _, o in found}
    wh.store_consensus([(r["id"], r["metric"], r["kind"], r["period_start"], r["period_end"], r["district"],
                         r["operator"], r["note"], r["publisher"], r["value"], r["id"] in against, against.get(r["id"]))
                        for r in rows])
    return found


def _consensus_frame(rows: list[dict]):
    return pd.DataFrame(rows, columns=CONSENSUS_COLUMNS)

DOCS_SITE = "minewatch"
# What each piece of evidence shows; a stated percentage shows as metric 'percentage'.
def run_suites(wh: Warehouse, docs_dir: Path | None = None) -> tuple[list[dict], list[dict]]:
    """(anomalies, per-check summary) for the warehouse as it is now. With docs_dir, GX
    Data Docs (HTML: each suite and its latest validation) are built there."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # after import: GX sets its own

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    if docs_dir is not None:
        context.add_data_docs_site(DOCS_SITE, {
            "class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)}})
    source = context.data_sources.add_pandas("warehouse")
    found = find_consensus(wh)
    anomalies, summary = [], []
    for suite in SUITES:
        frame = _consensus_frame(getattr(consensus, suite.consensus)(found)) if suite.consensus else wh.frame(suite.sql)
        result = _validate(gx, context, source, suite, frame, docs_dir is not None)
        # GX names a failing row by its id columns; the message wants the whole row.
        rows = {tuple(r[c] for c in suite.id_columns): r for r in frame.to_dict("records")}
        for check, outcome in zip(suite.checks, result.results):
            failing = outcome.result.get("unexpected_index_list") or []
            summary.append({"suite": suite.name, "rule": check.rule, "success": bool(outcome.success),
                            "rows": len(frame), "failing": len(failing)})
            for row in failing:
                whole = rows.get(tuple(row[c] for c in suite.id_columns), row)
                anomalies.append(_anomaly(wh, check, suite, whole))
    return anomalies, summary


def _validate(gx, context, source, suite: Suite, frame, docs: bool):
    asset = source.add_dataframe_asset(name=suite.name)
    batch = asset.add_batch_definition_whole_dataframe(suite.name)
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.name))
    for check in suite.checks:
        gx_suite.add_expectation(getattr(gx.expectations, check.expectation)(**check.kwargs))
    definition = context.validation_definitions.add(gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite))
    result_format = {"result_format": "COMPLETE", "unexpected_index_column_names": list(suite.id_columns)}
    if not docs:
        return definition.run(batch_parameters={"dataframe": frame}, result_format=result_format)
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name=suite.name, validation_definitions=[definition], result_format=result_format,
        actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs", site_names=[DOCS_SITE])]))
    (result,) = checkpoint.run(batch_parameters={"dataframe": frame}).run_results.values()
    return result


def _anomaly(wh: Warehouse, check, suite: Suite, row: dict) -> dict:
    ids = list(row["evidence_ids"]) if suite.consensus else [row[c] for c in suite.id_columns if row.get(c)]
    if suite.publications_sql:
        evidence = _publications(wh, suite.publications_sql, ids[0])
        key = json.dumps([check.rule, ids[0]])
        metric = None
    else:
        if suite.related_sql and ids:
            related = wh.select(suite.related_sql, [ids[0]])
            ids += list(next(iter(related[0].values()))) if related else []
        evidence = _evidence(wh, ids)
        key = json.dumps([check.rule] + [[e["url"], e["metric"], e["value"], e["quote"]] for e in evidence[:2]])
        # A share's anomaly is about the figures it relates, not the percentage itself.
        metric = next((e["metric"] for e in evidence if e["metric"] in METRICS),
                      evidence[0]["metric"] if evidence else None)
    return {
        "id": hashlib.sha256(key.encode()).hexdigest()[:12],
        "rule": check.rule,
        "severity": check.severity,
        "metric": metric,
        "message": describe(check.rule, evidence, {k: _plain(v) for k, v in row.items() if k != "evidence_ids"}),
        "evidence": evidence,
        **_level(check, evidence, row),
    }


def _level(check, evidence: list[dict], row: dict) -> dict:
    """Whether an anomaly is sent (alert) or only listed (review), and why."""
    if row.get("level"):
        return {"level": row["level"], "level_reason": row["level_reason"]}
    if check.severity == "info":
        return {"level": "review", "level_reason": "about a source's rhythm, not a figure"}
    parts = [e for e in evidence if e.get("metric") != "percentage" and (e.get("district") or e.get("note")
             or e.get("operator") not in (None, "ANAMA"))]
    if parts and check.rule in ("implausible_growth", "reconciliation_mismatch"):
        return {"level": "review", "level_reason": "a part's series, not a national total"}
    if len({e.get("url") for e in evidence}) <= 1:
        return {"level": "alert", "level_reason": "one publication contradicts itself, in its own words"}
    return {"level": "alert", "level_reason": "exact quotes of national totals"}


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def _publications(wh: Warehouse, sql: str, key: str) -> list[dict]:
    out = []
    for r in wh.select(sql, [key]):
        e = dict(r, source=key, value=None, quote=None)
        e["published"] = e["published"].isoformat() if e.get("published") else None
        out.append(e)
    return out


def _evidence(wh: Warehouse, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    rows = {r["id"]: r for r in wh.records("evidence", [ids])}
    out = []
    for i in ids:
        if i in rows:
            e = rows[i]
            for k in ("published", "period_start", "period_end"):
                e[k] = e[k].isoformat() if e[k] else None
            out.append(e)
    return out
