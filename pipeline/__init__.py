"""What a run does, with no orchestration in it: discovery and planning (discovery.py),
ingestion of one publication (ingest.py), reparse (reparse.py), a run's bookkeeping and its
end (run.py), and figures of local files (files.py). flows/ wraps these in Prefect; the
command line and the benchmarks call them directly."""
