"""Mine Action Mapper plugin: wiring only (translator, provider, menus, docks)."""

import os
import sys

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMenu

from .dependencies import missing_packages
from .store.languages import ui_language
from .store.log import log
from .ui.qt_compat import QAction

PLUGIN_DIR = os.path.dirname(__file__)
ICONS = os.path.join(PLUGIN_DIR, "icons")
ICON = os.path.join(ICONS, "mine_action.svg")


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
        self.panel_actions = {}  # ui.panels.Panel -> its checkable action
        self.docks = {}  # ui.panels.Panel -> its dock, once opened
        self.save_refusals = None  # ui.save_refusals.SaveRefusals, while loaded
        self.functions = []
        self.options_factory = None
        self._unloading = False

    # -- translation ------------------------------------------------------
    def _load_translator(self):
        path = os.path.join(PLUGIN_DIR, "i18n",
                            "mine_action_mapper_{}.qm".format(ui_language()))
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
        if self.missing:
            # qgis_process would list providers without this one and say
            # nothing: print one line on stderr. Logged as a warning, since
            # qgis_process echoes critical log messages on stderr too (the line
            # would come twice). The desktop calls initGui, not this.
            message = self._missing_message()
            log(message, Qgis.MessageLevel.Warning)
            if sys.stderr is not None:
                print(message, file=sys.stderr)
            return
        if self.provider is not None:
            return
        from .processing.provider import MineActionProvider
        self.provider = MineActionProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- desktop ----------------------------------------------------------
    def initGui(self):  # noqa: N802
        self._unloading = False
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
        self._add_action(self.tr("Create mine action database…"), self.create_database,
                         os.path.join(ICONS, "database_create.svg"))
        self._add_action(self.tr("Open mine action database…"), self.open_database,
                         os.path.join(ICONS, "database_open.svg"))
        self._add_action(self.tr("Open national database (PostGIS)…"),
                         self.open_national_database, os.path.join(ICONS, "database_open.svg"),
                         toolbar=False)
        self._add_docks()
        self._add_options_page()
        from .ui.save_refusals import SaveRefusals
        self.save_refusals = SaveRefusals(self.iface)

    def _add_action(self, text, slot, icon=ICON, toolbar=True):
        action = QAction(QIcon(icon), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_docks(self):
        """A checkable action per panel; the dock itself is built when the
        action first opens it (ui/panels.py says why)."""
        from .ui.panels import PANELS, panel_title
        for panel in PANELS:
            action = QAction(QIcon(os.path.join(ICONS, panel.icon)), panel_title(panel),
                             self.iface.mainWindow())
            action.setCheckable(True)
            action.triggered.connect(lambda on, panel=panel: self.show_panel(panel, on))
            self.menu.addAction(action)
            self.toolbar.addAction(action)
            self.panel_actions[panel] = action
        # a dock the user left open opens again, once QGIS has restored its
        # window layout (a dock built later is put back with restoreDockWidget)
        from qgis.PyQt.QtCore import QTimer
        QTimer.singleShot(0, self._reopen_panels)

    def _reopen_panels(self):
        from .ui.panels import PANELS, was_open
        for panel in PANELS:
            if panel in self.panel_actions and was_open(panel):
                self.show_panel(panel)

    def show_panel(self, panel, visible=True):
        """Show (building it the first time) or hide a panel's dock; returns it."""
        dock = self.docks.get(panel)
        if dock is None:
            if not visible:
                return None
            from qgis.PyQt.QtCore import Qt
            from .ui.panels import panel_class
            dock = panel_class(panel)(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.iface.mainWindow().restoreDockWidget(dock)  # where the user left it
            dock.visibilityChanged.connect(
                lambda _visible, dock=dock, panel=panel: self._panel_toggled(panel, dock))
            self.docks[panel] = dock
        dock.setVisible(visible)
        if visible:
            dock.raise_()
        self.panel_actions[panel].setChecked(visible)
        return dock

    def _panel_toggled(self, panel, dock):
        from .ui.panels import remember_open
        self.panel_actions[panel].setChecked(not dock.isHidden())
        # QGIS closing or unloading the plugin hides every dock: only a
        # user's close is remembered
        if self.iface.mainWindow().isVisible() and not self._unloading:
            remember_open(panel, not dock.isHidden())

    def _add_options_page(self):
        from .ui.options_page import MineActionOptionsFactory
        self.options_factory = MineActionOptionsFactory(self.iface, self._settings_applied)
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _settings_applied(self):
        """New settings reach the open docks (their tolerance fields)."""
        for dock in self.docks.values():
            if hasattr(dock, "apply_settings"):
                dock.apply_settings()

    def _register_expression_functions(self):
        from .expressions import FUNCTIONS
        from qgis.core import QgsExpression
        for function in FUNCTIONS:
            if QgsExpression.registerFunction(function):
                self.functions.append(function.name())

    def _missing_message(self):
        return self.tr("Mine Action Mapper needs these Python packages: {packages}. "
                       "Install them into the Python that QGIS uses (for example "
                       "with pip, or the OSGeo4W installer on Windows), then "
                       "restart QGIS.").format(packages=", ".join(self.missing))

    def _report_missing(self):
        from .ui.messages import tell
        tell(self.iface, self.tr("Mine Action Mapper"), self._missing_message(), Qgis.MessageLevel.Critical)

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

    def open_national_database(self):
        """A PostGIS database is a connection and a schema, not a file: the
        algorithm's dialog offers the saved PostgreSQL connections."""
        import processing
        from qgis.core import QgsProviderRegistry
        saved = sorted(QgsProviderRegistry.instance().providerMetadata("postgres").connections())
        processing.execAlgorithmDialog("mineaction:opendatabase",
                                       {"CONNECTION": saved[0]} if saved else {})

    def load_database(self, path):
        from .core.errors import MineActionError
        from .store.database_state import open_notice, probe
        from .styles.project import load_database
        from .ui.messages import tell, tell_error, tell_with_action
        try:
            load_database(path, QgsProject.instance())
        except MineActionError as error:
            tell_error(self.iface, self.tr("Mine Action Mapper"), error)
            return
        state = probe(path)
        notice = open_notice(state, button=state.older)
        if state.older:  # read-only until upgraded: offer it where it is said
            tell_with_action(self.iface, self.tr("Mine Action Mapper"), notice,
                             self.tr("Upgrade…"), lambda item: self._upgrade(path, item))
        elif notice:
            tell(self.iface, self.tr("Mine Action Mapper"), notice, Qgis.MessageLevel.Warning, duration=0)
        self._settings_applied()  # the docks follow the database's settings

    def _upgrade(self, path, item):
        """Run Upgrade mine action database on ``path`` in its dialog, then
        load the upgraded database in place of the read-only one."""
        import processing
        from .processing.database_choice import database_parameters
        from .store.database_state import probe
        processing.execAlgorithmDialog("mineaction:upgradedatabase",
                                       database_parameters(path, "DATABASE"))
        if not probe(path).older:
            self.iface.messageBar().popWidget(item)
            self.load_database(path)

    # -- unload -------------------------------------------------------------
    def unload(self):
        self._unloading = True
        if getattr(self, "save_refusals", None) is not None:
            self.save_refusals.unload()
            self.save_refusals = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        for dock in self.docks.values():
            self.iface.removeDockWidget(dock)
            if hasattr(dock, "cleanup"):
                dock.cleanup()
            dock.deleteLater()
        self.docks = {}
        for action in self.actions + list(self.panel_actions.values()):
            action.deleteLater()
        self.actions = []
        self.panel_actions = {}
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
