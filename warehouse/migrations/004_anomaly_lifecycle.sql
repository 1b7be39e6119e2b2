-- Anomaly lifecycle: new -> notified -> acknowledged (by a person) or resolved (no longer
-- found by the checks); and each alert target's delivery, so that a retry after a partial
-- failure reaches only the targets that missed it.

ALTER TABLE anomalies ADD COLUMN acknowledged_at TIMESTAMP;
ALTER TABLE anomalies ADD COLUMN resolved_at TIMESTAMP;

CREATE TABLE deliveries (
    anomaly_id VARCHAR NOT NULL,
    target VARCHAR NOT NULL,            -- sha256 of the Apprise URL: URLs hold secrets
    delivered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (anomaly_id, target)
);
