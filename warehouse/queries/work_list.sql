-- Discovered publications to fetch now ($1: the revisit cut-off): never loaded (new, or a
-- retry after a failed fetch), or parsed and last checked before the cut-off. Off-topic and
-- unparseable ones are not fetched again; one whose last fetch failed for good (a 404, too
-- large) not before the cut-off. In discovery's order.
WITH failed AS (
    SELECT url, arg_max(terminal, fetched_at) AS terminal, max(fetched_at) AS at
    FROM fetch_errors GROUP BY url)
SELECT d.url, d.source, d.publisher, d.title,
       CASE WHEN p.id IS NOT NULL THEN 'revisit' WHEN e.url IS NOT NULL THEN 'retry' ELSE 'new' END AS reason
FROM discovered d
LEFT JOIN publications p ON p.url = d.url
LEFT JOIN http_cache c ON c.url = d.url
LEFT JOIN failed e ON e.url = d.url
WHERE (p.id IS NULL OR (p.status = 'parsed' AND (c.checked_at IS NULL OR c.checked_at < $1)))
  AND NOT (e.terminal IS TRUE AND e.at >= $1)
ORDER BY d.first_seen, d.url
