"""The land release engine on the sample programme prints no library warning,
also with the GEOS that desktop QGIS and qgis_process load (Debian's 3.11):
there a predicate on an empty geometry raised the floating-point "invalid"
flag, and numpy printed "RuntimeWarning: invalid value encountered in covers"
as the first line a user saw. The system GEOS is preloaded in a subprocess
(tests/fixtures/plugin_process.py)."""

from pathlib import Path

import pytest
from plugin_process import SYSTEM_GEOS, run_with_plugin

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # sample_programme

SCRIPT = r"""
import datetime, sys, warnings
import shapely
from mine_action_mapper.core import land_release as lr
sys.path.insert(0, {fixtures!r})
from land_release_reference import sample_programme

hazards, activities = sample_programme(lr)
warnings.simplefilter("error")
result = lr.release_land(hazards, activities, today=datetime.date(2026, 12, 1))
again = lr.release_land(result.as_hazards(), activities, today=datetime.date(2026, 12, 1))
assert result.released and not again.released
print("OK", len(result.released), shapely.geos_version)
"""


def _run(preload):
    return run_with_plugin(SCRIPT.format(fixtures=str(FIXTURES)), preload=preload, timeout=300)


@pytest.mark.parametrize("preload", [None] + SYSTEM_GEOS[:1], ids=["wheel GEOS", "system GEOS"])
def test_sample_replay_emits_no_runtime_warning(preload):
    result = _run(preload)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("OK "), result.stdout
    assert "Warning" not in result.stderr, result.stderr
