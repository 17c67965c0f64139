"""No lost update on a GeoPackage either: the row version rule in SQLite.

Two officers may open one GeoPackage on a shared drive. Every editable table
carries ``row_version``, with the rule PostGIS enforces (store/postgis.py,
docs/postgis.md): an UPDATE names the version it makes, the version read + 1
(any client) or that number negated (QGIS's edit buffer, through the stored
form's on-update default ``core.schema.ROW_VERSION_ON_UPDATE``); anything
else is refused and nothing is written.

SQLite triggers cannot change the row being written, and the SQLite of
Debian 12 (3.40) takes only a fixed text in RAISE, so the rule is triggers:

* ``check`` (BEFORE UPDATE) refuses a wrong version with a message naming
  the table (the plugin's own writers name the record,
  ``store.land_release_update``);
* ``stored`` (AFTER UPDATE) stores a negated version as the positive one;
* ``new`` (AFTER INSERT) gives a new row version 1.

**Held geometries.** QGIS's OGR provider (3.22 to 3.44) saves a changed
geometry in an UPDATE and a transaction of its own, with the version as
stored (it reads the row afresh), before the UPDATE of the attributes that
carries the version the editor read. That geometry UPDATE cannot be checked,
so it is not written: ``hold`` (AFTER UPDATE) keeps the new geometry in
``mam_held_geometries``, puts the old one back and marks the row as holding
a geometry (its version + ``HELD``). The UPDATE that follows and names the
version read before, ± (version + 1), is the same save: ``release`` writes
the held geometry with it. A stale save's attribute UPDATE is refused, so
its geometry never reaches the row. Anything else ends the hold without the
geometry: an UPDATE from a client that read the marked row (± (marked
version + 1)) writes its own change, the version becomes the version read
+ 1. A held geometry older than ``HELD_SECONDS`` is not written: its save is
refused. The limit: an editor who read the row *before* a stale save was
refused and saves within ``HELD_SECONDS`` of it gets that stale geometry, as
the two UPDATEs are then alike (docs/postgis.md). The plugin's own writers
send a geometry before its versioned attributes too
(``store.features.change_features``).

The GeoPackage's R-tree triggers (GDAL's ``rtree_<table>_geom_*``) must fire
before ``hold``, which puts the old geometry back: SQLite fires the newest
trigger first, so they are made again after ours (``rtree_trigger_query``).
"""

from ..core import schema
from .reference import GEOMETRY_COLUMN, KEY_COLUMN

#: the text of every refusal, on either backend (``is_conflict``)
CONFLICT_TEXT = "changed by another editor since you opened it"
_REFUSAL = ("{table}: " + CONFLICT_TEXT + "; nothing was saved. Reload it and make "
            "your change again.")

#: the table of geometries waiting for the UPDATE that names their version
HELD_TABLE = "mam_held_geometries"
#: added to a row's version while it holds a geometry
HELD = 1000000000
#: a held geometry is written only by an UPDATE this soon after it
HELD_SECONDS = 60

#: the statements making ``HELD_TABLE``, an attributes table of the GeoPackage
#: (registered in gpkg_contents: QGIS 3.40+ lists no attribute table of a
#: GeoPackage holding a table it does not know)
HELD_TABLE_SQL = [
    'CREATE TABLE IF NOT EXISTS "{0}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
    'table_name TEXT NOT NULL, feature_id INTEGER NOT NULL, geom BLOB, '
    'held_at REAL NOT NULL)'.format(HELD_TABLE),
    'CREATE UNIQUE INDEX IF NOT EXISTS "uq_{0}" ON "{0}" (table_name, feature_id)'.format(
        HELD_TABLE),
    "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
    "last_change) VALUES ('{0}', 'attributes', '{0}', 'Mine Action Mapper: geometries "
    "waiting for the save that names their row version', "
    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))".format(HELD_TABLE),
]


def is_conflict(text):
    """True when an error text is a row version trigger's refusal."""
    return CONFLICT_TEXT in (text or "")


def version_read(stored):
    """The version a stored ``row_version`` stands for (a row holding a
    geometry shows it + ``HELD``)."""
    return stored - HELD if stored is not None and stored >= HELD else stored


def _quote(name):
    return '"{}"'.format(name.replace('"', '""'))


def _literal(text):
    return "'{}'".format(text.replace("'", "''"))


def trigger_names(layer):
    kinds = ("check", "stored", "new") + (("hold", "release") if layer.geometry else ())
    return ["mam_row_version_{}_{}".format(layer.name, kind) for kind in kinds]


def rtree_trigger_query(layer):
    """The query of the names and SQL of ``layer``'s R-tree triggers, to
    make again after ours (``sqlite_triggers``); none without geometry."""
    if not layer.geometry:
        return None
    return ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {} "  # nosec B608 - a literal
            "AND name LIKE {} ORDER BY name".format(
                _literal(layer.name),
                _literal("rtree_{}_{}_%".format(layer.name, GEOMETRY_COLUMN))))


