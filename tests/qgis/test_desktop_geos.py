"""Geometry conversion works inside desktop QGIS on Debian, where the qgis
binary has put the system GEOS in the global symbol scope before shapely
(from pip) loads: reproduced here by preloading the system GEOS."""

import pytest
from plugin_process import SYSTEM_GEOS, run_with_plugin

SCRIPT = r"""
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
    result = run_with_plugin(SCRIPT, preload=SYSTEM_GEOS[0])
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("OK")
