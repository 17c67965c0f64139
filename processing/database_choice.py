"""The database an algorithm works on: a GeoPackage file, or a schema on a
QGIS PostgreSQL connection (the two optional parameters every database
algorithm shares)."""

from qgis.core import (QgsProcessingParameterDatabaseSchema, QgsProcessingParameterFile,
                       QgsProcessingParameterProviderConnection)

from ..core.errors import InputError
from ..core.i18n import translate
from ..store.reference import POSTGRES, connection_name, postgres_ref, reference

CONNECTION, SCHEMA = "CONNECTION", "SCHEMA"


def add_connection_parameters(algorithm, schema_label=None, loaded=None):
    """Add the optional PostgreSQL connection and schema parameters; their
    defaults are those of the ``loaded`` database (``store.loaded``) when it
    is a PostGIS one."""
    ref = loaded.ref if loaded is not None else None
    name = connection_name(ref)
    algorithm.addParameter(QgsProcessingParameterProviderConnection(
        CONNECTION, translate("Database", "Or: PostgreSQL connection"), POSTGRES,
        defaultValue=name, optional=True))
    algorithm.addParameter(QgsProcessingParameterDatabaseSchema(
        SCHEMA, schema_label or translate("Database", "Schema"), CONNECTION,
        defaultValue=ref.schema if name else None, optional=True))


def add_database_parameters(algorithm, name="DATABASE"):
    """The mine action database as a GeoPackage file or a connection and
    schema, each pre-filled with the database loaded in the project (which
    it returns, for the defaults of the algorithm's other parameters)."""
    from .defaults import loaded_database
    database = loaded_database()
    algorithm.addParameter(QgsProcessingParameterFile(
        name, translate("Database", "Mine action database"), extension="gpkg",
        defaultValue=database.path, optional=True))
    add_connection_parameters(algorithm, loaded=database)
    return database


def chosen_postgis(algorithm, parameters, context):
    """The DatabaseRef the connection and schema parameters name, or None."""
    connection = algorithm.parameterAsConnectionName(parameters, CONNECTION, context)
    if not connection:
        return None
    return postgres_ref(connection, algorithm.parameterAsSchema(parameters, SCHEMA, context))


def chosen_database(algorithm, parameters, context, file_parameter, fallback=None):
    """The PostGIS DatabaseRef when a connection is given, else the
    GeoPackage path of ``file_parameter``, else ``fallback`` (e.g. the
    database an input layer comes from); InputError when none is."""
    ref = chosen_postgis(algorithm, parameters, context)
    if ref is not None:
        return ref
    path = algorithm.parameterAsFile(parameters, file_parameter, context) or fallback
    if not path:
        raise InputError(translate(
            "Database", "Give the mine action database: a GeoPackage file, or a "
            "PostgreSQL connection and a schema."), field=file_parameter)
    return path


def database_parameters(database, file_parameter):
    """The parameters that name ``database`` (a GeoPackage path or a
    ``DatabaseRef``) to an algorithm whose file parameter is ``file_parameter``."""
    ref = reference(database)
    if not ref.is_postgres:
        return {file_parameter: ref.path}
    return {CONNECTION: ref.name or ref.conninfo, SCHEMA: ref.schema}
