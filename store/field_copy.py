"""Field copies: one region's or one task's records of a mine action database
in a GeoPackage of their own, for an operator working offline.

A copy is an ordinary mine action GeoPackage (same tables, forms and styles,
the source's lookups and settings whole), so it opens with its forms in QGIS
and QField. It also records its base: the source database's identity, the
copy time, and per copied row its ``uuid``, the fingerprint of its values in
the source (and its ``row_version`` there) and the fingerprint of the same
row as written in the copy. *Submit field copy* (``store.field_submit``)
compares the source and the copy with that base to tell who changed what.
The source is only read.
"""

import gc
import hashlib
import json
import os
import sqlite3
from datetime import datetime, timezone

from qgis.core import (QgsCoordinateReferenceSystem, QgsExpression, QgsFeatureRequest,
                       QgsProviderRegistry, QgsWkbTypes)
from qgis.PyQt.QtCore import QDateTime

from ..core import files, schema
from ..core.errors import DatabaseError, InputError, OutputError
from ..core.i18n import translate
from . import database_state
from .database_state import LOCK_TIMEOUT_S
from .database import create_geopackage, open_layer
from .features import new_feature, python_value
from .fields import fields_of
from .reference import DATABASE_ID, SETTING_PREFIX, reference

#: the version of what a copy records about itself; a plugin refuses a copy
#: of a higher version (made by a newer plugin)
FORMAT_VERSION = 1
BASE_TABLE = "field_copy_base"
#: the copy's own schema_info rows: field_copy.format, .source_id, ...
INFO_PREFIX = "field_copy."
#: the tables a copy holds records of, and sends back
COPIED = (schema.HAZARDS, schema.SURVEY_POINTS, schema.ACTIVITIES, schema.EO_FINDS,
          schema.TASKS, schema.SITE_POINTS, schema.ACCESS_ROUTES, schema.ACCIDENTS)
BASE_FIELDS = (("table_name", schema.STRING), ("uuid", schema.STRING),
               ("fingerprint", schema.STRING), ("copy_fingerprint", schema.STRING),
               ("row_version", schema.INTEGER))


# ------------------------------------------------------------ fingerprints
def normal_value(field, value):
    """A stored value as the same plain value whichever backend holds it:
    numbers and booleans by the data model's kind, dates as ISO text, times
    as milliseconds since 1970 (a GeoPackage keeps milliseconds)."""
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch() if value.isValid() else None
    value = python_value(value)
    if value is None:
        return None
    if field.kind == schema.DATETIME:
        if isinstance(value, str):
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return int(value.timestamp() * 1000)
    if field.kind == schema.DATE:
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if field.kind == schema.BOOLEAN:
        return str(value).lower() in ("1", "true", "t", "yes") \
            if isinstance(value, str) else bool(value)
    if field.kind == schema.INTEGER:
        return int(value)
    if field.kind == schema.REAL:
        return float(value)
    return str(value)


def normal_geometry(geometry):
    """A geometry's WKB as hex text, None when it has none."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return bytes(geometry.asWkb()).hex()


def values_of(model, feature):
    """{field: normal value, 'geometry': WKB hex} of a feature of ``model``."""
    values = {field.name: normal_value(field, feature[field.name]) for field in model.fields}
    if model.geometry:
        values["geometry"] = normal_geometry(feature.geometry())
    return values


def fingerprint(model, feature):
    """A digest of every value of a record (its data model fields and its
    geometry): two records with the same fingerprint hold the same values."""
    text = json.dumps(values_of(model, feature), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- identity
def schema_info(database):
    """{key: value} of a database's schema_info table."""
    layer = open_layer(database, schema.SCHEMA_INFO.name)
    return {python_value(f["key"]): python_value(f["value"]) for f in layer.getFeatures()}


def identity(info):
    """The identity of a database from its schema_info: its database_id,
    else (a database made before 0.4) its creation time."""
    if info.get(DATABASE_ID):
        return str(info[DATABASE_ID])
    return "created_at:{}".format(info.get("created_at") or "")


# ------------------------------------------------------------------ subset
def _in(field, values):
    """A filter expression: ``field`` is one of ``values`` (never empty)."""
    return "{} IN ({})".format(QgsExpression.quotedColumnRef(field), ", ".join(
        QgsExpression.quotedValue(value) for value in sorted(values)))


def _any_of(*conditions):
    """The OR of the (field, values) conditions that have values, or None."""
    parts = [_in(field, values) for field, values in conditions if values]
    return " OR ".join(parts) if parts else None


def _features(layer, expression):
    if expression is None:
        return []
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def _ids(features, field):
    return {python_value(f[field]) for f in features} - {None, ""}


