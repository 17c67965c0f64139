"""Upgrade a mine action GeoPackage to the current schema, in one transaction.

Each step takes a database from version N to N + 1: it adds the data
model's fields whose ``since`` is N + 1 (``core.schema.fields_since``), then
runs the step's own data change, if any. The lookups of a vocabulary the
database lacks are added in its language. All steps of an upgrade run inside
one SQLite transaction with the version bump, so a failure or a killed
process leaves the database exactly as it was (SQLite's journal rolls an
interrupted transaction back on the next open). Stored default styles
(forms) are refreshed afterwards by the caller, through QGIS. A PostGIS
database is upgraded the same way by ``store.postgis.upgrade``, in one
PostgreSQL transaction with its styles.

Steps:

* 1 -> 2: ``hazards.parent_hazard_id``. 0.1.0 recognised an SHA's
  re-registered confirmed part by its ID, ``<id>-CHA``; a user's own ID ending
  in ``-CHA`` was then silently merged into another hazard. The link is now
  explicit, and this step writes it once for the records 0.1.0 re-registered
  (a CHA ``<id>-CHA`` whose ``<id>`` is an SHA, classes read through the
  programme's lookups), so nothing is lost and nothing else is merged.
* 2 -> 3: the review of operator submissions (``review_status``, default
  ``approved``: what schema 2 held counts as approved; ``reviewed_by``,
  ``reviewed_at``) and the ``review_status`` lookups; on a GeoPackage,
  ``row_version`` (1 for every stored row) and its triggers
  (``store.row_versions``), as PostGIS databases have had from the start.
* 3 -> 4: ``external_id`` on hazards, activities and EO finds (unique when
  set: a partial unique index), for records mapped in from another system;
  sex-, age- and disability-disaggregated beneficiaries (hazards:
  expected; activities: at the handover), the team's composition by sex,
  the handover date, and the new ``accidents`` table with its lookups. The
  new counts are NULL in every stored row: "not recorded", never zero.

A table a version adds (``core.schema.layers_since``) is created here as
GDAL creates a GeoPackage feature table: registered in ``gpkg_contents`` and
``gpkg_geometry_columns``, with its R-tree spatial index and GDAL's feature
count, the triggers of both copied from the ``eo_finds`` table of the same
database (so they are those of the GDAL that made it).
"""

import sqlite3
from datetime import datetime, timezone

from ..core import schema
from ..core.i18n import translate
from . import database_state, languages, row_versions
from .database import unique_index_sql
from .reference import (DEFAULT_STYLE_NAME, GEOMETRY_COLUMN, KEY_COLUMN, SETTING_PREFIX,
                        reference)

CONFIRMED_SUFFIX_0_1 = "-CHA"
#: the name of the plugin's default styles in layer_styles (store.database)


def _geometry(blob):
    """The shapely geometry of a GeoPackage geometry blob (None when empty)."""
    import shapely
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:
        return None
    envelope = (0, 32, 48, 48, 64)[(flags >> 1) & 0x07]
    return shapely.from_wkb(bytes(blob[8 + envelope:]))


def _bound(index):
    def function(blob):
        shape = _geometry(blob)
        return None if shape is None or shape.is_empty else float(shape.bounds[index])
    return function


