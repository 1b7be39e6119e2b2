"""minewatch: the numbers of humanitarian demining in Azerbaijan, watched."""

__version__ = "0.1.0"
