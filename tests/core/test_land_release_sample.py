"""The land release engine on the sample programme prints no library warning,
also with the GEOS that desktop QGIS and qgis_process load (Debian's 3.11):
there a predicate on an empty geometry raised the floating-point "invalid"
flag, and numpy printed "RuntimeWarning: invalid value encountered in covers"
as the first line a user saw. The system GEOS is preloaded in a subprocess
(tests/fixtures/plugin_process.py)."""

from pathlib import Path

import pytest
from plugin_process import SYSTEM_GEOS, run_with_plugin

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"

SCRIPT = r"""
import csv, datetime, warnings
import shapely
from mine_action_mapper.core import land_release as lr

def rows(name):
    with open({sample!r} + "/" + name + ".csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))

# hazard land: a task's area, else the hazard's own WKT, else none yet (empty)
shapes = {{row["hazard_id"]: shapely.from_wkt(row["wkt"]) for row in rows("tasks")}}
shapes.update({{row["hazard_id"]: shapely.from_wkt(row["wkt"]) for row in rows("hazards")
               if row["wkt"]}})
hazards = [lr.Hazard(row["hazard_id"], shapes.get(row["hazard_id"], shapely.Polygon()),
                     row["hazard_class"], row["date_of_information"], row["status"])
           for row in rows("hazards")]
activities = [lr.Activity(row["activity_id"], row["activity_type"], row["outcome"],
                          row["end_date"], shapely.from_wkt(row["wkt"]),
                          row["hazard_id"] or None, row["organisation"])
              for row in rows("land_release_activities")]
warnings.simplefilter("error")
result = lr.release_land(hazards, activities, today=datetime.date(2026, 12, 1))
again = lr.release_land(result.as_hazards(), activities, today=datetime.date(2026, 12, 1))
assert result.released and not again.released
print("OK", len(result.released), shapely.geos_version)
"""


def _run(preload):
    return run_with_plugin(SCRIPT.format(sample=str(SAMPLE)), preload=preload, timeout=300)


@pytest.mark.parametrize("preload", [None] + SYSTEM_GEOS[:1], ids=["wheel GEOS", "system GEOS"])
def test_sample_replay_emits_no_runtime_warning(preload):
    result = _run(preload)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("OK "), result.stdout
    assert "Warning" not in result.stderr, result.stderr
