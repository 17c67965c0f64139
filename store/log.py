"""The plugin's one log: the "Mine Action" tab of the QGIS message log.

Every message shown to the user (message bar, Processing error, stderr line)
is also written here, so an officer or a supporter can read back what
happened. Desktop code shows messages through ``ui.messages``, algorithms
through ``processing.algorithm``; both log through this module.
"""

from qgis.core import Qgis, QgsMessageLog

#: the tab of the QGIS log panel (View > Panels > Log Messages)
TAG = "Mine Action"

INFO = Qgis.MessageLevel.Info
WARNING = Qgis.MessageLevel.Warning
CRITICAL = Qgis.MessageLevel.Critical


def log(message, level=WARNING):
    """Write ``message`` (already translated) to the Mine Action log tab."""
    QgsMessageLog.logMessage(str(message), TAG, level)
