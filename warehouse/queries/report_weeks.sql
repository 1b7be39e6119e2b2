-- The weekly clearance bars: each reported week with its source.
SELECT week_start, week_end, hectares, publisher, url, quote, figure_id
FROM weekly_clearance WHERE hectares IS NOT NULL ORDER BY week_start
