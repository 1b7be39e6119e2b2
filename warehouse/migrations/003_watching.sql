-- Watching publishers: every HTTP request and what became of it, every publication
-- discovery has found (so a new one is told apart from a known one), and reprints of
-- one story by several outlets (so a series does not count it twice).

CREATE TABLE fetch_log (
    run_id VARCHAR,
    url VARCHAR NOT NULL,
    status INTEGER,                     -- HTTP status; NULL when no answer came
    bytes BIGINT NOT NULL,              -- body bytes downloaded (0 for a 304)
    seconds DOUBLE NOT NULL,
    outcome VARCHAR NOT NULL,           -- ok | not_modified | redirect | transient | terminal | robots
    error VARCHAR,
    fetched_at TIMESTAMP NOT NULL
);

CREATE TABLE discovered (
    url VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    publisher VARCHAR,
    title VARCHAR,                      -- as the index listed it
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL
);

ALTER TABLE publications ADD COLUMN reprint_of VARCHAR;   -- id of the publication this one reprints
ALTER TABLE runs ADD COLUMN publications_off_topic INTEGER DEFAULT 0;
ALTER TABLE runs ADD COLUMN reprints INTEGER DEFAULT 0;