def select(layers, region=None, task_id=None):
    """{table: [features]} of the subset: the hazards of ``region`` (or of the
    task ``task_id`` and its confirmed parts) with every record that names
    them, and the tasks of those hazards with every record that names them."""
    if region:
        hazards = _features(layers["hazards"], "{} = {}".format(
            QgsExpression.quotedColumnRef("region"), QgsExpression.quotedValue(region)))
        if not hazards:
            known = sorted(_ids(layers["hazards"].getFeatures(), "region"))
            raise InputError(translate(
                "FieldCopy", "No hazard has the region '{region}' (regions in the "
                "database: {known}).").format(region=region, known=", ".join(known) or "-"),
                field="REGION")
        task_ids = set()
    else:
        tasks = _features(layers["tasks"], _in("task_id", {task_id}))
        if not tasks:
            raise InputError(translate(
                "FieldCopy", "There is no task '{task}' in the database.").format(
                    task=task_id), field="TASK")
        task_ids = {task_id}
        named = _ids(tasks, "hazard_id")
        for table in ("land_release_activities", "site_points", "access_routes"):
            named |= _ids(_features(layers[table], _in("task_id", task_ids)), "hazard_id")
        hazards = _features(layers["hazards"], _any_of(
            ("hazard_id", named), ("parent_hazard_id", named)))
    hazard_ids = _ids(hazards, "hazard_id")
    tasks = _features(layers["tasks"], _any_of(("hazard_id", hazard_ids),
                                               ("task_id", task_ids)))
    task_ids |= _ids(tasks, "task_id")
    activities = _features(layers["land_release_activities"], _any_of(
        ("hazard_id", hazard_ids), ("task_id", task_ids)))
    activity_ids = _ids(activities, "activity_id")
    return {
        "hazards": hazards, "tasks": tasks, "land_release_activities": activities,
        "eo_finds": _features(layers["eo_finds"], _any_of(
            ("hazard_id", hazard_ids), ("activity_id", activity_ids))),
        "survey_points": _features(layers["survey_points"], _any_of(
            ("hazard_id", hazard_ids),)),
        "site_points": _features(layers["site_points"], _any_of(
            ("hazard_id", hazard_ids), ("task_id", task_ids))),
        "access_routes": _features(layers["access_routes"], _any_of(
            ("hazard_id", hazard_ids), ("task_id", task_ids))),
        "accidents": _features(layers["accidents"], _any_of(("hazard_id", hazard_ids),)),
    }


# -------------------------------------------------------------------- make
def _write(layer, features):
    if not features:
        return
    ok, _added = layer.dataProvider().addFeatures(features)
    if not ok:
        raise OutputError(translate(
            "Database", "Cannot write to table {table}: {error}").format(
                table=layer.name(), error="; ".join(layer.dataProvider().errors())))


def _replace_rows(layer, rows):
    """Empty ``layer`` (a table of the new copy) and write ``rows`` (dicts)."""
    provider = layer.dataProvider()
    provider.deleteFeatures([f.id() for f in layer.getFeatures()])
    _write(layer, [new_feature(layer.fields(), row) for row in rows])


def _plain_rows(layer):
    names = layer.fields().names()
    return [{name: python_value(f[name]) for name in names if name != "fid"}
            for f in layer.getFeatures()]


def _check_output(path, source):
    if source.path and os.path.exists(path) and os.path.samefile(path, source.path):
        raise OutputError(translate(
            "FieldCopy", "The field copy {path} would replace the database it is made "
            "from. Choose another file.").format(path=path), field="OUTPUT")


def _copy_records(work, subset, counts, feedback):
    """Write the ``subset`` into the copy at ``work``; its base rows."""
    base = []
    for item in COPIED:
        layer = open_layer(work, item.name)
        names = layer.fields().names()
        features = []
        versions = {}
        prints = {}
        for feature in subset[item.name]:
            values = {name: python_value(feature[name]) for name in names
                      if name != "fid" and feature.fields().indexOf(name) >= 0}
            geometry = feature.geometry() if item.geometry else None
            features.append(new_feature(layer.fields(), values,
                                        None if geometry is None or geometry.isNull()
                                        else geometry))
            prints[values["uuid"]] = fingerprint(item, feature)
            if feature.fields().indexOf(schema.ROW_VERSION) >= 0:
                versions[values["uuid"]] = python_value(feature[schema.ROW_VERSION])
        _write(layer, features)
        for written in layer.getFeatures():
            uuid = python_value(written["uuid"])
            base.append({"table_name": item.name, "uuid": uuid,
                         "fingerprint": prints[uuid],
                         "copy_fingerprint": fingerprint(item, written),
                         "row_version": versions.get(uuid)})
        counts[item.name] = len(features)
        if feedback is not None:
            feedback.pushInfo(translate(
                "FieldCopy", "{table}: {count} records copied").format(
                    table=item.name, count=len(features)))
    return base


def _is_database_not_copy(path):
    """True when ``path`` is a mine action database that is not a field copy."""
    try:
        database_state.probe(path)
    except DatabaseError:
        return False
    return INFO_PREFIX + "format" not in schema_info(path)


