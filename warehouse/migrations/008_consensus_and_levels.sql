-- What the checks found the sources agree on (issue 15): every comparable figure as a point
-- of its series, set apart (outlier) or not, refilled by each run of the checks; the
-- consensus_series view reads it. And each anomaly's level: 'alert' (strong evidence, sent
-- through Apprise) or 'review' (listed, not sent), with the reason for it.

CREATE TABLE consensus_points (
    figure_id VARCHAR PRIMARY KEY,
    metric VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    period_start DATE,
    period_end DATE,
    district VARCHAR,
    operator VARCHAR,
    note VARCHAR,
    publisher VARCHAR,
    value DOUBLE,
    outlier BOOLEAN NOT NULL,
    against VARCHAR[]                   -- the figures an outlier contradicts
);

ALTER TABLE anomalies ADD COLUMN level VARCHAR;
ALTER TABLE anomalies ADD COLUMN level_reason VARCHAR;
