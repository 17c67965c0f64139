"""README's demo command works: the whole job on the sample programme."""

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_end_to_end(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"),
                             "--output", str(tmp_path)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in range(1, 8):
        assert "\n{}. ".format(step) in "\n" + out
    assert "EX-HA-0007" in out and "fail" in out  # the sample's bad closure
    database = tmp_path / "examplia.gpkg"
    assert (tmp_path / "examplia.qgz").exists()
    assert len(list((tmp_path / "task_orders").glob("*.pdf"))) == 4  # the sample's tasks
    assert (tmp_path / "national_overview.pdf").stat().st_size > 10000
    from osgeo import ogr
    workbook = ogr.Open(str(tmp_path / "land_release_statistics.xlsx"))
    assert workbook.GetLayerCount() == 5  # one sheet per statistics table
    with sqlite3.connect(database) as connection:
        hazards = connection.execute("SELECT count(*) FROM hazards").fetchone()[0]
        history = connection.execute("SELECT count(*) FROM release_history").fetchone()[0]
        without_geometry = connection.execute(
            "SELECT count(*) FROM hazards WHERE geom IS NULL").fetchone()[0]
    assert hazards >= 8 and history > 0 and without_geometry == 0
    total = [line for line in out.splitlines() if line.strip().startswith("total")]
    assert len(total) == 1
