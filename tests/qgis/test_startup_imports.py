"""Loading the plugin imports neither numpy, nor shapely, nor pyproj (nor
matplotlib, which only the national report's charts need): they
come when an algorithm runs or a dock opens (docs/performance.md). The
provider still lists every algorithm with its name, group, help and
parameters, which the toolbox and qgis_process show without running one.

QGIS 3.40's qgis.core imports numpy and shapely itself (3.22's imports
neither), so the test compares with what the same process held before the
plugin was imported: it checks what the *plugin* adds."""

import json

from plugin_process import run_with_plugin

HEAVY = ("numpy", "shapely", "pyproj", "matplotlib")

SETUP = r"""
import json, sys
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow
from pytest_qgis.mock_qgis_classes import MockMessageBar
from pytest_qgis.qgis_interface import QgisInterface
app = QgsApplication([], True)
app.initQgis()
iface = QgisInterface(QgsMapCanvas(), MockMessageBar(), QMainWindow())
window = iface.mainWindow()
iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
iface.removeDockWidget = window.removeDockWidget
iface.registerOptionsWidgetFactory = iface.unregisterOptionsWidgetFactory = lambda f: None
HEAVY = {heavy!r}
baseline = sorted(name for name in HEAVY if name in sys.modules)
"""

SCRIPT = r"""
plugin = module.classFactory(iface)
plugin.initProcessing()
plugin.initGui()
loaded = sorted(name for name in HEAVY if name in sys.modules)
provider = QgsApplication.processingRegistry().providerById("mineaction")
algorithms = [dict(id=alg.id(), name=alg.displayName(), group=alg.group(),
                   help=alg.shortHelpString(),
                   parameters=[p.name() for p in alg.parameterDefinitions()])
              for alg in provider.algorithms()]
from mine_action_mapper.processing.registry import algorithm_classes
from mine_action_mapper.ui.panels import PANELS
plugin.show_panel(PANELS[0])
opened = sorted(name for name in HEAVY if name in sys.modules)
print(json.dumps(dict(baseline=baseline, loaded=loaded, opened=opened, algorithms=algorithms,
                      classes=len(algorithm_classes()))))
plugin.unload()
"""


def test_loading_the_plugin_imports_nothing_heavy():
    result = run_with_plugin(SCRIPT, setup=SETUP.format(heavy=HEAVY))
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    added = sorted(set(state["loaded"]) - set(state["baseline"]))
    assert added == [], "the plugin's start-up imported {} (QGIS itself: {})".format(
        added, state["baseline"])
    # the toolbox and qgis_process see every algorithm, fully described
    algorithms = state["algorithms"]
    assert len(algorithms) == state["classes"] == 24
    for algorithm in algorithms:
        assert algorithm["id"].startswith("mineaction:")
        assert algorithm["name"] and algorithm["group"] and algorithm["help"], algorithm
        assert algorithm["parameters"], algorithm
    # opening a dock is when the core (and so shapely) comes
    assert "shapely" in state["opened"]
