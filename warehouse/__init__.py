"""Step 4 of the data path: the DuckDB warehouse (schema, migrations, loading), and what
analysts read from it (views, SQL, exports)."""

from .store import SNAPSHOT, Warehouse, open_for_reading

__all__ = ["SNAPSHOT", "Warehouse", "open_for_reading"]
