-- The evidence of every open anomaly (the report rings the figures it cites).
SELECT evidence FROM open_anomalies
