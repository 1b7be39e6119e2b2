-- Views analysts and the expectations read. Recreated each time the warehouse opens.

-- Every figure with the publication it came from: the first place to look.
-- reprint_of names the original when the publication reprints another outlet's story.
CREATE OR REPLACE VIEW figures_with_source AS
SELECT f.*, p.url, p.publisher, p.source, p.title, p.published, p.language, p.reprint_of
FROM figures f JOIN publications p ON p.id = f.publication_id;

-- The range each figure allows, from its qualifier: "over 3,400" is [3400, inf),
-- "around 150,000" or "nearly 300" is +-10 %, an exact figure +-0.5 % for rounding, or
-- half its last round digit when it ends in zeros ("25,000": +-500), at most 5 %.
-- Reprints are left out, so that a story carried by five outlets counts once in every series.
CREATE OR REPLACE VIEW figure_bounds AS
WITH r AS (
    SELECT *, CASE WHEN qualifier = 'exact' AND value >= 100 AND value = round(value) THEN
                  least(greatest(0.005 * value, 0.5 * pow(10, length(regexp_extract(value::BIGINT::VARCHAR, '0+$')))),
                        0.05 * value)
              ELSE 0.005 * value END AS rounding
    FROM figures_with_source
    WHERE value IS NOT NULL AND reprint_of IS NULL
)
SELECT * EXCLUDE (rounding),
    CASE qualifier WHEN 'exact' THEN value - rounding WHEN 'approx' THEN value * 0.9
                   WHEN 'at_least' THEN value ELSE 0 END AS low,
    CASE qualifier WHEN 'exact' THEN value + rounding WHEN 'approx' THEN value * 1.1
                   WHEN 'at_most' THEN value ELSE 'infinity'::DOUBLE END AS high
FROM r;

