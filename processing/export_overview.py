"""Processing algorithm: export the national overview map (A3 landscape PDF)."""

from qgis.core import QgsProcessingParameterFileDestination, QgsProcessingParameterString

from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database
from .language import chosen_language, language_parameter
from .defaults import chosen_setting, current_settings


class ExportOverviewAlgorithm(MineActionAlgorithm):
    NAME = "exportoverview"
    GROUP_ID = "cartography"
    MAIN_THREAD = True
    DATABASE, AUTHORITY, OUTPUT, PNG = "DATABASE", "AUTHORITY", "OUTPUT", "PNG"
    LANGUAGE = "LANGUAGE"

    def displayName(self):
        return self.tr("Export national overview map")



    def shortHelpString(self):
        return self.tr(
            "Prints an A3 landscape overview of the programme: hazardous areas by class "
            "and land release activities by outcome, with tables of the number and "
            "ground area of hazards by class and status and of the area of activities by "
            "outcome (ellipsoidal square metres, computed from the geometries).")

    def initAlgorithm(self, config=None):
        database = add_database_parameters(self, self.DATABASE)
        self.addParameter(QgsProcessingParameterString(
            self.AUTHORITY, self.tr("Issuing authority"),
            current_settings(database).authority or None, optional=True))
        self.addParameter(language_parameter(
            self.LANGUAGE, self.tr("Language"), self.tr("The database's language")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Overview PDF"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.PNG, self.tr("Overview PNG image"), self.tr("PNG images (*.png)"),
            optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        from ..layouts.layout_overview import OverviewExporter
        path = chosen_database(self, parameters, context, self.DATABASE)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        png = self.parameterAsFileOutput(parameters, self.PNG, context) or None
        authority = chosen_setting(
            self, parameters, self.AUTHORITY,
            self.parameterAsString(parameters, self.AUTHORITY, context) or None,
            "authority", path, lambda value: value or None)
        exporter = OverviewExporter(
            path, language=chosen_language(self, parameters, self.LANGUAGE, context))
        feedback.setProgress(10)
        written = exporter.export(output, png, authority)
        feedback.setProgress(100)
        result = {self.OUTPUT: output}
        if png and png in written:
            result[self.PNG] = png
        return result
