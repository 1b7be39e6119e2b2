-- Views for analysts: series, latest values, weekly clearance, districts, open anomalies.
-- Recreated each time the warehouse opens, after views.sql. docs/warehouse.md shows them in use.
--
-- Ranking every figure of a large archive takes a DuckDB window over all of them (half a
-- second at a million figures), so `series` and `weekly_clearance` read stored copies of
-- what the *_live views compute: Warehouse.store_series() refills them whenever a
-- publication changed, before the snapshot, when a writer closes the file, and when it
-- opens one that a killed run left behind.

-- The best-known value of each series over time. A series is one metric's running total
-- (kind 'cumulative', counted from scope_start) or level (kind 'snapshot': contaminated
-- area, deminers) for one district, operator and note; a point is one as-of date. Where
-- several publications give a point, the best is kept: an original before a reprint, an
-- exact figure before a bound ("over 3,400") before an approximation, then the latest
-- published. publications counts the publications behind the point.
CREATE OR REPLACE VIEW series_live AS
WITH points AS (
    SELECT *,
        row_number() OVER ranked AS rank,
        count(DISTINCT publication_id) OVER point AS publications  -- the whole point: no ORDER BY
    FROM figures_with_source
    WHERE kind IN ('cumulative', 'snapshot') AND period_end IS NOT NULL AND value IS NOT NULL
    WINDOW point AS (PARTITION BY metric, kind, period_start, district, operator, note, period_end),
           ranked AS (
        point
        ORDER BY reprint_of IS NOT NULL,
                 CASE qualifier WHEN 'exact' THEN 0 WHEN 'approx' THEN 2 ELSE 1 END,
                 published DESC NULLS LAST, id)
)
SELECT concat_ws(' · ', metric,
                 CASE WHEN kind = 'snapshot' THEN 'level'
                      ELSE 'since ' || coalesce(strftime(period_start, '%Y-%m-%d'), '?') END,
                 district, operator, note) AS series,
       metric, kind, period_start AS scope_start, district, operator, note,
       period_end AS as_of, value, unit, qualifier, publications,
       id AS figure_id, publisher, published, url, quote
FROM points
WHERE rank = 1;

-- What series_live gave when a publication last changed, and the view analysts read.
CREATE TABLE IF NOT EXISTS series_stored AS SELECT * FROM series_live LIMIT 0;
CREATE OR REPLACE VIEW series AS SELECT * FROM series_stored;

-- The latest point of each series: the newest value known per metric and scope.
CREATE OR REPLACE VIEW latest AS
SELECT *
FROM series
QUALIFY row_number() OVER (PARTITION BY series ORDER BY as_of DESC) = 1;

-- One row per reported week (a window of five to nine days) for the whole country:
-- hectares cleared and items found, each the best figure for that week (originals before
-- reprints, exact before approximate). url and quote are those of the hectares figure.
CREATE OR REPLACE VIEW weekly_clearance_live AS
WITH weeks AS (
    SELECT *,
        row_number() OVER (PARTITION BY metric, period_start, period_end
                           ORDER BY reprint_of IS NOT NULL, qualifier <> 'exact', published DESC NULLS LAST, id)
            AS rank
    FROM figures_with_source
    WHERE kind = 'period' AND district IS NULL AND operator IS NULL AND note IS NULL
      AND date_diff('day', period_start, period_end) BETWEEN 4 AND 8
      AND metric IN ('area_cleared', 'apm_neutralized', 'atm_neutralized', 'uxo_neutralized',
                     'mines_neutralized', 'items_neutralized')
)
SELECT period_start AS week_start, period_end AS week_end,
       max(value) FILTER (WHERE metric = 'area_cleared') AS hectares,
       max(value) FILTER (WHERE metric = 'apm_neutralized') AS anti_personnel_mines,
       max(value) FILTER (WHERE metric = 'atm_neutralized') AS anti_tank_mines,
       max(value) FILTER (WHERE metric = 'uxo_neutralized') AS uxo,
       max(value) FILTER (WHERE metric = 'mines_neutralized') AS mines,
       max(value) FILTER (WHERE metric = 'items_neutralized') AS items,
       max(publisher) FILTER (WHERE metric = 'area_cleared') AS publisher,
       max(url) FILTER (WHERE metric = 'area_cleared') AS url,
       max(quote) FILTER (WHERE metric = 'area_cleared') AS quote,
       max(id) FILTER (WHERE metric = 'area_cleared') AS figure_id
FROM weeks
WHERE rank = 1
GROUP BY period_start, period_end;

-- What weekly_clearance_live gave when a publication last changed, and the view analysts read.
CREATE TABLE IF NOT EXISTS weekly_clearance_stored AS SELECT * FROM weekly_clearance_live LIMIT 0;
CREATE OR REPLACE VIEW weekly_clearance AS SELECT * FROM weekly_clearance_stored;

-- Each district's running totals as last reported (from `latest`; a district given with
-- several scopes shows its largest): hectares cleared and items found, with the as-of date.
CREATE OR REPLACE VIEW district_clearance AS
SELECT district, max(as_of) AS as_of,
       max(value) FILTER (WHERE metric = 'area_cleared') AS hectares_cleared,
       max(value) FILTER (WHERE metric = 'apm_neutralized') AS anti_personnel_mines,
       max(value) FILTER (WHERE metric = 'atm_neutralized') AS anti_tank_mines,
       max(value) FILTER (WHERE metric = 'uxo_neutralized') AS uxo,
       max(value) FILTER (WHERE metric = 'items_neutralized') AS items,
       count(DISTINCT figure_id) AS figures
FROM latest
WHERE district IS NOT NULL AND operator IS NULL AND note IS NULL AND kind = 'cumulative'
GROUP BY district;

-- Anomalies nobody has dealt with yet (new, or notified but not acknowledged), the worst
-- and newest first, with their evidence (JSON: url, published, value, quote of each figure)
-- and the URLs it cites.
CREATE OR REPLACE VIEW open_anomalies AS
SELECT id, rule, severity, coalesce(level, 'alert') AS level, level_reason, metric, message, status, first_seen,
       last_seen, notified_at, list_distinct(json_extract_string(evidence, '$[*].url')) AS urls, evidence
FROM anomalies
WHERE status IN ('new', 'notified')
ORDER BY coalesce(level, 'alert') = 'review', CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
         first_seen DESC, id;
