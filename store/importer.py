"""Import records (CSV, spreadsheet, any QGIS layer) into a mine action table.

Field records arrive as tables: IMSMA exports, spreadsheets, the sample
programme's CSVs. Columns are matched to the data model by name, and every
row is converted and checked first: required columns and values, codes
against the database's lookups, dates (none in the future), numbers, the data
model's constraints (the same expressions the forms apply), unique keys
(also against rows already stored), and geometries (readable, of the
table's type, longitude/latitude once transformed). Only when every row is
good are they written, in one edit session. A bad row is reported by its row
number and field, and nothing is written.
"""

from datetime import datetime

import shapely
from qgis.core import (QgsCsException, QgsExpression, QgsExpressionContext, QgsFeature,
                       QgsFeatureRequest, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..core import geodesy, record_checks, schema
from ..core.dates import to_date
from ..core.i18n import translate
from ..core.errors import MineActionError
from ..core.codes import to_base
from . import database_state
from .features import (WGS84, layer_feature, layer_features, layer_geometry, python_value,
                       to_shapely, to_wgs84_transform)
from .lookups import active_entries, base_codes
from .roles import refusal
from .sources import database_of

_TRUE = ("1", "true", "yes", "y", "t")
_FALSE = ("0", "false", "no", "n", "f")
#: column names a reader uses for the geometry it parsed (OGR keeps them)
GEOMETRY_COLUMNS = ("wkt", "geometry", "geom", "the_geom", "wkt_geom")
#: provider key columns of the source (GeoPackage fid ...): never data
_PROVIDER_COLUMNS = ("fid", "ogc_fid")
#: rows whose features are made in one call (QGIS reads the target's unique
#: values once per call, store.features.layer_features)
FEATURE_BATCH = 1000
#: the field that keeps a record's ID in the system it came from
EXTERNAL_ID = "external_id"
#: data model geometry type -> the shapely types a table of that type takes
_ACCEPTED = {"MultiPolygon": ("Polygon", "MultiPolygon"), "Point": ("Point",),
             "LineString": ("LineString",)}


def _error(row, field, text, **values):
    message = translate("Import", "Row {row}, field '{field}': {problem}").format(
        row=row, field=field, problem=text.format(**values).strip())
    return MineActionError(message, feature=row, field=field)


def convert(value, field, row):
    """The stored value of ``value`` for schema ``field`` (None for empty)."""
    value = python_value(value)
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if "\ufffd" in value:
            raise _error(row, field.name, translate(
                "Import", "'{value}' holds characters that could not be read: the file "
                "was read in the wrong text encoding. Give its encoding (ENCODING, "
                "e.g. windows-1252) and import again."), value=value)
    if value is None:
        return None
    kind = field.kind
    try:
        if kind == schema.STRING:
            return str(value)
        if kind == schema.INTEGER:
            number = float(value)
            if number != int(number):
                raise ValueError(value)
            return int(number)
        if kind == schema.REAL:
            return float(value)
        if kind == schema.BOOLEAN:
            if isinstance(value, bool):
                return value
            text = str(value).lower()
            if text in _TRUE or text in _FALSE:
                return text in _TRUE
            raise ValueError(value)
        if kind == schema.DATE:
            value = to_date(value)
            return QDate(value.year, value.month, value.day)
        if kind == schema.DATETIME:
            if not isinstance(value, datetime):
                value = datetime.fromisoformat(str(value))
            return QDateTime(value)
    except (TypeError, ValueError):
        if kind == schema.DATE:
            raise _error(row, field.name, translate(
                "Import", "'{value}' is not a date written YYYY-MM-DD"), value=value) from None
        raise _error(row, field.name, translate(
            "Import", "'{value}' is not a valid {kind}"), value=value,
            kind=translate("Import", kind)) from None
    raise ValueError(kind)


def _kinds_for_translation():
    # the kind names appear in messages; listed here so pylupdate5 sees them
    return (translate("Import", "string"), translate("Import", "integer"),
            translate("Import", "real"), translate("Import", "date"),
            translate("Import", "datetime"), translate("Import", "boolean"))


def active_codes(lookups_layer):
    """{vocabulary: set of codes} of a database's active lookup entries."""
    return {name: {code for code, _label in entries}
            for name, entries in active_entries(lookups_layer).items()}


def _columns(model, names, feedback):
    """The schema fields the source gives, and its geometry column (or None).

    Unknown columns are reported as warnings with the closest field name; a
    missing required column is an error (suggesting the column that looks
    like it)."""
    known = set(model.field_names())
    geometry_column = next((n for n in names if n.lower() in GEOMETRY_COLUMNS), None)
    suggestions = {}
    for name in names:
        if name in known or name == geometry_column or name.lower() in _PROVIDER_COLUMNS:
            continue
        suggestion = record_checks.closest(name, model.field_names())
        suggestions[name] = suggestion
        if feedback is None:
            continue
        if suggestion:
            feedback.pushWarning(translate(
                "Import", "Column '{column}' is not a field of {table}; did you mean "
                "'{field}'? It was not imported.").format(
                    column=name, table=model.name, field=suggestion))
        else:
            feedback.pushWarning(translate(
                "Import", "Column '{column}' is not a field of {table}. It was not "
                "imported.").format(column=name, table=model.name))
    for field in record_checks.required_fields(model):
        if field in names:
            continue
        column = next((c for c, s in suggestions.items() if s == field), None)
        if column:
            message = translate(
                "Import", "Table {table} needs the column '{field}' and the records have "
                "none; their column '{column}' looks like a misspelling of it: rename "
                "that column and import again.").format(
                    table=model.name, field=field, column=column)
        else:
            message = translate(
                "Import", "Table {table} needs the column '{field}' and the records have "
                "none: add it, with a value in every row, and import again.").format(
                    table=model.name, field=field)
        raise MineActionError(message, field=field)
    return [model.field(name) for name in model.field_names() if name in names], \
        geometry_column


def _existing(model, target):
    """Identifiers already stored: key values, uuids and natural keys."""
    external = EXTERNAL_ID in model.field_names()
    names = [n for n in ("uuid", model.key_field) + model.natural_key if n]
    names += [EXTERNAL_ID] if external else []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, target.fields())
    stored = {"uuid": set(), "key": set(), "natural": set(), "external": set()}
    for feature in target.getFeatures(request):
        stored["uuid"].add(python_value(feature["uuid"]))
        if model.key_field:
            stored["key"].add(python_value(feature[model.key_field]))
        if external:
            stored["external"].add(python_value(feature[EXTERNAL_ID]))
        if model.natural_key:
            stored["natural"].add(tuple(python_value(feature[n]) for n in model.natural_key))
    return stored


