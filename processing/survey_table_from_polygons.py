"""Processing algorithm: the field survey table of existing hazard polygons."""

from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterDateTime, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber, QgsWkbTypes)

from ..core.dates import to_date
from ..core.errors import MineActionError
from ..core.vocabulary import BEARING_UNIT
from ..store.features import WGS84, new_feature, point_geometry, python_value, read_records
from ..store.fields import fields_of
from .algorithm import MineActionAlgorithm
from .defaults import loaded_database

UNITS = BEARING_UNIT.codes()

#: output columns: survey point fields (so the table feeds back into
#: "Hazard polygons from survey table") and the other bearings and positions
FIELDS = (
    ("hazard_id", "string"), ("point_no", "integer"), ("point_type", "string"),
    ("from_point", "integer"), ("bearing", "real"), ("bearing_text", "string"),
    ("bearing_unit", "string"), ("north_reference", "string"), ("declination_deg", "real"),
    ("distance_m", "real"), ("coord_entered", "string"), ("fixed_by", "string"),
    ("survey_date", "date"), ("magnetic_bearing_deg", "real"), ("true_bearing_deg", "real"),
    ("grid_bearing_deg", "real"), ("grid_crs", "string"), ("declination_source", "string"),
    ("mgrs", "string"), ("utm", "string"), ("latlon", "string"),
)


class SurveyTableFromPolygonsAlgorithm(MineActionAlgorithm):
    NAME = "surveytablefrompolygons"
    GROUP_ID = "survey"
    (INPUT, ID_FIELD, BENCHMARKS, BENCHMARK_ID_FIELD, OFFSET, DATE_FIELD, DATE, DECLINATION,
     UNIT, OUTPUT) = ("INPUT", "ID_FIELD", "BENCHMARKS", "BENCHMARK_ID_FIELD", "OFFSET",
                      "DATE_FIELD", "DATE", "DECLINATION", "UNIT", "OUTPUT")

    def displayName(self):
        return self.tr("Survey table from hazard polygons")


    def shortHelpString(self):
        return self.tr(
            "Writes the bearing-and-distance table a field team would walk for "
            "each hazard polygon: benchmark to start point, then round the "
            "perimeter back to the start point (the end point). Each row has the "
            "magnetic bearing at the survey date (World Magnetic Model, or the "
            "declination given here), the true and grid bearings (grid: the "
            "benchmark's UTM zone), the geodesic distance, and the point in MGRS, "
            "UTM and latitude/longitude.\n\n"
            "Benchmark: the point of the benchmark layer with the same hazard ID. "
            "The start point is then the polygon corner nearest to it. A hazard "
            "without a benchmark gets one placed the chosen distance outside its "
            "first corner, on the line from the polygon's centre through that "
            "corner.\n\n"
            "Survey date: the date field when it has a value, otherwise the fixed "
            "date. The output uses the survey point field names, so it can be fed "
            "back into \"Hazard polygons from survey table\". Multi-part polygons "
            "and polygons with holes are skipped with an error.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Hazard polygons"), [QgsProcessing.SourceType.TypeVectorPolygon],
            loaded_database().layer("hazards")))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Hazard ID field"), "hazard_id", self.INPUT,
            optional=True))  # optional: QGIS 3.22 does not fall back on a field default
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BENCHMARKS, self.tr("Benchmarks (points with the hazard ID)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.BENCHMARK_ID_FIELD, self.tr("Hazard ID field of the benchmarks"), "hazard_id",
            self.BENCHMARKS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.OFFSET, self.tr("Distance of a placed benchmark from the first corner (m)"),
            QgsProcessingParameterNumber.Type.Double, 20.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Survey date field"), None, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE, self.tr("Survey date (when the field is empty)"),
            QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DECLINATION, self.tr("Declination to use instead of the model (°, east +)"),
            QgsProcessingParameterNumber.Type.Double, None, optional=True,
            minValue=-180.0, maxValue=180.0))
        unit = QgsProcessingParameterEnum(
            self.UNIT, self.tr("Unit of the bearing column"),
            [BEARING_UNIT.label(code) for code in UNITS], defaultValue=0)
        self.addParameter(unit)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Survey table"), QgsProcessing.SourceType.TypeVectorPoint))

    def compute(self, parameters, context, feedback):
        from ..core import bearings, benchmark as benchmark_policy, survey_records
        from ..core.traverse import survey_table
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or "hazard_id"
        if source.fields().indexOf(id_field) < 0:
            raise QgsProcessingException(self.tr("The hazard polygons have no field {name}.")
                                         .format(name=id_field))
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        fixed = self.parameterAsDateTime(parameters, self.DATE, context)
        fixed_date = fixed.date().toPyDate() if fixed.isValid() else None
        manual = parameters.get(self.DECLINATION)
        manual = None if manual in (None, "") else \
            self.parameterAsDouble(parameters, self.DECLINATION, context)
        unit = UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)

        benchmarks = {}
        bm_source = self.parameterAsSource(parameters, self.BENCHMARKS, context)
        if bm_source is not None:
            bm_field = self.parameterAsString(parameters, self.BENCHMARK_ID_FIELD, context) \
                or "hazard_id"
            for _fid, attributes, shape in read_records(bm_source, [bm_field],
                                                        context.transformContext()):
                if shape is not None and not shape.is_empty:
                    benchmarks.setdefault(str(attributes[bm_field]), shape)

        fields = fields_of(FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        names = [id_field] + ([date_field] if date_field else [])
        for _fid, attributes, shape in read_records(source, names, context.transformContext(),
                                                    feedback):
            hazard_id = str(attributes[id_field])
            when = to_date(python_value(attributes.get(date_field))) if date_field else None
            survey_date = when or fixed_date
            try:
                polygon = benchmark_policy.single_polygon(shape)
                benchmark = benchmarks.get(hazard_id)
                if benchmark is not None:
                    position = benchmark_policy.point_position(benchmark)
                    polygon = benchmark_policy.start_nearest(polygon, position)
                else:
                    position = benchmark_policy.placed_benchmark(polygon, offset)
                table = survey_table(polygon, position, survey_date, manual)
            except MineActionError as error:
                feedback.reportError(survey_records.hazard_error(hazard_id, error).args[0], False)
                continue
            decl = table.declination
            for row in table.rows:
                values = {
                    "hazard_id": hazard_id, "point_no": row.point_no,
                    "point_type": row.point_type, "from_point": row.from_point,
                    "distance_m": row.distance_m, "survey_date": survey_date,
                    "magnetic_bearing_deg": row.magnetic_bearing_deg,
                    "true_bearing_deg": row.true_bearing_deg,
                    "grid_bearing_deg": row.grid_bearing_deg, "grid_crs": table.grid_crs,
                    "declination_source": decl.source if decl else None,
                    "mgrs": row.mgrs, "utm": row.utm, "latlon": row.latlon,
                }
                if row.point_type == "benchmark":
                    values.update(coord_entered="{:.9f}, {:.9f}".format(row.lat, row.lon),
                                  fixed_by="gps" if benchmark is not None else "map")
                else:
                    magnetic = row.magnetic_bearing_deg is not None
                    degrees = row.magnetic_bearing_deg if magnetic else row.true_bearing_deg
                    values.update(
                        bearing=bearings.from_degrees(degrees, unit),
                        bearing_text=bearings.format_bearing(degrees, unit),
                        bearing_unit=unit, north_reference="magnetic" if magnetic else "true",
                        declination_deg=decl.degrees if magnetic else None,
                        fixed_by="digitised")
                sink.addFeature(new_feature(
                    fields, values, point_geometry(row.lon, row.lat)),
                    QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest}

