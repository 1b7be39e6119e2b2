"""One hierarchy for every failure minewatch names, with two roots under MinewatchError
(as dlt's load/exceptions.py keeps transient and terminal apart):

- TransientError: worth trying again later (a timeout, a 503, the warehouse held by a run);
- TerminalError: trying again will not help (a 404, an unreadable document, a bad sources file).

The command line turns any MinewatchError into one clean message and its exit code; a
run records a publication's failure and goes on. Anything else is a bug and goes up.
"""

from __future__ import annotations


class MinewatchError(Exception):
    """A failure minewatch can explain. exit_code: what the command line returns for it."""

    exit_code = 1


class TransientError(MinewatchError):
    """Worth retrying: timeouts, connection resets, 429 and 5xx answers, a busy warehouse.
    retry_after: the seconds the server asked us to wait (Retry-After), if it said."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class TerminalError(MinewatchError):
    """Retrying will not help: 404, refused content, unreadable document. Record it, go on."""


class ParseError(TerminalError):
    """A document that cannot be read (its bytes are kept in the raw archive)."""


class ConfigError(TerminalError):
    """A sources file that cannot be used: says which file and why."""

    exit_code = 2


class WarehouseBusy(TransientError):
    """Another process holds the warehouse file for writing: nothing was changed."""

    exit_code = 2


class SetupError(TerminalError):
    """A command that cannot start as things stand: no warehouse yet, no Prefect server to
    serve on, no corpus folder. The message says what to do."""

    exit_code = 2
