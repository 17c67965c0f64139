"""Map the Qt-free data model (core.schema) onto QGIS fields and geometry types."""

from qgis.core import QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core import schema

_VARIANT = {
    schema.STRING: QVariant.String,
    schema.INTEGER: QVariant.Int,
    schema.REAL: QVariant.Double,
    schema.DATE: QVariant.Date,
    schema.DATETIME: QVariant.DateTime,
    schema.BOOLEAN: QVariant.Bool,
}

_WKB = {
    None: QgsWkbTypes.NoGeometry,
    "Point": QgsWkbTypes.Point,
    "LineString": QgsWkbTypes.LineString,
    "MultiPolygon": QgsWkbTypes.MultiPolygon,
}


def qgs_fields(layer):
    """QgsFields for a schema layer (without the provider's primary key)."""
    fields = QgsFields()
    for item in layer.fields:
        fields.append(QgsField(item.name, _VARIANT[item.kind], len=item.length))
    return fields


def wkb_type(layer):
    return _WKB[layer.geometry]
