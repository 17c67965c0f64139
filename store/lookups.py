"""A database's lookup entries -> the built-in codes they mean.

Reads the ``lookups`` table of a mine action database into the mapping of
``core.codes`` (which holds the pure rules: ``to_base``, ``stored_code``).
"""

from ..core.codes import default_base_codes
from ..core.errors import DatabaseError
from .database import open_layer
from .features import python_value
from .sources import geopackage_table, postgres_table


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


def lookups_beside(source_layer):
    """The ``lookups`` table of the GeoPackage or PostGIS schema a layer comes
    from, or None."""
    located = postgres_table(source_layer) or geopackage_table(source_layer)
    if located is None:
        return None
    try:
        return open_layer(located[0], "lookups")
    except DatabaseError:  # a GeoPackage without lookups: the built-in codes
        return None


def active_entries(lookups_layer):
    """{vocabulary: [(code, label), ...]} of a database's active entries, in
    the programme's order (sort_order, then code): what a form or a dock offers."""
    entries = {}
    for feature in lookups_layer.getFeatures():
        if python_value(feature["active"]) in (None, True, 1):
            entries.setdefault(python_value(feature["vocabulary"]), []).append(
                (python_value(feature["sort_order"]) or 0, python_value(feature["code"]),
                 python_value(feature["label"])))
    return {name: [(code, label) for _order, code, label in sorted(
        items, key=lambda e: (e[0], e[1]))] for name, items in entries.items()}
