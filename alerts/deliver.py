"""Step 6: send each anomaly once through Apprise; a failed delivery stays 'new' and is
tried again on the next run."""

from __future__ import annotations

import logging
import os

from warehouse import Warehouse

log = logging.getLogger("minewatch.alerts")


def alert_urls(env: dict | None = None) -> list[str]:
    raw = (env if env is not None else os.environ).get("MINEWATCH_ALERT_URLS", "")
    return [u.strip() for u in raw.split(",") if u.strip()]


def render(anomaly: dict) -> tuple[str, str]:
    """(title, body) of the message: the one-line summary, then the evidence with links."""
    title = f"minewatch [{anomaly['severity']}] {anomaly['rule']}: {anomaly['message']}"[:250]
    lines = [anomaly["message"], ""]
    for e in anomaly["evidence"]:
        lines.append(f"- {e.get('value')} {e.get('unit', '')} ({e.get('publisher')}, {e.get('published')}): "
                     f"\"{e.get('quote')}\" {e.get('url')}")
    lines.append(f"\nanomaly id: {anomaly['id']}")
    return title, "\n".join(lines)


def deliver(wh: Warehouse, urls: list[str]) -> tuple[int, int]:
    """(sent, failed) for the anomalies not yet notified. Without URLs nothing is sent."""
    if not urls:
        return 0, 0
    import apprise

    sent = failed = 0
    for anomaly in wh.undelivered_anomalies():
        notifier = apprise.Apprise()
        for url in urls:
            notifier.add(url)
        title, body = render(anomaly)
        if notifier.notify(title=title, body=body):
            wh.mark_notified(anomaly["id"])
            sent += 1
        else:
            # The URL holds secrets: name the anomaly, never the target.
            log.warning("alert for anomaly %s could not be delivered; will retry next run", anomaly["id"])
            failed += 1
    return sent, failed
