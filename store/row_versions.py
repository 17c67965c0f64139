"""No lost update on a GeoPackage either: the row version rule in SQLite.

Two officers may open one GeoPackage on a shared drive. Every editable table
carries ``row_version``, with the rule PostGIS enforces (store/postgis.py,
docs/postgis.md): an UPDATE names the version it makes, the version read + 1
(any client) or that number negated (QGIS's edit buffer, through the stored
form's on-update default ``core.schema.ROW_VERSION_ON_UPDATE``); anything
else is refused and nothing is written.

SQLite triggers cannot change the row being written, and the SQLite of
Debian 12 (3.40) takes only a fixed text in RAISE, so the rule is three
triggers per table:

* ``BEFORE UPDATE`` refuses a wrong version with a message naming the table
  (the plugin's own writers name the record, ``store.land_release_update``);
* ``AFTER UPDATE`` stores a negated version as the positive one;
* ``AFTER INSERT`` gives a new row version 1.

QGIS's OGR provider (3.22 to 3.44) writes a changed geometry as an UPDATE
of its own, with the version as stored, beside the UPDATE of the attributes
that carries the new version, each in a transaction of its own. An UPDATE
that changes nothing but the geometry is therefore let through; the
attribute UPDATE of the same save is checked and refused when stale, but
the geometry is already written (the known gap in docs/postgis.md). A
client other than QGIS that changes only a geometry is not checked either;
the plugin's own writers change both in one transaction.
"""

from ..core import schema
from .reference import KEY_COLUMN

#: the text of every refusal, on either backend (``is_conflict``)
CONFLICT_TEXT = "changed by another editor since you opened it"
_REFUSAL = ("{table}: " + CONFLICT_TEXT + "; nothing was saved. Reload it and make "
            "your change again.")


def is_conflict(text):
    """True when an error text is a row version trigger's refusal."""
    return CONFLICT_TEXT in (text or "")


def _quote(name):
    return '"{}"'.format(name.replace('"', '""'))


def _literal(text):
    return "'{}'".format(text.replace("'", "''"))


def trigger_names(layer):
    return ["mam_row_version_{}_{}".format(layer.name, kind)
            for kind in ("check", "stored", "new")]


def sqlite_triggers(layer):
    """The statements creating ``layer``'s three row version triggers (its
    table has ``row_version`` and every field of the data model)."""
    table, version = _quote(layer.name), _quote(schema.ROW_VERSION)
    key = _quote(KEY_COLUMN)
    same = " AND ".join("NEW.{0} IS OLD.{0}".format(_quote(name))
                        for name in layer.field_names())
    allowed = " OR ".join((
        "NEW.{v} = OLD.{v} + 1",
        "NEW.{v} = -(OLD.{v} + 1)",
        "(OLD.{v} < 0 AND NEW.{v} = -OLD.{v})",  # the AFTER UPDATE below
        "(OLD.{v} IS NULL AND NEW.{v} = 1)",  # the AFTER INSERT below
    ) + (("(NEW.{v} IS OLD.{v} AND " + same + ")",) if layer.geometry else ())) \
        .format(v=version)
    check, stored, new = (_quote(name) for name in trigger_names(layer))
    return [
        "CREATE TRIGGER {check} BEFORE UPDATE ON {table} WHEN NOT coalesce({allowed}, 0) "
        "BEGIN SELECT RAISE(ABORT, {message}); END".format(
            check=check, table=table, allowed=allowed,
            message=_literal(_REFUSAL.format(table=layer.name))),
        "CREATE TRIGGER {stored} AFTER UPDATE OF {v} ON {table} WHEN NEW.{v} < 0 "  # nosec B608 - quoted identifiers
        "BEGIN UPDATE {table} SET {v} = -NEW.{v} WHERE {key} = NEW.{key}; END".format(
            stored=stored, table=table, v=version, key=key),
        "CREATE TRIGGER {new} AFTER INSERT ON {table} WHEN NEW.{v} IS NULL "  # nosec B608 - quoted identifiers
        "BEGIN UPDATE {table} SET {v} = 1 WHERE {key} = NEW.{key}; END".format(
            new=new, table=table, v=version, key=key),
    ]


def drop_sqlite_triggers(layer):
    return ["DROP TRIGGER IF EXISTS {}".format(_quote(name)) for name in trigger_names(layer)]


def versioned_layers():
    return [layer for layer in schema.LAYERS if layer.name in schema.VERSIONED]

