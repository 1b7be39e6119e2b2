-- The latest value the sources agree on for a metric's ($1) national running total since $2,
-- never a part's: exact before rounded, the later publication first.
SELECT c.period_end, c.value, f.unit, f.publisher, f.url, f.quote, c.figure_id
FROM consensus_points c JOIN figures_with_source f ON f.id = c.figure_id
WHERE c.metric = $1 AND c.kind = 'cumulative' AND NOT c.outlier
  AND c.district IS NULL AND c.operator IS NULL AND c.note IS NULL AND c.period_start = $2
ORDER BY c.period_end DESC, f.qualifier <> 'exact', f.published DESC
LIMIT 1
