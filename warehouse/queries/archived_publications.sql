-- Every publication whose body is archived (parsed or failed, not off-topic), published on
-- or after $1 (all when NULL): what reparse reads again.
SELECT id, url, content_sha256, content_type, title, source, publisher, reprint_of
FROM publications
WHERE status IN ('parsed', 'failed') AND ($1 IS NULL OR coalesce(published, first_seen::DATE) >= $1)
ORDER BY first_seen, url
