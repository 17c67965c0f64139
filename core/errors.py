"""The plugin's user-facing errors.

Every error a user may see carries an already translated message, and says
where the problem is (``feature``: a row, hazard or point; ``field``) when that
is known. Processing and UI code show ``str(err)`` as it is; the subclasses let
callers tell bad input from a bad database or a failed output without parsing
messages.
"""


class MineActionError(ValueError):
    """A user-facing error whose message is already translated."""

    def __init__(self, message, feature=None, field=None):
        super().__init__(message)
        self.feature = feature
        self.field = field


class InputError(MineActionError):
    """Bad input: a value, row or parameter the user must correct."""


class DatabaseError(MineActionError):
    """Not a mine action database, or one that is damaged, locked or newer."""


class OutputError(MineActionError):
    """An output (file, layout, style) could not be written."""
