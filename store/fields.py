"""QGIS fields and geometry types for the data model's kinds: the one place
a QgsField is made.

QGIS 3.38 replaced the QVariant-typed QgsField constructor with a QMetaType
one and deprecated the old; 3.22 has only the old. ``qgs_field`` picks the
right one so the plugin runs warning-free on both.
"""

from qgis.core import Qgis, QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core import schema

_NEW_API = Qgis.QGIS_VERSION_INT >= 33800

if _NEW_API:
    from qgis.PyQt.QtCore import QMetaType
    _TYPES = {
        schema.STRING: QMetaType.Type.QString,
        schema.INTEGER: QMetaType.Type.Int,
        schema.REAL: QMetaType.Type.Double,
        schema.DATE: QMetaType.Type.QDate,
        schema.DATETIME: QMetaType.Type.QDateTime,
        schema.BOOLEAN: QMetaType.Type.Bool,
    }
else:
    _TYPES = {
        schema.STRING: QVariant.String,
        schema.INTEGER: QVariant.Int,
        schema.REAL: QVariant.Double,
        schema.DATE: QVariant.Date,
        schema.DATETIME: QVariant.DateTime,
        schema.BOOLEAN: QVariant.Bool,
    }

_WKB = {
    None: QgsWkbTypes.Type.NoGeometry,
    "Point": QgsWkbTypes.Type.Point,
    "LineString": QgsWkbTypes.Type.LineString,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
}


def qgs_field(name, kind, length=0):
    """A QgsField of data model ``kind`` (core.schema STRING, REAL, ...)."""
    return QgsField(name, _TYPES[kind], len=length)


def fields_of(pairs):
    """QgsFields from (name, kind) pairs."""
    fields = QgsFields()
    for name, kind in pairs:
        fields.append(qgs_field(name, kind))
    return fields


def qgs_fields(layer):
    """QgsFields for a schema layer (without the provider's primary key)."""
    fields = QgsFields()
    for item in layer.fields:
        fields.append(qgs_field(item.name, item.kind, item.length))
    return fields


def wkb_type(layer):
    return _WKB[layer.geometry]
