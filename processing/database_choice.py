"""The database an algorithm works on: a GeoPackage file, or a schema on a
QGIS PostgreSQL connection (the two optional parameters every database
algorithm shares)."""

from qgis.core import (QgsProcessingParameterDatabaseSchema,
                       QgsProcessingParameterProviderConnection)

from ..core.errors import InputError
from ..core.i18n import translate
from ..store.reference import POSTGRES, postgres_ref, reference

CONNECTION, SCHEMA = "CONNECTION", "SCHEMA"


def add_connection_parameters(algorithm, schema_label=None):
    """Add the optional PostgreSQL connection and schema parameters."""
    algorithm.addParameter(QgsProcessingParameterProviderConnection(
        CONNECTION, translate("Database", "Or: PostgreSQL connection"), POSTGRES,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterDatabaseSchema(
        SCHEMA, schema_label or translate("Database", "Schema"), CONNECTION, optional=True))


def chosen_postgis(algorithm, parameters, context):
    """The DatabaseRef the connection and schema parameters name, or None."""
    connection = algorithm.parameterAsConnectionName(parameters, CONNECTION, context)
    if not connection:
        return None
    return postgres_ref(connection, algorithm.parameterAsSchema(parameters, SCHEMA, context))


def chosen_database(algorithm, parameters, context, file_parameter):
    """The PostGIS DatabaseRef when a connection is given, else the
    GeoPackage path of ``file_parameter``; InputError when neither is."""
    ref = chosen_postgis(algorithm, parameters, context)
    if ref is not None:
        return ref
    path = algorithm.parameterAsFile(parameters, file_parameter, context)
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
