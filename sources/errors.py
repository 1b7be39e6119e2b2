"""Two kinds of failure, kept apart: try again later, or record and move on."""


class TransientError(Exception):
    """Worth retrying: timeouts, connection resets, 429 and 5xx answers.
    retry_after: the seconds the server asked us to wait (Retry-After), if it said."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class TerminalError(Exception):
    """Retrying will not help: 404, refused content, unreadable document. Record it, go on."""
