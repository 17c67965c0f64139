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

