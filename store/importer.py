"""Import records (CSV, spreadsheet, any QGIS layer) into a mine action table.

Field records arrive as tables: IMSMA exports, spreadsheets, the sample
programme's CSVs. Columns are matched to the data model by name, every value
is converted and checked first (codes against the database's lookups, dates,
numbers, not-null, unique keys), and only when every row is good are they
written, in one edit session. A bad row is reported by its row number and
field, and nothing is written.
"""

from datetime import datetime

from qgis.core import (QgsCoordinateTransform, QgsProject,
                       QgsVectorLayerUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..core import geodesy, schema
from ..core.dates import to_date
from ..core.i18n import translate
from ..core.errors import MineActionError
from .features import WGS84, from_shapely, python_value, to_shapely, to_wgs84_transform

_TRUE = ("1", "true", "yes", "y", "t")
_FALSE = ("0", "false", "no", "n", "f")


def _error(row, field, text, **values):
    message = translate("Import", "Row {row}, field '{field}': {problem}").format(
        row=row, field=field, problem=text.format(**values))
    return MineActionError(message, feature=row, field=field)


def convert(value, field, row):
    """The stored value of ``value`` for schema ``field`` (None for empty)."""
    value = python_value(value)
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
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
    codes = {}
    for feature in lookups_layer.getFeatures():
        if python_value(feature["active"]) in (None, True, 1):
            codes.setdefault(feature["vocabulary"], set()).add(feature["code"])
    return codes


def _target_geometry(geometry, target):
    """Cast a lon/lat shapely geometry to the target layer's type and CRS."""
    qgs = from_shapely(geometry)
    if QgsWkbTypes.isMultiType(target.wkbType()) and not qgs.isMultipart():
        qgs.convertToMultiType()
    if target.crs() != WGS84:
        qgs.transform(QgsCoordinateTransform(
            WGS84, target.crs(), QgsProject.instance().transformContext()))
    return qgs


def prepare(source, target, table, lookups, geometry_by_key=None, feedback=None):
    """Validated features for ``target`` from every row of ``source``.

    ``geometry_by_key`` maps a key value (e.g. hazard_id) to a lon/lat
    shapely geometry used when a row has none, as for hazards computed from
    survey traverses. Raises MineActionError naming the first bad row.
    """
    model = schema.BY_NAME[table]
    codes = active_codes(lookups)
    names = source.fields().names()
    to_wgs84 = None
    if source.sourceCrs().isValid() and source.sourceCrs().authid() != "EPSG:4326":
        to_wgs84 = to_wgs84_transform(source.sourceCrs())
    existing_keys = set()
    if model.key_field:
        existing_keys = {f[model.key_field] for f in target.getFeatures()}
    seen = set()
    features = []
    total = source.featureCount() or 1
    for row, record in enumerate(source.getFeatures(), start=1):
        if feedback is not None:
            if feedback.isCanceled():
                return []
            feedback.setProgress(100.0 * row / total)
        attributes = {}
        for field in model.fields:
            if field.name in names:
                attributes[field.name] = convert(record[field.name], field, row)
        for field in model.fields:
            value = attributes.get(field.name)
            if value is None and field.not_null and not field.default:
                raise _error(row, field.name, translate("Import", "a value is required"))
            if value is not None and field.lookup and value not in codes.get(field.lookup, ()):
                raise _error(row, field.name, translate(
                    "Import", "'{value}' is not a code of the list '{list}'"),
                    value=value, list=field.lookup)
        if model.key_field:
            key = attributes.get(model.key_field)
            if key in seen or key in existing_keys:
                raise _error(row, model.key_field, translate(
                    "Import", "'{value}' is already used"), value=key)
            seen.add(key)
        shape = to_shapely(record.geometry(), to_wgs84) if model.geometry else None
        if shape is None and model.geometry and geometry_by_key and model.key_field:
            shape = geometry_by_key.get(attributes.get(model.key_field))
        if shape is not None and not shape.is_valid:
            raise _error(row, "geometry", translate("Import", "the geometry is not valid"))
        if shape is not None and "area_m2" in model.field_names():
            attributes["area_m2"] = geodesy.area_m2(shape)
            if "original_area_m2" in model.field_names() and \
                    attributes.get("original_area_m2") is None:
                attributes["original_area_m2"] = attributes["area_m2"]
        feature = QgsVectorLayerUtils.createFeature(target)  # defaults (uuid, dates)
        for name, value in attributes.items():
            if value is not None:
                feature[name] = value
        if shape is not None:
            feature.setGeometry(_target_geometry(shape, target))
        features.append(feature)
    return features


def import_records(source, target, table, lookups, geometry_by_key=None, feedback=None):
    """Validate every row, then write them all in one edit session; returns
    the number written. On any error nothing is written."""
    features = prepare(source, target, table, lookups, geometry_by_key, feedback)
    if not features:
        return 0
    if not target.startEditing() and not target.isEditable():
        raise MineActionError(translate("Import", "Table {table} cannot be edited.").format(
            table=table))
    if not target.addFeatures(features) or not target.commitChanges():
        errors = "; ".join(target.commitErrors())
        target.rollBack()
        raise MineActionError(translate(
            "Import", "Nothing was written to {table}: {errors}").format(
                table=table, errors=errors))
    return len(features)


def csv_layer(path, with_geometry):
    """A CSV file as a QGIS layer (OGR reads it; every column kept as text)."""
    from qgis.core import QgsVectorLayer
    uri = "file://{}?type=csv&detectTypes=no&geomType={}&crs=EPSG:4326{}".format(
        path, "wkt" if with_geometry else "none",
        "&wktField=wkt" if with_geometry else "")
    layer = QgsVectorLayer(uri, "records", "delimitedtext")
    if not layer.isValid():
        raise MineActionError(translate("Import", "{path} cannot be read as CSV.").format(
            path=path))
    return layer
