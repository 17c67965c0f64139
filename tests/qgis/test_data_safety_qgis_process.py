"""The five worst findings of the data-safety issue, reproduced as a user
meets them: qgis_process with the packaged plugin (the ``profile`` fixture of
conftest.py). Each run must exit non-zero, say what is wrong and where, and
leave the database and the input files byte-identical. A createdatabase
killed with SIGKILL part-way leaves no database, and the next run sweeps its
debris.

The same inputs, and many more, run through Processing in
test_bad_input_catalogue.py.
"""

import csv
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from qgis_process_runner import (QGIS_PROCESS, command, kill_when,  # tests/fixtures
                                 pending_programme, qgis_env, run_algorithm,
                                 sqlite_writing)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS),
                                reason="qgis_process is not installed")


def _digest(*paths):
    return {str(path): hashlib.sha256(Path(path).read_bytes()).hexdigest() for path in paths}


def _refused(run, *needles):
    output = run.stdout + run.stderr
    assert run.returncode != 0, output
    assert "Traceback" not in output, output
    for needle in needles:
        assert needle in output, "{!r} not in: {}".format(needle, output)
    return output


def _survey_csv(folder, hazard, point, **values):
    """The sample survey rows of ``hazard``, ``values`` set on ``point``."""
    with open(SAMPLE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["hazard_id"] == hazard]
    for row in rows:
        if row["point_no"] == str(point):
            row.update(values)
    path = Path(folder) / "survey.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _memory_sinks():
    return ["{}=TEMPORARY_OUTPUT".format(name) for name in ("OUTPUT", "POINTS", "REPORT")]


def test_1_survey_outputs_never_overwrite_the_database_or_the_input(profile, database,
                                                                    tmp_path):
    survey = tmp_path / "survey_points.csv"
    shutil.copy(SAMPLE / "survey_points.csv", survey)
    before = _digest(database, survey)
    run = run_algorithm(profile, "hazardpolygonsfromsurvey", "INPUT={}".format(survey),
                        "OUTPUT={}".format(database), "POINTS={}".format(tmp_path / "p.gpkg"),
                        "REPORT={}".format(tmp_path / "r.csv"))
    _refused(run, database, "is a mine action database", "destroy")
    run = run_algorithm(profile, "hazardpolygonsfromsurvey", "INPUT={}".format(survey),
                        "OUTPUT=TEMPORARY_OUTPUT", "POINTS=TEMPORARY_OUTPUT",
                        "REPORT={}".format(survey))
    _refused(run, str(survey), "is the file the input", "reads")
    assert _digest(database, survey) == before
    assert not (tmp_path / "p.gpkg").exists() and not (tmp_path / "r.csv").exists()


def test_2_a_leg_of_1e12_metres_is_refused_naming_the_point(profile, tmp_path):
    survey = _survey_csv(tmp_path, "EX-HA-0001", 3, distance_m="1e12")
    before = _digest(survey)
    run = run_algorithm(profile, "hazardpolygonsfromsurvey", "INPUT={}".format(survey),
                        *_memory_sinks())
    _refused(run, "Hazard EX-HA-0001", "field 'distance_m'", "Point 3",
             "more than the longest leg accepted")
    assert _digest(survey) == before


def test_3_utm_metres_without_crs_are_refused_with_a_utm_hint(profile, database, tmp_path):
    records = tmp_path / "hazards_utm.csv"
    records.write_text(
        "hazard_id,name,hazard_class,status,date_of_information,wkt\n"
        'EX-HA-0101,Tallow Creek north bank,SHA,open,2024-03-01,"POLYGON ((658973 5548526, '
        '659073 5548526, 659073 5548626, 658973 5548526))"\n', encoding="utf-8")
    before = _digest(database, records)
    run = run_algorithm(profile, "importrecords", "INPUT={}".format(records),
                        "DATABASE={}".format(database), "TABLE=hazards")
    _refused(run, "hazards_utm.csv", "Row 1", "no coordinate reference system",
             "UTM metres", "EPSG:326")
    assert _digest(database, records) == before


