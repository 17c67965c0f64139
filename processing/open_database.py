"""Processing algorithm: load a mine action database into the project."""

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterFile

from ..store import database_state
from ..styles.project import group_name, load_database
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database


class OpenDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "opendatabase"
    GROUP_ID = "database"
    INPUT, GROUP = "INPUT", "GROUP"

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
        add_connection_parameters(self)
        self.addOutput(QgsProcessingOutputString(self.GROUP, self.tr("Layer group")))

    def compute(self, parameters, context, feedback):
        self._path = chosen_database(self, parameters, context, self.INPUT)
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
