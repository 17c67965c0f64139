"""Processing algorithm: send a field copy's additions and changes back."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureSink, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsWkbTypes)

from ..core.i18n import translate
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database


class SubmitFieldCopyAlgorithm(MineActionAlgorithm):
    # the strings Import QField changes (a subclass) shares are translated
    # in this class's context: translate("SubmitFieldCopyAlgorithm", ...)
    NAME = "submitfieldcopy"
    GROUP_ID = "database"
    # one transaction on the project's own database connections: main thread
    MAIN_THREAD = True
    COPY, DATABASE, REPORT = "COPY", "DATABASE", "REPORT"
    INSERTED, UPDATED, CONFLICTS, REJECTED = "INSERTED", "UPDATED", "CONFLICTS", "REJECTED"

    def displayName(self):
        return self.tr("Submit field copy")

    def shortHelpString(self):
        return self.tr(
            "Sends back to the mine action database what was added or changed in a "
            "field copy made by 'Make field copy', record by record (matched by "
            "uuid).\n\n"
            "- A record changed in the copy and also in the database since the copy "
            "was made is a conflict: it is reported (table, record, field, both "
            "values) and not applied.\n"
            "- Every added or changed record passes the checks of 'Import records'; "
            "one that fails is rejected, named with its field, and the others go "
            "in.\n"
            "- A record deleted in the copy is reported and kept in the database.\n"
            "- Everything is written in one transaction; on PostGIS each update "
            "names the row version it makes.\n\n"
            "Submitting the same copy again changes nothing. The report lists every "
            "record inserted, updated, in conflict, rejected or deleted in the copy.")

    def initAlgorithm(self, config=None):
        self.add_copy_parameter()
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, translate("SubmitFieldCopyAlgorithm", "Mine action database"),
            extension="gpkg", defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, translate("SubmitFieldCopyAlgorithm", "Submission report"),
            optional=True))
        for name, label in (
                (self.INSERTED, translate("SubmitFieldCopyAlgorithm", "Records inserted")),
                (self.UPDATED, translate("SubmitFieldCopyAlgorithm", "Records updated")),
                (self.CONFLICTS, translate("SubmitFieldCopyAlgorithm", "Records in conflict")),
                (self.REJECTED, translate("SubmitFieldCopyAlgorithm", "Records rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def add_copy_parameter(self):
        """The field copy parameter (``import_qfield_changes`` takes a package)."""
        self.addParameter(QgsProcessingParameterFile(
            self.COPY, self.tr("Field copy"), extension="gpkg"))

    def copy_path(self, parameters, context):
        """The field copy's GeoPackage the parameters name."""
        return self.parameterAsFile(parameters, self.COPY, context)

    def compute(self, parameters, context, feedback):
        from ..store import field_submit
        from ..store.features import new_feature
        from ..store.fields import fields_of
        copy_path = self.copy_path(parameters, context)
        database = chosen_database(self, parameters, context, self.DATABASE)
        plan = field_submit.submit_field_copy(copy_path, database, feedback=feedback)
        if feedback.isCanceled():
            return {}
        for outcome in plan.outcomes:
            text = translate(
                "SubmitFieldCopyAlgorithm",
                "{outcome}: {table} {record} {field} {message}").format(
                outcome=outcome.outcome, table=outcome.table_name, record=outcome.record,
                field=outcome.field, message=outcome.message)
            if outcome.outcome in (field_submit.CONFLICT, field_submit.REJECTED):
                feedback.pushWarning(text)
            else:
                feedback.pushInfo(text)
        results = {
            self.INSERTED: plan.count(field_submit.INSERTED),
            self.UPDATED: plan.count(field_submit.UPDATED),
            self.CONFLICTS: plan.count(field_submit.CONFLICT),
            self.REJECTED: plan.count(field_submit.REJECTED)}
        feedback.pushInfo(translate(
            "SubmitFieldCopyAlgorithm", "{inserted} inserted, {updated} updated, "
            "{conflicts} in conflict (not applied), {rejected} rejected.").format(
                inserted=results[self.INSERTED], updated=results[self.UPDATED],
                conflicts=results[self.CONFLICTS], rejected=results[self.REJECTED]))
        fields = fields_of(field_submit.REPORT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.REPORT, context, fields,
                                          QgsWkbTypes.Type.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        if sink is not None:
            features = [new_feature(fields, outcome.as_row()) for outcome in plan.outcomes]
            if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(translate(
                    "SubmitFieldCopyAlgorithm", "Cannot write the output {output}.").format(
                        output=self.REPORT))
            results[self.REPORT] = dest
        self._database = database
        return results

    def postProcessAlgorithm(self, context, feedback):
        # layers of this database open in the project show the new state
        from ..store.reference import reference
        from ..store.sources import database_of
        project = context.project()
        database = getattr(self, "_database", None)
        if project is not None and database is not None:
            for layer in project.mapLayers().values():
                if database_of(layer) == reference(database):
                    layer.dataProvider().reloadData()
                    layer.triggerRepaint()
        return {}
