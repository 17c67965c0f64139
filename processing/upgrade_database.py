"""Processing algorithm: upgrade a mine action database to the current schema."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterFile)

from ..core import schema
from ..store.database import open_layer, save_default_styles
from ..store.migrate import styles_missing, upgrade
from ..store.reference import reference
from ..styles.symbology import apply_symbology
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database
from .metadata import plugin_version


class UpgradeDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "upgradedatabase"
    GROUP_ID = "database"
    # it saves the stored styles through QGIS layers: main thread
    MAIN_THREAD = True
    DATABASE, FROM, TO = "DATABASE", "FROM_VERSION", "TO_VERSION"

    def displayName(self):
        return self.tr("Upgrade mine action database")

    def shortHelpString(self):
        return self.tr(
            "Brings a mine action database made by an earlier version of the plugin "
            "up to the current data model, in place: a GeoPackage file, or a schema "
            "on a PostgreSQL connection. Every record is kept. All changes are made "
            "in one transaction: if anything fails, or the process is stopped, the "
            "database is left exactly as it was. The stored forms and styles are "
            "then refreshed (on PostgreSQL, in the same transaction).\n\n"
            "From 0.1.0: re-registered confirmed parts of a suspected area "
            "(<id>-CHA records) get an explicit link to their hazard, "
            "parent_hazard_id, instead of being recognised by their ID.\n\n"
            "To schema 3: activities, finds, survey and site points get their "
            "review status (what was stored counts as approved), reviewer and "
            "review date.\n\n"
            "A database that is already current is left unchanged.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(self.FROM, self.tr("Schema version before")))
        self.addOutput(QgsProcessingOutputNumber(self.TO, self.tr("Schema version after")))

    def compute(self, parameters, context, feedback):
        database = reference(chosen_database(self, parameters, context, self.DATABASE))
        before, after, notes = upgrade(database, plugin_version(), style=apply_symbology)
        for note in notes:
            feedback.pushInfo(note)
        if not database.is_postgres and styles_missing(database.path):
            layers = {item.name: open_layer(database, item.name) for item in schema.LAYERS}
            save_default_styles(layers, feedback, style=apply_symbology)
            del layers
            feedback.pushInfo(self.tr("The stored forms and styles were saved."))
        if before == after:
            feedback.pushInfo(self.tr("The database is already at schema version "
                                      "{version}; its records were not changed.").format(
                                          version=after))
        else:
            feedback.pushInfo(self.tr("Upgraded from schema version {before} to "
                                      "{after}.").format(before=before, after=after))
        return {self.FROM: before, self.TO: after}