def make_field_copy(database, path, region=None, task_id=None, plugin_version="",
                    feedback=None, style=None, overwrite=False):
    """Write the field copy of ``database`` (a path or DatabaseRef) at
    ``path`` for one ``region`` or one task ``task_id``; returns
    {table: rows copied}. The file appears only when complete."""
    ref = reference(database)
    region = (region or "").strip()
    task_id = (task_id or "").strip()
    if bool(region) == bool(task_id):
        raise InputError(translate(
            "FieldCopy", "Give either a region or a task for the field copy, not both "
            "and not neither."), field="REGION")
    database_state.check(ref)
    _check_output(path, ref)
    if os.path.exists(path) and not overwrite:
        raise OutputError(translate(
            "FieldCopy", "{path} already exists. Choose another file or allow "
            "overwriting.").format(path=path), field="OUTPUT")
    if os.path.exists(path) and _is_database_not_copy(path):
        raise OutputError(translate(
            "FieldCopy", "{path} is a mine action database, not a field copy: it is "
            "never overwritten. Choose another file for the field copy.").format(
                path=path), field="OUTPUT")
    source = {item.name: open_layer(ref, item.name) for item in schema.LAYERS}
    info = schema_info(ref)
    subset = select(source, region, task_id)
    crs = source["hazards"].crs()
    language = info.get(SETTING_PREFIX + "language") or None
    counts = {}
    with files.atomic_path(path) as work:
        create_geopackage(work, crs if crs.isValid() else QgsCoordinateReferenceSystem(
            "EPSG:4326"), overwrite=True, plugin_version=plugin_version, style=style,
            language=language)
        base = _copy_records(work, subset, counts, feedback)
        _replace_rows(open_layer(work, schema.LOOKUPS.name),
                      _plain_rows(source[schema.LOOKUPS.name]))
        own = {key: value for key, value in schema_info(work).items()
               if not key.startswith(SETTING_PREFIX)}
        own.update({key: value for key, value in info.items()
                    if key.startswith(SETTING_PREFIX)})
        own.update({
            INFO_PREFIX + "format": str(FORMAT_VERSION),
            INFO_PREFIX + "source_id": identity(info),
            INFO_PREFIX + "source": ref.label(),
            INFO_PREFIX + "copied_at": datetime.now(timezone.utc).isoformat(
                timespec="seconds"),
        })
        own[INFO_PREFIX + ("region" if region else "task")] = region or task_id
        _replace_rows(open_layer(work, schema.SCHEMA_INFO.name),
                      [{"key": k, "value": v} for k, v in own.items()])
        _write_base(work, base)
        checkpoint(work)
    return counts


def checkpoint(path):
    """Move what QGIS's connections left in the write-ahead log into the
    file itself, so the copy is whole on disk when it is moved into place
    (and reading it later never changes its bytes)."""
    gc.collect()  # the copy's layers: QGIS closes a GeoPackage with its last layer
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _write_base(path, rows):
    """The base table of a new copy, with one row per copied record."""
    connection = QgsProviderRegistry.instance().providerMetadata("ogr") \
        .createConnection(path, {})
    connection.createVectorTable("", BASE_TABLE, fields_of(BASE_FIELDS),
                                 QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                 False, {})
    connection.executeSql('CREATE UNIQUE INDEX "uq_{0}" ON "{0}" ("table_name", "uuid")'
                          .format(BASE_TABLE))
    layer = open_layer(path, BASE_TABLE)
    _write(layer, [new_feature(layer.fields(), row) for row in rows])


# -------------------------------------------------------------------- read
def read_copy(path):
    """(info, {(table, uuid): base row}) of the field copy at ``path``, or
    DatabaseError saying why it is not one this plugin can submit."""
    database_state.check(path)
    info = schema_info(path)
    version = info.get(INFO_PREFIX + "format")
    tables = QgsProviderRegistry.instance().providerMetadata("ogr") \
        .createConnection(path, {}).tables()
    if version is None or BASE_TABLE not in {table.tableName() for table in tables}:
        raise DatabaseError(translate(
            "FieldCopy", "{path} is a mine action database but not a field copy (it "
            "has no record of its base). Only a copy written by 'Make field copy' can "
            "be submitted; bring other records in with 'Import records'.").format(
                path=path), feature=path)
    try:
        version = int(version)
    except ValueError:
        version = FORMAT_VERSION + 1
    if version > FORMAT_VERSION:
        raise DatabaseError(translate(
            "FieldCopy", "{path} was made by a newer version of Mine Action Mapper "
            "(field copy format {version}; this plugin knows {known}). Update the "
            "plugin to submit it.").format(path=path, version=version, known=FORMAT_VERSION),
            feature=path)
    base = {}
    for feature in open_layer(path, BASE_TABLE).getFeatures():
        row = {name: python_value(feature[name]) for name, _kind in BASE_FIELDS}
        base[(row["table_name"], row["uuid"])] = row
    return info, base
