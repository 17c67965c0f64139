"""The languages the plugin speaks, and a translator for a chosen one.

QGIS's own translator follows the language of its interface. A mine action
database has a language of its own, chosen when it is created: its lookups,
forms and map legends are written in it, and its task orders and overview are
printed in it, or in two languages (the local one and English, a common field
practice). A language setting is a code (``uk``) or two joined by ``+``
(``uk+en``: Ukrainian, then English).
"""

import contextlib
import functools
import glob
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale, Qt, QTranslator

from ..core.i18n import translated_by

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n")
ENGLISH = "en"
#: between the two texts of a short bilingual string (longer ones: a new line)
SEPARATOR = " / "


def available():
    """English and every language the plugin ships a compiled translation for."""
    codes = {ENGLISH}
    for path in glob.glob(os.path.join(I18N_DIR, "mine_action_mapper_*.qm")):
        codes.add(os.path.basename(path)[len("mine_action_mapper_"):-len(".qm")])
    return sorted(codes)


def ui_language():
    """The two-letter code of the language QGIS runs in (English for a
    locale that names none, such as C or POSIX)."""
    locale = QgsApplication.locale() or ENGLISH
    code = locale[:2].lower()
    if locale.upper() in ("C", "POSIX") or len(code) != 2 or not code.isalpha():
        return ENGLISH
    return code


def codes(setting):
    """The language codes a setting names, first the main one."""
    parts = [part for part in (setting or ui_language()).split("+") if part]
    return tuple(dict.fromkeys(parts)) or (ENGLISH,)


def native_name(code):
    """A language's name in that language (Українська, العربية, English)."""
    name = QLocale(code).nativeLanguageName() if code != ENGLISH else "English"
    return (name[:1].upper() + name[1:]) if name else code


def display_name(setting):
    """What a language setting is called in a list: "Українська + English"."""
    return " + ".join(native_name(code) for code in codes(setting))


def choices():
    """Every setting a user can pick: each language, then each with English."""
    single = available()
    return single + ["%s+%s" % (code, ENGLISH) for code in single if code != ENGLISH]


def is_right_to_left(setting):
    """Whether the main language of a setting is written right to left."""
    return QLocale(codes(setting)[0]).textDirection() == Qt.LayoutDirection.RightToLeft


@functools.lru_cache(maxsize=None)
def _qt_translator(code):
    translator = QTranslator()
    path = os.path.join(I18N_DIR, "mine_action_mapper_{}.qm".format(code))
    return translator if os.path.exists(path) and translator.load(path) else None


def _one(code):
    translator = _qt_translator(code) if code != ENGLISH else None
    if translator is None:
        return lambda _context, text: text
    # QTranslator takes the source as bytes (C++ const char *): UTF-8, as
    # pylupdate5 wrote it; PyQt would encode a str as ASCII
    return lambda context, text: translator.translate(context, text.encode("utf-8")) or text


def translator(setting):
    """``function(context, text)`` translating into a setting's language; for
    two languages both texts, on one line when short, else on two."""
    functions = [_one(code) for code in codes(setting)]
    if len(functions) == 1:
        return functions[0]

    def both(context, text):
        texts = list(dict.fromkeys(function(context, text) for function in functions))
        separator = SEPARATOR if len(text) <= 40 and "\n" not in text else "\n"
        return separator.join(texts)
    return both


@contextlib.contextmanager
def speaking(setting):
    """Inside the block, the plugin's texts are in the setting's language(s)
    (this thread only)."""
    with translated_by(translator(setting)):
        yield
