"""The mine action database loaded in a project, found by its layers' sources.

Algorithms pre-fill their inputs with it, the settings page edits its
settings and the docks work on its layers. A layer belongs to a database when
its source is a table of the data model in a GeoPackage
(``<file>.gpkg|layername=hazards``) or a PostGIS schema (what
``styles.project.load_database`` adds; ``store.sources`` reads it); layer
names may be translated or renamed by the user, sources are not.
"""

from qgis.core import QgsProject

from ..core import schema
from .sources import database_tables

#: the tables that make a project's layers a loaded database
DATABASE_TABLES = (schema.HAZARDS.name, schema.SCHEMA_INFO.name)


class LoadedDatabase:
    """The mine action database loaded in a project: ``ref`` (a
    ``DatabaseRef``, None when there is none) and ``layers`` {table:
    QgsVectorLayer}. ``path`` is the GeoPackage file (None on PostGIS: a
    file parameter's default); ``database`` what the store functions take."""

    def __init__(self, ref=None, layers=None):
        self.ref = ref
        self.layers = layers or {}

    @property
    def path(self):
        return self.ref.path if self.ref is not None and not self.ref.is_postgres else None

    @property
    def database(self):
        """The GeoPackage path or the PostGIS DatabaseRef, or None."""
        if self.ref is None:
            return None
        return self.ref if self.ref.is_postgres else self.ref.path

    def layer(self, table):
        """Id of the project layer of ``table``, or None (no default)."""
        layer = self.layers.get(table)
        return layer.id() if layer is not None else None

    def layer_ids(self, tables):
        return [self.layers[table].id() for table in tables if table in self.layers]


def loaded_database(project=None, required=DATABASE_TABLES):
    """The database loaded in ``project`` (default: the current project): the
    highest in the layer tree (the last loaded) of the databases whose
    ``required`` tables are all layers of the project. A dock passes the
    tables it works on."""
    project = project if project is not None else QgsProject.instance()
    found = database_tables(project, schema.BY_NAME, required)
    if not found:
        return LoadedDatabase()
    ref, layers = next(iter(found.items()))
    return LoadedDatabase(ref, layers)
