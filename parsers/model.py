"""What parsing produces: a Document (text and tables of one publication) and its Figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

EXTRACTOR_VERSION = "0.3.0"  # 0.3: parts (operators, districts, purposes, regions, subgroups), phrasing families in en/ru/az, scope_guessed

# The taxonomy's metrics (../shared/TAXONOMY.md) and their canonical units.
METRICS = {
    "area_cleared": "ha",
    "area_contaminated": "ha",
    "apm_neutralized": "items",
    "atm_neutralized": "items",
    "uxo_neutralized": "items",
    "mines_neutralized": "items",
    "items_neutralized": "items",
    "submunitions_destroyed": "items",
    "victims": "persons",
    "victims_killed": "persons",
    "victims_injured": "persons",
    "deminers": "persons",
    "mine_detection_dogs": "dogs",
    "demining_machines": "machines",
    "eore_beneficiaries": "persons",
}
KINDS = ("period", "cumulative", "snapshot", "plan")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")


@dataclass
class Table:
    caption: str
    rows: list[list[str]]  # first row is the header


@dataclass
class Document:
    text: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    language: str = "en"
    url: str | None = None
    tables: list[Table] = field(default_factory=list)


@dataclass
class Figure:
    metric: str
    value: float
    kind: str
    quote: str
    qualifier: str = "exact"
    period_start: date | None = None
    period_end: date | None = None
    district: str | None = None
    operator: str | None = None
    note: str | None = None
    table: str | None = None  # caption of the table the figure came from
    total: bool = False  # a table's total row or a stated total
    flags: list[str] = field(default_factory=list)  # e.g. "malformed_number"

    @property
    def unit(self) -> str:
        return METRICS[self.metric]

    def as_dict(self) -> dict:
        d = asdict(self)
        d["unit"] = self.unit
        for key in ("period_start", "period_end"):
            d[key] = d[key].isoformat() if d[key] else None
        return d
