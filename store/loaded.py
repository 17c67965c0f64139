"""The mine action database loaded in a project, found by its layers' sources.

Algorithms pre-fill their inputs with it and the settings page edits its
settings. A layer belongs to a database when its source is a GeoPackage
table of the data model (``<file>.gpkg|layername=hazards``), which is what
``styles.project.load_database`` adds; layer names may be translated or
renamed by the user, sources are not.
"""

import os

from qgis.core import QgsProject

from ..core import schema


class LoadedDatabase:
    """The mine action database loaded in a project: ``path`` (None when there
    is none) and ``layers`` {table: QgsVectorLayer}."""

    def __init__(self, path=None, layers=None):
        self.path = path
        self.layers = layers or {}

    def layer(self, table):
        """Id of the project layer of ``table``, or None (no default)."""
        layer = self.layers.get(table)
        return layer.id() if layer is not None else None

    def layer_ids(self, tables):
        return [self.layers[table].id() for table in tables if table in self.layers]


def _table_of(layer):
    if layer.providerType() != "ogr" or "|layername=" not in layer.source():
        return None, None
    path, _sep, rest = layer.source().partition("|layername=")
    return os.path.abspath(path), rest.split("|")[0]


def loaded_database(project=None):
    """The database loaded in ``project`` (default: the current project).
    A database counts when its hazards and schema_info tables are layers of
    the project; with several, the one highest in the layer tree (the last
    loaded) is taken."""
    project = project if project is not None else QgsProject.instance()
    found = {}
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None:
            continue
        path, table = _table_of(layer)
        if table in schema.BY_NAME:
            found.setdefault(path, {}).setdefault(table, layer)
    for path, layers in found.items():  # dicts keep layer tree order
        if schema.HAZARDS.name in layers and schema.SCHEMA_INFO.name in layers:
            return LoadedDatabase(path, layers)
    return LoadedDatabase()
