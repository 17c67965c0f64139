"""Qt names that moved between Qt5 and Qt6, imported from where this Qt has
them: QAction and QShortcut are in QtWidgets in Qt5 (QGIS 3) and in QtGui in
Qt6 (QGIS 4). scripts/qt6_check.py makes every other module import them here.
"""

try:
    from qgis.PyQt.QtGui import QAction, QShortcut  # Qt6
except ImportError:
    from qgis.PyQt.QtWidgets import QAction, QShortcut  # Qt5

__all__ = ["QAction", "QShortcut"]
