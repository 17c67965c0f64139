"""Base class for every Mine Action algorithm.

Algorithms are thin: read QGIS inputs, call core, write outputs. This base
gives them the shared provider group, translation and the rule that a core
``MineActionError`` becomes a QgsProcessingException with the same
(translated) message.
"""

import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterFile)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import MineActionError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..store import database_state
from ..store.log import WARNING, log
from .outputs import PendingOutputs, refuse_clobbering

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "mine_action.svg")


#: the provider's groups: id -> English label (translated in ``group()``)
GROUPS = {
    "database": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Database"),
    "survey": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Survey"),
    "landrelease": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Land release"),
    "cartography": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Cartography"),
    "reporting": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Reporting"),
    "fielddata": QT_TRANSLATE_NOOP("MineActionAlgorithm", "Field data"),
}


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` and ``GROUP_ID`` (a key of ``GROUPS``) and
    implement ``displayName``, ``initAlgorithm`` and ``compute`` (instead of
    processAlgorithm). ``MAIN_THREAD = True`` for algorithms that touch the
    project's layers or print layouts, which are not thread-safe."""

    NAME = ""
    GROUP_ID = ""
    MAIN_THREAD = False
    #: destinations the algorithm writes atomically itself (not redirected)
    DIRECT_OUTPUTS = ()

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
        return flags | QgsProcessingAlgorithm.Flag.FlagNoThreading if self.MAIN_THREAD else flags

    def icon(self):
        return QIcon(ICON)

    def createInstance(self):
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # a database that cannot be used is named, with the reason, before
        # QGIS's generic "Incorrect parameter value"
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterFile) \
                    and definition.extension() == "gpkg":
                value = parameters.get(definition.name())
                if isinstance(value, str) and value:
                    try:
                        database_state.probe(value)
                    except database_state.DatabaseError as error:
                        log("{}: {}".format(self.displayName(), error), WARNING)
                        return False, str(error)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        pending = PendingOutputs(context)
        try:
            refuse_clobbering(self, parameters, context)
            for definition in self.destinationParameterDefinitions():
                if definition.name() not in self.DIRECT_OUTPUTS:
                    parameters = pending.redirect(parameters, definition)
            results = self.compute(parameters, context, feedback)
            if feedback.isCanceled():
                pending.discard()
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            return pending.commit(results)
        except MineActionError as error:
            pending.discard()
            # also in the log tab; a warning, as qgis_process echoes critical
            # messages and would print the error twice
            log("{}: {}".format(self.displayName(), error), WARNING)
            raise QgsProcessingException(str(error)) from error
        except BaseException:
            pending.discard()
            raise

    def compute(self, parameters, context, feedback):
        raise NotImplementedError(type(self).__name__ + ".compute")