def test_4_a_misspelt_required_column_is_named_with_its_right_name(profile, database,
                                                                   tmp_path):
    records = tmp_path / "hazards.csv"
    text = (SAMPLE / "hazards.csv").read_text(encoding="utf-8")
    records.write_text(text.replace("date_of_information", "date_of_infromation", 1),
                       encoding="utf-8")
    before = _digest(database, records)
    run = run_algorithm(profile, "importrecords", "INPUT={}".format(records),
                        "DATABASE={}".format(database), "TABLE=hazards",
                        "SOURCE_CRS=EPSG:4326")
    _refused(run, "hazards.csv", "needs the column 'date_of_information'",
             "'date_of_infromation' looks like a misspelling", "rename")
    assert _digest(database, records) == before


def test_5_an_mgrs_band_that_does_not_hold_the_square_is_refused(profile, tmp_path):
    # EX-HA-0003's benchmark is 12U XA 56470 45022; band C is far south
    survey = _survey_csv(tmp_path, "EX-HA-0003", 0, coord_entered="12C XA 56470 45022")
    before = _digest(survey)
    run = run_algorithm(profile, "hazardpolygonsfromsurvey", "INPUT={}".format(survey),
                        *_memory_sinks())
    _refused(run, "Hazard EX-HA-0003", "point 0", '"12C XA 56470 45022"', "band")
    assert _digest(survey) == before


