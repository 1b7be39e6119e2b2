"""The last step of the data path for people: a self-contained HTML report of the warehouse."""

from .page import build_report, write_report

__all__ = ["build_report", "write_report"]
