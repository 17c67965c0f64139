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

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.errors import MineActionError

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "mine_action.svg")


#: the provider's groups: id -> English label (translated in ``group()``)
GROUPS = {
    "database": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Database"),
    "survey": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Survey"),
    "landrelease": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Land release"),
    "cartography": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Cartography"),
}


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` and ``GROUP_ID`` (a key of ``GROUPS``) and
    implement ``displayName``, ``initAlgorithm`` and ``compute`` (instead of
    processAlgorithm). ``MAIN_THREAD = True`` for algorithms that touch the
    project's layers or print layouts, which are not thread-safe."""

    NAME = ""
    GROUP_ID = ""
    MAIN_THREAD = False

    def tr(self, text):
        # the context is the concrete class name, as pylupdate5 records it
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.NAME

    def groupId(self):
        return self.GROUP_ID

    def group(self):
        return QCoreApplication.translate("MineActionAlgorithm", GROUPS[self.GROUP_ID])

    def flags(self):
        flags = super().flags()
        return flags | QgsProcessingAlgorithm.FlagNoThreading if self.MAIN_THREAD else flags

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
