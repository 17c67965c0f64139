"""Which mine action database: a GeoPackage file or a PostgreSQL schema.

``DatabaseRef`` is the one value naming a database on either backend, with
the layer source of each of its tables. A GeoPackage is its path; a PostGIS
database is a connection (the libpq / QgsDataSourceUri connection string of
a QGIS connection, a ``service=``, or a URI typed in) and a schema. The store
functions that take a database accept a path (the GeoPackage case, as
before) or a ``DatabaseRef``; ``store.sources.database_of`` finds the
reference of a layer or a Processing source string.
"""

import os
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..core import schema as data_model
from ..core.errors import InputError
from ..core.i18n import translate

GEOMETRY_COLUMN = "geom"
KEY_COLUMN = "fid"
#: the name of each table's default style (its form and map style)
DEFAULT_STYLE_NAME = "mine_action_mapper"
#: a programme setting is the schema_info row "setting.<key>" (store.settings_store)
SETTING_PREFIX = "setting."
POSTGRES = "postgres"
#: the schema_info key of a database's identity, a uuid written at creation
#: (a field copy names the database it came from by it; older databases
#: are named by their created_at)
DATABASE_ID = "database_id"


@dataclass(frozen=True)
class DatabaseRef:
    """``path`` of a GeoPackage, or ``conninfo`` and ``schema`` of a PostGIS
    database; ``name`` is the QGIS connection's name when known (messages
    only: two references to one schema are equal whatever their name)."""
    path: str = None
    conninfo: str = None
    schema: str = None
    name: str = None

    def __post_init__(self):
        if (self.path is None) == (self.conninfo is None):
            raise ValueError("a DatabaseRef names a file or a connection")

    def __eq__(self, other):
        return isinstance(other, DatabaseRef) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        return (self.path, self.conninfo, self.schema)

    @property
    def is_postgres(self):
        return self.conninfo is not None

    def uri(self):
        """The QgsDataSourceUri of the connection (PostGIS only)."""
        return QgsDataSourceUri(self.conninfo)

    def label(self):
        """How messages name the database: its file, or connection and schema."""
        if not self.is_postgres:
            return self.path
        uri = self.uri()
        connection = self.name or uri.service() or "{}@{}".format(
            uri.database(), uri.host() or "localhost")
        return translate("Database", "connection '{connection}', schema '{schema}'").format(
            connection=connection, schema=self.schema)

    def short_name(self):
        """The database's name on a page or a layer group: its file name, or
        its schema."""
        return self.schema if self.is_postgres else os.path.basename(self.path)

    def layer_source(self, table):
        """(source, provider key) of ``table``."""
        if not self.is_postgres:
            return "{}|layername={}".format(self.path, table), "ogr"
        item = data_model.BY_NAME.get(table)
        geometry = GEOMETRY_COLUMN if item is None or item.geometry else ""
        uri = self.uri()
        uri.setDataSource(self.schema, table, geometry, "", KEY_COLUMN)
        return uri.uri(False), POSTGRES

    def __str__(self):
        return self.label()


def reference(database):
    """The ``DatabaseRef`` of a path or a reference."""
    if isinstance(database, DatabaseRef):
        return database
    return DatabaseRef(path=os.fspath(database))


def postgres_connection_names():
    return sorted(QgsProviderRegistry.instance().providerMetadata(POSTGRES)
                  .connections().keys())


def connection_name(ref):
    """The name of the QGIS PostgreSQL connection that reaches ``ref``'s
    database (its own name when known), or None: what the algorithms' connection
    parameter shows when a PostGIS database is loaded."""
    if ref is None or not ref.is_postgres:
        return None
    if ref.name:
        return ref.name
    wanted = QgsDataSourceUri(ref.conninfo)
    for name, connection in QgsProviderRegistry.instance().providerMetadata(POSTGRES) \
            .connections().items():
        uri = QgsDataSourceUri(connection.uri())
        if (uri.service(), uri.host(), uri.port(), uri.database(), uri.username()) == (
                wanted.service(), wanted.host(), wanted.port(), wanted.database(),
                wanted.username()):
            return name
    return None


def postgres_ref(connection, schema):
    """The reference of ``schema`` on a QGIS PostgreSQL connection, named by
    its connection name or given as a connection string (``service=...``,
    ``dbname=... host=...``)."""
    connection = (connection or "").strip()
    schema = (schema or "").strip()
    if not schema:
        raise InputError(translate(
            "Database", "Give the schema of the mine action database on connection "
            "'{connection}'.").format(connection=connection), field="SCHEMA")
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES)
    if connection in metadata.connections():
        conninfo = QgsDataSourceUri(metadata.findConnection(connection).uri()) \
            .connectionInfo(False)
        return DatabaseRef(conninfo=conninfo, schema=schema, name=connection)
    if "=" in connection:
        return DatabaseRef(conninfo=QgsDataSourceUri(connection).connectionInfo(False),
                           schema=schema)
    raise InputError(translate(
        "Database", "There is no PostgreSQL connection named '{connection}' in QGIS "
        "(known: {known}). Add it in the Browser (PostgreSQL › New Connection).").format(
            connection=connection,
            known=", ".join(postgres_connection_names()) or "-"), field="CONNECTION")
