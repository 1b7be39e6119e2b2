-- Parsed originals that a publication ($1: its URL, $2: its date) could reprint: published
-- within $3 days of it (or undated), oldest first.
SELECT id, text FROM publications
WHERE status = 'parsed' AND reprint_of IS NULL AND url <> $1 AND text IS NOT NULL
  AND ($2::DATE IS NULL OR published IS NULL OR abs(date_diff('day', published, $2::DATE)) <= $3)
ORDER BY first_seen
