"""Export a database's field forms: read its lookups and language, write one
XLSForm workbook per form (``core.field_forms`` builds them)."""

import os

from qgis.PyQt.QtCore import QLocale

from ..core import field_forms, files
from ..core.errors import InputError, OutputError
from ..core.i18n import translate
from . import languages
from .database import open_layer, schema_version
from .lookups import active_entries, base_codes
from .settings_store import database_values
from .workbook import write_workbook


def language(code):
    """A ``field_forms.Language`` for a language code the plugin speaks."""
    if code not in languages.available():
        raise InputError(translate(
            "FieldForms", "The plugin has no translation into '{code}'. Choose among: "
            "{codes}.").format(code=code, codes=", ".join(languages.available())),
            field="LANGUAGES")
    name = "English" if code == languages.ENGLISH \
        else QLocale.languageToString(QLocale(code).language())
    return field_forms.Language(code, name, languages.translator(code))


def database_language(database):
    """The database's language setting (``uk+en``), else the language QGIS runs in."""
    return database_values(database).get("language") or languages.ui_language()


def form_languages(database, codes=None):
    """The label languages: ``codes``, else the database's language(s) then
    English; the first is the forms' default language."""
    if not codes:
        codes = languages.codes(database_language(database)) + (languages.ENGLISH,)
    return [language(code) for code in dict.fromkeys(codes)]


def programme(database):
    """The ``field_forms.Programme`` of a database: its active lookups."""
    lookups = open_layer(database, "lookups")
    return field_forms.Programme(active_entries(lookups), base_codes(lookups),
                                 languages.translator(database_language(database)))


def export_forms(database, folder, codes=None, version=None, feedback=None):
    """Write every field form of ``database`` into ``folder`` as
    ``<form_id>.xlsx``; returns the paths written."""
    schema_version(database)
    chosen = form_languages(database, codes)
    forms = field_forms.all_forms(programme(database))
    version = version or field_forms.form_version()
    names = [form.form_id + ".xlsx" for form in forms]
    try:
        partial = files.partial_folder(os.path.join(folder, names[0]))
    except OSError as error:  # a file where the folder should be, no permission
        raise OutputError(translate(
            "FieldForms", "The folder {folder} cannot be written: {error}. Choose "
            "another output folder.").format(folder=folder, error=error.strerror or error),
            field="OUTPUT_FOLDER") from None
    try:
        for index, (form, name) in enumerate(zip(forms, names)):
            write_workbook(os.path.join(partial, name),
                           field_forms.sheets(form, chosen, version))
            if feedback is not None:
                feedback.setProgress(100 * (index + 1) / len(forms))
    except BaseException:
        files.discard(partial)
        raise
    files.commit(partial, folder)  # all forms together, each whole
    return [os.path.join(folder, name) for name in names]
