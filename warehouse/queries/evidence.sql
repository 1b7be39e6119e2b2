-- The figures and shares whose ids are in $1, each with its publication: an anomaly's evidence.
SELECT id, url, publisher, title, published, metric, value, unit, kind, qualifier, period_start,
       period_end, district, operator, note, quote, source_table
FROM figures_with_source WHERE list_contains($1, id)
UNION ALL
SELECT id, url, publisher, title, published, metric, value, unit, kind, qualifier, period_start,
       period_end, district, operator, note, quote, source_table
FROM shares_with_source WHERE list_contains($1, id)