def sqlite_triggers(layer, rtree_triggers=()):
    """The statements creating ``layer``'s row version triggers (its table
    has ``row_version`` and every field of the data model) and making
    ``rtree_triggers`` (the (name, SQL) rows ``rtree_trigger_query`` reads)
    again after them."""
    table, version, key = _quote(layer.name), _quote(schema.ROW_VERSION), _quote(KEY_COLUMN)
    geom = _quote(GEOMETRY_COLUMN)
    same = " AND ".join("NEW.{0} IS OLD.{0}".format(_quote(name))
                        for name in layer.field_names())
    held_row = "SELECT 1 FROM {held} WHERE table_name = {name} AND feature_id = NEW.{key}".format(  # nosec B608 - quoted identifiers and a literal
        held=_quote(HELD_TABLE), name=_literal(layer.name), key=key)
    fresh = "{} AND (julianday('now') - held_at) * 86400 < {}".format(held_row, HELD_SECONDS)
    allowed = [
        "NEW.{v} = OLD.{v} + 1",
        "NEW.{v} = -(OLD.{v} + 1)",
        "(OLD.{v} < 0 AND NEW.{v} = -OLD.{v})",  # stored, below
        "(OLD.{v} IS NULL AND NEW.{v} = 1)",  # new, below
    ]
    if layer.geometry:
        allowed += [
            # QGIS's geometry UPDATE: held (hold, below)
            "(NEW.{v} IS OLD.{v} AND " + same + ")",
            # the UPDATE of the same save names the version read before the hold
            "(OLD.{v} >= {held} AND abs(NEW.{v}) = OLD.{v} - {held} + 1 "
            "AND EXISTS (" + fresh + "))",
            # hold marks the row, release ends the mark
            "(OLD.{v} > 0 AND OLD.{v} < {held} AND NEW.{v} = OLD.{v} + {held} AND "
            + same + " AND EXISTS (" + held_row + "))",
            "(OLD.{v} > {held} AND NEW.{v} = OLD.{v} - {held} AND NOT EXISTS ("
            + held_row + "))",
            "(OLD.{v} < -{held} AND NEW.{v} = -OLD.{v} - {held} AND NOT EXISTS ("
            + held_row + "))",
        ]
    allowed = " OR ".join(allowed).format(v=version, held=HELD)
    names = [_quote(name) for name in trigger_names(layer)]
    statements = [
        "CREATE TRIGGER {check} BEFORE UPDATE ON {table} WHEN NOT coalesce({allowed}, 0) "
        "BEGIN SELECT RAISE(ABORT, {message}); END".format(
            check=names[0], table=table, allowed=allowed,
            message=_literal(_REFUSAL.format(table=layer.name))),
        "CREATE TRIGGER {stored} AFTER UPDATE OF {v} ON {table} WHEN NEW.{v} < 0 "  # nosec B608 - quoted identifiers
        "AND NEW.{v} > -{held} AND coalesce(OLD.{v}, 0) < {held} "
        "BEGIN UPDATE {table} SET {v} = -NEW.{v} WHERE {key} = NEW.{key}; END".format(
            stored=names[1], table=table, v=version, key=key, held=HELD),
        "CREATE TRIGGER {new} AFTER INSERT ON {table} WHEN NEW.{v} IS NULL "  # nosec B608 - quoted identifiers
        "BEGIN UPDATE {table} SET {v} = 1 WHERE {key} = NEW.{key}; END".format(
            new=names[2], table=table, v=version, key=key),
    ]
    if layer.geometry:
        values = dict(table=table, v=version, key=key, geom=geom, held=HELD,
                      held_table=_quote(HELD_TABLE), name=_literal(layer.name),
                      held_row=held_row, same=same)
        statements += [
            "CREATE TRIGGER {hold} AFTER UPDATE ON {table} WHEN NEW.{v} IS OLD.{v} "  # nosec B608 - quoted identifiers
            "AND {same} AND NEW.{geom} IS NOT OLD.{geom} "
            "AND (OLD.{v} >= {held} OR NOT EXISTS ({held_row})) BEGIN "
            "INSERT OR REPLACE INTO {held_table} (table_name, feature_id, geom, held_at) "
            "VALUES ({name}, NEW.{key}, NEW.{geom}, julianday('now')); "
            "UPDATE {table} SET {geom} = OLD.{geom}, {v} = CASE WHEN OLD.{v} >= {held} "
            "THEN OLD.{v} ELSE OLD.{v} + {held} END WHERE {key} = NEW.{key}; END".format(
                hold=names[3], **values),
            "CREATE TRIGGER {release} AFTER UPDATE ON {table} WHEN OLD.{v} >= {held} "  # nosec B608 - quoted identifiers
            "AND NEW.{v} IS NOT OLD.{v} AND EXISTS ({held_row}) BEGIN "
            "UPDATE {table} SET {geom} = (SELECT geom FROM {held_table} WHERE table_name = "
            "{name} AND feature_id = NEW.{key}), {v} = OLD.{v} - {held} + 1 "
            "WHERE {key} = NEW.{key} AND abs(NEW.{v}) = OLD.{v} - {held} + 1; "
            "DELETE FROM {held_table} WHERE table_name = {name} AND feature_id = NEW.{key}; "
            "UPDATE {table} SET {v} = NEW.{v} - {held} "
            "WHERE {key} = NEW.{key} AND NEW.{v} = OLD.{v} + 1; "
            "UPDATE {table} SET {v} = -NEW.{v} - {held} "
            "WHERE {key} = NEW.{key} AND NEW.{v} = -(OLD.{v} + 1); END".format(
                release=names[4], **values),
        ]
        statements += ["DROP TRIGGER {}".format(_quote(name)) for name, _sql in rtree_triggers]
        statements += [sql for _name, sql in rtree_triggers]
    return statements


def drop_sqlite_triggers(layer):
    return ["DROP TRIGGER IF EXISTS {}".format(_quote("mam_row_version_{}_{}".format(
        layer.name, kind))) for kind in ("check", "stored", "new", "hold", "release")]


def versioned_layers():
    return [layer for layer in schema.LAYERS if layer.name in schema.VERSIONED]
