"""The "Mine Action" Processing provider (id ``mineaction``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithm import ICON
from .defaults import held
from .registry import algorithm_classes


class MineActionProvider(QgsProcessingProvider):

    def id(self):
        return "mineaction"

    def name(self):
        return QCoreApplication.translate("MineActionProvider", "Mine Action")

    def longName(self):
        return QCoreApplication.translate(
            "MineActionProvider", "Mine Action Mapper: humanitarian mine action tools")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):
        with held():  # each algorithm's defaults read the project once for all
            for cls in algorithm_classes():
                self.addAlgorithm(cls())