def register_gpkg_functions(connection):
    """The SQL functions a GeoPackage's R-tree triggers call (GDAL registers
    them in its own connections; Python's sqlite3 must, or any UPDATE of a
    spatial table fails to compile)."""
    connection.create_function(
        "ST_IsEmpty", 1, lambda blob: 1 if _geometry(blob) is None or
        _geometry(blob).is_empty else 0, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        connection.create_function(name, 1, _bound(index), deterministic=True)


def _quote(name):
    return '"{}"'.format(name.replace('"', '""'))


def _tables(cursor):
    return {row[0] for row in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def styles_missing(path):
    """True when a database has none of the plugin's stored default styles
    (an upgrade stopped after its transaction, before the styles were saved)."""
    connection = database_state.read_only(path)
    try:
        cursor = connection.cursor()
        if "layer_styles" not in _tables(cursor):
            return True
        return cursor.execute("SELECT count(*) FROM layer_styles WHERE styleName = ?",
                              (DEFAULT_STYLE_NAME,)).fetchone()[0] == 0
    finally:
        connection.close()


def _columns(cursor, table):
    return {row[1] for row in cursor.execute("PRAGMA table_info({})".format(_quote(table)))}


def _base_classes(cursor):
    bases = {"SHA": "SHA", "CHA": "CHA"}
    for code, base in cursor.execute(
            "SELECT code, base_code FROM lookups WHERE vocabulary = 'hazard_class'"):
        if code is not None:
            bases[str(code)] = str(base or code)
    return bases


_SQLITE_TYPES = {schema.STRING: "TEXT", schema.INTEGER: "INTEGER", schema.REAL: "REAL",
                 schema.DATE: "DATE", schema.DATETIME: "DATETIME",
                 schema.BOOLEAN: "BOOLEAN"}


def not_null_default(field):
    """The SQL default that fills a NOT NULL ``field`` added to existing rows
    (its literal default; a field added NOT NULL must have one)."""
    default = field.literal_default()
    if default is None:
        raise ValueError("{} is NOT NULL and added later: it needs a literal "
                         "default".format(field.name))
    return default


def _sqlite_column(field, added=True):
    """The column of ``field``; ``added`` to stored rows, a NOT NULL field
    fills them with its default (a new table's columns are typed only, as
    QGIS creates them: the forms hold the value rules)."""
    kind = _SQLITE_TYPES[field.kind]
    if field.kind == schema.STRING and field.length:
        kind = "TEXT({:d})".format(field.length)
    text = "{} {}".format(_quote(field.name), kind)
    if field.not_null and added:
        text += " NOT NULL DEFAULT {}".format(not_null_default(field))
    return text


def _add_fields(cursor, version):
    """Add the fields schema ``version`` introduced (a GeoPackage keeps its
    value rules in the forms, as when it is created, so no CHECK here)."""
    for layer, field in schema.fields_since(version):
        if field.name not in _columns(cursor, layer.name):
            cursor.execute("ALTER TABLE {} ADD COLUMN {}".format(
                _quote(layer.name), _sqlite_column(field)))
        if field.unique:
            cursor.execute(unique_index_sql(layer, field))


#: the feature table whose spatial index and feature count triggers a new
#: table copies (a point table every schema version has)
_TEMPLATE = schema.EO_FINDS.name


def _template_sql(cursor, table):
    """The statements that made ``_TEMPLATE``'s R-tree and its triggers and
    GDAL's feature count triggers, rewritten for ``table`` (the R-tree's
    shadow tables are made by its virtual table)."""
    rows = cursor.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "(name = ? OR (type = 'trigger' AND tbl_name = ? AND (name LIKE 'rtree%' OR "
        "name LIKE 'trigger_%_feature_count_%'))) ORDER BY type = 'trigger'",
        ("rtree_{}_{}".format(_TEMPLATE, GEOMETRY_COLUMN), _TEMPLATE)).fetchall()
    # the template's name occurs in them only as (part of) an identifier
    return [text.replace(_TEMPLATE, table) for _kind, _name, text in rows]


def _create_table(cursor, layer):
    """Create ``layer``'s table (fid, geometry, the data model's fields,
    row_version) as a GeoPackage feature or attribute table."""
    columns = ["{} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL".format(_quote(KEY_COLUMN))]
    if layer.geometry:
        columns.append("{} {}".format(_quote(GEOMETRY_COLUMN), layer.geometry.upper()))
    columns += [_sqlite_column(field, added=False) for field in layer.fields]
    if layer.name in schema.VERSIONED:
        columns.append("{} INTEGER DEFAULT 1".format(_quote(schema.ROW_VERSION)))
    cursor.execute("CREATE TABLE {} ({})".format(_quote(layer.name), ", ".join(columns)))
    for field in layer.fields:
        if field.unique:
            cursor.execute(unique_index_sql(layer, field))
    srs_id = cursor.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                            (_TEMPLATE,)).fetchone()[0]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    cursor.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change, srs_id) VALUES (?, ?, ?, '', ?, ?)",
        (layer.name, "features" if layer.geometry else "attributes", layer.name, stamp,
         srs_id if layer.geometry else 0))
    if "gpkg_ogr_contents" in _tables(cursor):
        cursor.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) "
                       "VALUES (?, 0)", (layer.name,))
    if not layer.geometry:
        return
    cursor.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
        "srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)",
        (layer.name, GEOMETRY_COLUMN, layer.geometry.upper(), srs_id))
    statements = _template_sql(cursor, layer.name)
    if statements:  # the template has a spatial index: so has the new table
        cursor.execute(
            "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
            "definition, scope) VALUES (?, ?, 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
            (layer.name, GEOMETRY_COLUMN))
    for statement in statements:
        cursor.execute(statement)


def _add_tables(cursor, version):
    """Create the tables schema ``version`` introduced."""
    for layer in schema.layers_since(version):
        if layer.name not in _tables(cursor):
            _create_table(cursor, layer)


def missing_lookup_rows(vocabularies, language):
    """The default lookup rows (``store.database.lookup_rows``) of every
    vocabulary not among ``vocabularies``, labelled in ``language``."""
    from .database import lookup_rows
    with languages.speaking(language):
        return [row for row in lookup_rows() if row[0] not in vocabularies]


