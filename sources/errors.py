"""Two kinds of failure, kept apart: try again later, or record and move on."""


class TransientError(Exception):
    """Worth retrying: timeouts, connection resets, 429 and 5xx answers."""


class TerminalError(Exception):
    """Retrying will not help: 404, refused content, unreadable document. Record it, go on."""
