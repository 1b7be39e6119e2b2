-- Views analysts and the expectations read. Recreated each time the warehouse opens.

-- Every figure with the publication it came from: the first place to look.
-- reprint_of names the original when the publication reprints another outlet's story.
CREATE OR REPLACE VIEW figures_with_source AS
SELECT f.*, p.url, p.publisher, p.source, p.title, p.published, p.language, p.reprint_of
FROM figures f JOIN publications p ON p.id = f.publication_id;

-- The range each figure allows, from its qualifier: "over 3,400" is [3400, inf),
-- "around 150,000" is +-5 %, an exact figure +-0.5 % for rounding. Reprints are left
-- out, so that a story carried by five outlets counts once in every series.
CREATE OR REPLACE VIEW figure_bounds AS
SELECT *,
    CASE qualifier WHEN 'exact' THEN value * 0.995 WHEN 'approx' THEN value * 0.95
                   WHEN 'at_least' THEN value ELSE 0 END AS low,
    CASE qualifier WHEN 'exact' THEN value * 1.005 WHEN 'approx' THEN value * 1.05
                   WHEN 'at_most' THEN value ELSE 'infinity'::DOUBLE END AS high
FROM figures_with_source
WHERE value IS NOT NULL AND reprint_of IS NULL;

-- Each cumulative figure against the highest lower bound reached earlier in its series
-- (metric x scope start x district x operator x note, ordered by as-of date).
-- slack < 0 means the running total fell by more than the qualifiers allow.
CREATE OR REPLACE VIEW cumulative_steps AS
WITH s AS (
    SELECT *,
        max(low) OVER w AS earlier_low,
        arg_max(id, low) OVER w AS earlier_id
    FROM figure_bounds
    WHERE kind = 'cumulative' AND period_end IS NOT NULL
    WINDOW w AS (
        PARTITION BY metric, period_start, district, operator, note
        ORDER BY period_end
        RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING)
)
SELECT id, earlier_id, metric, period_start, district, operator, note, period_end,
       value, qualifier, high - earlier_low AS slack
FROM s
WHERE earlier_low IS NOT NULL;

-- Each table's total row against the sum of its other rows, per column (metric).
CREATE OR REPLACE VIEW table_totals AS
SELECT r.publication_id, r.source_table, r.metric,
       t.id AS total_id, t.value AS stated_total, sum(r.value) AS rows_sum,
       list(r.id ORDER BY r.id) AS row_ids,
       sum(r.value) - t.value AS difference,
       greatest(abs(t.value) * 0.005, 0.5) AS tolerance
FROM figures r
JOIN figures t ON t.publication_id = r.publication_id AND t.source_table = r.source_table
              AND t.metric = r.metric AND t.is_total
WHERE NOT r.is_total AND r.source_table IS NOT NULL
GROUP BY r.publication_id, r.source_table, r.metric, t.id, t.value;
