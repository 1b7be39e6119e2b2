"""Step 5 of the data path: expectations over the warehouse; failures become anomalies.

Import `expectations.validate` only where validation runs: it loads Great Expectations.
"""