-- Figures that may be compared: a kind the text decided (not flagged scope_guessed), no
-- plans, and not one of several different values that one publication's text gives for the
-- same metric, scope and date (those are parts the wording does not tell apart: a
-- district's, a purpose's, an operator's). Only dated ones are compared across publications:
-- from a dated publication, or with dates its own words give (not flagged undated).
CREATE OR REPLACE VIEW comparable_figures AS
WITH ambiguous AS (
    SELECT publication_id, metric, kind, period_start, period_end, district, operator, note
    FROM figure_bounds
    WHERE source_table IS NULL
    GROUP BY ALL
    HAVING max(low) > min(high)
)
SELECT b.*, b.published IS NOT NULL OR (b.period_end IS NOT NULL AND NOT list_contains(b.flags, 'undated')) AS dated
FROM figure_bounds b
WHERE b.kind <> 'plan' AND NOT list_contains(b.flags, 'scope_guessed')
  AND NOT EXISTS (SELECT 1 FROM ambiguous a
                  WHERE a.publication_id = b.publication_id AND a.metric = b.metric AND a.kind = b.kind
                    AND a.period_start IS NOT DISTINCT FROM b.period_start
                    AND a.period_end IS NOT DISTINCT FROM b.period_end AND a.district IS NOT DISTINCT FROM b.district
                    AND a.operator IS NOT DISTINCT FROM b.operator AND a.note IS NOT DISTINCT FROM b.note
                    AND b.source_table IS NULL);

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

-- What the sources agree on (filled by the checks, expectations/consensus.py): every
-- comparable figure, dated or from its own publication, by series (metric, scope start,
-- district, operator, part) and as-of date or period; outlier when setting it apart ends
-- its series' contradictions: at one date its range misses the others', or a running total
-- stands above a later one. value is the median the agreeing sources give; agreeing lists
-- them, outliers those set apart (with their values). Parts form their own series.
CREATE OR REPLACE VIEW consensus_series AS
SELECT metric, kind, period_start, period_end AS as_of, district, operator, note,
       median(value) FILTER (WHERE NOT outlier) AS value,
       list(DISTINCT publisher ORDER BY publisher) FILTER (WHERE NOT outlier) AS agreeing,
       list(publisher || ': ' || value ORDER BY publisher) FILTER (WHERE outlier) AS outliers,
       count(*) AS figures
FROM consensus_points
GROUP BY metric, kind, period_start, period_end, district, operator, note;

-- One point per cumulative series and as-of date, from dated publications and without the
-- outliers the consensus set apart: several outlets (or one outlet twice) giving the same
-- running total make one point, as wide as their qualifiers allow.
CREATE OR REPLACE VIEW cumulative_points AS
SELECT metric, period_start, district, operator, note, period_end,
       median(value) AS value, min(low) AS low, max(high) AS high, arg_min(id, published) AS id
FROM comparable_figures c
WHERE kind = 'cumulative' AND period_end IS NOT NULL AND dated
  AND NOT EXISTS (SELECT 1 FROM consensus_points p WHERE p.figure_id = c.id AND p.outlier)
GROUP BY metric, period_start, district, operator, note, period_end;

-- Each point of a cumulative series against the one before it: the growth per day it
-- implies, and the least growth per day the qualifiers allow (what the growth check reads),
-- taken over a week at least: outlets' cut-off dates a day or two apart are not a slip.
CREATE OR REPLACE VIEW growth_steps AS
SELECT id, earlier_id, metric, period_start, district, operator, note, earlier_end, period_end, days,
       earlier_value, value, low, high, earlier_low, earlier_high,
       (value - earlier_value) / days AS rate_per_day,
       greatest(low - earlier_high, 0) / greatest(days, 7) AS min_rate_per_day
FROM (
    SELECT *, lag(id) OVER w AS earlier_id, lag(value) OVER w AS earlier_value, lag(low) OVER w AS earlier_low,
           lag(high) OVER w AS earlier_high, lag(period_end) OVER w AS earlier_end,
           date_diff('day', lag(period_end) OVER w, period_end) AS days
    FROM cumulative_points
    WINDOW w AS (PARTITION BY metric, period_start, district, operator, note ORDER BY period_end)
)
WHERE earlier_id IS NOT NULL;

-- What a week or a month of work usually yields, per metric and day: the 95th percentile
-- of weekly and monthly period figures. Growth far beyond it is a slip, not a record.
CREATE OR REPLACE VIEW period_rates AS
SELECT metric, count(*) AS periods,
       quantile_cont(value / (date_diff('day', period_start, period_end) + 1), 0.95) AS p95_per_day
FROM comparable_figures
WHERE kind = 'period' AND dated AND district IS NULL AND operator IS NULL AND note IS NULL
  AND date_diff('day', period_start, period_end) BETWEEN 4 AND 40
GROUP BY metric;

-- Each weekly or monthly national figure against what a period of that length usually
-- yields for its metric within a year of it (the median per day of the other comparable
-- weeks, or months, at least five of them): ratio 10 is ten times the usual week, a unit
-- slip or an extra digit.
CREATE OR REPLACE VIEW period_outliers AS
WITH p AS (
    SELECT id, metric, value, period_end, date_diff('day', period_start, period_end) + 1 AS days,
           CASE WHEN date_diff('day', period_start, period_end) + 1 BETWEEN 5 AND 9 THEN 'week'
                WHEN date_diff('day', period_start, period_end) + 1 BETWEEN 28 AND 31 THEN 'month' END AS length
    FROM comparable_figures
    WHERE kind = 'period' AND dated AND district IS NULL AND operator IS NULL AND note IS NULL
      AND period_start IS NOT NULL AND period_end IS NOT NULL
), usual AS (
    SELECT p.id, median(o.value / o.days) AS per_day, count(*) AS periods
    FROM p JOIN p o ON o.metric = p.metric AND o.length = p.length AND o.id <> p.id
                   AND abs(date_diff('day', o.period_end, p.period_end)) <= 365
    GROUP BY p.id
)
SELECT p.id, p.metric, p.length, p.days, p.value, u.per_day * p.days AS usual_value, u.periods,
       p.value / p.days / u.per_day AS ratio
FROM p JOIN usual u ON u.id = p.id
WHERE u.periods >= 5 AND u.per_day > 0
  AND p.value > 0;  -- a week with none found is no slip of a digit

-- Period figures (weekly, monthly) between two points of a cumulative series, summed,
-- against the change of the running total. coverage is the share of the interval the
-- periods cover: only a full, non-overlapping cover (about 1) can be reconciled.
CREATE OR REPLACE VIEW reconciliation AS
WITH periods AS (  -- one value per reported period: outlets repeating one weekly report count once
    SELECT metric, district, operator, note, period_start, period_end, median(value) AS value, min(id) AS id
    FROM comparable_figures
    WHERE kind = 'period' AND dated AND period_start IS NOT NULL AND period_end IS NOT NULL
    GROUP BY metric, district, operator, note, period_start, period_end
)
SELECT g.id, g.earlier_id, g.metric, g.earlier_end, g.period_end,
       g.value - g.earlier_value AS cumulative_change, sum(p.value) AS periods_sum,
       list(p.id ORDER BY p.period_start) AS period_ids,
       sum(date_diff('day', p.period_start, p.period_end) + 1) / g.days AS coverage,
       greatest(0.05 * abs(g.value - g.earlier_value), (g.high - g.low + g.earlier_high - g.earlier_low) / 2, 1)
           AS tolerance
FROM growth_steps g
JOIN periods p
  ON p.metric = g.metric AND p.district IS NOT DISTINCT FROM g.district
 AND p.operator IS NOT DISTINCT FROM g.operator AND p.note IS NOT DISTINCT FROM g.note
 AND p.period_start > g.earlier_end AND p.period_end <= g.period_end
GROUP BY g.id, g.earlier_id, g.metric, g.earlier_end, g.period_end, g.days, g.value, g.earlier_value,
         g.low, g.high, g.earlier_low, g.earlier_high;

-- Parts that must add up to a total stated in the same publication and scope:
-- killed + injured = victims; anti-personnel + anti-tank + UXO = items; AP + AT = mines.
CREATE OR REPLACE VIEW breakdowns AS
WITH stated AS (  -- a metric stated once, or repeated with one value, per publication and scope
    SELECT publication_id, kind, period_start, period_end, district, operator, metric,
           min(value) AS value, min(id) AS id, bool_or(qualifier <> 'exact') AS rough
    FROM figure_bounds
    WHERE note IS NULL AND source_table IS NULL AND kind <> 'plan'
    GROUP BY publication_id, kind, period_start, period_end, district, operator, metric
    HAVING count(DISTINCT value) = 1
), parts(total_metric, part_metric, of_parts) AS (VALUES
    ('victims', 'victims_killed', 2), ('victims', 'victims_injured', 2),
    ('items_neutralized', 'apm_neutralized', 3), ('items_neutralized', 'atm_neutralized', 3),
    ('items_neutralized', 'uxo_neutralized', 3),
    ('mines_neutralized', 'apm_neutralized', 2), ('mines_neutralized', 'atm_neutralized', 2))
SELECT t.id AS total_id, t.publication_id, t.metric, t.value AS stated_total, sum(p.value) AS parts_sum,
       list(p.id ORDER BY p.metric) AS part_ids,
       CASE WHEN bool_or(p.rough) OR t.rough THEN greatest(0.05 * t.value, 1) ELSE 0.5 END AS tolerance
FROM stated t
JOIN parts k ON k.total_metric = t.metric
JOIN stated p ON p.metric = k.part_metric AND p.publication_id = t.publication_id AND p.kind = t.kind
 AND p.period_start IS NOT DISTINCT FROM t.period_start AND p.period_end IS NOT DISTINCT FROM t.period_end
 AND p.district IS NOT DISTINCT FROM t.district AND p.operator IS NOT DISTINCT FROM t.operator
GROUP BY t.id, t.publication_id, t.metric, t.value, t.rough, k.of_parts
HAVING count(*) = k.of_parts;

-- Every stated percentage ("around 4% of all land that needs mine action") with its
-- publication, in the columns of figures_with_source (metric 'percentage', unit '%'), so
-- that a share can stand as evidence beside figures.
CREATE OR REPLACE VIEW shares_with_source AS
SELECT s.id, s.publication_id, 'percentage' AS metric, s.percent AS value, '%' AS unit, 'snapshot' AS kind,
       s.qualifier, NULL::DATE AS period_start, p.published AS period_end, NULL AS district, NULL AS operator, NULL AS note,
       s.quote, NULL AS source_table, s.decimals, s.part_metric, s.whole_metric, s.part_ids, s.whole_ids,
       p.url, p.publisher, p.source, p.title, p.published, p.language, p.reprint_of
FROM shares s JOIN publications p ON p.id = s.publication_id;

-- Each stated percentage whose part and whole the text names, against part / whole. The
-- percentage allows a range: "14.2%" its rounding (+-0.05) and 2 % of itself for the
-- rounding of part and whole; "around 4%" +-25 % of itself, at least one point; "more
-- than 10%" from just under 10 up. miss > 0 is how far part / whole lies outside it.
CREATE OR REPLACE VIEW share_checks AS
WITH s AS (
    SELECT s.*,
        (SELECT sum(value) FROM figures f WHERE list_contains(s.part_ids, f.id)) AS part_value,
        (SELECT sum(value) FROM figures f WHERE list_contains(s.whole_ids, f.id)) AS whole_value,
        0.5 * pow(10, -s.decimals) + 0.02 * s.value AS exact_slack,
        greatest(0.5 * pow(10, -s.decimals), 0.25 * s.value, 1) AS approx_slack
    FROM shares_with_source s
    WHERE s.reprint_of IS NULL AND len(s.part_ids) > 0 AND len(s.whole_ids) > 0
), r AS (
    SELECT *, 100 * part_value / whole_value AS implied_percent,
        CASE qualifier WHEN 'approx' THEN value - approx_slack WHEN 'at_most' THEN 0
                       ELSE value - exact_slack END AS low,
        CASE qualifier WHEN 'approx' THEN value + approx_slack WHEN 'at_least' THEN 100
                       ELSE value + exact_slack END AS high
    FROM s WHERE whole_value > 0
)
SELECT id, publication_id, value AS percent, qualifier, quote, part_metric, whole_metric, part_ids, whole_ids,
       part_value, whole_value, implied_percent, low, high,
       greatest(low - implied_percent, implied_percent - high, 0) AS miss
FROM r;

-- Per source: how often it publishes (median days between publications), how long it
-- has been silent, and whether its latest publications stopped yielding figures (a
-- changed page layout, most often). Pages ingested by hand (source 'manual') are no
-- source with a rhythm of its own.
CREATE OR REPLACE VIEW source_activity AS
WITH pubs AS (
    SELECT p.source, p.published, count(f.id) AS figures,
           row_number() OVER (PARTITION BY p.source ORDER BY p.published DESC, p.id) AS recency
    FROM publications p LEFT JOIN figures f ON f.publication_id = p.id
    WHERE p.status = 'parsed' AND p.published IS NOT NULL AND p.reprint_of IS NULL AND p.source <> 'manual'
    GROUP BY p.id, p.source, p.published
), gaps AS (
    SELECT source, date_diff('day', lag(published) OVER (PARTITION BY source ORDER BY published), published) AS gap
    FROM pubs
)
SELECT source, count(*) AS publications, max(published) AS last_published,
       (SELECT median(gap) FROM gaps g WHERE g.source = pubs.source AND g.gap > 0) AS usual_gap_days,
       date_diff('day', max(published), current_date) AS days_silent,
       count_if(recency <= 3 AND figures = 0) AS recent_without_figures,
       count_if(recency > 3 AND figures > 0) AS earlier_with_figures
FROM pubs
GROUP BY source;
