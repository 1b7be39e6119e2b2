"""Step 4 of the data path: the DuckDB warehouse (schema, migrations, loading)."""

from .store import Warehouse, WarehouseBusy

__all__ = ["Warehouse", "WarehouseBusy"]
