-- The open anomalies the report lists, with their evidence and why each is at its level.
SELECT id, level, rule, message, evidence, level_reason FROM open_anomalies
