"""Processing algorithm: compute land release (never modifies its inputs)."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureSink, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)

from ..store.lookups import base_codes, lookups_beside
from .algorithm import MineActionAlgorithm
from .defaults import chosen_setting, current_settings, loaded_database, source_database


class ComputeLandReleaseAlgorithm(MineActionAlgorithm):
    NAME = "computelandrelease"
    GROUP_ID = "landrelease"
    HAZARDS, ACTIVITIES, LOOKUPS, TOLERANCE = "HAZARDS", "ACTIVITIES", "LOOKUPS", "TOLERANCE"
    REMAINING, RELEASED, LEDGER, HISTORY, QA = (
        "REMAINING", "RELEASED", "LEDGER", "HISTORY", "QA")

    def displayName(self):
        return self.tr("Compute land release")


    def shortHelpString(self):
        return self.tr(
            "Replays the land release activities (non-technical survey, technical "
            "survey, clearance) over the hazardous areas in date order, as IMAS "
            "07.11 counts them: every square metre released is counted once, by "
            "the method that released it first.\n\n"
            "Outputs: the remaining hazardous land per hazard and class (SHA, "
            "CHA); the released land per hazard and activity, tagged with its "
            "outcome, date and area; the ledger of each hazard in m² (original, "
            "cancelled, reduced with and without technical asset, cleared, "
            "remaining); the history of changes; and the quality flags "
            "(overlaps, activities outside hazards or older than the hazard "
            "record, slivers, repaired geometries).\n\n"
            "Codes are read through the lookup lists of the database the hazards "
            "come from (or the lookups table given), so a programme's own classes "
            "and outcomes count as the built-in code they behave as. Areas are "
            "ground areas on the WGS 84 ellipsoid. The inputs are not modified.")

    def initAlgorithm(self, config=None):
        database = loaded_database()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARDS, self.tr("Hazardous areas"), [QgsProcessing.SourceType.TypeVectorPolygon],
            database.layer("hazards")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACTIVITIES, self.tr("Land release activities"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            database.layer("land_release_activities")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.LOOKUPS, self.tr("Lookup lists (default: the hazards' database)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Smallest piece released (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            current_settings(database).sliver_tolerance_m2, minValue=0.0)
        self.addParameter(tolerance)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REMAINING, self.tr("Remaining hazardous land"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.RELEASED, self.tr("Released land"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LEDGER, self.tr("Land release ledger"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HISTORY, self.tr("Release history"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.QA, self.tr("Quality flags"), QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        from ..core.land_release import LandReleaseCancelled, release_land
        from ..store import land_release_io as records
        hazards_source = self.parameterAsSource(parameters, self.HAZARDS, context)
        activities_source = self.parameterAsSource(parameters, self.ACTIVITIES, context)
        if hazards_source is None or activities_source is None:
            raise QgsProcessingException(self.tr("The input layers cannot be read."))
        tolerance = chosen_setting(
            self, parameters, self.TOLERANCE,
            self.parameterAsDouble(parameters, self.TOLERANCE, context), "sliver_tolerance_m2",
            source_database(self, parameters, self.HAZARDS, context))
        lookups = self.parameterAsVectorLayer(parameters, self.LOOKUPS, context)
        if lookups is None:
            lookups = lookups_beside(self.parameterAsVectorLayer(
                parameters, self.HAZARDS, context))
        codes = base_codes(lookups)

        feedback.pushInfo(self.tr("Reading hazards and activities"))
        inputs = records.read_hazards(hazards_source, codes, context.transformContext())
        pending = []
        activities, _outcomes = records.read_activities(
            activities_source, codes, context.transformContext(), family=inputs.family,
            pending=pending)
        if pending:
            feedback.pushWarning(self.tr(
                "{count} activities await the national centre's review and release no "
                "land until approved: {ids}").format(count=len(pending),
                                                     ids=", ".join(pending)))
        feedback.pushInfo(self.tr("{hazards} hazards, {activities} activities").format(
            hazards=len(inputs.hazards), activities=len(activities)))
        try:
            result = release_land(inputs.hazards, activities, tolerance_m2=tolerance,
                                  progress=lambda f: feedback.setProgress(95.0 * f),
                                  is_cancelled=feedback.isCanceled)
        except LandReleaseCancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None

        outputs = {}
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        for key, kind, features, polygons in (
                (self.REMAINING, "remaining", records.remaining_features(result), True),
                (self.RELEASED, "released", records.released_features(result), True),
                (self.LEDGER, "ledger", records.ledger_features(result), False),
                (self.HISTORY, "history", records.history_features(result), False),
                (self.QA, "qa", records.qa_features(result), False)):
            sink, dest = self.parameterAsSink(
                parameters, key, context, records.output_fields(kind),
                QgsWkbTypes.Type.MultiPolygon if polygons else QgsWkbTypes.Type.NoGeometry,
                wgs84 if polygons else QgsCoordinateReferenceSystem())
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr(
                    "Cannot write the output {output}.").format(output=key))
            outputs[key] = dest
        released = sum(row.released_m2 for row in result.ledger.values())
        remaining = sum(row.remaining_m2 for row in result.ledger.values())
        feedback.pushInfo(self.tr(
            "Released {released:.1f} m², remaining {remaining:.1f} m², "
            "{flags} quality flags").format(released=released, remaining=remaining,
                                            flags=len(result.flags)))
        feedback.setProgress(100.0)
        return outputs
