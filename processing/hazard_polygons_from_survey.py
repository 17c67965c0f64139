"""Processing algorithm: hazard polygons from bearing-and-distance survey tables."""

from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsWkbTypes)

from ..core import schema
from ..core.errors import MineActionError
from ..core.survey_limits import BENCHMARK_SPREAD_M, LOCAL_SURVEY_LIMIT_M
from ..store.features import WGS84, from_shapely, new_feature, point_geometry, read_records
from ..store.fields import fields_of
from .algorithm import MineActionAlgorithm
from .defaults import chosen_setting, current_settings, loaded_database, source_database

REQUIRED = ("hazard_id", "point_no", "point_type")


class HazardPolygonsFromSurveyAlgorithm(MineActionAlgorithm):
    NAME = "hazardpolygonsfromsurvey"
    GROUP_ID = "survey"
    (INPUT, MAX_MISCLOSURE, MIN_PRECISION, MAX_LEG, ADJUST, GRID_CRS, CLOSING, OUTPUT, POINTS,
     REPORT, COMPUTED, FAILED) = ("INPUT", "MAX_MISCLOSURE", "MIN_PRECISION", "MAX_LEG", "ADJUST",
                                  "GRID_CRS", "CLOSING", "OUTPUT", "POINTS", "REPORT", "COMPUTED",
                                  "FAILED")

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
            "tolerance (0 switches a limit off), and a leg longer than the "
            "longest leg accepted is refused. These default to the programme "
            "settings (Settings > Options > Mine Action; built in: 1:200, no "
            "limit in metres, 2000 m legs); a value left at its default takes "
            "the setting of the database the survey table belongs to. The "
            "compass (Bowditch) rule distributes the misclosure only "
            "when asked and only when the traverse is within tolerance. With "
            "the automatic closing convention, a table without an end point "
            "(such as a radial survey) is closed on its start point without a "
            "misclosure.\n\n"
            "Plausibility: a leg longer than the longest leg accepted (default "
            "2,000 m horizontal; never more than 100 km) is refused, and a "
            "benchmark more than 100 km from the table's other benchmarks is "
            "reported as a warning (a wrong MGRS band or a swapped sign).\n\n"
            "Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the "
            "computed survey points and a closure report with one row per "
            "hazard. A hazard whose table has an error is reported by hazard, "
            "point and field, and skipped; the others are computed. When no "
            "hazard can be computed the algorithm fails. Every input is read "
            "and computed before any output is written, and the input is "
            "never modified.")

    def initAlgorithm(self, config=None):
        database = loaded_database()
        settings = current_settings(database)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Survey table (survey points of one or more hazards)"),
            [QgsProcessing.SourceType.TypeVector], database.layer("survey_points")))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_MISCLOSURE, self.tr("Tolerance: largest misclosure in metres (0: no limit)"),
            QgsProcessingParameterNumber.Type.Double, settings.max_misclosure_m or 0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PRECISION, self.tr("Tolerance: smallest relative precision 1:N (0: no limit)"),
            QgsProcessingParameterNumber.Type.Double, settings.min_precision, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LEG, self.tr("Longest leg accepted (m)"),
            QgsProcessingParameterNumber.Type.Double, settings.max_leg_m, minValue=1.0,
            maxValue=LOCAL_SURVEY_LIMIT_M))
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
            self.OUTPUT, self.tr("Hazard polygons"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POINTS, self.tr("Computed survey points"),
            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Closure report"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.COMPUTED, self.tr("Hazards computed")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Hazards skipped")))

    def _sink(self, parameters, name, context, pairs, wkb_type):
        fields = fields_of(pairs)
        sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest, fields

    def compute(self, parameters, context, feedback):
        from ..core import survey_records as records
        from ..core.traverse import Tolerance
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        missing = [name for name in REQUIRED if name not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "The survey table has no column {names}: columns must carry the survey point "
                "field names").format(names=", ".join(missing)))
        database = source_database(self, parameters, self.INPUT, context)
        max_misclosure = chosen_setting(
            self, parameters, self.MAX_MISCLOSURE,
            self.parameterAsDouble(parameters, self.MAX_MISCLOSURE, context),
            "max_misclosure_m", database, lambda value: value or 0.0)
        min_precision = chosen_setting(
            self, parameters, self.MIN_PRECISION,
            self.parameterAsDouble(parameters, self.MIN_PRECISION, context),
            "min_precision", database)
        max_leg = chosen_setting(
            self, parameters, self.MAX_LEG,
            self.parameterAsDouble(parameters, self.MAX_LEG, context), "max_leg_m", database)
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
        closing = records.CLOSINGS[self.parameterAsEnum(parameters, self.CLOSING, context)]

        # every input is read and every hazard computed before any sink exists,
        # so an output pointing at the input cannot wipe what is being read
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        wanted = [name for name in schema.SURVEY_POINTS.field_names() if name in names]
        rows = [attributes for _fid, attributes, _shape in
                read_records(source, wanted, context.transformContext(), steps)]
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)
        groups = records.group_by_hazard(rows)
        done, errors = [], []
        for number, (hazard_id, hazard_rows) in enumerate(groups.items()):
            if feedback.isCanceled():
                return {}
            steps.setProgress(100.0 * number / max(len(groups), 1))
            try:
                survey = records.survey_from_rows(hazard_id, hazard_rows)
                result = records.compute(survey, tolerance, adjust, grid_crs, closing, max_leg)
            except MineActionError as error:
                feedback.reportError(str(error), False)
                errors.append((hazard_id, hazard_rows, error))
                continue
            done.append((survey, result))
        if groups and not done:
            raise QgsProcessingException(self.tr(
                "None of the {count} hazards could be computed; first error: {error}").format(
                    count=len(groups), error=errors[0][2]))
        self._warn_distant_benchmarks(done)
        return self._write(parameters, context, feedback, done, errors, tolerance, closing)

    def _warn_distant_benchmarks(self, done):
        """A benchmark far from the table's others is probably mistyped: say so
        among the hazard's warnings (the log and the closure report)."""
        from ..core.traverse import distant_benchmarks
        surveys = {survey.hazard_id: survey for survey, _result in done}
        benchmarks = {hazard_id: survey.benchmark for hazard_id, survey in surveys.items()}
        for hazard_id, metres in distant_benchmarks(benchmarks):
            surveys[hazard_id].warnings.append(self.tr(
                "The benchmark lies {distance:,.0f} km from the other hazards' benchmarks (more "
                "than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).")
                .format(distance=metres / 1000.0, limit=BENCHMARK_SPREAD_M / 1000.0))

    def _write(self, parameters, context, feedback, done, errors, tolerance, closing):
        from ..core import survey_records as records
        polygons, polygons_id, polygon_fields = self._sink(
            parameters, self.OUTPUT, context, records.HAZARD_FIELDS, QgsWkbTypes.Type.MultiPolygon)
        points, points_id, point_fields = self._sink(
            parameters, self.POINTS, context, records.point_fields(), QgsWkbTypes.Type.Point)
        report, report_id, report_fields = self._sink(
            parameters, self.REPORT, context, records.CLOSURE_FIELDS, QgsWkbTypes.Type.NoGeometry)
        for hazard_id, hazard_rows, error in errors:
            report.addFeature(new_feature(
                report_fields, records.error_row(hazard_id, hazard_rows, error)),
                QgsFeatureSink.Flag.FastInsert)
        for survey, result in done:
            attributes, polygon = records.hazard_row(survey, result)
            geometry = from_shapely(polygon)
            geometry.convertToMultiType()
            polygons.addFeature(new_feature(polygon_fields, attributes, geometry),
                                QgsFeatureSink.Flag.FastInsert)
            for values, (lon, lat) in records.point_rows(survey, result):
                points.addFeature(new_feature(
                    point_fields, values, point_geometry(lon, lat)), QgsFeatureSink.Flag.FastInsert)
            row = records.closure_row(survey, result, tolerance, closing)
            report.addFeature(new_feature(report_fields, row), QgsFeatureSink.Flag.FastInsert)
            for warning in list(survey.warnings) + list(result.warnings):
                feedback.pushWarning(self.tr("Hazard {hazard}: {warning}").format(
                    hazard=survey.hazard_id, warning=warning))
        feedback.pushInfo(self.tr("{computed} hazards computed, {failed} skipped").format(
            computed=len(done), failed=len(errors)))
        return {self.OUTPUT: polygons_id, self.POINTS: points_id, self.REPORT: report_id,
                self.COMPUTED: len(done), self.FAILED: len(errors)}
