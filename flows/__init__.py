"""The Prefect flows; `flows.steps` holds the plain functions they call."""
