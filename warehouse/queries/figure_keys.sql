-- A publication's ($1) figures, keyed by metric and quote: what reparse compares.
SELECT metric, quote, value, kind, qualifier, period_start, period_end, district, operator, note
FROM figures WHERE publication_id = $1 ORDER BY id