def _v1_to_v2(cursor):
    bases = _base_classes(cursor)
    classes = {hazard_id: bases.get(klass, klass) for hazard_id, klass in cursor.execute(
        "SELECT hazard_id, hazard_class FROM hazards WHERE hazard_id IS NOT NULL")}
    links = []
    for hazard_id, klass in classes.items():
        if not hazard_id.endswith(CONFIRMED_SUFFIX_0_1):
            continue
        parent = hazard_id[:-len(CONFIRMED_SUFFIX_0_1)]
        if klass == "CHA" and classes.get(parent) == "SHA":
            links.append((parent, hazard_id))
    cursor.executemany(
        "UPDATE hazards SET parent_hazard_id = ? WHERE hazard_id = ?", links)
    return [translate("Migrate", "{count} re-registered confirmed parts were linked to "
                      "their hazard (parent_hazard_id).").format(count=len(links))]


def _v2_to_v3(cursor):
    tables = _tables(cursor)  # a table of a later version comes with its row version
    for layer in row_versions.versioned_layers():
        if layer.name in tables and schema.ROW_VERSION not in _columns(cursor, layer.name):
            cursor.execute("ALTER TABLE {} ADD COLUMN {} INTEGER DEFAULT 1".format(
                _quote(layer.name), _quote(schema.ROW_VERSION)))
    return []


def _remake_row_version_triggers(cursor):
    """The row version triggers name every column: made anew by each upgrade."""
    for statement in row_versions.HELD_TABLE_SQL:
        cursor.execute(statement)
    tables = _tables(cursor)
    for layer in row_versions.versioned_layers():
        if layer.name not in tables:
            continue
        query = row_versions.rtree_trigger_query(layer)
        rtree = cursor.execute(query).fetchall() if query else []
        for statement in row_versions.drop_sqlite_triggers(layer) + \
                row_versions.sqlite_triggers(layer, rtree):
            cursor.execute(statement)


#: version -> the data change of the step from it to the next version, after
#: its fields are added; returns notes for the user
DATA_STEPS = {1: _v1_to_v2, 2: _v2_to_v3}


def _set_info(cursor, key, value):
    if cursor.execute("SELECT 1 FROM schema_info WHERE key = ?", (key,)).fetchone():
        cursor.execute("UPDATE schema_info SET value = ? WHERE key = ?", (value, key))
    else:
        cursor.execute("INSERT INTO schema_info (key, value) VALUES (?, ?)", (key, value))


def _info(cursor, key):
    row = cursor.execute("SELECT value FROM schema_info WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def upgrade(database, plugin_version="", fail_after_step=None, style=None):
    """Upgrade the mine action database ``database`` (a GeoPackage path or a
    ``DatabaseRef``); returns (old version, new version, notes). For a
    GeoPackage the caller then saves the default styles (see
    ``styles_missing``); a PostGIS database gets them, drawn by ``style``,
    in its transaction. ``fail_after_step`` is for the tests that prove
    atomicity."""
    ref = reference(database)
    if ref.is_postgres:
        from . import postgis
        return postgis.upgrade(ref, plugin_version, fail_after_step, style)
    path = ref.path
    state = database_state.probe(path)
    if state.newer:
        database_state.check(path)  # raises the "newer" error
    if not state.older:
        return state.version, state.version, []
    database_state.require_writable(path)
    connection = sqlite3.connect(path, timeout=database_state.LOCK_TIMEOUT_S,
                                 isolation_level=None)
    register_gpkg_functions(connection)
    notes = []
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            version = state.version
            while version < schema.SCHEMA_VERSION:
                _add_fields(cursor, version + 1)
                _add_tables(cursor, version + 1)
                if version in DATA_STEPS:
                    notes += DATA_STEPS[version](cursor)
                version += 1
                if fail_after_step == version:
                    raise RuntimeError("forced failure after step to {}".format(version))
            _remake_row_version_triggers(cursor)
            vocabularies = {row[0] for row in cursor.execute(
                "SELECT DISTINCT vocabulary FROM lookups")}
            cursor.executemany(
                "INSERT INTO lookups (vocabulary, code, label, base_code, sort_order, "
                "active) VALUES (?, ?, ?, ?, ?, 1)", missing_lookup_rows(
                    vocabularies, _info(cursor, SETTING_PREFIX + "language")))
            # the stored forms describe the old tables: the caller saves new ones
            # (QGIS blocks when it replaces a stored style in a GeoPackage)
            if "layer_styles" in _tables(cursor):
                cursor.execute("DELETE FROM layer_styles WHERE styleName = ?",
                               (DEFAULT_STYLE_NAME,))
            _set_info(cursor, "schema_version", str(version))
            _set_info(cursor, "upgraded_at",
                      datetime.now(timezone.utc).isoformat(timespec="seconds"))
            if plugin_version:
                _set_info(cursor, "plugin_version", plugin_version)
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return state.version, version, notes
