"""Processing algorithm: export field task orders (PDF, optional PNG)."""

from qgis.core import (QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination)

from ..store.database import schema_version
from ..store.features import read_records
from ..core.settings import PAPERS
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .language import chosen_language, language_parameter
from .defaults import chosen_setting, current_settings, loaded_database, source_database


class ExportTaskOrdersAlgorithm(MineActionAlgorithm):
    NAME = "exporttaskorders"
    GROUP_ID = "cartography"
    # print layouts and their layers belong to the main thread
    MAIN_THREAD = True
    TASKS, DATABASE, PAPER, FOLDER, COMBINED, PNG = (
        "TASKS", "DATABASE", "PAPER", "OUTPUT_FOLDER", "COMBINED", "PNG")
    LANGUAGE = "LANGUAGE"
    FILES, COUNT = "FILES", "COUNT"

    def displayName(self):
        return self.tr("Export task orders")



    def shortHelpString(self):
        return self.tr(
            "Prints a field task order for each task (all tasks, or only the selected "
            "ones): the task area with its turning points, the benchmark, access and "
            "casualty evacuation routes, helicopter landing site and medical points on a "
            "map with a UTM grid in the task's zone, a location inset, scale bar, north "
            "arrow and a declination diagram (true, grid and magnetic north at the task's "
            "planned start), the table of bearings, distances and coordinates, and the "
            "task's details.\n\n"
            "Writes one PDF per task into the folder, or one PDF for all tasks, and "
            "optionally a PNG image of each.")

    def initAlgorithm(self, config=None):
        database = loaded_database()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TASKS, self.tr("Tasks"), [QgsProcessing.SourceType.TypeVectorPolygon],
            database.layer("tasks")))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database (default: the tasks' database)"),
            extension="gpkg", defaultValue=database.path, optional=True))
        add_connection_parameters(self, loaded=database)
        paper = QgsProcessingParameterEnum(
            self.PAPER, self.tr("Paper"), [self.tr("A4 portrait"), self.tr("A3 landscape")],
            defaultValue=PAPERS.index(current_settings(database).paper))
        self.addParameter(paper)
        self.addParameter(QgsProcessingParameterBoolean(
            self.COMBINED, self.tr("One PDF for all tasks"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PNG, self.tr("Also write PNG images"), defaultValue=False))
        self.addParameter(language_parameter(
            self.LANGUAGE, self.tr("Language"), self.tr("The database's language")))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Task orders written")))
        self.addOutput(QgsProcessingOutputString(
            self.FILES, self.tr("Files written (separated by semicolons)")))

    def compute(self, parameters, context, feedback):
        from ..layouts.task_order import TaskOrderExporter
        source = self.parameterAsSource(parameters, self.TASKS, context)
        if source is None:
            raise QgsProcessingException(self.tr("The tasks layer cannot be read."))
        path = chosen_database(self, parameters, context, self.DATABASE,
                               source_database(self, parameters, self.TASKS, context))
        schema_version(path)
        paper = PAPERS[chosen_setting(
            self, parameters, self.PAPER, self.parameterAsEnum(parameters, self.PAPER, context),
            "paper", path, PAPERS.index)]
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        combined = self.parameterAsBoolean(parameters, self.COMBINED, context)
        png = self.parameterAsBoolean(parameters, self.PNG, context)
        if "task_id" not in source.fields().names():
            raise QgsProcessingException(self.tr("The tasks layer has no field 'task_id'."))
        task_ids = [attributes["task_id"] for _fid, attributes, _shape
                    in read_records(source, ["task_id"], context.transformContext())
                    if attributes["task_id"]]
        feedback.pushInfo(self.tr("{count} task orders to print").format(count=len(task_ids)))
        language = chosen_language(self, parameters, self.LANGUAGE, context)
        with TaskOrderExporter(path, paper, language=language) as exporter:
            files = exporter.export(task_ids, folder, combined=combined, png=png,
                                    feedback=feedback)
        if feedback.isCanceled():
            feedback.reportError(self.tr("Cancelled: no task order was written."))
        for name in files:
            feedback.pushInfo(name)
        return {self.FOLDER: folder, self.FILES: ";".join(files), self.COUNT: len(files) if combined
                else len([name for name in files if name.endswith(".pdf")])}
