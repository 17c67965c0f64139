"""The packaged zip works headless: install into a temporary profile, enable,
and create a database with qgis_process."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS),
                                reason="qgis_process is not installed")


def _env(profile):
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # the desktop QGIS's Python: give it this environment's shapely 2 / pyproj
    env["PYTHONPATH"] = os.pathsep.join(
        [sysconfig.get_paths()["purelib"], env.get("PYTHONPATH", "")]).strip(os.pathsep)
    return env


def test_packaged_plugin_creates_a_database_with_qgis_process(tmp_path):
    profile = tmp_path / "profile"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"),
                    "--output", str(tmp_path / "dist"), "--install",
                    "--profile-dir", str(profile / "profiles" / "default")],
                   check=True, capture_output=True, text=True)
    zips = list((tmp_path / "dist").glob("mine_action_mapper-*.zip"))
    assert len(zips) == 1
    installed = profile / "profiles" / "default" / "python" / "plugins" / "mine_action_mapper"
    assert (installed / "metadata.txt").exists()
    assert (installed / "_vendor" / "pygeomag").is_dir()
    assert not (installed / "tests").exists() and not (installed / ".venv").exists()

    env = _env(profile)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "mine_action_mapper"],
                            env=env, capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr

    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert "mineaction:createdatabase" in listing.stdout

    out = tmp_path / "field.gpkg"
    run = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "mineaction:createdatabase", "--",
         "OUTPUT={}".format(out), "CRS=EPSG:32612", "OPEN=false"],
        env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout[run.stdout.index("{"):])
    assert result["results"]["OUTPUT"] == str(out)
    with sqlite3.connect(out) as connection:
        version = connection.execute(
            "SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
        srs = connection.execute(
            "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'hazards'").fetchone()
    assert version == ("1",)
    assert srs == (32612,)
