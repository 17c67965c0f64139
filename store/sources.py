"""Which database and table a layer reads: the one parser of layer sources.

Every place that must know whether a layer belongs to a mine action database
(styling, lookups, the docks, reloading after an update) asks here, so that a
new provider (PostGIS) is taught in one place.
"""

from collections import namedtuple

from qgis.core import QgsMapLayer, QgsProviderRegistry

#: provider key, file path (or database name), table name ('' when unknown)
LayerSource = namedtuple("LayerSource", "provider path table")


def source_of(layer):
    """The LayerSource of a vector layer, or None for any other layer."""
    if layer is None or layer.type() != QgsMapLayer.VectorLayer:
        return None
    provider = layer.providerType()
    parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    path = parts.get("path") or parts.get("dbname") or ""
    table = parts.get("layerName") or parts.get("table") or ""
    return LayerSource(provider, path, table)


def geopackage_table(layer):
    """(path, table) when ``layer`` reads a named table of a GeoPackage, else None."""
    source = source_of(layer)
    if source is None or source.provider != "ogr" or not source.table \
            or not source.path.lower().endswith(".gpkg"):
        return None
    return source.path, source.table


def database_tables(project, tables):
    """{path: {table: layer}} of the OGR (GeoPackage) layers of ``project``
    whose table is one of ``tables``, grouped by file."""
    found = {}
    for layer in project.mapLayers().values():
        source = source_of(layer)
        if source is not None and source.provider == "ogr" and source.table in tables:
            found.setdefault(source.path, {})[source.table] = layer
    return found
