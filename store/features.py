"""The one way to read and write features between QGIS and the core.

The core works on shapely geometries in EPSG:4326 (lon/lat) and plain dicts;
QGIS layers may be in any CRS. Conversion goes through WKB, and coordinates
are transformed with the project's transform context. Attribute values go
through ``python_value`` (QGIS -> Python) and ``qgs_value`` (Python -> QGIS);
``new_feature`` and ``layer_feature`` (``layer_features`` for many) are the one
way to build a feature from a dict.
"""

import datetime
import uuid

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                       QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProject,
                       QgsVectorDataProvider, QgsVectorLayerUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def python_value(value):
    """Plain Python value of a QVariant-ish attribute (NULL -> None)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value


def qgs_value(value):
    """The value as a QGIS attribute: a numpy scalar becomes its Python value
    (Qt cannot store it), a date a QDate, a datetime a QDateTime."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


def attribute_map(fields, values):
    """{field index: QGIS value} of the ``values`` (a dict) that ``fields`` has."""
    mapped = {}
    for name, value in values.items():
        index = fields.indexOf(name)
        if index >= 0:
            mapped[index] = qgs_value(value)
    return mapped


def change_features(provider, attributes, geometries):
    """Change stored features' attributes {fid: {index: value}} and
    geometries {fid: QgsGeometry} as the row version rule takes them: in one
    UPDATE per feature where the provider can (PostGIS: it must carry the
    version), else the geometries first, then the attributes with the
    version, QGIS's own order (a GeoPackage holds a geometry until the
    versioned UPDATE comes, store/row_versions.py). False when refused."""
    if provider.capabilities() & QgsVectorDataProvider.Capability.ChangeFeatures:
        return provider.changeFeatures(attributes, geometries)
    return (not geometries or provider.changeGeometryValues(geometries)) and \
        (not attributes or provider.changeAttributeValues(attributes))


def new_feature(fields, values, geometry=None):
    """A QgsFeature of ``fields`` from a dict: missing names are NULL, names
    ``fields`` lacks are ignored; ``geometry`` a QgsGeometry or None."""
    feature = QgsFeature(fields)
    feature.setAttributes([qgs_value(values.get(fields.at(i).name()))
                           for i in range(fields.count())])
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


def layer_feature(layer, values, geometry=None):
    """A new feature for ``layer`` from a dict, with the layer's defaults
    (uuid, dates, user) where ``values`` has no value (None leaves the
    default); a database-managed ``uuid`` is filled when no default gave one."""
    return layer_features(layer, [(values, geometry)])[0]


def layer_features(layer, rows):
    """``layer_feature`` of each (values, geometry) of ``rows``, made in one
    call: QGIS reads a unique field's stored values once for the batch
    instead of once per feature (createFeature), which made writing n
    features to a table of N rows cost n * N."""
    rows = list(rows)
    if not rows:
        return []
    features = QgsVectorLayerUtils.createFeatures(
        layer, [QgsVectorLayerUtils.QgsFeatureData(QgsGeometry(), {}) for _row in rows])
    for feature, (values, geometry) in zip(features, rows):
        if feature.fields().indexOf("uuid") >= 0 and not feature["uuid"]:
            feature["uuid"] = str(uuid.uuid4())
        for index, value in attribute_map(feature.fields(), values).items():
            if value is not None:
                feature.setAttribute(index, value)
        if geometry is not None:
            feature.setGeometry(geometry)
    return features


def point_geometry(lon, lat):
    """A lon/lat point as a QgsGeometry (EPSG:4326)."""
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def layer_geometry(shape, layer, transform_context=None):
    """A lon/lat shapely geometry as a QgsGeometry of ``layer``'s CRS and
    type (multi when the layer is); an empty geometry for None or empty."""
    transform = None
    if layer.crs().isValid() and layer.crs() != WGS84:
        context = transform_context or QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(WGS84, layer.crs(), context)
    geometry = from_shapely(shape, transform)
    if geometry.isNull():
        return QgsGeometry()
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geometry.convertToMultiType()
    return geometry


def to_wgs84_transform(crs, transform_context=None):
    context = transform_context or QgsProject.instance().transformContext()
    return QgsCoordinateTransform(crs, WGS84, context)


def _wkb():
    """shapely's WKB module, imported on the first geometry: this module is
    loaded with the plugin (database and lookups need its value conversion)
    and shapely would otherwise load with QGIS."""
    from shapely import wkb
    return wkb


def to_shapely(geometry, transform=None):
    """Shapely geometry (lon/lat when ``transform`` goes to WGS84) or None."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    copy = QgsGeometry(geometry)
    if transform is not None:
        copy.transform(transform)
    return _wkb().loads(bytes(copy.asWkb()))


def from_shapely(shape, transform=None):
    """QgsGeometry from shapely; ``transform`` maps lon/lat to the target CRS."""
    geometry = QgsGeometry()
    if shape is None or shape.is_empty:
        return geometry
    # an explicit dimension: inside desktop QGIS on Debian 12, shapely may run
    # on the system GEOS 3.11, which refuses shapely's default of 4
    geometry.fromWkb(_wkb().dumps(shape, output_dimension=3))
    if transform is not None:
        geometry.transform(transform)
    return geometry


def read_records(source, field_names=None, transform_context=None, feedback=None,
                 geometry_errors=None):
    """Yield (feature_id, attributes dict, shapely lon/lat geometry or None)
    for every feature of a layer or feature source. With a dict as
    ``geometry_errors``, a geometry that cannot be read or transformed is
    None and {feature_id: reason} says why (otherwise the error is raised)."""
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != WGS84:
        transform = to_wgs84_transform(source.sourceCrs(), transform_context)
    names = field_names or source.fields().names()
    # by index from one attributes() list: a lookup by name costs a field search
    # each (a name the source lacks still raises KeyError from feature[name])
    columns = [(name, source.fields().lookupField(name)) for name in names]
    total = source.featureCount() or 1
    for number, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None:
            if feedback.isCanceled():
                return
            feedback.setProgress(100.0 * number / total)
        values = feature.attributes()
        attributes = {name: python_value(values[index] if index >= 0 else feature[name])
                      for name, index in columns}
        if geometry_errors is None:
            yield feature.id(), attributes, to_shapely(feature.geometry(), transform)
            continue
        try:
            shape = to_shapely(feature.geometry(), transform)
        except Exception as error:  # noqa: BLE001 - GEOS, WKB or transform: the caller reports it
            geometry_errors[feature.id()] = str(error) or type(error).__name__
            shape = None
        yield feature.id(), attributes, shape
