-- Anomalies of the statuses $1 (all of them when NULL), newest first, with their evidence.
SELECT id, rule, severity, coalesce(level, 'alert') AS level, level_reason, metric, message, status,
       first_seen, last_seen, notified_at, acknowledged_at, resolved_at, evidence
FROM anomalies WHERE $1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], status)
ORDER BY first_seen DESC, id
