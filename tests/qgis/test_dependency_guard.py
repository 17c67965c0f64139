"""A missing shapely or pyproj gives a clear message, not a crash."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from plugin_process import run_with_plugin

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"

SCRIPT = r"""
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
    setup = "import sys\nsys.modules[{!r}] = None  # makes its import fail".format(module)
    return run_with_plugin(SCRIPT, setup=setup)


def test_missing_shapely_is_reported_and_nothing_registered():
    result = _run_without("shapely")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "PROVIDER False" in out
    assert "MENUS []" in out
    assert "shapely>=2" in out.split("BAR", 1)[1]  # on the message bar
    assert "('Mine Action', 'Mine Action Mapper needs" in out.split("LOG", 1)[1]  # and logged
    assert "UNLOADED" in out
    assert "Traceback" not in result.stderr
    # initProcessing (all qgis_process calls) says it on stderr, in one line
    assert [line for line in result.stderr.splitlines() if "shapely>=2" in line] == [
        line for line in result.stderr.splitlines() if "Mine Action Mapper needs" in line]
    assert len([line for line in result.stderr.splitlines() if "shapely>=2" in line]) == 1


def test_missing_pyproj_is_reported():
    result = _run_without("pyproj")
    assert result.returncode == 0, result.stderr
    assert "pyproj" in result.stdout.split("BAR", 1)[1]
    assert "PROVIDER False" in result.stdout


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process is not installed")
def test_qgis_process_says_what_to_install(tmp_path):
    """qgis_process lists providers without a word about one that is absent:
    the plugin prints one line on stderr instead. shapely is hidden by a
    package first on its path that cannot be imported and claims version 1."""
    plugins = tmp_path / "profile" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    os.symlink(ROOT, plugins / "mine_action_mapper", target_is_directory=True)
    blocker = tmp_path / "blocker"
    (blocker / "shapely").mkdir(parents=True)
    # as Python says it when shapely is not installed (QGIS 3.40's qgis.core
    # imports shapely and tolerates exactly this error)
    (blocker / "shapely" / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'shapely'\", name='shapely')\n")
    (blocker / "shapely-1.0.dist-info").mkdir()
    (blocker / "shapely-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: shapely\nVersion: 1.0\n")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(blocker))
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "mine_action_mapper"],
                            env=env, capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert listing.returncode == 0, listing.stderr
    assert "mineaction:" not in listing.stdout
    lines = [line for line in listing.stderr.splitlines() if "Mine Action Mapper" in line]
    assert len(lines) == 1, listing.stderr
    assert "shapely>=2" in lines[0] and "Install them" in lines[0]
