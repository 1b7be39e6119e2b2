-- Conditional GET: the validators each publication URL last answered with, so that an
-- unchanged page costs a 304 and no download.

CREATE TABLE http_cache (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    content_sha256 VARCHAR,
    checked_at TIMESTAMP NOT NULL
);
