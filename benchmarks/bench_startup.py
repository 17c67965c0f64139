"""What the plugin adds to QGIS start-up: import + classFactory + initGui.

Each measurement runs in a fresh process (imports are cached after the first
time), with a GUI QgsApplication and pytest-qgis's interface stand-in. The
peer is QGIS's own Processing plugin started the same way (import,
classFactory, initProcessing), which every QGIS start pays for.

Two cases: **warm**, every start after the first, when Python finds the
plugin's compiled bytecode (written into a throw-away PYTHONPYCACHEPREFIX by
one untimed start, so the checkout stays clean); and **cold**, the first
start after installing, when every module is compiled (PYTHONDONTWRITEBYTECODE).
Debian ships QGIS's own Python already compiled, so the peer is warm in both.
The child also lists which of numpy, shapely and pyproj the plugin loaded.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
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
HEAVY = ("numpy", "shapely", "pyproj")
before = {{name for name in HEAVY if name in sys.modules}}
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
added = sorted(name for name in HEAVY if name in sys.modules and name not in before)
print(json.dumps({{"ms": elapsed, "added": added}}))
"""


def measure(which, runs, env):
    times, added = [], set()
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), which=which)],
                             capture_output=True, text=True, check=True, env=env).stdout
        row = json.loads(out.strip().splitlines()[-1])
        times.append(row["ms"])
        added.update(row["added"])
    return statistics.median(times), times, sorted(added)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mam-bench-pycache-") as cache:
        warm = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        warm.pop("PYTHONDONTWRITEBYTECODE", None)
        cold = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        measure("plugin", 1, warm)  # writes the bytecode the warm starts read
        results = [("warm", measure("plugin", args.runs, warm)),
                   ("cold", measure("plugin", args.runs, cold))]
        peer, peer_runs, _ = measure("processing", args.runs, warm)
    print("start-up cost, median of {} fresh processes, load average {:.1f}".format(
        args.runs, os.getloadavg()[0]))
    for case, (ours, runs, added) in results:
        print("  Mine Action Mapper import + classFactory + initGui, {}: {:7.1f} ms  {}; "
              "loads {}".format(case, ours, [round(t) for t in runs],
                                ", ".join(added) or "none of numpy, shapely, pyproj"))
    print("  peer: QGIS Processing import + classFactory + initProcessing: {:7.1f} ms  {}".format(
        peer, [round(t) for t in peer_runs]))
    for case, (ours, _runs, _added) in results:
        print("  ratio ours ({}) / peer: {:.2f}".format(case, ours / peer))


if __name__ == "__main__":
    main()
