"""A missing shapely or pyproj gives a clear message, not a crash."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib.util, sys
sys.modules[{blocked!r}] = None  # makes "import {blocked}" fail
spec = importlib.util.spec_from_file_location(
    "mine_action_mapper", {init!r}, submodule_search_locations=[{root!r}])
module = importlib.util.module_from_spec(spec)
sys.modules["mine_action_mapper"] = module
spec.loader.exec_module(module)
from qgis.core import QgsApplication, QgsMessageLog
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow
from pytest_qgis.mock_qgis_classes import MockMessageBar
from pytest_qgis.qgis_interface import QgisInterface
app = QgsApplication([], True)
app.initQgis()
logged = []
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: logged.append((tag, message)))
bar = MockMessageBar()
iface = QgisInterface(QgsMapCanvas(), bar, QMainWindow())
plugin = module.classFactory(iface)
plugin.initProcessing()
plugin.initGui()
menus = [a.text() for a in iface.mainWindow().menuBar().actions() if a.menu()]
print("PROVIDER", QgsApplication.processingRegistry().providerById("mineaction") is not None)
print("MENUS", menus)
print("BAR", bar.messages)
print("LOG", logged)
plugin.unload()
print("UNLOADED")
"""


def _run_without(module):
    script = SCRIPT.format(blocked=module, init=str(ROOT / "__init__.py"), root=str(ROOT))
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)


def test_missing_shapely_is_reported_and_nothing_registered():
    result = _run_without("shapely")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "PROVIDER False" in out
    assert "MENUS []" in out
    assert "shapely>=2" in out.split("BAR", 1)[1]  # on the message bar
    assert "Mine Action Mapper" in out.split("LOG", 1)[1]  # and in the log
    assert "UNLOADED" in out
    assert "Traceback" not in result.stderr


def test_missing_pyproj_is_reported():
    result = _run_without("pyproj")
    assert result.returncode == 0, result.stderr
    assert "pyproj" in result.stdout.split("BAR", 1)[1]
    assert "PROVIDER False" in result.stdout
