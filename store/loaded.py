"""The mine action database loaded in a project, found by its layers' sources.

Algorithms pre-fill their inputs with it, the settings page edits its
settings and the docks work on its layers. A layer belongs to a database when
its source is a GeoPackage table of the data model
(``<file>.gpkg|layername=hazards``, what ``styles.project.load_database``
adds; ``store.sources`` reads it); layer names may be translated or renamed
by the user, sources are not.
"""

from qgis.core import QgsProject

from ..core import schema
from .sources import database_tables

#: the tables that make a project's GeoPackage layers a loaded database
DATABASE_TABLES = (schema.HAZARDS.name, schema.SCHEMA_INFO.name)


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


def loaded_database(project=None, required=DATABASE_TABLES):
    """The database loaded in ``project`` (default: the current project): the
    highest in the layer tree (the last loaded) of the GeoPackages whose
    ``required`` tables are all layers of the project. A dock passes the
    tables it works on."""
    project = project if project is not None else QgsProject.instance()
    found = database_tables(project, schema.BY_NAME, required)
    if not found:
        return LoadedDatabase()
    path, layers = next(iter(found.items()))
    return LoadedDatabase(path, layers)
