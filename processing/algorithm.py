"""Base class for every Mine Action algorithm.

Algorithms are thin: read QGIS inputs, call core, write outputs. This base
gives them the shared provider group, translation and the rule that a core
``MineActionError`` becomes a QgsProcessingException with the same
(translated) message.
"""

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import MineActionError

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "mine_action.svg")


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` and ``GROUP_ID`` and implement ``displayName``,
    ``group``, ``initAlgorithm`` and ``compute`` (instead of processAlgorithm)."""

    NAME = ""
    GROUP_ID = ""

    def tr(self, text):
        # the context is the concrete class name, as pylupdate5 records it
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.NAME

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        return QIcon(ICON)

    def createInstance(self):
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.compute(parameters, context, feedback)
        except MineActionError as error:
            raise QgsProcessingException(str(error)) from error

    def compute(self, parameters, context, feedback):
        raise NotImplementedError(type(self).__name__ + ".compute")
