"""Mine Action Mapper plugin: wiring only (translator, provider, menus, docks)."""

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu

from .dependencies import missing_packages

PLUGIN_DIR = os.path.dirname(__file__)
ICON = os.path.join(PLUGIN_DIR, "icons", "mine_action.svg")
LOG_TAG = "Mine Action Mapper"


def locale_code():
    """Two-letter code of the language QGIS runs in."""
    return (QgsApplication.locale() or "en")[:2]


class MineActionMapperPlugin:
    """Adds the Mine Action provider, menu, toolbar, docks and expression
    functions, and removes every one of them on unload."""

    def tr(self, text):
        return QCoreApplication.translate("MineActionMapperPlugin", text)

    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self._load_translator()
        self.missing = missing_packages()
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.docks = []
        self.functions = []

    # -- translation ------------------------------------------------------
    def _load_translator(self):
        path = os.path.join(PLUGIN_DIR, "i18n",
                            "mine_action_mapper_{}.qm".format(locale_code()))
        if os.path.exists(path):
            self.translator = QTranslator()
            if self.translator.load(path):
                QCoreApplication.installTranslator(self.translator)
            else:
                self.translator = None
        from .core.i18n import set_translator
        set_translator(QCoreApplication.translate)

    # -- processing (qgis_process calls only this) ----------------------------
    def initProcessing(self):  # noqa: N802
        if self.missing or self.provider is not None:
            return
        from .processing.provider import MineActionProvider
        self.provider = MineActionProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- desktop ----------------------------------------------------------
    def initGui(self):  # noqa: N802
        if self.missing:
            self._report_missing()
            return
        self.initProcessing()
        self._register_expression_functions()
        self.menu = QMenu(self.tr("Mine Action"), self.iface.mainWindow())
        self.menu.setObjectName("mineActionMenu")
        menubar = self.iface.mainWindow().menuBar()
        menus = [action for action in menubar.actions() if action.menu()]
        if menus:
            menubar.insertMenu(menus[-1], self.menu)  # before Help
        else:
            menubar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(self.tr("Mine Action"))
        self.toolbar.setObjectName("mineActionToolbar")
        self._add_action(self.tr("Create mine action database…"), self.create_database)
        self._add_action(self.tr("Open mine action database…"), self.open_database)
        self._add_docks()

    def _add_action(self, text, slot, icon=ICON):
        action = QAction(QIcon(icon), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_docks(self):
        from qgis.PyQt.QtCore import Qt
        from .ui.panels import PANELS
        for panel_class in PANELS:
            dock = panel_class(self.iface)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
            dock.hide()
            self.menu.addAction(dock.toggleViewAction())
            self.docks.append(dock)

    def _register_expression_functions(self):
        from .expressions import FUNCTIONS
        from qgis.core import QgsExpression
        for function in FUNCTIONS:
            if QgsExpression.registerFunction(function):
                self.functions.append(function.name())

    def _report_missing(self):
        message = self.tr("Mine Action Mapper needs these Python packages: {packages}. "
                     "Install them into the Python that QGIS uses (for example "
                     "with pip, or the OSGeo4W installer on Windows), then "
                     "restart QGIS.").format(packages=", ".join(self.missing))
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Critical)
        self.iface.messageBar().pushMessage(self.tr("Mine Action Mapper"), message,
                                            level=Qgis.Critical, duration=0)

    # -- actions ------------------------------------------------------------
    def create_database(self):
        import processing
        processing.execAlgorithmDialog("mineaction:createdatabase", {})

    def open_database(self):
        path, _filter = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), self.tr("Open mine action database"), "",
            self.tr("GeoPackage (*.gpkg *.GPKG)"))
        if path:
            self.load_database(path)

    def load_database(self, path):
        from .core.errors import MineActionError
        from .styles.project import load_database
        try:
            load_database(path, QgsProject.instance())
        except MineActionError as error:
            self.iface.messageBar().pushMessage(self.tr("Mine Action Mapper"), str(error),
                                                level=Qgis.Warning, duration=10)

    # -- unload -------------------------------------------------------------
    def unload(self):
        for dock in self.docks:
            self.iface.removeDockWidget(dock)
            if hasattr(dock, "cleanup"):
                dock.cleanup()
            dock.deleteLater()
        self.docks = []
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.menu is not None:
            self.menu.menuAction().deleteLater()
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.functions:
            from qgis.core import QgsExpression
            for name in self.functions:
                QgsExpression.unregisterFunction(name)
            self.functions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
