"""The plugin loads, unloads and loads again leaving nothing behind or doubled."""

from qgis.core import QgsApplication, QgsExpression
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QToolBar

from mine_action_mapper import classFactory
from mine_action_mapper.ui.panels import PANELS


def _state(iface):
    window = iface.mainWindow()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run deleteLater
    menus = [a.text() for a in window.menuBar().actions() if a.menu()]
    return {
        "menus": menus.count("Mine Action"),
        "toolbars": len([t for t in window.findChildren(QToolBar)
                         if t.objectName() == "mineActionToolbar"]),
        "docks": len(window.findChildren(QDockWidget)),
        "provider": QgsApplication.processingRegistry().providerById("mineaction") is not None,
        "function": "mine_action_label" in QgsExpression.Functions()
        and QgsExpression.isFunctionName("mine_action_label"),
    }


def test_load_unload_load(iface, qgis_processing):
    before = _state(iface)
    assert before["menus"] == 0 and before["provider"] is False

    plugin = classFactory(iface)
    plugin.initGui()
    loaded = _state(iface)
    assert loaded["menus"] == 1
    assert loaded["toolbars"] == 1
    assert loaded["provider"] is True
    assert QgsExpression.isFunctionName("mine_action_label")
    assert len(plugin.actions) >= 3  # create, open a GeoPackage, open a PostGIS database
    assert loaded["docks"] == before["docks"]  # docks are built when first opened
    for panel in PANELS:
        plugin.panel_actions[panel].trigger()
    assert not any(dock.isHidden() for dock in plugin.docks.values())
    assert _state(iface)["docks"] - before["docks"] == len(PANELS) == len(plugin.docks)

    plugin.unload()
    after = _state(iface)
    assert after["menus"] == 0
    assert after["toolbars"] == 0
    assert after["docks"] == before["docks"]
    assert after["provider"] is False
    assert not QgsExpression.isFunctionName("mine_action_label")

    again = classFactory(iface)
    again.initGui()
    assert _state(iface) == loaded  # nothing doubled
    for panel in PANELS:
        again.show_panel(panel)
    assert _state(iface)["docks"] - before["docks"] == len(PANELS)
    again.unload()
    assert _state(iface)["menus"] == 0


def test_init_processing_alone_registers_provider_once(qgis_processing):
    """qgis_process calls only initProcessing: it must work without initGui."""
    plugin = classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("mineaction")
    assert provider is not None
    names = {alg.name() for alg in provider.algorithms()}
    assert {"createdatabase", "opendatabase"} <= names
    plugin.unload()
    assert registry.providerById("mineaction") is None


def test_expression_function_returns_labels(iface, qgis_processing):
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        expression = QgsExpression("mine_action_label('hazard_class', 'CHA')")
        assert expression.evaluate() == "Confirmed Hazardous Area (CHA)"
        bad = QgsExpression("mine_action_label('no_such_list', 'CHA')")
        assert bad.evaluate() is None and bad.hasEvalError()
    finally:
        plugin.unload()


def test_toolbar_actions_have_distinct_icons(iface, qgis_processing):
    """Create, open and every dock toggle: each its own drawn icon."""
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        actions = plugin.toolbar.actions()
        assert len(actions) == 2 + len(PANELS)
        images = []
        for action in actions:
            assert not action.icon().isNull(), action.text()
            image = action.icon().pixmap(24, 24).toImage()
            assert not image.isNull()
            images.append(bytes(image.constBits().asstring(image.sizeInBytes())))
        assert len(set(images)) == len(images)
        assert set(plugin.panel_actions.values()) <= set(actions)
    finally:
        plugin.unload()


def test_panel_action_follows_its_dock(iface, qgis_processing):
    """A panel's action opens its dock the first time, then shows and hides
    it; closing the dock unchecks the action."""
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        iface.mainWindow().show()
        for panel in PANELS:
            action = plugin.panel_actions[panel]
            assert panel not in plugin.docks and not action.isChecked()
            action.trigger()
            dock = plugin.docks[panel]
            assert dock.isVisible() and action.isChecked()
            assert dock.windowTitle() == action.text()
            dock.close()  # the dock's own close button
            QApplication.processEvents()
            assert not action.isChecked()
            action.trigger()
            assert dock.isVisible() and action.isChecked() and plugin.docks[panel] is dock
            action.trigger()
            assert not dock.isVisible()
    finally:
        plugin.unload()


def test_a_dock_left_open_opens_again(iface, qgis_processing):
    """Docks are built on first use, yet one the user left open is open again
    at the next start (and one closed stays closed)."""
    first, second = PANELS[0], PANELS[1]
    iface.mainWindow().show()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        QApplication.processEvents()
        plugin.panel_actions[first].trigger()
        plugin.panel_actions[second].trigger()
        plugin.docks[second].close()
        QApplication.processEvents()
    finally:
        plugin.unload()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        QApplication.processEvents()
        assert first in plugin.docks and plugin.docks[first].isVisible()
        assert plugin.panel_actions[first].isChecked()
        assert second not in plugin.docks
        plugin.docks[first].close()
        QApplication.processEvents()
    finally:
        plugin.unload()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        QApplication.processEvents()
        assert plugin.docks == {}
    finally:
        plugin.unload()
