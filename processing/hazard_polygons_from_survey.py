"""Processing algorithm: hazard polygons from bearing-and-distance survey tables."""

from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsWkbTypes)

from ..core import schema, survey_records
from ..core.errors import MineActionError
from ..core.traverse import Tolerance
from ..store.features import WGS84, from_shapely, new_feature, point_geometry, read_records
from ..store.fields import fields_of
from .algorithm import MineActionAlgorithm

REQUIRED = ("hazard_id", "point_no", "point_type")


class HazardPolygonsFromSurveyAlgorithm(MineActionAlgorithm):
    NAME = "hazardpolygonsfromsurvey"
    GROUP_ID = "survey"
    (INPUT, MAX_MISCLOSURE, MIN_PRECISION, ADJUST, GRID_CRS, CLOSING, OUTPUT, POINTS, REPORT,
     COMPUTED, FAILED) = ("INPUT", "MAX_MISCLOSURE", "MIN_PRECISION", "ADJUST", "GRID_CRS",
                          "CLOSING", "OUTPUT", "POINTS", "REPORT", "COMPUTED", "FAILED")

    def displayName(self):
        return self.tr("Hazard polygons from survey table")


    def shortHelpString(self):
        return self.tr(
            "Computes a hazard polygon for every hazard in a survey table: the "
            "benchmark position (coord_entered: lat/lon, UTM or MGRS) and each "
            "point's bearing and distance from an earlier point, as recorded in "
            "the field (the survey_points fields: hazard_id, point_no, "
            "point_type, from_point, bearing, bearing_unit, north_reference, "
            "distance_m, slope_deg, declination_deg, survey_date). The table may "
            "be a CSV file, a spreadsheet or a database table, and may hold many "
            "hazards.\n\n"
            "Magnetic bearings get the World Magnetic Model declination at the "
            "survey date, unless the table records a declination. Grid bearings "
            "refer to the grid chosen here, by default the UTM zone of each "
            "hazard's benchmark.\n\n"
            "Closure: the end point re-observes the start point; the misclosure "
            "and the relative precision 1:N are checked against the programme "
            "tolerance (default 1:200, no limit in metres; 0 switches a limit "
            "off). The compass (Bowditch) rule distributes the misclosure only "
            "when asked and only when the traverse is within tolerance. With "
            "the automatic closing convention, a table without an end point "
            "(such as a radial survey) is closed on its start point without a "
            "misclosure.\n\n"
            "Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the "
            "computed survey points and a closure report with one row per "
            "hazard. A hazard whose table has an error is reported by hazard, "
            "point and field, and skipped; the others are computed. The input "
            "is never modified.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Survey table (survey points of one or more hazards)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_MISCLOSURE, self.tr("Tolerance: largest misclosure in metres (0: no limit)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PRECISION, self.tr("Tolerance: smallest relative precision 1:N (0: no limit)"),
            QgsProcessingParameterNumber.Double, survey_records.DEFAULT_MIN_PRECISION, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADJUST, self.tr("Distribute the misclosure (compass rule) when within tolerance"),
            True))
        self.addParameter(QgsProcessingParameterCrs(
            self.GRID_CRS, self.tr("Grid of grid bearings (empty: the benchmark's UTM zone)"),
            optional=True))
        closing = QgsProcessingParameterEnum(
            self.CLOSING, self.tr("Closing convention"),
            [self.tr("Automatic: close on the start point when the table has an end point"),
             self.tr("The end point re-observes the start point"),
             self.tr("The closing side was not measured")], defaultValue=0)
        self.addParameter(closing)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hazard polygons"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POINTS, self.tr("Computed survey points"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Closure report"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.COMPUTED, self.tr("Hazards computed")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Hazards skipped")))

    def _sink(self, parameters, name, context, pairs, wkb_type):
        fields = fields_of(pairs)
        sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest, fields

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        missing = [name for name in REQUIRED if name not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "The survey table has no column {names}: columns must carry the survey point "
                "field names").format(names=", ".join(missing)))
        max_misclosure = self.parameterAsDouble(parameters, self.MAX_MISCLOSURE, context)
        min_precision = self.parameterAsDouble(parameters, self.MIN_PRECISION, context)
        tolerance = Tolerance(max_misclosure or None, min_precision or None)
        adjust = self.parameterAsBool(parameters, self.ADJUST, context)
        if adjust and tolerance.max_misclosure_m is None and tolerance.min_precision is None:
            raise QgsProcessingException(self.tr(
                "Set a tolerance (metres or 1:N) before asking for the misclosure to be "
                "distributed."))
        grid_crs = None
        if parameters.get(self.GRID_CRS) not in (None, ""):
            grid = self.parameterAsCrs(parameters, self.GRID_CRS, context)
            grid_crs = (grid.authid() or grid.toWkt()) if grid.isValid() else None
        closing = survey_records.CLOSINGS[self.parameterAsEnum(parameters, self.CLOSING, context)]

        polygons, polygons_id, polygon_fields = self._sink(
            parameters, self.OUTPUT, context, survey_records.HAZARD_FIELDS, QgsWkbTypes.MultiPolygon)
        points, points_id, point_fields = self._sink(
            parameters, self.POINTS, context, survey_records.point_fields(), QgsWkbTypes.Point)
        report, report_id, report_fields = self._sink(
            parameters, self.REPORT, context, survey_records.CLOSURE_FIELDS, QgsWkbTypes.NoGeometry)

        steps = QgsProcessingMultiStepFeedback(2, feedback)
        wanted = [name for name in schema.SURVEY_POINTS.field_names() if name in names]
        rows = [attributes for _fid, attributes, _shape in
                read_records(source, wanted, context.transformContext(), steps)]
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)
        groups = survey_records.group_by_hazard(rows)
        computed = failed = 0
        for number, (hazard_id, hazard_rows) in enumerate(groups.items()):
            if feedback.isCanceled():
                break
            steps.setProgress(100.0 * number / max(len(groups), 1))
            try:
                survey = survey_records.survey_from_rows(hazard_id, hazard_rows)
                result = survey_records.compute(survey, tolerance, adjust, grid_crs, closing)
            except MineActionError as error:
                feedback.reportError(str(error), False)
                report.addFeature(new_feature(
                    report_fields, survey_records.error_row(hazard_id, hazard_rows, error)),
                    QgsFeatureSink.FastInsert)
                failed += 1
                continue
            attributes, polygon = survey_records.hazard_row(survey, result)
            geometry = from_shapely(polygon)
            geometry.convertToMultiType()
            polygons.addFeature(new_feature(polygon_fields, attributes, geometry),
                                QgsFeatureSink.FastInsert)
            for values, (lon, lat) in survey_records.point_rows(survey, result):
                points.addFeature(new_feature(
                    point_fields, values, point_geometry(lon, lat)), QgsFeatureSink.FastInsert)
            row = survey_records.closure_row(survey, result, tolerance, closing)
            report.addFeature(new_feature(report_fields, row), QgsFeatureSink.FastInsert)
            for warning in list(survey.warnings) + list(result.warnings):
                feedback.pushWarning(self.tr("Hazard {hazard}: {warning}").format(
                    hazard=hazard_id, warning=warning))
            computed += 1
        feedback.pushInfo(self.tr("{computed} hazards computed, {failed} skipped").format(
            computed=computed, failed=failed))
        return {self.OUTPUT: polygons_id, self.POINTS: points_id, self.REPORT: report_id,
                self.COMPUTED: computed, self.FAILED: failed}
