"""minewatch: the numbers of humanitarian demining in Azerbaijan, watched."""

from importlib.metadata import version

__version__ = version("minewatch")  # one place: pyproject.toml