def _check_values(model, attributes, row, required, codes, today):
    """Required values, codes of the lookup lists and dates not in the future."""
    for field in model.fields:
        value = attributes.get(field.name)
        if value is None:
            if field.name in required:
                raise _error(row, field.name, translate(
                    "Import", "a value is required: fill in this cell"))
            continue
        if field.lookup and value not in codes.get(field.lookup, ()):
            raise _error(row, field.name, translate(
                "Import", "'{value}' is not a code of the list '{list}' (its codes: "
                "{codes})"), value=value, list=field.lookup,
                codes=", ".join(sorted(codes.get(field.lookup, ()))))
        if field.kind in (schema.DATE, schema.DATETIME) and not field.planned:
            plain = python_value(value)
            if record_checks.is_future(plain, today):
                raise _error(row, field.name, translate(
                    "Import", "{value} is in the future: check the year (only planned "
                    "dates may lie ahead)"), value=plain.isoformat())


class _Constraints:
    """The data model's constraint expressions (those the forms apply),
    evaluated on a row with lookup codes read as their built-in meaning."""

    def __init__(self, model, target, lookups):
        self.model = model
        self.fields = target.fields()
        self.base = base_codes(lookups)
        self.context = QgsExpressionContext()
        self.context.setFields(self.fields)
        self.expressions = []
        for field in model.fields:
            if field.constraint:
                expression = QgsExpression(field.constraint)
                expression.prepare(self.context)
                self.expressions.append((field, expression))

    def check(self, feature, row):
        probe = QgsFeature(feature)
        for field in self.model.fields:
            if field.lookup and self.fields.indexOf(field.name) >= 0:
                value = python_value(probe[field.name])
                probe[field.name] = to_base(self.base, field.lookup, value)
        self.context.setFeature(probe)
        for field, expression in self.expressions:
            result = expression.evaluate(self.context)
            if expression.hasEvalError() or not python_value(result):
                value = python_value(probe[field.name])
                raise _error(row, field.name, translate(
                    "Import", "the value {value} is refused: {rule}"),
                    value="NULL" if value is None else value,
                    rule=translate(schema.CONTEXT, field.constraint_text or field.constraint))


