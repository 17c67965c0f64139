"""Processing algorithm: check a mine action database (read-only)."""

from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber)

from ..core.quality.rules import Thresholds
from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database

_DEFAULTS = Thresholds()


class CheckDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "checkdatabase"
    GROUP_ID = "database"
    DATABASE, LONG_SEGMENT, PART_OVERLAP, AREA_DIFFERENCE = (
        "DATABASE", "LONG_SEGMENT_M", "PART_OVERLAP_PCT", "AREA_DIFFERENCE_PCT")
    PROBLEMS, AREAS, SUMMARY = "PROBLEMS", "PROBLEM_AREAS", "SUMMARY"

    def displayName(self):
        return self.tr("Check mine action database")

    def shortHelpString(self):
        return self.tr(
            "Finds the data problems to fix before reporting: GICHD geocheck's "
            "rules (invalid polygons with GEOS's reason, too few or repeated "
            "vertices, repeated parts, duplicate points and record IDs, long "
            "segments, overlapping parts) and the plugin's own (stated against "
            "computed areas, activities and finds outside the hazards, dates, "
            "broken hazard links, overlapping hazards, missing hazard fields, "
            "survey closures, codes not in the lookup lists).\n\n"
            "Outputs: one point per problem with its rule, severity, table, "
            "feature, field, message and a fix hint; the areas of overlaps and "
            "of activities outside the hazards; a summary per rule. The "
            "database is only read. The rules: docs/quality.md.")

    def initAlgorithm(self, config=None):
        add_database_parameters(self, self.DATABASE)
        for name, label, default in (
                (self.LONG_SEGMENT, self.tr("Longest segment between vertices (m)"),
                 _DEFAULTS.long_segment_m),
                (self.PART_OVERLAP, self.tr("Largest overlap of parts (% of the smaller)"),
                 _DEFAULTS.part_overlap_pct),
                (self.AREA_DIFFERENCE, self.tr("Largest stated area difference (%)"),
                 _DEFAULTS.area_difference_pct)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Type.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROBLEMS, self.tr("Problems"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.AREAS, self.tr("Problem areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Problems per rule"), QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        from ..store import quality_io
        database = chosen_database(self, parameters, context, self.DATABASE)
        limits = quality_io.thresholds(
            database, *(self.parameterAsDouble(parameters, name, context) for name in (
                self.LONG_SEGMENT, self.PART_OVERLAP, self.AREA_DIFFERENCE)))
        feedback.pushInfo(self.tr("Reading the database"))
        problems = quality_io.check_database(database, limits, context.transformContext(),
                                             feedback)
        outputs = {}
        for key, (wkb, crs), fields, features in (
                (self.PROBLEMS, quality_io.POINTS, quality_io.problem_fields(), None),
                (self.AREAS, quality_io.AREAS, quality_io.problem_fields(), "areas"),
                (self.SUMMARY, quality_io.TABLE, quality_io.summary_fields(), "summary")):
            sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            if features == "summary":
                rows = quality_io.summary_features(problems, fields)
            else:
                rows = quality_io.problem_features(problems, fields, areas=features == "areas")
            if not sink.addFeatures(rows, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr(
                    "Cannot write the output {output}.").format(output=key))
            outputs[key] = dest
        must_fix = sum(1 for problem in problems if problem.rule.severity == "must_fix")
        feedback.pushInfo(self.tr("{count} problems, {must_fix} to fix").format(
            count=len(problems), must_fix=must_fix))
        feedback.setProgress(100.0)
        return outputs
