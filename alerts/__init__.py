"""Step 6 of the data path: anomalies -> notifications (Apprise)."""
