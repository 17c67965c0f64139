"""What the plugin adds to QGIS start-up: import + classFactory + initGui.

Each measurement runs in a fresh process (imports are cached after the first
time), with a GUI QgsApplication and pytest-qgis's interface stand-in. The
peer is QGIS's own Processing plugin started the same way (import,
classFactory, initProcessing), which every QGIS start pays for.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import importlib.util, json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != {root!r}]
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
iface.removeDockWidget = lambda dock: window.removeDockWidget(dock)
iface.registerOptionsWidgetFactory = iface.unregisterOptionsWidgetFactory = lambda factory: None
sys.path.append("/usr/share/qgis/python/plugins")
start = time.perf_counter()
if {which!r} == "plugin":
    spec = importlib.util.spec_from_file_location(
        "mine_action_mapper", os.path.join({root!r}, "__init__.py"),
        submodule_search_locations=[{root!r}])
    module = importlib.util.module_from_spec(spec)
    sys.modules["mine_action_mapper"] = module
    spec.loader.exec_module(module)
    plugin = module.classFactory(iface)
    plugin.initGui()
else:
    import processing
    plugin = processing.classFactory(iface)
    plugin.initProcessing()
elapsed = (time.perf_counter() - start) * 1000.0
print(json.dumps({{"ms": elapsed}}))
"""


def measure(which, runs):
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), which=which)],
                             capture_output=True, text=True, check=True).stdout
        times.append(json.loads(out.strip().splitlines()[-1])["ms"])
    return statistics.median(times), times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ours, our_runs = measure("plugin", args.runs)
    peer, peer_runs = measure("processing", args.runs)
    print("start-up cost, median of {} fresh processes".format(args.runs))
    print("  Mine Action Mapper import + classFactory + initGui: {:7.1f} ms  {}".format(
        ours, [round(t) for t in our_runs]))
    print("  peer: QGIS Processing import + classFactory + initProcessing: {:7.1f} ms  {}".format(
        peer, [round(t) for t in peer_runs]))
    print("  ratio ours / peer: {:.2f}".format(ours / peer))


if __name__ == "__main__":
    main()
