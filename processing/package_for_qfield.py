"""Processing algorithm: a QField package of one region or one task."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString)

from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database
from .metadata import plugin_version


class PackageForQFieldAlgorithm(MineActionAlgorithm):
    NAME = "packageforqfield"
    GROUP_ID = "fielddata"
    # print layouts (the task orders) and projects belong to the main thread
    MAIN_THREAD = True
    DATABASE, REGION, TASK, OUTPUT, OVERWRITE = (
        "DATABASE", "REGION", "TASK", "OUTPUT", "OVERWRITE")
    PROJECT, RECORDS, TASK_ORDERS = "PROJECT", "RECORDS", "TASK_ORDERS"
    # the package folder is built aside and moved into place by the store
    DIRECT_OUTPUTS = (OUTPUT,)

    def displayName(self):
        return self.tr("Package for QField")

    def shortHelpString(self):
        return self.tr(
            "Writes a folder to copy to a device with QField: a QGIS project (saved "
            "with relative paths) around a field copy of one region or one task, as "
            "'Make field copy' writes it, with the database's forms and styles, the "
            "relations between the tables, the map opening on the package's records "
            "(no basemap), and the task order PDF of each task.\n\n"
            "The project uses only QGIS itself: QField opens it without this plugin. "
            "Bring the team's work back with 'Import QField changes'. The database is "
            "only read; the folder appears only when complete, and an existing package "
            "is replaced only when overwriting is allowed.")

    def initAlgorithm(self, config=None):
        add_database_parameters(self, self.DATABASE)
        self.addParameter(QgsProcessingParameterString(
            self.REGION, self.tr("Region (the hazards' region)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TASK, self.tr("Or: task ID"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Package folder")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Replace an existing package"), False))
        self.addOutput(QgsProcessingOutputString(self.PROJECT, self.tr("QGIS project")))
        self.addOutput(QgsProcessingOutputNumber(self.RECORDS, self.tr("Records copied")))
        self.addOutput(QgsProcessingOutputNumber(
            self.TASK_ORDERS, self.tr("Task orders printed")))

    def compute(self, parameters, context, feedback):
        import os
        from ..layouts.qfield_package import make_qfield_package
        from ..styles.symbology import apply_symbology
        database = chosen_database(self, parameters, context, self.DATABASE)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        manifest = make_qfield_package(
            database, folder, self.parameterAsString(parameters, self.REGION, context),
            self.parameterAsString(parameters, self.TASK, context), plugin_version(),
            feedback, style=apply_symbology,
            overwrite=self.parameterAsBool(parameters, self.OVERWRITE, context))
        project = os.path.join(manifest["folder"], manifest["project"])
        records = sum(manifest["records"].values())
        feedback.pushInfo(self.tr(
            "{records} records and {orders} task orders packaged in {folder}").format(
                records=records, orders=len(manifest["task_orders"]),
                folder=manifest["folder"]))
        return {self.OUTPUT: manifest["folder"], self.PROJECT: project,
                self.RECORDS: records, self.TASK_ORDERS: len(manifest["task_orders"])}
