"""Alert delivery through Apprise to a real local HTTP receiver."""

import json
import socket

from alerts.deliver import alert_urls, deliver
from warehouse import Warehouse

ANOMALY = {
    "id": "abc123", "rule": "cumulative_decrease", "severity": "warning", "metric": "victims",
    "message": "victims since 10 Nov 2020 fell from 344 (TREND, 12 Feb 2024) to 314 (APA, 20 Feb 2024)",
    "evidence": [{"url": "http://x/2", "publisher": "apa", "published": "2024-02-20", "value": 314.0,
                  "unit": "persons", "quote": "314 people"}],
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_alert_urls_from_environment():
    assert alert_urls(env={"MINEWATCH_ALERT_URLS": "json://a/x, mailto://b "}) == ["json://a/x", "mailto://b"]
    assert alert_urls(env={}) == []
    assert alert_urls(["json://a/x", "slack://t"], env={"MINEWATCH_ALERT_URLS": "json://a/x"}) == ["json://a/x", "slack://t"]


def test_sent_once_and_retried_after_a_failure(tmp_path, httpserver):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.upsert_anomalies([ANOMALY], "run1")
        down = f"json://127.0.0.1:{free_port()}/hook"
        assert deliver(wh, [down]) == (0, 1)
        assert wh.con.execute("SELECT status FROM anomalies").fetchone() == ("new",)

        httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
        up = f"json://127.0.0.1:{httpserver.port}/hook"
        assert deliver(wh, [up]) == (1, 0)
        assert deliver(wh, [up]) == (0, 0)  # never twice
        (request, _), = httpserver.log
        body = json.loads(request.data)
        assert "fell from 344" in body["title"]
        assert "314 people" in body["message"] and "http://x/2" in body["message"]
        assert wh.con.execute("SELECT status FROM anomalies").fetchone() == ("notified",)


def test_known_anomaly_is_not_new_again(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        assert len(wh.upsert_anomalies([ANOMALY], "run1")) == 1
        assert wh.upsert_anomalies([ANOMALY], "run2") == []


def test_a_partial_failure_is_retried_only_where_it_failed(tmp_path, httpserver):
    httpserver.expect_request("/a", method="POST").respond_with_data("ok")
    up = f"json://127.0.0.1:{httpserver.port}/a"
    port = free_port()
    later = f"json://127.0.0.1:{port}/b"
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.upsert_anomalies([ANOMALY], "run1")
        assert deliver(wh, [up, later]) == (0, 1)  # /b is down
        httpserver.expect_request("/b", method="POST").respond_with_data("ok")
        assert deliver(wh, [up, f"json://127.0.0.1:{httpserver.port}/b"]) == (1, 0)
    assert [q.path for q, _ in httpserver.log] == ["/a", "/b"]  # /a got it once, not twice


def test_lifecycle_new_notified_acknowledged_resolved(tmp_path, capsys):
    from minewatch.cli import main

    other = {**ANOMALY, "id": "def456", "rule": "sources_disagree"}
    with Warehouse(tmp_path / "warehouse.duckdb") as wh:
        wh.upsert_anomalies([ANOMALY, other], "run1")
        wh.mark_notified("abc123")
    assert main(["alerts", "--data-dir", str(tmp_path), "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {a["id"]: a["status"] for a in listed} == {"abc123": "notified", "def456": "new"}
    assert {"id", "rule", "severity", "metric", "message", "status", "first_seen", "evidence"} <= set(listed[0])
    assert {"url", "published", "value", "quote"} <= set(listed[0]["evidence"][0])

    assert main(["alerts", "ack", "def4", "--data-dir", str(tmp_path)]) == 0
    assert "acknowledged def456" in capsys.readouterr().out
    assert main(["alerts", "ack", "nope", "--data-dir", str(tmp_path)]) == 1
    capsys.readouterr()

    with Warehouse(tmp_path / "warehouse.duckdb") as wh:
        wh.upsert_anomalies([other], "run2")  # abc123 is not found any more: resolved
        statuses = dict(wh.con.execute("SELECT id, status FROM anomalies").fetchall())
        assert statuses == {"abc123": "resolved", "def456": "acknowledged"}
        wh.upsert_anomalies([ANOMALY, other], "run3")  # back again: open, but not sent twice
        assert wh.con.execute("SELECT status FROM anomalies WHERE id = 'abc123'").fetchone() == ("notified",)
    assert main(["alerts", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "abc123  notified" in out and "def456" not in out  # acknowledged ones are not open