def test_createdatabase_killed_part_way_leaves_no_database(profile, provider, tmp_path):
    import processing
    target = tmp_path / "x.gpkg"
    process = subprocess.Popen(command("createdatabase", "OUTPUT={}".format(target),
                                       "OPEN=false"),
                               env=qgis_env(profile), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    partial = []
    deadline = time.monotonic() + 120
    try:
        while not partial and process.poll() is None and time.monotonic() < deadline:
            partial = list(tmp_path.glob(".mam-partial-*"))
            time.sleep(0.002)
        assert partial, "no partial folder appeared while the database was built"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert not target.exists(), "a killed run left a database behind"
    assert all(folder.exists() for folder in partial)  # the dead run's debris, for now

    result = processing.run("mineaction:createdatabase",
                            {"OUTPUT": str(target), "OPEN": False})
    assert result["OUTPUT"] == str(target)
    assert not any(folder.exists() for folder in partial), "the dead run's folder was kept"
    assert not list(tmp_path.glob(".mam-partial-*"))
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
        version = connection.execute(
            "SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
    assert {"hazards", "land_release_activities", "survey_points"} <= tables
    from mine_action_mapper.core.schema import SCHEMA_VERSION
    assert version == (str(SCHEMA_VERSION),)


# ------------------------------------------------------- killed mid-write
#: values each run writes anew (IDs and clocks), left out when a killed run
#: is compared with a separate complete one
VOLATILE = {"uuid", "created_at", "recorded_at", "last_change", "upgraded_at"}
#: GDAL's cache of each layer's extent in gpkg_contents: written when GDAL
#: closes a layer, outside the update's transaction, so a run killed between
#: its commit and that close leaves the records complete and the cached
#: extent of before (it is bookkeeping, recomputed by GDAL, not a record)
CACHED_EXTENT = {"min_x", "min_y", "max_x", "max_y"}


def _rows(path):
    """Every row of every table of a GeoPackage, for before/after identity."""
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        dump = {}
        for table in tables:
            cursor = connection.execute('SELECT * FROM "{}"'.format(table))
            skip = VOLATILE | (CACHED_EXTENT if table == "gpkg_contents" else set())
            keep = [i for i, column in enumerate(cursor.description)
                    if column[0] not in skip]
            dump[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
        return dump


def _pending_programme(folder):
    """A new GeoPackage holding the sample programme, no update applied yet."""
    import processing
    database = str(Path(folder) / "pending.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": database, "OPEN": False})
    pending_programme({"DATABASE": database})
    return database


@pytest.mark.parametrize("algorithm", ["updatedatabase", "importrecords"])
def test_a_write_killed_at_any_moment_leaves_the_database_before_or_after(
        profile, provider, tmp_path, algorithm):
    """Killed with SIGKILL while it writes (when the journal appears, and at
    several moments of the run), the database afterwards holds exactly what it
    held before, or exactly what a complete run writes: never a part."""
    pristine = _pending_programme(tmp_path)
    finds = tmp_path / "finds.csv"
    with open(finds, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["find_id", "eo_category", "quantity", "find_date", "wkt"])
        for number in range(5000):
            writer.writerow(["EX-EO-K{:05d}".format(number), "ap_mine", 1, "2024-03-01",
                             "POINT (-108.8{:04d} 50.0{:04d})".format(number, number)])

    def arguments(database):
        if algorithm == "updatedatabase":
            return command("updatedatabase", "DATABASE={}".format(database))
        return command("importrecords", "INPUT={}".format(finds), "DATABASE={}".format(database),
                       "TABLE=eo_finds", "SOURCE_CRS=EPSG:4326")

    complete = str(tmp_path / "complete.gpkg")
    shutil.copy(pristine, complete)
    started = time.monotonic()
    run = subprocess.run(arguments(complete), env=qgis_env(profile), capture_output=True,
                         text=True, timeout=300)
    duration = time.monotonic() - started
    assert run.returncode == 0, run.stdout + run.stderr
    before, after = _rows(pristine), _rows(complete)
    assert before != after
    outcomes = []
    for attempt, delay in enumerate([None] + [duration * f for f in (0.7, 0.8, 0.9, 0.95)]):
        database = str(tmp_path / "killed{}.gpkg".format(attempt))
        shutil.copy(pristine, database)
        killed = kill_when(profile, arguments(database), sqlite_writing(database), delay)
        with sqlite3.connect(database) as connection:  # SQLite rolls a torn write back
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        state = _rows(database)
        assert state in (before, after), "a killed run left part of its writes: {}".format(
            {table: (len(before.get(table, [])), len(rows), len(after.get(table, [])))
             for table, rows in state.items()
             if rows not in (before.get(table), after.get(table)) or
             (rows != before.get(table) and rows != after.get(table))})
        outcomes.append((killed, state == after))
    assert any(killed for killed, _done in outcomes), outcomes


def _pg_tables_digest(server, ref):
    """{table: md5 of its rows as text, in key order} of a PostGIS database,
    with its stored styles."""
    connection = server.connect()
    try:
        with connection.cursor() as cursor:
            digest = {}
            for item in schema_tables():
                cursor.execute('SELECT md5(coalesce(string_agg(t::text, E\'\\n\' ORDER BY '
                               't.fid), \'\')) FROM "{}"."{}" t'.format(ref.schema, item))
                digest[item] = cursor.fetchone()[0]
            cursor.execute("SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t.id), "
                           "'')) FROM public.layer_styles t WHERE f_table_schema = %s",
                           (ref.schema,))
            digest["layer_styles"] = cursor.fetchone()[0]
            return digest
    finally:
        connection.close()


def schema_tables():
    from mine_action_mapper.core import schema
    return [item.name for item in schema.LAYERS]


def test_an_update_killed_mid_transaction_on_postgis_changes_nothing(
        profile, provider, pg_database, postgis):
    """SIGKILL while the update's transaction holds its row locks and has
    begun writing: the server rolls it back, every table hashes as before."""
    database = {"CONNECTION": postgis.conninfo(), "SCHEMA": pg_database.schema}
    pending_programme(database)
    before = _pg_tables_digest(postgis, pg_database)
    watcher = postgis.connect()
    watcher.autocommit = True

    def writing():
        with watcher.cursor() as cursor:  # the update's locks: FOR UPDATE, then its writes
            cursor.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND "
                "c.relname = 'hazards' AND l.mode = 'RowExclusiveLock' AND l.granted "
                "AND l.pid <> pg_backend_pid()", (pg_database.schema,))
            return cursor.fetchone()[0] > 0

    arguments = command("updatedatabase", "CONNECTION={}".format(postgis.conninfo()),
                        "SCHEMA={}".format(pg_database.schema))
    try:
        assert kill_when(profile, arguments, writing), "the update ended before it wrote"
        deadline = time.monotonic() + 60
        while writing() and time.monotonic() < deadline:  # the server notices the death
            time.sleep(0.05)
        assert not writing()
    finally:
        watcher.close()
    assert _pg_tables_digest(postgis, pg_database) == before
    run = run_algorithm(profile, "updatedatabase", "CONNECTION={}".format(postgis.conninfo()),
                        "SCHEMA={}".format(pg_database.schema))
    assert run.returncode == 0, run.stdout + run.stderr
    after = _pg_tables_digest(postgis, pg_database)
    assert after["hazards"] != before["hazards"]
    assert after["release_history"] != before["release_history"]
