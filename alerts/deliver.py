"""Step 6: send each anomaly once through Apprise; a failed delivery stays 'new' and is
tried again on the next run."""

from __future__ import annotations

import hashlib
import logging
import os

from warehouse import Warehouse

log = logging.getLogger("minewatch.alerts")


def alert_urls(configured: tuple[str, ...] | list[str] = (), env: dict | None = None) -> list[str]:
    """The Apprise URLs of MINEWATCH_ALERT_URLS (comma-separated) and of the sources file."""
    raw = (env if env is not None else os.environ).get("MINEWATCH_ALERT_URLS", "")
    urls = [u.strip() for u in raw.split(",") if u.strip()] + list(configured)
    return list(dict.fromkeys(urls))


def target_key(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


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
    """(sent, failed) for the anomalies not yet notified. Each URL gets each anomaly once:
    after a partial failure the retry goes only to the URLs that missed it. Without URLs
    nothing is sent."""
    if not urls:
        return 0, 0
    import apprise

    sent = failed = 0
    for anomaly in wh.undelivered_anomalies():
        title, body = render(anomaly)
        done = wh.delivered_to(anomaly["id"])
        missed = 0
        for url in urls:
            if target_key(url) in done:
                continue
            notifier = apprise.Apprise()
            notifier.add(url)
            if notifier.notify(title=title, body=body):
                wh.record_delivery(anomaly["id"], target_key(url))
            else:
                missed += 1
        if missed:
            # The URL holds secrets: name the anomaly, never the target.
            log.warning("alert for anomaly %s missed %d target(s); will retry next run", anomaly["id"], missed)
            failed += 1
        else:
            wh.mark_notified(anomaly["id"])
            sent += 1
    return sent, failed
