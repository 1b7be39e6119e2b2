-- Whether a publication's fetch failed for good (HTTP 404 or 410, too large, a refused
-- content type, disallowed by robots.txt, unparseable): such a URL is tried again only
-- after revisit_days, where a transient failure (a timeout, HTTP 5xx or 429) is retried on
-- the next run. NULL for a source's failure (sources are read every run) and for failures
-- recorded before this column existed.

ALTER TABLE fetch_errors ADD COLUMN terminal BOOLEAN;