def _source_crs(source, source_crs):
    """The CRS of the records: the layer's own, else the one the user named."""
    crs = source.sourceCrs()
    if crs.isValid():
        return crs
    if source_crs is not None and source_crs.isValid():
        return source_crs
    return None


def _fit_type(shape, model, row, field):
    """``shape`` as the table's geometry type, or an error naming the row."""
    expected = model.geometry
    kind = shape.geom_type
    if kind == "Multi" + expected and len(shape.geoms) == 1:
        shape, kind = shape.geoms[0], expected
    if kind not in _ACCEPTED[expected]:
        raise _error(row, field, translate(
            "Import", "a {found} geometry cannot be stored in table {table}, which holds "
            "{expected} geometries"), found=kind, table=model.name, expected=expected)
    return shape


def _check_lonlat(shape, row, field, crs, raw_vertex):
    """Refuse a shape with a vertex outside lon/lat; ``raw_vertex(i)`` gives
    vertex i as the records have it, to say what the numbers look like."""
    for index, (x, y) in enumerate(shapely.get_coordinates(shape)):
        if record_checks.is_lonlat(x, y):
            continue
        raw = raw_vertex(index)
        raise _error(row, field, translate(
            "Import", "the coordinates ({x}, {y}) are not a longitude and latitude once "
            "transformed from {crs} to WGS 84 (longitude within ±180°, latitude within "
            "±90°). {hint}"), x=raw[0], y=raw[1], crs=crs.authid() or crs.description(),
            hint=record_checks.crs_hint(*raw))


def _row_geometry(record, row, model, column, crs, to_wgs84, has_geometry):
    """The row's own lon/lat shapely geometry, None when it has none."""
    field = column or "geometry"
    geometry = record.geometry()
    text = python_value(record[column]) if column else None
    text = str(text).strip() if text is not None else ""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        if text and has_geometry:
            raise _error(row, field, translate(
                "Import", "'{wkt}' is not a readable geometry (WKT); correct it or "
                "empty the cell"), wkt=text if len(text) <= 60 else text[:57] + "...")
        if text:
            raise _error(row, field, translate(
                "Import", "the column holds a geometry but the records were read without "
                "geometries: load the file with its geometry column"))
        return None
    vertex = geometry.vertexAt(0)
    raw = (vertex.x(), vertex.y())
    if crs is None:
        # UTM metres in a CSV are the usual case: say what the numbers look like
        hint = "" if record_checks.is_lonlat(*raw) else record_checks.crs_hint(*raw)
        raise _error(row, field, translate(
            "Import", "the records have coordinates but no coordinate reference system "
            "(CRS), so their position is unknown. Set the layer's CRS, or give the CRS "
            "of the records when the layer has none (SOURCE_CRS). {hint}"), hint=hint)
    if not crs.isGeographic() and all(
            record_checks.is_lonlat(point.x(), point.y()) for point in geometry.vertices()):
        raise _error(row, field, translate(
            "Import", "the coordinates ({x}, {y}) look like longitude and latitude in "
            "degrees, but the records' CRS {crs} is projected (metres): set the CRS to "
            "the one they are in, e.g. EPSG:4326 (WGS 84)."),
            x=raw[0], y=raw[1], crs=crs.authid() or crs.description())

    def raw_vertex(index):
        point = geometry.vertexAt(index)
        return point.x(), point.y()
    try:
        shape = to_shapely(geometry, to_wgs84)
    except QgsCsException:
        shape = None
    if shape is None:
        raise _error(row, field, translate(
            "Import", "the coordinates ({x}, {y}) cannot be transformed from {crs} to "
            "WGS 84. {hint}"), x=raw[0], y=raw[1], crs=crs.authid(),
            hint=record_checks.crs_hint(*raw))
    _check_lonlat(shape, row, field, crs, raw_vertex)
    return shape


