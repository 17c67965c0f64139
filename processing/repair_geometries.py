"""Processing algorithm: the safe geocheck fixes, into a new layer."""

from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsProcessing,
                       QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsWkbTypes)

from .algorithm import MineActionAlgorithm


class RepairGeometriesAlgorithm(MineActionAlgorithm):
    NAME = "repairgeometries"
    GROUP_ID = "database"
    INPUT, OUTPUT, LOG = "INPUT", "OUTPUT", "LOG"

    def displayName(self):
        return self.tr("Repair geometries")

    def shortHelpString(self):
        return self.tr(
            "Applies only the safe fixes of GICHD geocheck's toolbox to a copy of "
            "a polygon layer: a vertex repeating the one before it (the closing "
            "vertex repeating the first included) and a ring's last two vertices "
            "repeating its first two are removed. Neither changes an area. Other "
            "problems are left for Check mine action database to report. The "
            "input is not modified; the log has one point per vertex removed.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Polygon layer"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Repaired layer"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LOG, self.tr("Repair log"), QgsProcessing.SourceType.TypeVectorPoint))

    def compute(self, parameters, context, feedback):
        from ..core.quality.repair import repair
        from ..store import quality_io
        from ..store.features import from_shapely, to_shapely
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        sink, output = self.parameterAsSink(parameters, self.OUTPUT, context, source.fields(),
                                            source.wkbType(), source.sourceCrs())
        log_fields = quality_io.repair_log_fields()
        log, log_dest = self.parameterAsSink(parameters, self.LOG, context, log_fields,
                                             QgsWkbTypes.Type.Point, source.sourceCrs())
        if sink is None or log is None:
            raise QgsProcessingException(self.invalidSinkError(
                parameters, self.OUTPUT if sink is None else self.LOG))
        total = source.featureCount() or 1
        changed = removed = 0
        request = QgsFeatureRequest()  # invalid input is what this repairs: never skipped
        for number, feature in enumerate(source.getFeatures(
                request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)):
            if feedback.isCanceled():
                break
            copy = QgsFeature(feature)
            try:
                shape = to_shapely(feature.geometry())
            except Exception as error:  # noqa: BLE001 - unreadable: copied as it is
                feedback.pushWarning(self.tr("Feature {fid}: the geometry cannot be read "
                                             "({error}); copied unchanged.").format(
                                                 fid=feature.id(), error=error))
                shape = None
            fixed, removals = repair(shape)
            if removals:
                geometry = from_shapely(fixed)
                if QgsWkbTypes.isMultiType(source.wkbType()):
                    geometry.convertToMultiType()
                copy.setGeometry(geometry)
                changed += 1
                removed += len(removals)
                log.addFeatures(quality_io.repair_log_features(feature.id(), removals,
                                                               log_fields))
            sink.addFeature(copy, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * number / total)
        feedback.pushInfo(self.tr("{changed} features repaired, {removed} vertices "
                                  "removed").format(changed=changed, removed=removed))
        return {self.OUTPUT: output, self.LOG: log_dest}
