"""Which database, table or file a layer reads: the one parser of layer sources.

Every place that must know whether a layer belongs to a mine action database
(styling, lookups, settings, the docks, the algorithms' defaults, reloading
after an update) or which file an input reads or an output writes asks here,
so that a new provider (PostGIS) is taught in one place.
"""

import os
import re
from collections import namedtuple
from functools import lru_cache

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry
from qgis.PyQt.QtCore import QUrl

from .reference import POSTGRES, DatabaseRef

#: provider key, file path (or database name), table name ('' when unknown)
LayerSource = namedtuple("LayerSource", "provider path table")

#: a Processing destination into a GeoPackage table: ogr:dbname='path' table=...
_OGR_URI = re.compile(r"""^ogr:dbname=(?:'((?:[^']|'')*)'|"([^"]*)"|(\S+))""")
_NOT_FILES = ("memory:", "postgres:", "postgis:", "spatialite:", "dbname=", "service=",
              "host=")
#: what Processing puts before a PostgreSQL source or destination
_POSTGRES_PREFIXES = ("postgres://", "postgis:", "postgres:")


def _decoded(layer):
    return dict(_decoded_source(layer.providerType(), layer.source()))


@lru_cache(maxsize=4096)
def _decoded_source(provider, source):
    """QGIS's parts of a source string, kept: the defaults, docks and styles
    ask about every project layer many times, and a source string's parts
    never change (about 0.2 ms a call)."""
    return QgsProviderRegistry.instance().decodeUri(provider, source)


def source_of(layer):
    """The LayerSource of a vector layer, or None for any other layer."""
    if layer is None or layer.type() != QgsMapLayer.LayerType.VectorLayer:
        return None
    parts = _decoded(layer)
    path = parts.get("path") or parts.get("dbname") or ""
    table = parts.get("layerName") or parts.get("table") or ""
    return LayerSource(layer.providerType(), path, table)


def _postgres_uri(text):
    """The QgsDataSourceUri of a PostgreSQL source string, or None."""
    text = text.strip()
    for prefix in _POSTGRES_PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    else:
        if not text.lower().startswith(("dbname=", "service=", "host=")):
            return None
    uri = QgsDataSourceUri(text)
    return uri if uri.database() or uri.service() else None


def postgres_table(source):
    """(DatabaseRef, table) of a PostgreSQL layer or source string (a layer's
    ``dbname='..' host=.. table="schema"."table" (geom)``, ``service=..``,
    Processing's ``postgres://`` and ``postgis:`` forms), else None."""
    if isinstance(source, QgsMapLayer):
        if source.providerType() != POSTGRES:
            return None
        uri = QgsDataSourceUri(source.source())
    elif isinstance(source, str):
        uri = _postgres_uri(source)
        if uri is None:
            return None
    else:
        return None
    ref = DatabaseRef(conninfo=uri.connectionInfo(False), schema=uri.schema() or "public")
    return ref, uri.table()


def database_of(source):
    """The DatabaseRef of the database a layer or source string reads: a
    PostgreSQL schema, a GeoPackage file (existing), else None."""
    if isinstance(source, DatabaseRef):
        return source
    located = postgres_table(source)
    if located is not None:
        return located[0]
    path = geopackage_file(source)
    return DatabaseRef(path=path) if path else None


def file_of(source):
    """The real path of the file a layer, a layer source or a destination
    string names, or None (memory layers, database servers).

    Strings may be ``path|layername=...``, ``ogr:dbname='path' table=...``,
    delimited text ``file:///path?...`` or plain paths; a layer is decoded by
    its provider."""
    if isinstance(source, QgsMapLayer):
        text = _decoded(source).get("path") or ""
    elif isinstance(source, (str, os.PathLike)):
        text = os.fspath(source).strip()
        if text.upper() == "TEMPORARY_OUTPUT" or text.lower().startswith(_NOT_FILES):
            return None
        match = _OGR_URI.match(text)
        if match:
            text = next(group for group in match.groups() if group is not None) \
                .replace("''", "'")
        elif text.startswith("file://"):
            text = QUrl(text).toLocalFile()
        text = text.split("|", 1)[0]
    else:
        return None
    return os.path.realpath(os.path.expanduser(text)) if text else None


def geopackage_file(source):
    """The GeoPackage file a layer, layer source or path names when it exists,
    else None (a CSV, a memory layer, a missing file)."""
    path = file_of(source)
    return path if path and path.lower().endswith(".gpkg") and os.path.isfile(path) else None


def geopackage_table(layer):
    """(path, table) when ``layer`` reads a named table of a GeoPackage, else None."""
    source = source_of(layer)
    if source is None or source.provider != "ogr" or not source.table \
            or not source.path.lower().endswith(".gpkg"):
        return None
    return source.path, source.table


def _project_layers(project):
    """The layers of ``project`` in layer tree order, those outside the tree last."""
    layers = [node.layer() for node in project.layerTreeRoot().findLayers()]
    layers = [layer for layer in layers if layer is not None]
    seen = {layer.id() for layer in layers}
    return layers + [layer for layer_id, layer in project.mapLayers().items()
                     if layer_id not in seen]


def database_tables(project, tables, required=()):
    """{DatabaseRef: {table: layer}} of the layers of ``project`` (GeoPackage
    or PostGIS tables) whose table is one of ``tables``, grouped by database,
    databases in layer tree order (the highest first). A database that lacks
    one of the ``required`` tables is left out; of two layers of one table the
    higher one counts."""
    found = {}
    for layer in _project_layers(project):
        source = source_of(layer)
        ref = database_of(layer) if source is not None and source.table in tables else None
        if ref is not None:
            found.setdefault(ref, {}).setdefault(source.table, layer)
    return {ref: layers for ref, layers in found.items()
            if all(table in layers for table in required)}
