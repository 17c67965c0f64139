"""The plugin loads, unloads and loads again leaving nothing behind or doubled."""

from qgis.core import QgsApplication, QgsExpression
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QToolBar

from mine_action_mapper import classFactory


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
    assert len(plugin.actions) >= 2
    docks_added = loaded["docks"] - before["docks"]
    assert docks_added == len(plugin.docks)

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
        assert len(actions) == 2 + len(plugin.docks)
        images = []
        for action in actions:
            assert not action.icon().isNull(), action.text()
            image = action.icon().pixmap(24, 24).toImage()
            assert not image.isNull()
            images.append(bytes(image.constBits().asstring(image.sizeInBytes())))
        assert len(set(images)) == len(images)
        assert {dock.toggleViewAction() for dock in plugin.docks} <= set(actions)
    finally:
        plugin.unload()
