"""Processing algorithm: load a mine action database into the project."""

from qgis.core import (QgsProcessingOutputString, QgsProcessingParameterDatabaseSchema,
                       QgsProcessingParameterFile, QgsProcessingParameterProviderConnection)

from ..core.errors import InputError
from ..store import database_state
from ..store.reference import POSTGRES, postgres_ref
from ..styles.project import group_name, load_database
from .algorithm import MineActionAlgorithm


class OpenDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "opendatabase"
    GROUP_ID = "database"
    INPUT, GROUP = "INPUT", "GROUP"
    CONNECTION, SCHEMA = "CONNECTION", "SCHEMA"

    def displayName(self):
        return self.tr("Open mine action database")


    def shortHelpString(self):
        return self.tr(
            "Adds every layer of a mine action database to the current project, "
            "in one group, with their styles and attribute forms: a GeoPackage "
            "file, or a schema on a PostgreSQL connection.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Mine action database"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("Or: PostgreSQL connection"), POSTGRES, optional=True))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, self.tr("Schema"), self.CONNECTION, optional=True))
        self.addOutput(QgsProcessingOutputString(self.GROUP, self.tr("Layer group")))

    def compute(self, parameters, context, feedback):
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if connection:
            self._path = postgres_ref(connection, self.parameterAsSchema(
                parameters, self.SCHEMA, context))
        else:
            self._path = self.parameterAsFile(parameters, self.INPUT, context)
            if not self._path:
                raise InputError(self.tr(
                    "Give the mine action database: a GeoPackage file, or a PostgreSQL "
                    "connection and a schema."), field=self.INPUT)
        state = database_state.probe(self._path)
        feedback.pushInfo(self.tr("Schema version {version}").format(version=state.version))
        notice = database_state.open_notice(state)
        if notice:
            feedback.pushWarning(notice)
        return {self.GROUP: group_name(self._path)}

    def postProcessAlgorithm(self, context, feedback):
        if context.project() is not None:
            load_database(self._path, context.project())
        return {self.GROUP: group_name(self._path)}
