"""Processing algorithm: apply land release to a mine action database.

All writes (hazards, re-registered CHA records, release history) happen in one
database transaction: either every change is stored or none is. Activities
that already have release history rows are not replayed again, so running the
algorithm twice leaves the database as the first run left it.
"""

from qgis.core import (QgsProcessingException,
                       QgsProcessingOutputNumber,
                       QgsProcessingParameterNumber)

from ..store.database import schema_version
from ..store.sources import database_of
from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database
from .defaults import chosen_setting, current_settings


class UpdateDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "updatedatabase"
    GROUP_ID = "landrelease"
    # one transaction on the project's own GeoPackage connections: main thread
    MAIN_THREAD = True
    DATABASE, TOLERANCE = "DATABASE", "TOLERANCE"
    UPDATED, ADDED, HISTORY = "HAZARDS_UPDATED", "HAZARDS_ADDED", "HISTORY_ROWS"

    def displayName(self):
        return self.tr("Update mine action database")

    def shortHelpString(self):
        return self.tr(
            "Applies the land release activities of a mine action database to its "
            "hazardous areas: each hazard's geometry becomes its remaining land, "
            "with its area, status and date of information, and every change is "
            "added to the release history.\n\n"
            "When part of a suspected area (SHA) has been confirmed, the SHA "
            "record keeps the suspected part and the confirmed part is "
            "re-registered as a confirmed area (CHA) whose ID is the SHA's ID "
            "followed by -CHA.\n\n"
            "Only activities without release history rows are applied, so running "
            "the update again changes nothing. All changes are written in one "
            "transaction: if anything fails, the database is left exactly as it "
            "was.\n\n"
            "The database is a GeoPackage file, or a schema on a PostgreSQL "
            "connection. The hazards it changes are locked until the update ends; "
            "a hazard another editor saved since the update read it stops the "
            "update, naming the hazard, and nothing is written. An activity that "
            "ended before a hazard's date of information never changes it.")

    def initAlgorithm(self, config=None):
        database = add_database_parameters(self, self.DATABASE)
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Smallest piece released (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            current_settings(database).sliver_tolerance_m2, minValue=0.0))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, self.tr("Hazards updated")))
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, self.tr("Hazards added")))
        self.addOutput(QgsProcessingOutputNumber(self.HISTORY,
                                                 self.tr("Release history rows added")))

    def compute(self, parameters, context, feedback):
        from ..core.land_release import LandReleaseCancelled
        from ..store.land_release_update import plan_database_update, write_in_transaction
        path = chosen_database(self, parameters, context, self.DATABASE)
        schema_version(path, writing=True)
        tolerance = chosen_setting(
            self, parameters, self.TOLERANCE,
            self.parameterAsDouble(parameters, self.TOLERANCE, context), "sliver_tolerance_m2",
            path)
        self._path = path
        try:
            plan, layers = plan_database_update(
                path, tolerance, context.transformContext(),
                progress=lambda f: feedback.setProgress(90.0 * f),
                is_cancelled=feedback.isCanceled)
        except LandReleaseCancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        for flag in plan.result.flags:
            feedback.pushWarning(self.tr("{code} (hazard {hazard}, activity {activity}): "
                                         "{message}").format(
                code=flag.code, hazard=flag.hazard_id or "-",
                activity=flag.activity_id or "-", message=flag.message))
        updated = sum(1 for change in plan.hazards if change.fid is not None)
        added = len(plan.hazards) - updated
        if plan.is_empty():
            feedback.pushInfo(self.tr("Nothing to update: every activity is already "
                                      "in the release history."))
        else:
            write_in_transaction(plan, layers["hazards"], layers["release_history"],
                                 context.transformContext(), database=path)
            feedback.pushInfo(self.tr(
                "{updated} hazards updated, {added} added, {rows} history rows "
                "written.").format(updated=updated, added=added, rows=len(plan.history)))
        feedback.setProgress(100.0)
        self._results = {self.UPDATED: updated, self.ADDED: added,
                         self.HISTORY: len(plan.history)}
        return self._results

    def postProcessAlgorithm(self, context, feedback):
        # layers of this database open in the project show the new state
        project = context.project()
        database = getattr(self, "_path", None)
        database = database_of(database) if database else None
        if project is not None and database is not None:
            for layer in project.mapLayers().values():
                if database_of(layer) == database:
                    layer.dataProvider().reloadData()
                    layer.triggerRepaint()
        return getattr(self, "_results", {})
