"""Processing algorithm: magnetic declination and grid convergence at points."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterCrs, QgsProcessingParameterDateTime,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingUtils)

from ..core.dates import to_date
from ..core.errors import MineActionError
from ..store.fields import fields_of
from ..store.features import python_value, read_records
from .algorithm import MineActionAlgorithm
from .defaults import loaded_database

ADDED = (("mag_declination_deg", "real"), ("declination_model", "string"),
         ("decimal_year", "real"), ("convergence_deg", "real"), ("grid_crs", "string"))


class DeclinationAtPointsAlgorithm(MineActionAlgorithm):
    NAME = "declinationatpoints"
    GROUP_ID = "survey"
    INPUT, DATE_FIELD, DATE, GRID_CRS, OUTPUT = (
        "INPUT", "DATE_FIELD", "DATE", "GRID_CRS", "OUTPUT")

    def displayName(self):
        return self.tr("Magnetic declination at points")


    def shortHelpString(self):
        return self.tr(
            "Adds to every point the magnetic declination (degrees, east "
            "positive: true bearing = magnetic bearing + declination) at its "
            "date, from the World Magnetic Model valid for that date (WMM2010, "
            "WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and "
            "the grid (meridian) convergence (grid bearing = true bearing - "
            "convergence) of the chosen grid, by default the point's own UTM "
            "zone.\n\n"
            "Date: the date field when it has a value, otherwise the fixed date. "
            "A point without a date, or with a date no model covers, keeps an "
            "empty declination and is named in the log. The input is not "
            "modified.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Points"), [QgsProcessing.SourceType.TypeVectorPoint],
            loaded_database().layer("survey_points")))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field"), None, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE, self.tr("Date (when the field is empty)"),
            QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.GRID_CRS, self.tr("Grid for the convergence (empty: each point's UTM zone)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Points with declination")))

    def compute(self, parameters, context, feedback):
        from ..core import coordinates
        from ..core.declination import declination
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if not source.sourceCrs().isValid():
            # a shapefile without .prj or a CSV: UTM metres would be read as degrees
            raise MineActionError(self.tr(
                "The points layer {layer} has no CRS, so its positions are unknown: set "
                "its CRS and run again.").format(layer=source.sourceName()), field=self.INPUT)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        fixed = self.parameterAsDateTime(parameters, self.DATE, context)
        fixed_date = fixed.date().toPyDate() if fixed.isValid() else None
        grid_crs = None
        if parameters.get(self.GRID_CRS) not in (None, ""):
            grid = self.parameterAsCrs(parameters, self.GRID_CRS, context)
            grid_crs = (grid.authid() or grid.toWkt()) if grid.isValid() else None
        fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(ADDED))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        originals = {feature.id(): feature for feature in source.getFeatures()}
        names = [date_field] if date_field else []
        for fid, attributes, shape in read_records(source, names, context.transformContext(),
                                                   feedback):
            when = _date(attributes.get(date_field)) if date_field else None
            when = when or fixed_date
            values = [None] * len(ADDED)
            if shape is not None and not shape.is_empty:
                point = shape.geoms[0] if shape.geom_type == "MultiPoint" else shape
                crs = grid_crs or coordinates.lonlat_to_utm(point.x, point.y).crs
                values[3] = coordinates.meridian_convergence(point.x, point.y, crs)
                values[4] = crs
                try:
                    result = declination(point.x, point.y, when)
                    values[0:3] = [result.degrees, result.source, result.decimal_year]
                except MineActionError as error:
                    feedback.pushWarning(self.tr("Feature {fid}: {problem}").format(
                        fid=fid, problem=str(error)))
            original = originals[fid]
            feature = QgsFeature(fields)
            feature.setGeometry(original.geometry())
            feature.setAttributes(list(original.attributes()) + values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest}


def _date(value):
    """The point's date, or None (the fixed date applies) when empty or unreadable."""
    try:
        return to_date(python_value(value))
    except ValueError:
        return None
