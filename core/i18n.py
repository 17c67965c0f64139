"""Translation hook for the Qt-free core.

The core must not import Qt, yet its labels and error messages are shown to
users and must be translated. Core code marks strings with ``translate(context,
text)``; pylupdate5 recognises that call, so the strings reach the .ts files.
At run time the plugin installs ``QCoreApplication.translate`` with
``set_translator``; without it (core unit tests) the English text is returned.
"""

_translator = None


def set_translator(function):
    """Install ``function(context, text) -> str``; ``None`` restores English."""
    global _translator
    _translator = function


def translate(context, text):
    """Return ``text`` translated in ``context`` (English when no translator)."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context, text):
    """Mark ``text`` for extraction without translating it now."""
    return text


class MineActionError(ValueError):
    """A user-facing error whose message is already translated.

    Raised by the core for bad input; processing and UI code show ``str(err)``
    as it is. ``feature`` and ``field`` say where the problem is when known.
    """

    def __init__(self, message, feature=None, field=None):
        super().__init__(message)
        self.feature = feature
        self.field = field
