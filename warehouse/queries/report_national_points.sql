-- Every point of a national running total of a metric ($1), from the checks' consensus, with
-- its source: scopes starting on one of the dates $2, or unstated when $3.
SELECT c.period_end, c.value, c.outlier, f.unit, f.publisher, f.url, f.quote, c.figure_id
FROM consensus_points c JOIN figures_with_source f ON f.id = c.figure_id
WHERE c.metric = $1 AND c.kind = 'cumulative' AND c.period_end IS NOT NULL
  AND c.district IS NULL AND c.operator IS NULL AND c.note IS NULL
  AND (list_contains($2::DATE[], c.period_start) OR ($3 AND c.period_start IS NULL))
ORDER BY c.period_end, c.value
