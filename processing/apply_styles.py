"""Processing algorithm: give vector layers the mine action map styles.

A styling algorithm: it changes the style (symbology, labels, scale ranges) of
the layers it is given, never their data or attribute forms. Which style a layer
gets is decided by ``styles.symbology.match_table`` (table or layer name first,
then field names), so a layer exported from IMSMA with matching fields is styled
too.
"""

from qgis.core import (QgsProcessing, QgsProcessingOutputMultipleLayers, QgsProcessingOutputString,
                       QgsProcessingParameterMultipleLayers)

from ..styles import symbology
from ..core import schema
from .algorithm import MineActionAlgorithm
from .defaults import loaded_database


class ApplyStylesAlgorithm(MineActionAlgorithm):
    NAME = "applystyles"
    GROUP_ID = "cartography"
    # styles are applied to live project layers: run in the main thread
    MAIN_THREAD = True
    LAYERS, STYLED, REPORT = "LAYERS", "STYLED", "REPORT"

    def displayName(self):
        return self.tr("Apply mine action styles")



    def shortHelpString(self):
        return self.tr(
            "Gives each layer the mine action map style of the table it matches: "
            "hazards, land release activities, survey points, EO finds, site points, "
            "access routes or tasks. A layer matches by its table or layer name, or "
            "else by its fields (for example hazard_id, hazard_class and status on a "
            "polygon layer), so layers exported from IMSMA with the same field names "
            "are styled as well. Only the style changes: the data and the attribute "
            "forms are left as they are. The log lists the style each layer received "
            "and the layers that matched no table.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers to style"), QgsProcessing.SourceType.TypeVectorAnyGeometry,
            loaded_database().layer_ids(symbology.STYLED_TABLES) or None))
        self.addOutput(QgsProcessingOutputMultipleLayers(
            self.STYLED, self.tr("Styled layers")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, self.tr("Report")))

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        styled, lines = [], []
        for number, layer in enumerate(layers):
            if feedback.isCanceled():
                break
            table = symbology.match_table(layer) if hasattr(layer, "fields") else None
            if table is None:
                line = self.tr("{layer}: matches no mine action table, left unchanged").format(
                    layer=layer.name())
                feedback.reportError(line, False)
            else:
                symbology.apply_symbology(layer, table)
                styled.append(layer.id())
                line = self.tr("{layer}: styled as {table}").format(
                    layer=layer.name(), table=schema.BY_NAME[table].translated_title())
                feedback.pushInfo(line)
            lines.append(line)
            feedback.setProgress(100.0 * (number + 1) / max(len(layers), 1))
        return {self.STYLED: styled, self.REPORT: "\n".join(lines)}
