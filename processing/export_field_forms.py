"""Processing algorithm: export the field forms (XLSForm) of a database."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination)

from ..store import languages
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database


class ExportFieldFormsAlgorithm(MineActionAlgorithm):
    NAME = "exportfieldforms"
    GROUP_ID = "fielddata"
    DATABASE, LANGUAGES, FOLDER = "DATABASE", "LANGUAGES", "OUTPUT_FOLDER"
    FILES, COUNT = "FILES", "COUNT"

    def displayName(self):
        return self.tr("Export field forms (XLSForm)")

    def shortHelpString(self):
        return self.tr(
            "Writes the field forms of a mine action database as XLSForm workbooks, "
            "for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey "
            "/ hazard report (with the benchmark and a repeat of survey points), a "
            "technical survey / clearance progress and completion report (with the "
            "perimeter and a repeat of EO finds) and an EO spot report.\n\n"
            "The select lists are the database's own active lookup entries; questions "
            "keep the data model's field names, required fields and checks (bearing "
            "range per unit, distances of zero or more, no future dates). Labels are "
            "written in every language chosen (default: the database's language and "
            "English); the first is the forms' default language.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGES, self.tr("Label languages (empty: the database's language "
                                    "and English)"),
            [languages.display_name(code) for code in languages.available()],
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Forms written")))
        self.addOutput(QgsProcessingOutputString(
            self.FILES, self.tr("Files written (separated by semicolons)")))

    def compute(self, parameters, context, feedback):
        from ..store.field_forms_io import export_forms
        database = chosen_database(self, parameters, context, self.DATABASE)
        available = languages.available()
        codes = [available[index] for index in
                 self.parameterAsEnums(parameters, self.LANGUAGES, context)]
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        paths = export_forms(database, folder, codes or None, feedback=feedback)
        for path in paths:
            feedback.pushInfo(path)
        return {self.FOLDER: folder, self.FILES: ";".join(paths), self.COUNT: len(paths)}
