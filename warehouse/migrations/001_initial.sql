-- The first schema: publications, their figures, anomalies found in them, and runs.
-- Relations are by id (publication_id -> publications.id); DuckDB foreign keys would
-- forbid the delete-and-reload that keeps a publication's figures in step.

CREATE TABLE publications (
    id VARCHAR PRIMARY KEY,             -- first 16 hex digits of sha256(url)
    url VARCHAR NOT NULL UNIQUE,
    source VARCHAR,                     -- name of the source (sources file) that found it
    publisher VARCHAR,
    title VARCHAR,
    published DATE,
    language VARCHAR,
    content_type VARCHAR,
    content_sha256 VARCHAR NOT NULL,    -- key of the raw bytes in the raw archive
    text VARCHAR,                       -- the parsed text that every quote is a substring of
    status VARCHAR NOT NULL,            -- parsed | failed
    error VARCHAR,                      -- why parsing failed
    extractor_version VARCHAR,
    first_seen TIMESTAMP NOT NULL,
    last_changed TIMESTAMP NOT NULL
);

CREATE TABLE figures (
    id VARCHAR PRIMARY KEY,             -- hash of publication, position and content
    publication_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    value DOUBLE,
    unit VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,              -- period | cumulative | snapshot | plan
    qualifier VARCHAR NOT NULL,         -- exact | approx | at_least | at_most
    period_start DATE,
    period_end DATE,
    district VARCHAR,
    operator VARCHAR,
    quote VARCHAR NOT NULL,
    note VARCHAR,
    source_table VARCHAR,               -- caption of the table the figure came from
    is_total BOOLEAN NOT NULL DEFAULT false,
    flags VARCHAR[],
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE anomalies (
    id VARCHAR PRIMARY KEY,             -- stable: the same problem found again keeps its id
    rule VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,          -- info | warning | error
    metric VARCHAR,
    message VARCHAR NOT NULL,
    evidence JSON NOT NULL,             -- [{url, published, value, quote, ...}]
    status VARCHAR NOT NULL,            -- new | notified | acknowledged | resolved
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    notified_at TIMESTAMP,
    first_run_id VARCHAR
);

CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,            -- running | completed | failed
    publications_new INTEGER DEFAULT 0,
    publications_changed INTEGER DEFAULT 0,
    publications_unchanged INTEGER DEFAULT 0,
    publications_failed INTEGER DEFAULT 0,
    figures_loaded INTEGER DEFAULT 0,
    anomalies_new INTEGER DEFAULT 0,
    error VARCHAR
);

CREATE TABLE fetch_errors (
    run_id VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    source VARCHAR,
    fetched_at TIMESTAMP NOT NULL,
    error VARCHAR NOT NULL
);
