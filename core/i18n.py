"""Translation hook for the Qt-free core.

The core must not import Qt, yet its labels and error messages are shown to
users and must be translated. Core code marks strings with ``translate(context,
text)``; pylupdate5 recognises that call, so the strings reach the .ts files.
At run time the plugin installs ``QCoreApplication.translate`` with
``set_translator``; without it (core unit tests) the English text is returned.
``translated_by`` swaps the translator for one piece of work in one thread
(a task order printed in the database's language, lookups seeded in the
language chosen at creation), while the rest of QGIS keeps its own language.
"""

import contextlib
import contextvars

_translator = None
_override = contextvars.ContextVar("mine_action_translator", default=None)


def set_translator(function):
    """Install ``function(context, text) -> str``; ``None`` restores English."""
    global _translator
    _translator = function


def translate(context, text):
    """Return ``text`` translated in ``context`` (English when no translator)."""
    function = _override.get() or _translator
    if function is None:
        return text
    return function(context, text)


@contextlib.contextmanager
def translated_by(function):
    """Translate with ``function(context, text)`` inside the block, in this
    thread only (a context variable: other threads keep their language)."""
    token = _override.set(function)
    try:
        yield
    finally:
        _override.reset(token)


def QT_TRANSLATE_NOOP(context, text):
    """Mark ``text`` for extraction without translating it now."""
    return text

