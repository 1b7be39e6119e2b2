-- The report's header: publications parsed, figures, open anomalies.
SELECT (SELECT count(*) FROM publications WHERE status = 'parsed'),
       (SELECT count(*) FROM figures),
       (SELECT count(*) FROM open_anomalies)
