"""Create a mine action database and open its layers.

The tables, seeded lookups, schema version and default styles (forms, and
the symbology the caller passes in) are written through a QGIS provider
connection; a new GeoPackage's unique indexes and row version triggers in
one SQLite transaction (``build_schema``). Drawing lives in ``styles/``, which store must not import:
the caller hands the styling step in as ``style``. A new
GeoPackage is built under a temporary name beside the target and moved into
place only when complete, so a failure never leaves a half-written database.
"""

import os
import sqlite3
import uuid
from datetime import datetime, timezone

from qgis.core import QgsCoordinateReferenceSystem, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from ..core import files, schema, vocabulary
from ..core.errors import DatabaseError, OutputError
from ..core.i18n import translate
from . import database_state, forms, languages, postgis, row_versions
from .features import new_feature
from .fields import qgs_field, qgs_fields, wkb_type
from .reference import (DATABASE_ID, DEFAULT_STYLE_NAME, GEOMETRY_COLUMN, SETTING_PREFIX,
                        reference)



def open_layer(database, table, name=None):
    """A QgsVectorLayer for one table of a mine action database (a GeoPackage
    path or a ``DatabaseRef``), its default style and form applied by QGIS."""
    ref = reference(database)
    source, provider = ref.layer_source(table)
    layer = QgsVectorLayer(source, name or table, provider)
    if not layer.isValid():
        raise DatabaseError(translate(
            "Database", "Table '{table}' cannot be read from {path}.").format(
                table=table, path=ref.label()))
    return layer


def open_layers(database, names):
    """{table: QgsVectorLayer} of the tables ``names`` {table: layer name}
    names, each with its stored default style and form, as ``open_layer``
    makes them. On PostGIS the styles are read in one query
    (``postgis.default_styles``) instead of one look-up per layer by QGIS."""
    ref = reference(database)
    if not ref.is_postgres:
        return {table: open_layer(ref.path, table, name) for table, name in names.items()}
    styles = postgis.default_styles(ref)
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    layers = {}
    for table, name in names.items():
        if table not in styles:  # QGIS finds what there is (none: its defaults)
            layers[table] = open_layer(ref, table, name)
            continue
        source, provider = ref.layer_source(table)
        layer = QgsVectorLayer(source, name, provider, options)
        document = QDomDocument()
        if not layer.isValid() or not document.setContent(styles[table])[0]:
            layer = open_layer(ref, table, name)
        else:
            layer.importNamedStyle(document)
            # as QGIS does after loading a default style
            layer.temporalProperties().guessDefaultsFromFields(layer.fields())
        layers[table] = layer
    return layers


def lookup_rows(translated=True):
    """The default lookup entries: (vocabulary, code, label, base_code, order)."""
    rows = []
    for vocab in vocabulary.ALL:
        for order, term in enumerate(vocab.terms):
            label = term.translated() if translated else term.label
            rows.append((vocab.name, term.code, label, term.code, order))
    return rows


def _fail_if_exists(path, overwrite):
    if os.path.exists(path) and not overwrite:
        raise OutputError(translate(
            "Database", "{path} already exists. Choose another file or allow "
            "overwriting.").format(path=path))


def create_geopackage(path, crs=None, overwrite=False, plugin_version="",
                      feedback=None, style=None, language=None):
    """Write a new mine action GeoPackage at ``path`` in ``crs`` (EPSG:4326 by
    default) and return ``path``. ``style(layer, table)`` draws each layer
    (``styles.symbology.apply_symbology``) before its default style is saved;
    without it the default styles hold the forms only. Lookups, forms and
    legends are written in ``language`` (a ``store.languages`` setting; default:
    the language QGIS runs in), which becomes the database's language setting.
    The file is built aside (``core.files``) and appears at ``path`` only when
    complete."""
    language = language or languages.ui_language()
    crs = crs if crs is not None and crs.isValid() else QgsCoordinateReferenceSystem("EPSG:4326")
    if os.path.isdir(path):
        raise OutputError(translate(
            "Database", "{path} is a folder. Give the name of the GeoPackage file to "
            "create, for example {example}.").format(
                path=path, example=os.path.join(path, "programme.gpkg")), field="OUTPUT")
    _fail_if_exists(path, overwrite)
    try:
        with files.atomic_path(path) as work_path:
            _build(work_path, path, crs, plugin_version, feedback, style, language)
    except PermissionError as error:
        raise OutputError(translate(
            "Database", "Cannot write {path}: permission denied ({error}). Choose a "
            "folder you may write to.").format(path=path, error=error.strerror),
            field="OUTPUT") from None
    except OSError as error:
        raise OutputError(translate(
            "Database", "Cannot write {path}: {error}.").format(
                path=path, error=error.strerror or error), field="OUTPUT") from None
    return path


def create_postgis(ref, crs=None, plugin_version="", feedback=None, style=None, language=None):
    """Create the mine action database ``ref`` (a PostGIS schema, new or
    empty) in one transaction (``store.postgis``), its lookups, forms and
    legends in ``language`` (default: the language QGIS runs in); returns ``ref``."""
    language = language or languages.ui_language()
    with languages.speaking(language):
        rows = lookup_rows()
    return postgis.create(ref, crs, plugin_version, feedback, style, rows, language)