class RowChecker:
    """The checks of *Import records* for one record at a time, against one
    table of a database: what ``prepare`` runs on every row, and what a field
    copy's submission runs on each row it sends back (``store.field_submit``).
    Keys seen in earlier records of the same run count as stored."""

    def __init__(self, source, target, table, lookups, geometry_by_key=None, feedback=None,
                 source_crs=None, today=None):
        self.model = model = schema.BY_NAME[table]
        self.target = target
        self.geometry_by_key = geometry_by_key
        self.today = today
        self.codes = active_codes(lookups)
        self.columns, self.geometry_column = _columns(model, source.fields().names(), feedback)
        self.crs = _source_crs(source, source_crs)
        self.to_wgs84 = to_wgs84_transform(self.crs) \
            if self.crs is not None and self.crs != WGS84 else None
        self.has_geometry = source.wkbType() != QgsWkbTypes.Type.NoGeometry
        self.constraints = _Constraints(model, target, lookups)
        self.required = set(record_checks.required_fields(model))
        self.stored = _existing(model, target)
        self.seen = {"uuid": {}, "key": {}, "natural": {}, "external": {}}

    def values(self, record, row, own=None):
        """(attributes, QgsGeometry or None) of the target's feature for
        ``record`` (a feature of the source), every check but the constraint
        expressions done (``check``), or MineActionError naming ``row`` and
        the field. ``own``: the stored values of the record it replaces (an
        update), whose own identifiers are not a repetition."""
        model = self.model
        attributes = {field.name: convert(record[field.name], field, row)
                      for field in self.columns}
        _check_values(model, attributes, row, self.required, self.codes, self.today)
        _check_identity(model, attributes, row, self.stored, self.seen, own)
        shape = None
        column = self.geometry_column or "geometry"
        if model.geometry:
            shape = _row_geometry(record, row, model, self.geometry_column, self.crs,
                                  self.to_wgs84, self.has_geometry)
            if shape is None and self.geometry_by_key and model.key_field:
                shape = self.geometry_by_key.get(attributes.get(model.key_field))
                if shape is not None:
                    _check_lonlat(shape, row, "geometry", WGS84,
                                  lambda i, s=shape: tuple(shapely.get_coordinates(s)[i]))
            if shape is None and not model.geometry_optional:
                raise _error(row, column, translate(
                    "Import", "the row has no geometry, and table {table} needs one: give "
                    "it coordinates, or a layer of geometries matched by {key}"),
                    table=model.name, key=model.key_field or "ID")
            if shape is not None:
                shape = _fit_type(shape, model, row, column)
        if shape is not None and not shape.is_valid:
            raise _error(row, column, translate(
                "Import", "the geometry is not valid ({reason}): correct it and import "
                "again"), reason=shapely.is_valid_reason(shape))
        if shape is not None and "area_m2" in model.field_names():
            attributes["area_m2"] = geodesy.area_m2(shape)
            if "original_area_m2" in model.field_names() and \
                    attributes.get("original_area_m2") is None:
                attributes["original_area_m2"] = attributes["area_m2"]
        return attributes, None if shape is None else layer_geometry(shape, self.target)

    def check(self, feature, row):
        """MineActionError naming ``row`` when ``feature`` (made from
        ``values``, with the target's defaults) breaks a constraint."""
        self.constraints.check(feature, row)

    def feature(self, record, row, own=None):
        """The validated feature for ``record`` on its own (``values``, the
        target's defaults, ``check``), for callers that weigh one record at
        a time (``store.field_submit``: a bad one is rejected, not fatal)."""
        attributes, geometry = self.values(record, row, own)
        feature = layer_feature(self.target, attributes, geometry)
        self.check(feature, row)
        return feature


def prepare(source, target, table, lookups, geometry_by_key=None, feedback=None,
            source_crs=None, today=None):
    """Validated features for ``target`` from every row of ``source``.

    ``geometry_by_key`` maps a key value (e.g. hazard_id) to a lon/lat
    shapely geometry used when a row has none, as for hazards computed from
    survey traverses. ``source_crs`` is the CRS of the records when the
    source has none. Raises MineActionError naming the first bad row."""
    checker = RowChecker(source, target, table, lookups, geometry_by_key, feedback,
                         source_crs, today)
    features, waiting = [], []

    def make():
        """The features of the rows ``waiting``, with the target's defaults
        (uuid, dates) made in one call (``layer_features``), checked in
        row order."""
        made = layer_features(checker.target, [values for _row, values in waiting])
        for (row, _values), feature in zip(waiting, made):
            checker.check(feature, row)
            features.append(feature)
        del waiting[:]

    total = source.featureCount() or 1
    for row, record in enumerate(source.getFeatures(), start=1):
        if feedback is not None:
            if feedback.isCanceled():
                return []
            feedback.setProgress(100.0 * row / total)
        try:
            waiting.append((row, checker.values(record, row)))
        except MineActionError:
            make()  # a row before it refused by a constraint is the first bad row
            raise
        if len(waiting) >= FEATURE_BATCH:
            make()
    make()
    return features


