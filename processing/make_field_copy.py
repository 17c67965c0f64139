"""Processing algorithm: write a field copy of one region or one task."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database
from .metadata import plugin_version


class MakeFieldCopyAlgorithm(MineActionAlgorithm):
    NAME = "makefieldcopy"
    GROUP_ID = "database"
    DATABASE, REGION, TASK, OUTPUT, OVERWRITE, COUNT = (
        "DATABASE", "REGION", "TASK", "OUTPUT", "OVERWRITE", "RECORDS")
    # make_field_copy builds the file aside and moves it into place itself
    DIRECT_OUTPUTS = (OUTPUT,)

    def displayName(self):
        return self.tr("Make field copy")

    def shortHelpString(self):
        return self.tr(
            "Writes a GeoPackage for a team working offline: the hazards of one "
            "region (or one task, its hazards and their confirmed parts) with their "
            "survey points, land release activities, EO finds, tasks, site points "
            "and access routes, and the lookup lists and settings whole. It has the "
            "same forms and styles as the database, so it opens ready to edit in "
            "QGIS and QField.\n\n"
            "The copy records what each record was when it was copied (the table "
            "field_copy_base), so that 'Submit field copy' can send back what was "
            "added or changed and tell apart what was changed in the database "
            "meanwhile. The database is only read.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.REGION, self.tr("Region (the hazards' region)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TASK, self.tr("Or: task ID"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Field copy"), self.tr("GeoPackage (*.gpkg *.GPKG)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), False))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Records copied")))

    def compute(self, parameters, context, feedback):
        from ..store.field_copy import make_field_copy
        from ..styles.symbology import apply_symbology
        database = chosen_database(self, parameters, context, self.DATABASE)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        counts = make_field_copy(
            database, path, self.parameterAsString(parameters, self.REGION, context),
            self.parameterAsString(parameters, self.TASK, context), plugin_version(),
            feedback, style=apply_symbology,
            overwrite=self.parameterAsBool(parameters, self.OVERWRITE, context))
        total = sum(counts.values())
        feedback.pushInfo(self.tr("{count} records copied into {path}").format(
            count=total, path=path))
        return {self.OUTPUT: path, self.COUNT: total}
