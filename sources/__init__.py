"""Steps 1-2 of the data path: sources file -> discovered publications -> fetched bytes -> raw archive."""
