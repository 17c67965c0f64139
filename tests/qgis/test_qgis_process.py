"""The packaged zip works headless: install into a temporary profile, enable,
and create a database with qgis_process (the ``profile`` fixture is in
conftest.py)."""

import json
import os
import sqlite3
import subprocess

import pytest
from qgis_process_runner import QGIS_PROCESS, qgis_env, run_algorithm  # tests/fixtures

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS),
                                reason="qgis_process is not installed")


def _env(profile):
    return qgis_env(profile)


def _run(profile, algorithm, *arguments):
    return run_algorithm(profile, algorithm, *arguments)


def test_packaged_plugin_creates_a_database_with_qgis_process(profile, tmp_path):
    installed = profile / "profiles" / "default" / "python" / "plugins" / "mine_action_mapper"
    assert (installed / "metadata.txt").exists()
    assert (installed / "_vendor" / "pygeomag").is_dir()
    assert not (installed / "tests").exists() and not (installed / ".venv").exists()

    env = _env(profile)
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
    from mine_action_mapper.core.schema import SCHEMA_VERSION
    assert version == (str(SCHEMA_VERSION),)
    assert srs == (32612,)


def test_the_survey_algorithm_exits_non_zero_when_every_hazard_failed(profile, tmp_path):
    table = tmp_path / "survey.csv"
    table.write_text(
        "hazard_id,point_no,point_type,from_point,bearing,north_reference,distance_m,"
        "coord_entered\n"
        "EX-HA-0091,0,benchmark,,,,,12U XA 56470 45022\n"
        "EX-HA-0091,1,start,0,10,true,twenty,\n"
        "EX-HA-0092,0,benchmark,,,,,12C XA 56470 45022\n"
        "EX-HA-0092,1,start,0,10,true,20,\n", encoding="utf-8")
    run = _run(profile, "hazardpolygonsfromsurvey", "INPUT={}".format(table),
               "OUTPUT=TEMPORARY_OUTPUT", "POINTS=TEMPORARY_OUTPUT", "REPORT=TEMPORARY_OUTPUT")
    assert run.returncode != 0, run.stdout + run.stderr
    assert "None of the 2 hazards could be computed; first error: Hazard EX-HA-0091" in (
        run.stdout + run.stderr)


def test_land_release_on_the_sample_prints_no_library_warning(profile, tmp_path, qgis_app):
    """Inside qgis_process the system GEOS serves shapely: a predicate on an
    empty geometry there printed "RuntimeWarning: invalid value encountered
    in covers" as the first line a user saw."""
    from task_order_sample import build_sample_database  # tests/fixtures
    database = build_sample_database(str(tmp_path / "sample.gpkg"))
    layers = ["HAZARDS={}|layername=hazards".format(database),
              "ACTIVITIES={}|layername=land_release_activities".format(database)]
    outputs = ["{}=TEMPORARY_OUTPUT".format(name)
               for name in ("REMAINING", "RELEASED", "LEDGER", "HISTORY", "QA")]
    for algorithm, arguments in (("computelandrelease", layers + outputs),
                                 ("updatedatabase", ["DATABASE={}".format(database)]),
                                 ("exportoverview", ["DATABASE={}".format(database),
                                                     "OUTPUT={}".format(tmp_path / "o.pdf")])):
        run = _run(profile, algorithm, *arguments)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "Warning: invalid value" not in run.stdout + run.stderr, algorithm
