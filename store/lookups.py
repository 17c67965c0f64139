"""What a programme's own lookup codes mean to the plugin.

A national programme renames or adds entries in its database's ``lookups``
table. Each entry carries a ``base_code``: the built-in code of
``core.vocabulary`` whose meaning it has (an added hazard class "DHA",
"Defined Hazardous Area", with ``base_code`` "CHA" behaves as a CHA). Logic
such as the land release engine only ever sees base codes; this module is the
one place that translates a stored code into its base code, and back.
"""

from ..core import vocabulary
from ..core.errors import DatabaseError
from .database import open_layer
from .features import python_value
from .sources import geopackage_table

#: the vocabularies the land release engine reasons about
ENGINE_VOCABULARIES = ("hazard_class", "hazard_status", "activity_type",
                       "release_outcome")


def default_base_codes():
    """{vocabulary: {code: code}} for the built-in vocabulary (no database)."""
    return {vocab.name: {term.code: term.code for term in vocab.terms}
            for vocab in vocabulary.ALL}


def base_codes(lookups_layer):
    """{vocabulary: {code: base_code}} of every lookup entry of a database.

    Inactive entries are included: records written while they were active
    still carry them. The built-in codes always map to themselves, so a
    database whose lookups table lacks a default entry still works. An empty
    ``base_code`` means the code is its own base."""
    mapping = default_base_codes()
    if lookups_layer is None:
        return mapping
    for feature in lookups_layer.getFeatures():
        name = python_value(feature["vocabulary"])
        code = python_value(feature["code"])
        if not name or code is None:
            continue
        base = python_value(feature["base_code"]) or code
        mapping.setdefault(name, {})[str(code)] = str(base)
    return mapping


def to_base(mapping, vocabulary_name, code):
    """The base code of ``code``; an unknown code is returned unchanged so that
    the caller's validation names it."""
    if code is None:
        return None
    return mapping.get(vocabulary_name, {}).get(code, code)


def stored_code(mapping, vocabulary_name, base, preferred=None):
    """The code to store for meaning ``base``: ``preferred`` when it has that
    meaning, else the built-in code itself when the list has it, else the
    first programme code with that base (in code order)."""
    codes = mapping.get(vocabulary_name, {})
    if preferred is not None and codes.get(preferred, preferred) == base:
        return preferred
    if codes.get(base) == base:
        return base
    candidates = sorted(code for code, value in codes.items() if value == base)
    return candidates[0] if candidates else base


def lookups_beside(source_layer):
    """The ``lookups`` table of the GeoPackage a layer comes from, or None."""
    located = geopackage_table(source_layer)
    if located is None:
        return None
    try:
        return open_layer(located[0], "lookups")
    except DatabaseError:  # a GeoPackage without lookups: the built-in codes
        return None
