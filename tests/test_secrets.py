"""Alert URLs carry tokens: a real `minewatch run` that sends alerts to a working target, a
target that is down and a URL Apprise cannot read must not show any of their secrets in
what it prints, in what Prefect logged for the run, or in any file it leaves."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow

SECRETS = ("s3cr3t-user-pw", "tok-9f8e7d6c5b4a", "tok-down-1a2b3c", "tok-unreadable-77")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_alert_urls_never_leak(tmp_path, httpserver, prefect_harness):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.settings import get_current_settings

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    urls = [f"json://alerts:{SECRETS[0]}@127.0.0.1:{httpserver.port}/hook?+X-Token={SECRETS[1]}",
            f"json://127.0.0.1:{free_port()}/down?token={SECRETS[2]}",
            f"nosuchservice://{SECRETS[3]}@example.org"]
    env = {**os.environ, "PREFECT_API_URL": get_current_settings().api.url, "MINEWATCH_ALERT_URLS": ",".join(urls),
           "PREFECT_LOGGING_LEVEL": "DEBUG"}
    home = tmp_path / "home"
    done = subprocess.run([str(Path(sys.executable).with_name("minewatch")), "run", "--data-dir", str(home)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "alerts: 0 sent, 5 to retry next run" in done.stdout  # two targets missed every alert
    assert len(httpserver.log) == 5  # the working one got them all
    request = httpserver.log[0][0]  # the secrets do reach their own target
    assert request.headers["X-Token"] == SECRETS[1] and request.authorization.password == SECRETS[0]

    printed = done.stdout + done.stderr
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs()
        logged = "\n".join(log.message for log in client.read_logs(
            LogFilter(flow_run_id=LogFilterFlowRunId(any_=[r.id for r in runs]))))
    assert "anomaly" in logged  # Prefect did log the run: the missed alerts, named by anomaly
    files = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert any(p.name == "warehouse.duckdb" for p in files)
    for secret in SECRETS:
        assert secret not in printed, f"{secret} printed"
        assert secret not in logged, f"{secret} in Prefect's logs"
        for path, content in files.items():
            assert secret.encode() not in content, f"{secret} stored in {path}"