def _identity(model, attributes):
    """[(kind, field, value)] of the identifiers a row carries."""
    checks = [("uuid", "uuid", attributes.get("uuid"))]
    if model.key_field:
        checks.append(("key", model.key_field, attributes.get(model.key_field)))
    if EXTERNAL_ID in attributes:
        checks.append(("external", EXTERNAL_ID, attributes.get(EXTERNAL_ID)))
    if model.natural_key:
        value = tuple(attributes.get(name) for name in model.natural_key)
        if None not in value:
            checks.append(("natural", ", ".join(model.natural_key), value))
    return checks


def _check_identity(model, attributes, row, stored, seen, own=None):
    """Refuse a row whose key, uuid or natural key is stored or repeated;
    ``own`` (the stored values of the record an update replaces) holds
    identifiers the row may keep."""
    kept = {(kind, value) for kind, _field, value in _identity(model, own or {})}
    for kind, field, value in _identity(model, attributes):
        if value is None:
            continue
        shown = " / ".join(str(part) for part in value) if isinstance(value, tuple) else value
        if value in stored[kind] and (kind, value) not in kept:
            raise _error(row, field, translate(
                "Import", "'{value}' is already in table {table}: these records were "
                "probably imported before. Remove the rows already in the table from "
                "the records and import again."), value=shown, table=model.name)
        if value in seen[kind]:
            raise _error(row, field, translate(
                "Import", "'{value}' is also in row {other}: each row needs its own "
                "value"), value=shown, other=seen[kind][value])
        seen[kind][value] = row


def nothing_imported(name, table, error):
    """``error`` (naming a row and field) as the refusal of the whole import."""
    return MineActionError(translate(
        "Import", "Nothing was imported from {source} into {table}. {problem}").format(
            source=name, table=table, problem=str(error)),
        feature=error.feature, field=error.field)


def import_records(source, target, table, lookups, geometry_by_key=None, feedback=None,
                   source_crs=None, source_name=None, today=None):
    """Validate every row, then write them all in one edit session; returns
    the number written. On any error nothing is written, and the message
    names the records, the table, the row and the field."""
    name = source_name or source.sourceName()
    try:
        features = prepare(source, target, table, lookups, geometry_by_key, feedback,
                           source_crs, today)
    except MineActionError as error:
        raise nothing_imported(name, table, error) from None
    if not features:
        return 0
    database = database_of(target)
    if database is not None:
        database_state.require_privileges(database, {table: ("INSERT",)})
    if not target.startEditing() and not target.isEditable():
        raise MineActionError(translate("Import", "Table {table} cannot be edited.").format(
            table=table))
    if not target.addFeatures(features) or not target.commitChanges():
        errors = "; ".join(target.commitErrors())
        target.rollBack()
        refused = refusal(errors, table)  # a role's missing privilege, said plainly
        if refused:
            raise MineActionError(translate(
                "Import", "Nothing was imported from {source} into {table}. {problem}").format(
                    source=name, table=table, problem=refused))
        raise MineActionError(translate(
            "Import", "Nothing was written to {table}: {errors}").format(
                table=table, errors=errors))
    return len(features)


def csv_layer(path, with_geometry, crs=None, encoding="UTF-8"):
    """A CSV file as a QGIS layer, every column kept as text.

    With ``with_geometry`` its ``wkt`` column is read by OGR, as QGIS reads
    a CSV path given to Processing: a row whose WKT is unreadable stays in the
    layer (without geometry) for the import to name, where QGIS's delimited
    text reader would drop it. ``crs`` is the CRS of the coordinates when the
    caller knows it (the sample CSVs are "EPSG:4326"); without it the layer
    has none and an import refuses its coordinates unless told their CRS."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer
    if with_geometry:
        layer = QgsVectorLayer(path, "records", "ogr")
        if layer.isValid():
            layer.setProviderEncoding(encoding)
            if crs:
                layer.setCrs(QgsCoordinateReferenceSystem(crs))
    else:
        uri = "file://{}?type=csv&detectTypes=no&geomType=none&crs=EPSG:4326&encoding={}".format(
            path, encoding)
        layer = QgsVectorLayer(uri, "records", "delimitedtext")
    if not layer.isValid():
        raise MineActionError(translate("Import", "{path} cannot be read as CSV.").format(
            path=path))
    return layer
