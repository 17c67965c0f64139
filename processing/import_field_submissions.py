"""Processing algorithm: import field submissions of the three field forms
(KoBoToolbox, ODK Central)."""

from qgis.core import (QgsFeatureSink, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsWkbTypes)

from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database


class ImportFieldSubmissionsAlgorithm(MineActionAlgorithm):
    NAME = "importfieldsubmissions"
    GROUP_ID = "fielddata"
    INPUT, DATABASE, OUTPUT, PHOTOS = "INPUT", "DATABASE", "OUTPUT", "PHOTOS"
    ACCEPTED, REJECTED, SKIPPED = "ACCEPTED", "REJECTED", "SKIPPED"

    def displayName(self):
        return self.tr("Import field submissions")

    def shortHelpString(self):
        return self.tr(
            "Imports the submissions of a field form (Export field forms) from a "
            "KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report's survey "
            "points go through the traverse engine into a hazard polygon, with its closure "
            "figures. An activity report's perimeter, drawn or walked as survey points, "
            "becomes the activity, with its EO finds; an EO spot report becomes a find. "
            "Every record is checked as Import records checks it. Activities, finds and "
            "survey points come in submitted, for the national centre's review: only "
            "approved activities release land.\n\n"
            "Photos named by a submission are kept with its record, in a folder named "
            "after the record's UUID, under the photos folder and the table: from an ODK "
            "Central zip's media folder, or from a media or attachments folder beside the "
            "export. A Survey123 file geodatabase or CSV zip is read too.\n\n"
            "Each submission is written in a transaction of its own: a rejected one is "
            "named, with its field, in the report, and the others still go in. A "
            "submission is known by its instance UUID (its record's UUID), so importing "
            "it again, from either export, changes nothing.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Field export (KoBoToolbox XLSX, ODK Central CSV zip, "
                                "Survey123 file geodatabase or CSV zip)")))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            self.PHOTOS, self.tr("Folder for the photos (default: beside a GeoPackage, its "
                                 "name followed by _photos)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Submission report")))
        self.addOutput(QgsProcessingOutputNumber(self.ACCEPTED, self.tr("Submissions imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Submissions rejected")))
        self.addOutput(QgsProcessingOutputNumber(
            self.SKIPPED, self.tr("Submissions already imported")))

    def compute(self, parameters, context, feedback):
        from ..store.features import new_feature
        from ..store.fields import fields_of
        from ..store.field_submissions_io import (ACCEPTED, REJECTED, REPORT_FIELDS, SKIPPED,
                                                  import_submissions)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        database = chosen_database(self, parameters, context, self.DATABASE)
        report = import_submissions(database, path, feedback,
                                    self.parameterAsFile(parameters, self.PHOTOS, context) or None)
        fields = fields_of(REPORT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts = {ACCEPTED: 0, REJECTED: 0, SKIPPED: 0}
        for row in report:
            sink.addFeature(new_feature(fields, row), QgsFeatureSink.Flag.FastInsert)
            counts[row["status"]] += 1
            if row["status"] == REJECTED:
                feedback.reportError(row["message"])
        feedback.pushInfo(self.tr(
            "{accepted} submissions imported, {rejected} rejected, {skipped} already "
            "imported").format(accepted=counts[ACCEPTED], rejected=counts[REJECTED],
                               skipped=counts[SKIPPED]))
        return {self.OUTPUT: dest, self.ACCEPTED: counts[ACCEPTED],
                self.REJECTED: counts[REJECTED], self.SKIPPED: counts[SKIPPED]}
