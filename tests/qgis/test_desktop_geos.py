"""Geometry conversion works inside desktop QGIS on Debian, where the qgis
binary has put the system GEOS in the global symbol scope before shapely
(from pip) loads: reproduced here by preloading the system GEOS."""

import glob
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_GEOS = sorted(glob.glob("/usr/lib/*-linux-gnu/libgeos_c.so.1"))

SCRIPT = r"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location(
    "mine_action_mapper", {init!r}, submodule_search_locations=[{root!r}])
module = importlib.util.module_from_spec(spec)
sys.modules["mine_action_mapper"] = module
spec.loader.exec_module(module)
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from shapely.geometry import Point, Polygon
from mine_action_mapper.store.features import from_shapely, to_shapely
polygon = Polygon([(-108.8, 50.05), (-108.79, 50.05), (-108.79, 50.06)])
for shape in (polygon, Point(-108.8, 50.05)):
    back = to_shapely(from_shapely(shape))
    assert back.equals(shape), (back.wkt, shape.wkt)
print("OK")
"""


@pytest.mark.skipif(not SYSTEM_GEOS, reason="no system GEOS library")
def test_conversion_with_the_system_geos_loaded_first():
    env = dict(os.environ, LD_PRELOAD=SYSTEM_GEOS[0], QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(init=str(ROOT / "__init__.py"), root=str(ROOT))],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("OK")