def _build(work_path, path, crs, plugin_version, feedback, style, language):
    from osgeo import gdal  # only here: GDAL's bindings need not load with QGIS
    dataset = gdal.GetDriverByName("GPKG").Create(work_path, 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        raise OutputError(translate(
            "Database", "Cannot create a GeoPackage at {path}.").format(path=path))
    dataset = None
    connection = QgsProviderRegistry.instance().providerMetadata("ogr") \
        .createConnection(work_path, {})
    build_schema(connection, work_path, crs, feedback)
    layers = {item.name: open_layer(work_path, item.name) for item in schema.LAYERS}
    with languages.speaking(language):
        seed(layers, crs, plugin_version, language)
        save_default_styles(layers, feedback, style)
    del layers


def unique_index_sql(item, field):
    """The SQLite unique index of ``field``: partial when the field may be
    empty (an external ID is unique when set, ``core.schema``)."""
    where = "" if field.not_null else ' WHERE "{}" IS NOT NULL'.format(field.name)
    return 'CREATE UNIQUE INDEX IF NOT EXISTS "uq_{0}_{1}" ON "{0}" ("{1}"){2}'.format(
        item.name, field.name, where)


def build_schema(connection, path, crs, feedback=None):
    """Create every table through ``connection`` (QGIS writes the GeoPackage's
    own tables and R-trees), then its unique indexes and row version triggers
    (``store.row_versions``) in one SQLite transaction on ``path``. The file is
    being built aside (``core.files.atomic_path``), so that transaction skips
    the disk syncs: a crash loses only the work file, and some 170 statements
    cost one commit instead of one dataset opening and sync each."""
    for number, item in enumerate(schema.LAYERS):
        if feedback is not None:
            feedback.pushInfo(translate("Database", "Creating table {table}").format(
                table=item.name))
            feedback.setProgress(60.0 * number / len(schema.LAYERS))
        options = {"geometryColumn": GEOMETRY_COLUMN} if item.geometry else {}
        table_crs = crs if item.geometry else QgsCoordinateReferenceSystem()
        fields = qgs_fields(item)
        if item.name in schema.VERSIONED:
            fields.append(qgs_field(schema.ROW_VERSION, schema.INTEGER))
        connection.createVectorTable("", item.name, fields, wkb_type(item),
                                     table_crs, False, options)
    sqlite = sqlite3.connect(path, isolation_level=None)
    try:
        cursor = sqlite.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("BEGIN IMMEDIATE")
        for statement in row_versions.HELD_TABLE_SQL:
            cursor.execute(statement)
        for item in schema.LAYERS:
            for field in item.fields:
                if field.unique:
                    cursor.execute(unique_index_sql(item, field))
            if item.name in schema.VERSIONED:
                query = row_versions.rtree_trigger_query(item)
                rtree = cursor.execute(query).fetchall() if query else []
                for statement in row_versions.sqlite_triggers(item, rtree):
                    cursor.execute(statement)
        cursor.execute(
            'CREATE UNIQUE INDEX "uq_lookups_code" ON "lookups" ("vocabulary", "code")')
        cursor.execute("COMMIT")
    finally:
        sqlite.close()


def _add_rows(layer, rows):
    features = [new_feature(layer.fields(), row) for row in rows]
    ok, _added = layer.dataProvider().addFeatures(features)
    if not ok:
        raise OutputError(translate(
            "Database", "Cannot write to table {table}: {error}").format(
                table=layer.name(), error="; ".join(layer.dataProvider().errors())))


def seed(layers, crs, plugin_version, language=None):
    """Fill the lookups (translated labels) and the schema information, with
    ``language`` as the database's language setting."""
    _add_rows(layers["lookups"], [
        {"vocabulary": name, "code": code, "label": label, "base_code": base,
         "sort_order": order, "active": True}
        for name, code, label, base, order in lookup_rows()])
    _add_rows(layers["schema_info"], [
        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
        {"key": DATABASE_ID, "value": str(uuid.uuid4())},
        {"key": "created_at", "value": datetime.now(timezone.utc).isoformat(timespec="seconds")},
        {"key": "crs", "value": crs.authid()},
        {"key": "plugin_version", "value": plugin_version},
    ] + ([{"key": SETTING_PREFIX + "language", "value": language}] if language else []))


def _save_default_style(layer):
    """Store the layer's style as its default; the error message, empty when
    stored. QGIS 3.44 deprecates saveStyleToDatabase for its V2, which 3.22 and
    3.40 lack."""
    description = translate("Database", "Mine Action Mapper default style")
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _, error = layer.saveStyleToDatabaseV2(DEFAULT_STYLE_NAME, description, True, "")
        return error
    return layer.saveStyleToDatabase(DEFAULT_STYLE_NAME, description, True, "")


def save_default_styles(layers, feedback=None, style=None):
    """Store each layer's form and, drawn by ``style(layer, table)`` when
    given, its symbology as its default style."""
    lookups = layers["lookups"]
    for item in schema.LAYERS:
        layer = layers[item.name]
        forms.configure_form(layer, item, lookups)
        if style is not None:
            style(layer, item.name)
        error = _save_default_style(layer)
        if error:
            raise OutputError(translate(
                "Database", "Cannot store the style of {table}: {error}").format(
                    table=item.name, error=error))
    if feedback is not None:
        feedback.setProgress(100.0)


def schema_version(database, writing=False):
    """The schema version of the mine action database at ``path``; raises a
    ``DatabaseError`` saying what is wrong (missing, damaged, not a mine action
    database, older, newer, locked) otherwise (see ``database_state``)."""
    return database_state.check(database, writing).version
