"""The bad-input catalogue: what a careless or hurried user does, case by case.

Each case runs one algorithm through Processing, as the toolbox and
qgis_process do, on a fresh copy of the sample programme, and checks:

* the outcome is the expected one: a clear error whose message names what it
  must (file, table, row, hazard, field), or a correct result;
* no Python traceback reaches the user, whatever the input;
* every input file hashes the same afterwards (inputs are never modified);
* no half-written output is left (the output does not exist after an error,
  and no partial folder remains).

``KINDS`` groups the cases for the table of docs/data-safety.md
(``kind_table``, written by scripts/catalogue_table.py); ``test_kinds`` keeps
every case in a known kind. A case with ``xfail`` is a known finding not fixed
yet: it must fail (strict). The worst findings of the data-safety issue are
also reproduced through qgis_process in test_data_safety_qgis_process.py.
"""

import csv
import datetime
import gzip
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
FIXTURES = ROOT / "tests" / "fixtures"

KINDS = ("output clobbers input", "database file state", "file system",
         "survey table", "coordinates", "import columns", "import values",
         "land release", "cartography")


# ------------------------------------------------------------------ workspace
@pytest.fixture(scope="session")
def programme(tmp_path_factory):
    """The sample programme after README's demo: a mine action database with
    every record imported and land release applied."""
    out = tmp_path_factory.mktemp("programme")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"),
                             "--output", str(out)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "examplia.gpkg"


@dataclass
class Workspace:
    folder: Path
    db: str
    outputs: list = field(default_factory=list)

    def file(self, name):
        return str(self.folder / name)

    def output(self, name):
        """A path the case expects to be written only on success."""
        path = self.file(name)
        self.outputs.append(path)
        return path

    def sample(self, name):
        """A copy of a sample CSV in the workspace (an input of the case)."""
        target = self.folder / name
        shutil.copy(SAMPLE / name, target)
        return str(target)

    def rows(self, name, rows, encoding="utf-8"):
        """A CSV file of ``rows`` (dicts; the first row's keys are the header)."""
        target = self.folder / name
        with open(target, "w", newline="", encoding=encoding) as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return str(target)

    def write(self, name, text, encoding="utf-8"):
        target = self.folder / name
        target.write_text(text, encoding=encoding)
        return str(target)

    def sql(self, statement, path=None):
        with sqlite3.connect(path or self.db) as connection:
            connection.execute(statement)

    def old_database(self):
        """A real GeoPackage made by 0.1.0 (the sample programme, updated)."""
        target = self.folder / "examplia-0.1.0.gpkg"
        with gzip.open(FIXTURES / "examplia-0.1.0.gpkg.gz", "rb") as source, \
                open(target, "wb") as handle:
            shutil.copyfileobj(source, handle)
        return str(target)


def csv_uri(path):
    """A CSV as the delimited text layer a user adds (every column as text)."""
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer("file://{}?type=csv&detectTypes=no&geomType=none".format(path),
                          "records", "delimitedtext")


def wkt_csv_uri(path):
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer(
        "file://{}?type=csv&detectTypes=no&geomType=wkt&wktField=wkt&crs=EPSG:4326".format(
            path), "records", "delimitedtext")


def layer_of(path, table):
    return "{}|layername={}".format(path, table)


# ------------------------------------------------------------------ cases
@dataclass
class Case:
    name: str
    kind: str
    algorithm: str
    parameters: object  # Workspace -> dict
    error: tuple = ()  # substrings the error must contain; () = must succeed
    check: object = None  # (Workspace, results) -> None, on success
    setup: object = None  # Workspace -> None, before hashing
    xfail: str = ""  # a known finding not fixed yet: why (the case must fail)


def _sinks(*names):
    return {name: "memory:" for name in names}


SURVEY_SINKS = ("OUTPUT", "POINTS", "REPORT")
RELEASE_SINKS = ("REMAINING", "RELEASED", "LEDGER", "HISTORY", "QA")


def _survey(ws, **extra):
    parameters = {"INPUT": csv_uri(ws.sample("survey_points.csv"))}
    parameters.update(_sinks(*SURVEY_SINKS))
    parameters.update(extra)
    return parameters


def _release(ws, **extra):
    parameters = {"HAZARDS": layer_of(ws.db, "hazards"),
                  "ACTIVITIES": layer_of(ws.db, "land_release_activities")}
    parameters.update(_sinks(*RELEASE_SINKS))
    parameters.update(extra)
    return parameters


def _down_server():
    """A connection string to a local port where no PostgreSQL listens."""
    from postgis_server import free_port  # tests/fixtures
    return "dbname='national' host=127.0.0.1 port={} user='amina' password='x' " \
        "sslmode=disable connect_timeout=3".format(free_port())


def _current_version():
    from mine_action_mapper.core.schema import SCHEMA_VERSION
    return SCHEMA_VERSION


def _tables_unchanged_after_upgrade(ws, results, text):
    assert results["FROM_VERSION"] == 1 and results["TO_VERSION"] == _current_version()


CASES = []
#: algorithms that write into their database when they succeed
WRITES_DATABASE = ("upgradedatabase", "importrecords", "updatedatabase",
                   "importfieldsubmissions")


def case(*args, **kwargs):
    CASES.append(Case(*args, **kwargs))


# -- outputs that would destroy an input or a database (finding 1)
for _sink in SURVEY_SINKS:
    case("survey {} is the database".format(_sink), "output clobbers input",
         "hazardpolygonsfromsurvey",
         lambda ws, s=_sink: _survey(ws, **{s: ws.db}), ("mine action database",))
    case("survey {} is its own input CSV".format(_sink), "output clobbers input",
         "hazardpolygonsfromsurvey",
         lambda ws, s=_sink: dict(_survey(ws), **{s: ws.file("survey_points.csv")}),
         ("survey_points.csv", "reads"))
case("survey OUTPUT is a layer inside the database", "output clobbers input",
     "hazardpolygonsfromsurvey",
     lambda ws: _survey(ws, OUTPUT="ogr:dbname='{}' table=\"computed\" (geom)".format(ws.db)),
     ("mine action database",))
for _sink in RELEASE_SINKS:
    case("compute land release {} is the database".format(_sink), "output clobbers input",
         "computelandrelease", lambda ws, s=_sink: _release(ws, **{s: ws.db}),
         ("destroy",))
    case("compute land release {} is a layer of the database".format(_sink),
         "output clobbers input", "computelandrelease",
         lambda ws, s=_sink: _release(ws, **{s: layer_of(ws.db, "remaining")}),
         ("destroy",))
case("declination OUTPUT is the database", "output clobbers input", "declinationatpoints",
     lambda ws: {"INPUT": layer_of(ws.db, "site_points"), "DATE": "2024-01-01",
                 "OUTPUT": ws.db}, ("destroy",))
case("survey table OUTPUT is the database", "output clobbers input",
     "surveytablefrompolygons",
     lambda ws: {"INPUT": layer_of(ws.db, "tasks"), "ID_FIELD": "task_id",
                 "OUTPUT": ws.db}, ("destroy",))
case("overview PDF is the database", "output clobbers input", "exportoverview",
     lambda ws: {"DATABASE": ws.db, "OUTPUT": ws.db}, ("destroy",))
case("overview PNG is the database", "output clobbers input", "exportoverview",
     lambda ws: {"DATABASE": ws.db, "OUTPUT": ws.output("overview.pdf"), "PNG": ws.db},
     ("destroy",))
case("overview PDF is written whole", "output clobbers input", "exportoverview",
     lambda ws: {"DATABASE": ws.db, "OUTPUT": ws.output("overview.pdf")},
     check=lambda ws, r, t: _is_pdf(ws.file("overview.pdf")))
case("survey outputs to new GeoPackages are written whole", "output clobbers input",
     "hazardpolygonsfromsurvey",
     lambda ws: _survey(ws, OUTPUT=ws.output("polygons.gpkg"),
                        POINTS=ws.output("points.gpkg"), REPORT=ws.output("closure.csv")),
     check=lambda ws, r, t: _layer_count(ws.file("polygons.gpkg"), 7))
case("survey output to a shapefile is written whole with its sidecars",
     "output clobbers input", "hazardpolygonsfromsurvey",
     lambda ws: _survey(ws, OUTPUT=ws.output("polygons.shp")),
     check=lambda ws, r, t: _shapefile(ws.file("polygons.shp"), 7))

# -- the state of the database file
case("database does not exist", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.file("missing.gpkg")}, ("missing.gpkg", "does not exist"))
case("database is a folder", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": str(ws.folder)}, ("is a folder",))
case("database is a text file", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.write("notes.gpkg", "hazard list\n")},
     ("notes.gpkg", "damaged"))
case("database is truncated", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": _truncated(ws)}, ("damaged",))
case("database is a plain GeoPackage", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": _plain_geopackage(ws)}, ("not a mine action database",))
case("schema version is not a number", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.db},
     ("'two'", "not a number"),
     setup=lambda ws: ws.sql("UPDATE schema_info SET value = 'two' "
                             "WHERE key = 'schema_version'"))
case("schema version row is missing", "database file state", "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("eo_finds.csv")), "DATABASE": ws.db,
                 "TABLE": "eo_finds"}, ("no schema version",),
     setup=lambda ws: ws.sql("DELETE FROM schema_info WHERE key = 'schema_version'"))
case("newer database is not updated", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.db}, ("newer version", "99"),
     setup=lambda ws: ws.sql("UPDATE schema_info SET value = '99' "
                             "WHERE key = 'schema_version'"))
case("newer database gets no imports", "database file state", "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("eo_finds.csv")), "DATABASE": ws.db,
                 "TABLE": "eo_finds"}, ("newer version",),
     setup=lambda ws: ws.sql("UPDATE schema_info SET value = '99' "
                             "WHERE key = 'schema_version'"))
case("newer database opens read-only with a notice", "database file state",
     "opendatabase", lambda ws: {"INPUT": ws.db},
     check=lambda ws, r, t: _contains(t, "newer version", "read-only"),
     setup=lambda ws: ws.sql("UPDATE schema_info SET value = '99' "
                             "WHERE key = 'schema_version'"))
case("newer database is not upgraded", "database file state", "upgradedatabase",
     lambda ws: {"DATABASE": ws.db}, ("newer version",),
     setup=lambda ws: ws.sql("UPDATE schema_info SET value = '99' "
                             "WHERE key = 'schema_version'"))
case("0.1.0 database must be upgraded before an update", "database file state",
     "updatedatabase", lambda ws: {"DATABASE": ws.old_database()},
     ("older version", "Upgrade mine action database"))
case("0.1.0 database must be upgraded before an import", "database file state",
     "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("eo_finds.csv")),
                 "DATABASE": ws.old_database(), "TABLE": "eo_finds"},
     ("older version",))
case("0.1.0 database is upgraded", "database file state", "upgradedatabase",
     lambda ws: {"DATABASE": ws.old_database()}, check=_tables_unchanged_after_upgrade)
case("current database upgrade changes nothing", "database file state",
     "upgradedatabase", lambda ws: {"DATABASE": ws.db},
     check=lambda ws, r, t: r["FROM_VERSION"] == r["TO_VERSION"] == _current_version())
case("database locked by another program", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.db}, ("locked by another program",),
     setup=lambda ws: _lock(ws))

case("set up roles on an unknown connection", "database file state", "setuproles",
     lambda ws: {"CONNECTION": "Ministry server", "SCHEMA": "national"},
     ("Ministry server", "no PostgreSQL connection"))
case("set up roles on a server that is down", "database file state", "setuproles",
     lambda ws: {"CONNECTION": _down_server(), "SCHEMA": "national",
                 "LOGIN": "amina", "GROUP": "operator"},
     ("schema 'national'", "cannot be reached"))

# -- the file system
case("create database onto a folder", "file system", "createdatabase",
     lambda ws: {"OUTPUT": str(ws.folder), "OPEN": False}, ("is a folder",))
case("create database onto an existing database", "file system", "createdatabase",
     lambda ws: {"OUTPUT": ws.db, "OPEN": False}, ("already exists",))
case("create database into a missing folder", "file system", "createdatabase",
     lambda ws: {"OUTPUT": ws.output("new/sub/programme.gpkg"), "OPEN": False},
     check=lambda ws, r, t: _layer_count(ws.file("new/sub/programme.gpkg"), None))
case("0.1.0 database opens read-only with a notice", "database file state",
     "opendatabase", lambda ws: {"INPUT": ws.old_database()},
     check=lambda ws, r, t: _contains(t, "older version", "Upgrade mine action database"))


# -- field copies (docs/field-copy.md)
def _field_copy(ws):
    from mine_action_mapper.store.field_copy import make_field_copy
    make_field_copy(ws.db, ws.file("field.gpkg"), region="Westmarch Region")


def _copied_hazards(ws, count):
    with sqlite3.connect(ws.file("field.gpkg")) as connection:
        assert connection.execute("SELECT count(*) FROM hazards").fetchone()[0] == count
        assert connection.execute("SELECT count(*) FROM field_copy_base").fetchone()[0] > count


case("field copy onto its own database", "file system", "makefieldcopy",
     lambda ws: {"DATABASE": ws.db, "REGION": "Westmarch Region", "OUTPUT": ws.db,
                 "OVERWRITE": True}, ("would replace the database",))
case("field copy of a region no hazard has", "database file state", "makefieldcopy",
     lambda ws: {"DATABASE": ws.db, "REGION": "Nowhere", "OUTPUT": ws.output("field.gpkg")},
     ("'Nowhere'", "Westmarch Region"))
case("field copy of a region is written whole", "file system", "makefieldcopy",
     lambda ws: {"DATABASE": ws.db, "REGION": "Westmarch Region",
                 "OUTPUT": ws.output("field.gpkg")},
     check=lambda ws, r, t: _copied_hazards(ws, 9))
case("submit a database that is not a field copy", "database file state",
     "submitfieldcopy", lambda ws: {"COPY": ws.old_database(), "DATABASE": ws.db},
     ("older version",))
case("submit the national database as its own copy", "database file state",
     "submitfieldcopy", lambda ws: {"COPY": ws.db, "DATABASE": ws.db},
     ("not a field copy",))
case("submit a plain GeoPackage", "database file state", "submitfieldcopy",
     lambda ws: {"COPY": _plain_geopackage(ws), "DATABASE": ws.db},
     ("not a mine action database",))
case("submit an unchanged field copy changes nothing", "database file state",
     "submitfieldcopy", lambda ws: {"COPY": ws.file("field.gpkg"), "DATABASE": ws.db},
     check=lambda ws, r, t: r["INSERTED"] == r["UPDATED"] == r["CONFLICTS"] == 0,
     setup=_field_copy)


def _qfield_package(ws):
    from mine_action_mapper.layouts.qfield_package import make_qfield_package
    make_qfield_package(ws.db, ws.file("qfield"), task_id="EX-TK-0001")


def _packaged(ws, results):
    folder = Path(ws.file("qfield"))
    assert results["OUTPUT"] == str(folder) and results["TASK_ORDERS"] == 1
    assert {p.name for p in folder.iterdir()} >= {
        "EX-TK-0001.gpkg", "EX-TK-0001.qgz", "mine_action_package.json", "task_orders"}


case("QField package into the database's own folder", "file system", "packageforqfield",
     lambda ws: {"DATABASE": ws.db, "TASK": "EX-TK-0001", "OUTPUT": str(ws.folder),
                 "OVERWRITE": True}, ("holds the database",))
case("QField package of a task the database lacks", "database file state",
     "packageforqfield", lambda ws: {"DATABASE": ws.db, "TASK": "EX-TK-9999",
                                     "OUTPUT": ws.output("qfield")}, ("'EX-TK-9999'",))
case("QField package of a task is written whole", "file system", "packageforqfield",
     lambda ws: {"DATABASE": ws.db, "TASK": "EX-TK-0001", "OUTPUT": ws.output("qfield")},
     check=lambda ws, r, t: _packaged(ws, r))
case("import QField changes from a folder that is no package", "database file state",
     "importqfieldchanges", lambda ws: {"PACKAGE": str(ws.folder), "DATABASE": ws.db},
     ("mine_action_package.json", "Package for QField"))
case("import an unchanged QField package changes nothing", "database file state",
     "importqfieldchanges", lambda ws: {"PACKAGE": ws.file("qfield"), "DATABASE": ws.db},
     check=lambda ws, r, t: r["INSERTED"] == r["UPDATED"] == r["CONFLICTS"] == 0,
     setup=_qfield_package)


# -- survey tables: what a field team writes down, and what a clerk types in
def _survey_rows(hazard):
    with open(SAMPLE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["hazard_id"] == hazard]


def _survey_table(ws, hazard="EX-HA-0001", edit=None, **extra):
    """A survey CSV of one sample hazard, changed by ``edit(rows)``, given by
    its path as INPUT (as a user picks a file), outputs in memory."""
    rows = _survey_rows(hazard)
    if edit is not None:
        rows = edit(rows)
    parameters = {"INPUT": ws.rows("survey.csv", rows)}
    parameters.update(_sinks(*SURVEY_SINKS))
    parameters.update(extra)
    return parameters


def _at(point, **values):
    """An edit setting ``values`` on the row of point ``point``."""
    def edit(rows):
        for row in rows:
            if row["point_no"] == str(point):
                row.update(values)
        return rows
    return edit


def _without(*points):
    return lambda rows: [row for row in rows if row["point_no"] not in
                         {str(point) for point in points}]


def _survey_case(name, edit, error, hazard="EX-HA-0001", kind="survey table", **extra):
    case(name, kind, "hazardpolygonsfromsurvey",
         lambda ws: _survey_table(ws, hazard, edit, **extra), error)


_survey_case("survey bearing is text", _at(3, bearing="north-east"),
             ("EX-HA-0001", "point 3", "'bearing'", "north-east"))
_survey_case("survey bearing of 400 degrees", _at(3, bearing="400"),
             ("EX-HA-0001", "point 3", "'bearing'", "400"))
_survey_case("survey bearing of 6500 NATO mils", _at(3, bearing="6500", bearing_unit="mil_nato"),
             ("EX-HA-0001", "point 3", "'bearing'", "6500"))
_survey_case("survey bearing is negative", _at(4, bearing="-20"),
             ("EX-HA-0001", "point 4", "'bearing'", "-20", "out of range"))
_survey_case("survey bearing written in degrees and minutes", _at(5, bearing="73°75'"),
             ("EX-HA-0001", "point 5", "'bearing'", "73°75'", "not a number"))
_survey_case("survey bearing unit is unknown", _at(3, bearing_unit="degrees"),
             ("EX-HA-0001", "point 3", "degrees", "unit"))
_survey_case("survey north reference is unknown", _at(3, north_reference="compass"),
             ("EX-HA-0001", "point 3", "north_reference", "compass"))
_survey_case("survey table has no benchmark", _without(0),
             ("EX-HA-0001", "'point_type'", "no benchmark"))
_survey_case("survey table has two benchmarks",
             lambda rows: rows + [dict(rows[0], point_no="22")],
             ("EX-HA-0001", "point 22", "more than one benchmark"))
_survey_case("survey leg of 1e12 m", _at(3, distance_m="1e12"),
             ("EX-HA-0001", "point 3", "'distance_m'"))
_survey_case("survey leg longer than the programme's longest leg", _at(3, distance_m="2500"),
             ("EX-HA-0001", "point 3", "'distance_m'", "2,000 m"))
_survey_case("survey leg of zero metres", _at(3, distance_m="0"),
             ("EX-HA-0001", "point 3", "'distance_m'", "more than 0"))
_survey_case("survey leg of negative metres", _at(3, distance_m="-40.3"),
             ("EX-HA-0001", "point 3", "'distance_m'", "-40.3"))
_survey_case("survey distance is text", _at(3, distance_m="forty"),
             ("EX-HA-0001", "point 3", "'distance_m'", "forty"))
_survey_case("survey distance is missing", _at(3, distance_m=""),
             ("EX-HA-0001", "point 3", "'distance_m'", "missing"))
_survey_case("survey slope of 95 degrees", _at(3, slope_deg="95"),
             ("EX-HA-0001", "point 3", "'slope_deg'", "95"))
_survey_case("survey benchmark MGRS in the wrong band",
             _at(0, coord_entered="12C XA 56470 45022"),
             ("EX-HA-0003", "point 0", "12C XA 56470 45022", "band"), hazard="EX-HA-0003")
_survey_case("survey benchmark MGRS square not used in its zone",
             _at(0, coord_entered="12U AA 56470 45022"),
             ("EX-HA-0003", "point 0", "12U AA 56470 45022", "square column letter A"),
             hazard="EX-HA-0003")
_survey_case("survey benchmark MGRS zone 61", _at(0, coord_entered="61U XA 56470 45022"),
             ("EX-HA-0003", "point 0", "61U XA", "zone 61"), hazard="EX-HA-0003")
_survey_case("survey benchmark MGRS with uneven digits",
             _at(0, coord_entered="12U XA 5647 45022"),
             ("EX-HA-0003", "point 0", "12U XA 5647 45022", "digits"), hazard="EX-HA-0003")
_survey_case("survey benchmark UTM easting out of range",
             _at(0, coord_entered="12U 58973 5548526"),
             ("EX-HA-0002", "point 0", "12U 58973 5548526", "easting"), hazard="EX-HA-0002")
_survey_case("survey benchmark UTM zone 0", _at(0, coord_entered="0U 658973 5548526"),
             ("EX-HA-0002", "point 0", "0U 658973 5548526"), hazard="EX-HA-0002")
_survey_case("survey benchmark is unreadable", _at(0, coord_entered="near the big tree"),
             ("EX-HA-0001", "point 0", "near the big tree"))
_survey_case("survey benchmark is missing", _at(0, coord_entered=""),
             ("EX-HA-0001", "point 0", "missing"))
_survey_case("survey benchmark latitude and longitude swapped",
             _at(0, coord_entered="-108.834520, 50.064265"),
             ("EX-HA-0001", "point 0", "latitude -108.83452"), kind="coordinates")
_survey_case("survey benchmark UTM numbers without zone",
             _at(0, coord_entered="658973 5548526"),
             ("EX-HA-0002", "point 0", "658973 5548526", "UTM zone"), hazard="EX-HA-0002",
             kind="coordinates")
_survey_case("survey dates that disagree", _at(7, survey_date="2013-05-15"),
             ("EX-HA-0001", "point 7", "'survey_date'", "2013-05-15"))
_survey_case("survey date is not a date", _at(4, survey_date="14/05/2013"),
             ("EX-HA-0001", "point 4", "'survey_date'", "14/05/2013"))
_survey_case("survey declinations that disagree",
             lambda rows: _at(4, declination_deg="12.0")(_at(3, declination_deg="11.0")(rows)),
             ("EX-HA-0001", "point 4", "'declination_deg'"))
_survey_case("survey from-point is missing", _at(5, from_point=""),
             ("EX-HA-0001", "point 5", "'from_point'"))
_survey_case("survey from-point is a later point", _at(5, from_point="9"),
             ("EX-HA-0001", "point 5", "'from_point'", "9"))
_survey_case("survey point number used twice", _at(6, point_no="5"),
             ("EX-HA-0001", "point 5", "'point_no'"))
_survey_case("survey point number is not a whole number", _at(6, point_no="6.5"),
             ("EX-HA-0001", "'point_no'", "6.5"))
_survey_case("survey point type is unknown", _at(6, point_type="corner"),
             ("EX-HA-0001", "point 6", "'point_type'", "corner"))
_survey_case("survey point type is missing", _at(6, point_type=""),
             ("EX-HA-0001", "point 6", "'point_type'", "missing"))
_survey_case("survey hazard ID is missing", lambda rows: [dict(r, hazard_id="") for r in rows],
             ("'hazard_id'", "missing"))
_survey_case("survey end point is not the last point", _at(12, point_type="end"),
             ("EX-HA-0001", "point 12", "'point_type'", "end point"))
_survey_case("survey without end point, told the end re-observes the start", _without(21),
             ("EX-HA-0001", "no end point"), CLOSING=1)
_survey_case("survey asked to adjust without a tolerance", None, ("tolerance",),
             MAX_MISCLOSURE=0, MIN_PRECISION=0, ADJUST=True)
case("survey table without a point_type column", "survey table", "hazardpolygonsfromsurvey",
     lambda ws: dict(_survey_table(ws), INPUT=ws.rows(
         "survey.csv", [{k: v for k, v in r.items() if k != "point_type"}
                        for r in _survey_rows("EX-HA-0001")])),
     ("point_type", "no column"))
case("survey table where every hazard fails", "survey table", "hazardpolygonsfromsurvey",
     lambda ws: dict(_survey_table(ws), INPUT=ws.rows("survey.csv", _at(3, bearing="x")(
         _survey_rows("EX-HA-0001")) + _at(0, coord_entered="12C XA 56470 45022")(
         _survey_rows("EX-HA-0003")))),
     ("None of the 2 hazards could be computed", "EX-HA-0001", "point 3"))
case("survey table with one bad hazard computes the others", "survey table",
     "hazardpolygonsfromsurvey",
     lambda ws: dict(_survey_table(ws), INPUT=ws.rows("survey.csv", [
         dict(r, distance_m="1e12") if r["hazard_id"] == "EX-HA-0004" and r["point_no"] == "3"
         else r for r in _sample_rows("survey_points.csv")])),
     check=lambda ws, r, t: (r["COMPUTED"] == 6 and r["FAILED"] == 1
                             and _contains(t, "Hazard EX-HA-0004, field 'distance_m': Point 3")))
case("survey benchmark with a swapped sign is named as distant", "coordinates",
     "hazardpolygonsfromsurvey",
     lambda ws: dict(_survey_table(ws), INPUT=ws.rows("survey.csv", [
         dict(r, coord_entered="-50.064265, -108.834520")
         if r["hazard_id"] == "EX-HA-0001" and r["point_no"] == "0"
         else r for r in _sample_rows("survey_points.csv")])),
     check=lambda ws, r, t: _contains(t, "Hazard EX-HA-0001", "other hazards' benchmarks",
                                      "MGRS band"))

# -- coordinates of imported records
_UTM_POLYGON = "POLYGON ((658973 5548526, 659073 5548526, 659073 5548626, 658973 5548526))"
_LONLAT_POLYGON = ("POLYGON ((-108.80 50.05, -108.79 50.05, -108.79 50.06, "
                   "-108.80 50.05))")
_SWAPPED_POLYGON = "POLYGON ((50.05 -108.80, 50.05 -108.79, 50.06 -108.79, 50.05 -108.80))"


def _hazard_rows(**values):
    """One new hazard record (a hazards.csv row with a new ID)."""
    row = dict(_sample_rows("hazards.csv")[0], hazard_id="EX-HA-0901",
               name="Tallow Creek north bank", wkt=_LONLAT_POLYGON)
    row.update(values)
    return [row]


def _import(ws, table, rows, name="records.csv", encoding="utf-8", **extra):
    parameters = {"INPUT": ws.rows(name, rows, encoding), "DATABASE": ws.db, "TABLE": table}
    parameters.update(extra)
    return parameters


def _import_case(name, kind, table, rows, error=(), check=None, **extra):
    case(name, kind, "importrecords",
         lambda ws: _import(ws, table, rows() if callable(rows) else rows, **extra),
         error, check=check)


_import_case("import UTM metres without a CRS", "coordinates", "hazards",
             lambda: _hazard_rows(wkt=_UTM_POLYGON),
             ("records.csv", "Row 1", "no coordinate reference system", "UTM metres"))
_import_case("import UTM metres said to be WGS 84", "coordinates", "hazards",
             lambda: _hazard_rows(wkt=_UTM_POLYGON),
             ("records.csv", "Row 1", "UTM metres", "EPSG:326"), SOURCE_CRS="EPSG:4326")
_import_case("import latitude and longitude swapped", "coordinates", "hazards",
             lambda: _hazard_rows(wkt=_SWAPPED_POLYGON),
             ("Row 1", "wrong order"), SOURCE_CRS="EPSG:4326")
_import_case("import degrees said to be UTM", "coordinates", "hazards", _hazard_rows,
             ("Row 1", "EPSG:32612", "degrees"), SOURCE_CRS="EPSG:32612")
_import_case("import UTM metres with their UTM CRS", "coordinates", "hazards",
             lambda: _hazard_rows(wkt=_UTM_POLYGON), SOURCE_CRS="EPSG:32612",
             check=lambda ws, r, t: r["COUNT"] == 1)
case("import a shapefile without .prj", "coordinates", "importrecords",
     lambda ws: {"INPUT": _shapefile_without_prj(ws, "sites", _utm_sites()),
                 "DATABASE": ws.db, "TABLE": "site_points"},
     ("sites.shp", "Row 1", "no coordinate reference system", "UTM metres"))
case("import a shapefile without .prj, its CRS given", "coordinates", "importrecords",
     lambda ws: {"INPUT": _shapefile_without_prj(ws, "sites", _utm_sites()),
                 "DATABASE": ws.db, "TABLE": "site_points", "SOURCE_CRS": "EPSG:32612"},
     check=lambda ws, r, t: r["COUNT"] == 2)
case("import a hazards shapefile with its column names cut to 10 letters", "import columns",
     "importrecords",
     lambda ws: {"INPUT": _shapefile_without_prj(ws, "hazards", _hazard_rows()),
                 "DATABASE": ws.db, "TABLE": "hazards", "SOURCE_CRS": "EPSG:4326"},
     ("hazards.shp", "'hazard_class'", "'hazard_cla'", "rename"))
case("import geometries from a layer without CRS", "coordinates", "importrecords",
     lambda ws: {"INPUT": ws.rows("records.csv", _hazard_rows(wkt="")), "DATABASE": ws.db,
                 "TABLE": "hazards", "SOURCE_CRS": "EPSG:4326",
                 "GEOMETRIES": _shapefile_without_prj(
                     ws, "polygons", _hazard_rows(wkt=_UTM_POLYGON))},
     ("polygons", "no CRS"))

# -- import columns
_import_case("import with date_of_information misspelt", "import columns", "hazards",
             lambda: [{("date_of_infromation" if k == "date_of_information" else k): v
                       for k, v in r.items()} for r in _hazard_rows()],
             ("records.csv", "'date_of_information'", "'date_of_infromation'", "rename"),
             SOURCE_CRS="EPSG:4326")
_import_case("import with an unknown column", "import columns", "hazards",
             lambda: [dict(r, remraks="checked twice") for r in _hazard_rows()],
             SOURCE_CRS="EPSG:4326",
             check=lambda ws, r, t: _contains(t, "'remraks'", "did you mean 'remarks'"))
_import_case("import without the key column", "import columns", "hazards",
             lambda: [{k: v for k, v in r.items() if k != "hazard_id"} for r in _hazard_rows()],
             ("records.csv", "'hazard_id'"), SOURCE_CRS="EPSG:4326")
_import_case("import finds without quantity", "import columns", "eo_finds",
             lambda: [{k: v for k, v in r.items() if k != "quantity"}
                      for r in _sample_rows("eo_finds.csv")[:1]],
             ("'quantity'",), SOURCE_CRS="EPSG:4326")
_import_case("import activities without end_date", "import columns", "land_release_activities",
             lambda: [{k: v for k, v in r.items() if k != "end_date"}
                      for r in _new_activity()],
             ("'end_date'",), SOURCE_CRS="EPSG:4326")
_import_case("import a header-only file", "import columns", "hazards",
             lambda: [dict.fromkeys(_hazard_rows()[0])], ("Row 1",),
             SOURCE_CRS="EPSG:4326")

# -- import values
_import_case("import an unknown hazard class", "import values", "hazards",
             lambda: _hazard_rows(hazard_class="XHA"),
             ("Row 1", "'hazard_class'", "'XHA'", "CHA"), SOURCE_CRS="EPSG:4326")
_import_case("import an empty required value", "import values", "hazards",
             lambda: _hazard_rows() + _hazard_rows(hazard_id="EX-HA-0902", status=""),
             ("Row 2", "'status'", "required"), SOURCE_CRS="EPSG:4326")
_import_case("import a date written day first", "import values", "hazards",
             lambda: _hazard_rows(date_of_information="14/05/2013"),
             ("Row 1", "'date_of_information'", "'14/05/2013'", "YYYY-MM-DD"),
             SOURCE_CRS="EPSG:4326")
_import_case("import a date in the future", "import values", "hazards",
             lambda: _hazard_rows(date_of_information="2099-05-14"),
             ("Row 1", "'date_of_information'", "2099-05-14", "future"), SOURCE_CRS="EPSG:4326")
_import_case("import a negative depth", "import values", "hazards",
             lambda: _hazard_rows(depth_cm="-13"),
             ("Row 1", "'depth_cm'", "-13"), SOURCE_CRS="EPSG:4326")
_import_case("import a depth that is text", "import values", "hazards",
             lambda: _hazard_rows(depth_cm="deep"),
             ("Row 1", "'depth_cm'", "'deep'"), SOURCE_CRS="EPSG:4326")
_import_case("import an activity that ends before it starts", "import values",
             "land_release_activities",
             lambda: _new_activity(start_date="2021-05-02", end_date="2021-05-01"),
             ("Row 1", "'end_date'"), SOURCE_CRS="EPSG:4326")
_import_case("import a find quantity that is text", "import values", "eo_finds",
             lambda: [dict(r, find_id="EX-EO-0901", quantity="two")
                      for r in _sample_rows("eo_finds.csv")[:1]],
             ("Row 1", "'quantity'", "'two'"), SOURCE_CRS="EPSG:4326")
_import_case("import a survey bearing of 6500 NATO mils", "import values", "survey_points",
             lambda: [dict(r, hazard_id="EX-HA-0901", bearing="6500", bearing_unit="mil_nato")
                      for r in _survey_rows("EX-HA-0001")[:3]],
             ("Row 1", "'bearing'", "6500", "full circle"))
_import_case("import a survey bearing of 380 degrees", "import values", "survey_points",
             lambda: [dict(r, hazard_id="EX-HA-0901", bearing="380")
                      for r in _survey_rows("EX-HA-0001")[:3]],
             ("Row 1", "'bearing'", "380", "full circle"))
_import_case("import a survey bearing of 380 grads", "import values", "survey_points",
             lambda: [dict(r, hazard_id="EX-HA-0901", bearing="380", bearing_unit="grad")
                      for r in _survey_rows("EX-HA-0001")[:3]],
             check=lambda ws, r, t: r["COUNT"] == 3)
_import_case("import duplicate IDs", "import values", "hazards",
             lambda: _hazard_rows() + _hazard_rows(name="copy"),
             ("Row 2", "'hazard_id'", "EX-HA-0901", "row 1"), SOURCE_CRS="EPSG:4326")
_import_case("import survey points repeated", "import values", "survey_points",
             lambda: [dict(r, hazard_id="EX-HA-0901") for r in _survey_rows("EX-HA-0001")[:3]]
             + [dict(_survey_rows("EX-HA-0001")[1], hazard_id="EX-HA-0901")],
             ("Row 4", "row 2"))
case("import re-imports the sample hazards", "import values", "importrecords",
     lambda ws: {"INPUT": ws.sample("hazards.csv"), "DATABASE": ws.db, "TABLE": "hazards",
                 "SOURCE_CRS": "EPSG:4326"},
     ("hazards.csv", "Row 1", "'EX-HA-0001'", "imported before"))
case("import a table of the database into itself", "import values", "importrecords",
     lambda ws: {"INPUT": layer_of(ws.db, "eo_finds"), "DATABASE": ws.db, "TABLE": "eo_finds"},
     ("Row 1", "already in table eo_finds"))


# -- field mapping profiles (docs/field-mapping.md)
def _export(ws, output, **extra):
    return dict({"DATABASE": ws.db, "TABLE": "hazards", "BUNDLED_PROFILE": "imsma_core",
                 "OUTPUT": output}, **extra)


def _exported_every_hazard(ws, name):
    with sqlite3.connect(ws.db) as connection:
        stored = connection.execute("SELECT count(*) FROM hazards").fetchone()[0]
    _layer_count(ws.file(name), stored)


case("export records OUTPUT is the database", "output clobbers input", "exportrecords",
     lambda ws: _export(ws, ws.db), ("mine action database",))
case("export records is written whole", "output clobbers input", "exportrecords",
     lambda ws: _export(ws, ws.output("imsma_hazards.gpkg")),
     check=lambda ws, r, t: _exported_every_hazard(ws, "imsma_hazards.gpkg"))
case("export records to a shapefile with 31-character names", "output clobbers input",
     "exportrecords", lambda ws: _export(ws, ws.output("imsma_hazards.shp")),
     ("at most 10 characters", "hazard_localid"))
case("export records without a profile", "import columns", "exportrecords",
     lambda ws: _export(ws, ws.output("hazards.gpkg"), BUNDLED_PROFILE=None),
     ("Give the field mapping profile",))
case("import through a profile that is not JSON", "import columns", "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("eo_finds.csv")), "DATABASE": ws.db,
                 "TABLE": "eo_finds", "PROFILE": ws.write("mine.json", "{not json")},
     ("mine.json", "not valid JSON"))
case("import through a profile for other tables", "import columns", "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("eo_finds.csv")), "DATABASE": ws.db,
                 "TABLE": "eo_finds", "BUNDLED_PROFILE": "imsma_core"},
     ("IMSMA Core-style", "no mapping for table eo_finds"))
case("import through a profile the records do not fit", "import columns", "importrecords",
     lambda ws: {"INPUT": wkt_csv_uri(ws.sample("land_release_activities.csv")),
                 "DATABASE": ws.db, "TABLE": "land_release_activities",
                 "BUNDLED_PROFILE": "imsma_core"},
     ("Nothing was imported", "'imsma_id'", "do not have"))
_import_case("import Latin-1 text without ENCODING", "import values", "hazards",
             lambda: _hazard_rows(name="Rivière Sèche"), encoding="latin-1",
             SOURCE_CRS="EPSG:4326",
             check=lambda ws, r, t: (_contains(t, "not UTF-8", "windows-1252")
                                     and _value(ws, "hazards", "EX-HA-0901", "name")
                                     == "Rivière Sèche"))
_import_case("import Latin-1 text with its ENCODING", "import values", "hazards",
             lambda: _hazard_rows(name="Rivière Sèche"), encoding="latin-1",
             SOURCE_CRS="EPSG:4326", ENCODING="ISO-8859-1",
             check=lambda ws, r, t: (not _contains_any(t, "not UTF-8")
                                     and _value(ws, "hazards", "EX-HA-0901", "name")
                                     == "Rivière Sèche"))
_import_case("import Latin-1 text said to be UTF-8", "import values", "hazards",
             lambda: _hazard_rows(name="Rivière Sèche"), encoding="latin-1",
             SOURCE_CRS="EPSG:4326", ENCODING="UTF-8",
             error=("records.csv", "not UTF-8 text", "line 2"))
_import_case("import with an unknown ENCODING name", "import values", "hazards",
             _hazard_rows, ("'latin-9000'", "not a text encoding"), SOURCE_CRS="EPSG:4326",
             ENCODING="latin-9000")
_import_case("import UTF-8 with a byte order mark", "import values", "hazards",
             _hazard_rows, encoding="utf-8-sig", SOURCE_CRS="EPSG:4326",
             check=lambda ws, r, t: r["COUNT"] == 1)
_import_case("import malformed WKT", "import values", "hazards",
             lambda: _hazard_rows() + _hazard_rows(hazard_id="EX-HA-0902",
                                                   wkt="POLYGON ((-108.8 50.05, -108.79"),
             ("Row 2", "'wkt'", "not a readable geometry"), SOURCE_CRS="EPSG:4326")
_import_case("import a point into the hazards table", "import values", "hazards",
             lambda: _hazard_rows(wkt="POINT (-108.8 50.05)"),
             ("Row 1", "Point", "hazards"), SOURCE_CRS="EPSG:4326")
_import_case("import a self-crossing polygon", "import values", "hazards",
             lambda: _hazard_rows(wkt="POLYGON ((-108.80 50.05, -108.79 50.06, -108.79 50.05, "
                                      "-108.80 50.06, -108.80 50.05))"),
             ("records.csv", "Row 1", "'wkt'", "not valid", "Self-intersection"),
             SOURCE_CRS="EPSG:4326")
_import_case("import a hazard without geometry", "import values", "hazards",
             lambda: _hazard_rows(wkt=""), ("Row 1", "no geometry"), SOURCE_CRS="EPSG:4326")
_import_case("import a find with an unknown EO category", "import values", "eo_finds",
             lambda: [dict(r, find_id="EX-EO-0901", eo_category="landmine")
                      for r in _sample_rows("eo_finds.csv")[:1]],
             ("Row 1", "'eo_category'", "'landmine'"), SOURCE_CRS="EPSG:4326")
_import_case("import a planned task date ahead is accepted", "import values", "tasks",
             lambda: [dict(r, task_id="EX-TK-0101", due_date="2099-01-01")
                      for r in _sample_rows("tasks.csv")[:1]],
             SOURCE_CRS="EPSG:4326", check=lambda ws, r, t: r["COUNT"] == 1)
case("import into a truncated database", "database file state", "importrecords",
     lambda ws: {"INPUT": ws.rows("records.csv", _hazard_rows()), "DATABASE": _truncated(ws),
                 "TABLE": "hazards", "SOURCE_CRS": "EPSG:4326"}, ("damaged",))

# -- land release
case("activity with an unknown outcome code", "land release", "computelandrelease",
     _release, ("EX-LR-0001", "outcome", "'swept'"),
     setup=lambda ws: _edit(ws, "land_release_activities", "activity_id", "EX-LR-0001",
                            outcome="swept"))
case("new activity with an unknown outcome is not written", "land release", "updatedatabase",
     lambda ws: {"DATABASE": ws.db}, ("EX-LR-0901", "outcome", "'swept'"),
     setup=lambda ws: _copy(ws, "land_release_activities", "activity_id", "EX-LR-0001",
                            activity_id="EX-LR-0901", outcome="swept"))
case("activity without outcome", "land release", "computelandrelease",
     _release, ("EX-LR-0003", "outcome", "empty"),
     setup=lambda ws: _edit(ws, "land_release_activities", "activity_id", "EX-LR-0003",
                            outcome=None))
case("activity with an unknown type", "land release", "computelandrelease",
     _release, ("EX-LR-0003", "activity_type", "'survey'"),
     setup=lambda ws: _edit(ws, "land_release_activities", "activity_id", "EX-LR-0003",
                            activity_type="survey"))
case("future-dated activity is flagged and not applied", "land release", "computelandrelease",
     _release, check=lambda ws, r, t: _future_flagged(r, "EX-LR-0009"),
     setup=lambda ws: _edit(ws, "land_release_activities", "activity_id", "EX-LR-0009",
                            end_date=datetime.date(2099, 6, 30)))
case("hazard without geometry", "land release", "computelandrelease",
     _release, ("EX-HA-0003", "no geometry"),
     setup=lambda ws: _edit(ws, "hazards", "hazard_id", "EX-HA-0003", geometry=None))
case("hazard without geometry is not written", "land release", "updatedatabase",
     lambda ws: {"DATABASE": ws.db}, ("EX-HA-0003", "no geometry"),
     setup=lambda ws: _edit(ws, "hazards", "hazard_id", "EX-HA-0003", geometry=None))
case("hazard without class", "land release", "computelandrelease",
     _release, ("EX-HA-0003", "hazard_class"),
     setup=lambda ws: _edit(ws, "hazards", "hazard_id", "EX-HA-0003", hazard_class=None))
case("empty activities leave every hazard as it is", "land release", "computelandrelease",
     _release, check=lambda ws, r, t: _count(r["REMAINING"]) == _count_rows(ws, "hazards"),
     setup=lambda ws: _delete_all(ws, "land_release_activities"))
case("hazards layer that is not a hazards table", "land release", "computelandrelease",
     lambda ws: _release(ws, HAZARDS=layer_of(ws.db, "tasks")),
     ("no field", "hazard_class"))
case("activities layer that is not an activities table", "land release", "computelandrelease",
     lambda ws: _release(ws, ACTIVITIES=layer_of(ws.db, "tasks")),
     ("no field activity_id",))
STATISTICS_SINKS = ("RELEASED", "REMAINING", "REMAINING_AS_OF", "EO", "CONSISTENCY",
                    "BENEFICIARIES", "TEAMS", "CASUALTIES")


def _sheet_count(path):
    from osgeo import ogr
    return ogr.Open(path).GetLayerCount()


def _statistics(ws, **extra):
    parameters = {"DATABASE": ws.db}
    parameters.update(_sinks(*STATISTICS_SINKS))
    parameters.update(extra)
    return parameters


case("statistics workbook is the database", "output clobbers input",
     "landreleasestatistics", lambda ws: _statistics(ws, WORKBOOK=ws.db), ("destroy",))
case("statistics workbook is written whole", "land release", "landreleasestatistics",
     lambda ws: _statistics(ws, WORKBOOK=ws.output("statistics.xlsx")),
     check=lambda ws, r, t: _sheet_count(ws.file("statistics.xlsx")) == len(STATISTICS_SINKS))
case("statistics period that ends before it starts", "land release",
     "landreleasestatistics",
     lambda ws: _statistics(ws, START="2024-01-01", END="2023-12-31"),
     ("2023-12-31", "before its start"))
case("statistics of a missing database", "database file state", "landreleasestatistics",
     lambda ws: _statistics(ws, DATABASE=ws.file("missing.gpkg")),
     ("missing.gpkg", "does not exist"))

# -- cartography
case("task linked to a missing hazard", "cartography", "exporttaskorders",
     lambda ws: _orders(ws), ("EX-TK-0003", "EX-HA-0999"),
     setup=lambda ws: _edit(ws, "tasks", "task_id", "EX-TK-0003", hazard_id="EX-HA-0999"))
case("task without geometry", "cartography", "exporttaskorders",
     lambda ws: _orders(ws), ("EX-TK-0002",),
     setup=lambda ws: _edit(ws, "tasks", "task_id", "EX-TK-0002", geometry=None))
case("task orders from a layer without task_id", "cartography", "exporttaskorders",
     lambda ws: _orders(ws, TASKS=layer_of(ws.db, "hazards")), ("'task_id'",))
case("task orders from a plain GeoPackage", "cartography", "exporttaskorders",
     lambda ws: _orders(ws, DATABASE=_plain_geopackage(ws)), ("not a mine action database",))
case("task orders into the database file", "output clobbers input", "exporttaskorders",
     lambda ws: _orders(ws, OUTPUT_FOLDER=ws.db), ("examplia.gpkg",))
case("task orders are written whole", "cartography", "exporttaskorders",
     lambda ws: _orders(ws, TASKS=_subset(ws, "tasks", "task_id = 'EX-TK-0001'")),
     check=lambda ws, r, t: r["COUNT"] == 1 and _is_pdf(r["FILES"].split(";")[0]))
case("apply styles to a layer that matches nothing", "cartography", "applystyles",
     lambda ws: {"LAYERS": [_plain_geopackage(ws) + "|layername=roads"]},
     check=lambda ws, r, t: _contains(t, "plain", "matches no mine action table"))
case("apply styles to the database's layers writes no file", "cartography", "applystyles",
     lambda ws: {"LAYERS": [layer_of(ws.db, "hazards"), layer_of(ws.db, "tasks")]},
     check=lambda ws, r, t: _contains(t, "styled as"))
case("national report PDF is the database", "output clobbers input", "exportnationalreport",
     lambda ws: {"DATABASE": ws.db, "YEAR": 2025, "OUTPUT": ws.db}, ("destroy",))
case("national report of a year before any record", "cartography", "exportnationalreport",
     lambda ws: {"DATABASE": ws.db, "YEAR": 2000, "OUTPUT": ws.output("report.pdf")},
     ("2000-12-31", "nothing to report for 2000"))
case("national report with the as-of date before the year", "cartography",
     "exportnationalreport",
     lambda ws: {"DATABASE": ws.db, "YEAR": 2025, "AS_OF": "2024-06-30",
                 "OUTPUT": ws.output("report.pdf")}, ("2024-06-30", "before the reporting year"))
case("national report of a foreign GeoPackage", "cartography", "exportnationalreport",
     lambda ws: {"DATABASE": _plain_geopackage(ws), "YEAR": 2025,
                 "OUTPUT": ws.output("report.pdf")}, ("plain.gpkg", "not a mine action database"))
case("overview of a foreign GeoPackage", "cartography", "exportoverview",
     lambda ws: {"DATABASE": _plain_geopackage(ws), "OUTPUT": ws.output("overview.pdf")},
     ("plain.gpkg", "not a mine action database"))
case("overview of a missing database", "cartography", "exportoverview",
     lambda ws: {"DATABASE": ws.file("missing.gpkg"), "OUTPUT": ws.output("overview.pdf")},
     ("missing.gpkg", "does not exist"))
case("overview of a database without any geometry", "cartography", "exportoverview",
     lambda ws: {"DATABASE": ws.db, "OUTPUT": ws.output("overview.pdf")},
     ("no hazard or activity with a geometry",),
     setup=lambda ws: (_delete_all(ws, "hazards"), _delete_all(ws, "land_release_activities")))
case("field forms of a foreign GeoPackage", "database file state", "exportfieldforms",
     lambda ws: {"DATABASE": _plain_geopackage(ws), "OUTPUT_FOLDER": ws.output("forms")},
     ("plain.gpkg", "not a mine action database"))
case("field forms of a missing database", "database file state", "exportfieldforms",
     lambda ws: {"DATABASE": ws.file("missing.gpkg"), "OUTPUT_FOLDER": ws.output("forms")},
     ("missing.gpkg", "does not exist"))
case("field forms into a file, not a folder", "file system", "exportfieldforms",
     lambda ws: {"DATABASE": ws.db,
                 "OUTPUT_FOLDER": os.path.join(ws.sample("hazards.csv"), "forms")},
     ("hazards.csv", "cannot be written"))
case("field forms of the sample programme are written whole", "file system",
     "exportfieldforms", lambda ws: {"DATABASE": ws.db, "OUTPUT_FOLDER": ws.file("forms")},
     check=lambda ws, r, t: r["COUNT"] == 3 and all(
         zipfile.is_zipfile(path) for path in r["FILES"].split(";")))
case("field submissions from a text file", "import columns", "importfieldsubmissions",
     lambda ws: {"INPUT": ws.sample("hazards.csv"), "DATABASE": ws.db, "OUTPUT": "memory:"},
     ("hazards.csv", "a KoBoToolbox XLSX, an ODK Central CSV zip"))
case("field submissions from a zip of another form", "import columns",
     "importfieldsubmissions",
     lambda ws: {"INPUT": _zip_of(ws, "other.zip", {"other_form.csv": "KEY\n"}),
                 "DATABASE": ws.db, "OUTPUT": "memory:"},
     ("mam_hazard_report.csv",))
case("field submissions into a missing database", "database file state",
     "importfieldsubmissions",
     lambda ws: {"INPUT": _field_export(ws, ("EX-HA-0001",)),
                 "DATABASE": ws.file("missing.gpkg"), "OUTPUT": "memory:"},
     ("missing.gpkg", "does not exist"))
case("field submissions of hazards already in the database are named", "import values",
     "importfieldsubmissions",
     lambda ws: {"INPUT": _field_export(ws, ("EX-HA-0001", "EX-HA-0002")),
                 "DATABASE": ws.db, "OUTPUT": "memory:"},
     check=lambda ws, r, t: r["REJECTED"] == 2 and r["ACCEPTED"] == 0 and _contains(
         t, "EX-HA-0001", "EX-HA-0002", "hazard_id"))
case("new field submissions go in beside a broken one", "import values",
     "importfieldsubmissions",
     lambda ws: {"INPUT": _field_export(ws, ("EX-HA-0001", "EX-HA-0003"), rename=True,
                                        broken=1),
                 "DATABASE": ws.db, "OUTPUT": "memory:"},
     check=lambda ws, r, t: r["REJECTED"] == 1 and r["ACCEPTED"] == 1 and _contains(
         t, "NEW-EX-HA-0003", "evidence"))
case("declination OUTPUT is its own input CSV", "output clobbers input", "declinationatpoints",
     lambda ws: {"INPUT": ws.sample("site_points.csv"), "DATE": "2024-01-01",
                 "OUTPUT": ws.file("site_points.csv")}, ("site_points.csv", "reads"))
case("declination at points of a layer without CRS", "coordinates", "declinationatpoints",
     lambda ws: {"INPUT": _shapefile_without_prj(ws, "sites", _utm_sites()),
                 "DATE": "2024-01-01", "OUTPUT": "memory:"}, ("sites", "no CRS"))
case("declination before any World Magnetic Model", "survey table", "declinationatpoints",
     lambda ws: {"INPUT": layer_of(ws.db, "site_points"), "DATE": "1990-01-01",
                 "OUTPUT": "memory:"},
     check=lambda ws, r, t: (_contains(t, "Feature 1:", "1990-01-01", "by hand") or all(
         f["mag_declination_deg"] is None or str(f["mag_declination_deg"]) == "NULL"
         for f in _layer(r["OUTPUT"]).getFeatures())))
case("survey table from polygons without the ID field", "survey table",
     "surveytablefrompolygons",
     lambda ws: {"INPUT": layer_of(ws.db, "hazards"), "ID_FIELD": "task_id",
                 "OUTPUT": "memory:"}, ("task_id",))
case("survey table from polygons OUTPUT is its benchmarks' GeoPackage",
     "output clobbers input", "surveytablefrompolygons",
     lambda ws: {"INPUT": layer_of(ws.db, "hazards"), "ID_FIELD": "hazard_id",
                 "BENCHMARKS": _plain_points(ws), "OUTPUT": ws.file("benchmarks.gpkg")},
     ("benchmarks.gpkg", "reads"))
case("survey table from the database's hazards", "survey table", "surveytablefrompolygons",
     lambda ws: {"INPUT": layer_of(ws.db, "hazards"), "ID_FIELD": "hazard_id",
                 "OUTPUT": ws.output("table.csv")},
     check=lambda ws, r, t: os.path.getsize(ws.file("table.csv")) > 0)

# -- more of the file system and the database file
case("survey OUTPUT inside a file, not a folder", "file system", "hazardpolygonsfromsurvey",
     lambda ws: _survey(ws, OUTPUT=ws.write("notes.txt", "x") + "/polygons.gpkg"),
     ("notes.txt",))
case("create database onto a text file", "file system", "createdatabase",
     lambda ws: {"OUTPUT": ws.write("notes.gpkg", "hazard list\n"), "OPEN": False},
     ("notes.gpkg", "already exists"))
case("open a damaged database", "database file state", "opendatabase",
     lambda ws: {"INPUT": _truncated(ws)}, ("truncated.gpkg", "damaged"))
case("open a missing database", "database file state", "opendatabase",
     lambda ws: {"INPUT": ws.file("missing.gpkg")}, ("missing.gpkg", "does not exist"))
case("upgrade a plain GeoPackage", "database file state", "upgradedatabase",
     lambda ws: {"DATABASE": _plain_geopackage(ws)}, ("not a mine action database",))
case("upgrade a text file", "database file state", "upgradedatabase",
     lambda ws: {"DATABASE": ws.write("notes.gpkg", "hazard list\n")}, ("damaged",))
case("import into a locked database", "database file state", "importrecords",
     lambda ws: {"INPUT": ws.rows("records.csv", _hazard_rows()), "DATABASE": ws.db,
                 "TABLE": "hazards", "SOURCE_CRS": "EPSG:4326"},
     ("locked by another program",), setup=lambda ws: _lock(ws))

# -- data quality: the check only reads, the repair writes a new layer
QUALITY_SINKS = ("PROBLEMS", "PROBLEM_AREAS", "SUMMARY")


def _no_loaded_database():
    """An empty project: no loaded database for the dialogs to default to."""
    from qgis.core import QgsProject
    QgsProject.instance().clear()


def _quality(ws, **extra):
    parameters = {"DATABASE": ws.db}
    parameters.update(_sinks(*QUALITY_SINKS))
    parameters.update(extra)
    return parameters


def _three_sample_problems(ws, results, text):
    """The sample's deliberate QA cases, then what the check tells the
    reviewer of the bundled field submissions the demo imports, still
    awaiting review (docs/quality.md): the drawn technical survey lies 60 m
    west of what remains of EX-HA-0001 (C01), the clearance of EX-HA-0005 is
    reported for 2024 when the hazard's record is of 2025 (D01), and three
    finds lie outside every hazard and activity (C02: the spot reports, as
    spot reports often do, and the clearance's find beside the lane)."""
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(ws.file("problems.gpkg"), "problems", "ogr")
    assert sorted((f["rule"], f["record_id"]) for f in layer.getFeatures()) == [
        ("C01", "EX-LR-0011"), ("C01", "EX-LR-0101"), ("C02", "EX-EO-0103"),
        ("C02", "EX-EO-0201"), ("C02", "EX-EO-0202"), ("D01", "EX-LR-0012"),
        ("D01", "EX-LR-0102"), ("S01", "EX-HA-0007")]


for _sink in QUALITY_SINKS:
    case("check database {} is the database".format(_sink), "output clobbers input",
         "checkdatabase", lambda ws, s=_sink: _quality(ws, **{s: ws.db}), ("destroy",))
case("check a damaged database", "database file state", "checkdatabase",
     lambda ws: _quality(ws, DATABASE=_truncated(ws)), ("truncated.gpkg", "damaged"))
case("check without a database", "database file state", "checkdatabase",
     lambda ws: _quality(ws, DATABASE=None), ("Give the mine action database",),
     setup=lambda ws: _no_loaded_database())
case("check the demo database", "database file state", "checkdatabase",
     lambda ws: _quality(ws, PROBLEMS=ws.output("problems.gpkg")),
     check=_three_sample_problems)
case("repair geometries OUTPUT is the database", "output clobbers input",
     "repairgeometries", lambda ws: {"INPUT": layer_of(ws.db, "hazards"), "OUTPUT": ws.db,
                                     "LOG": "memory:"}, ("destroy",))
case("repair the database's hazards into a new file", "output clobbers input",
     "repairgeometries", lambda ws: {"INPUT": layer_of(ws.db, "hazards"),
                                     "OUTPUT": ws.output("repaired.gpkg"), "LOG": "memory:"},
     check=lambda ws, r, t: _layer_count(ws.file("repaired.gpkg"),
                                          _count_rows(ws, "hazards")))


# ------------------------------------------------------------------ helpers
def _contains(text, *needles):
    for needle in needles:
        assert needle in text, "{!r} not in {}".format(needle, text)


def _contains_any(text, *needles):
    return any(needle in text for needle in needles)


def _sample_rows(name):
    with open(SAMPLE / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _new_activity(**values):
    row = dict(_sample_rows("land_release_activities.csv")[0], activity_id="EX-LR-0901")
    row.update(values)
    return [row]


def _shapefile_without_prj(ws, name, rows):
    """A shapefile of ``rows`` (their ``wkt`` as geometry, the rest as text
    fields) written by OGR, its .prj deleted, as a user receives one."""
    from osgeo import ogr
    path = ws.file(name + ".shp")
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    first = ogr.CreateGeometryFromWkt(rows[0]["wkt"])
    layer = dataset.CreateLayer(name, geom_type=first.GetGeometryType(),
                                options=["ENCODING=UTF-8"])
    names = [key for key in rows[0] if key != "wkt"]
    for key in names:
        layer.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, key in enumerate(names):  # by position: the driver cuts names
            feature.SetField(index, row[key])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(row["wkt"]))
        layer.CreateFeature(feature)
    dataset = None
    prj = ws.folder / (name + ".prj")
    if prj.exists():
        prj.unlink()
    return path


def _utm_sites():
    """Two site points in UTM zone 12 metres (sample rows, WKT replaced)."""
    rows = [{k: v for k, v in r.items() if k != "remarks"}
            for r in _sample_rows("site_points.csv")[:2]]
    for number, row in enumerate(rows):
        row["wkt"] = "POINT ({} 5548526)".format(658973 + 10 * number)
    return rows


def _copy(ws, table, key, value, **changes):
    """Add a copy of the row of ``table`` whose ``key`` is ``value``, changed."""
    from qgis.core import QgsFeature, QgsVectorLayer
    layer = QgsVectorLayer(layer_of(ws.db, table), table, "ogr")
    [original] = [f for f in layer.getFeatures() if f[key] == value]
    feature = QgsFeature(layer.fields())
    feature.setGeometry(original.geometry())
    for name in layer.fields().names():
        if name != "fid":
            feature[name] = original[name]
    feature["uuid"] = "{{{}}}".format(uuid.uuid4())
    for name, new in changes.items():
        feature[name] = new
    assert layer.dataProvider().addFeatures([feature])
    del layer


def _plain_points(ws):
    """benchmarks.gpkg: one benchmark point (a plain GeoPackage, WGS 84)."""
    from osgeo import ogr, osr
    path = ws.file("benchmarks.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("benchmarks", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("hazard_id", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("hazard_id", "EX-HA-0001")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (-108.834520 50.064265)"))
    layer.CreateFeature(feature)
    dataset = None
    return path


def _edit(ws, table, key, value, **changes):
    """Change the rows of ``table`` whose ``key`` is ``value`` through QGIS
    (``geometry=None`` empties the geometry): the GeoPackage's triggers need
    functions plain sqlite3 lacks."""
    from qgis.core import QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate
    layer = QgsVectorLayer(layer_of(ws.db, table), table, "ogr")
    fids = [feature.id() for feature in layer.getFeatures() if feature[key] == value]
    assert fids, (table, key, value)
    provider = layer.dataProvider()
    attributes = {}
    for name, new in changes.items():
        if name == "geometry":
            continue
        if isinstance(new, datetime.date):
            new = QDate(new.year, new.month, new.day)
        attributes[layer.fields().indexOf(name)] = new
    version = layer.fields().indexOf("row_version")  # a writer names the version it makes
    versions = {feature.id(): feature["row_version"] for feature in layer.getFeatures(fids)}
    from mine_action_mapper.store.features import change_features  # the row version order
    assert change_features(
        provider, {fid: {**attributes, version: versions[fid] + 1} for fid in fids},
        {fid: QgsGeometry() for fid in fids} if "geometry" in changes else {})
    del provider, layer


def _delete_all(ws, table):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(layer_of(ws.db, table), table, "ogr")
    assert layer.dataProvider().deleteFeatures([f.id() for f in layer.getFeatures()])
    del layer


def _value(ws, table, key, field):
    with sqlite3.connect(ws.db) as connection:
        return connection.execute('SELECT "{}" FROM "{}" WHERE "{}" = ?'.format(
            field, table, _KEYS[table]),
            (key,)).fetchone()[0]


_KEYS = {"hazards": "hazard_id", "tasks": "task_id", "eo_finds": "find_id",
         "land_release_activities": "activity_id"}


def _count_rows(ws, table):
    with sqlite3.connect(ws.db) as connection:
        return connection.execute('SELECT count(*) FROM "{}"'.format(table)).fetchone()[0]


def _layer(value):
    """A Processing result (a layer, or the id of one in the run's context)."""
    from qgis.core import QgsMapLayer, QgsVectorLayer
    return value if isinstance(value, QgsMapLayer) else QgsVectorLayer(value, "result", "ogr")


def _count(value):
    return _layer(value).featureCount()


def _future_flagged(results, activity_id):
    """The activity is in the QA output as future_date and not in the history."""
    qa = [f for f in _layer(results["QA"]).getFeatures()
          if f["activity_id"] == activity_id]
    assert [f["code"] for f in qa] == ["future_date"], [f.attributes() for f in qa]
    history = [f["activity_id"] for f in _layer(results["HISTORY"]).getFeatures()]
    assert activity_id not in history, history


def _orders(ws, **extra):
    parameters = {"TASKS": layer_of(ws.db, "tasks"), "DATABASE": ws.db,
                  "OUTPUT_FOLDER": ws.output("orders")}
    parameters.update(extra)
    return parameters


def _subset(ws, table, expression):
    return "{}|layername={}|subset={}".format(ws.db, table, expression)


def _is_pdf(path):
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def _layer_count(path, count):
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents")]
        if count is not None:
            assert connection.execute(
                'SELECT count(*) FROM "{}"'.format(tables[0])).fetchone()[0] == count
        else:
            assert "hazards" in tables and "schema_info" in tables


def _shapefile(path, count):
    from qgis.core import QgsVectorLayer
    for extension in (".shx", ".dbf", ".prj"):
        assert os.path.exists(os.path.splitext(path)[0] + extension)
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid() and layer.featureCount() == count


def _truncated(ws):
    target = ws.folder / "truncated.gpkg"
    data = Path(ws.db).read_bytes()
    target.write_bytes(data[:len(data) // 3])
    return str(target)


def _zip_of(ws, name, files):
    target = ws.file(name)
    with zipfile.ZipFile(target, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return target


def _field_export(ws, hazard_ids, rename=False, broken=None):
    """An ODK Central export of the sample surveys of ``hazard_ids`` (as new
    hazards with ``rename``; submission ``broken`` with an unknown evidence)."""
    from field_exports import odk_zip, surveys_from_table  # tests/fixtures
    surveys = surveys_from_table(_sample_rows("survey_points.csv"), hazard_ids)
    for number, survey in enumerate(surveys):
        if rename:
            survey["values"]["hazard_id"] = "NEW-" + survey["values"]["hazard_id"]
        if number == broken:
            survey["values"]["evidence"] = "rumour"
    return odk_zip(ws.file("odk.zip"), surveys)


def _plain_geopackage(ws):
    from osgeo import gdal, ogr
    target = ws.file("plain.gpkg")
    dataset = gdal.GetDriverByName("GPKG").Create(target, 0, 0, 0, gdal.GDT_Unknown)
    dataset.CreateLayer("roads", geom_type=ogr.wkbLineString)
    dataset = None
    return target


_LOCKS = []


def _lock(ws):
    connection = sqlite3.connect(ws.db, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    _LOCKS.append(connection)


def _release_locks():
    while _LOCKS:
        connection = _LOCKS.pop()
        connection.execute("ROLLBACK")
        connection.close()


# ------------------------------------------------------------------ running
def _hashes(folder, skip):
    hashes = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and str(path) not in skip:
            hashes[str(path.relative_to(folder))] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return hashes


class Recorder:
    """Feedback that keeps every line a user would read."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        lines = self.lines = []

        class Feedback(QgsProcessingFeedback):
            def reportError(self, error, fatalError=False):  # noqa: N802
                lines.append(error)

            def pushInfo(self, info):  # noqa: N802
                lines.append(info)

            def pushWarning(self, warning):  # noqa: N802
                lines.append(warning)

            def pushConsoleInfo(self, info):  # noqa: N802
                lines.append(info)

            def pushDebugInfo(self, info):  # noqa: N802
                lines.append(info)

        self.feedback = Feedback()


def run_case(item, ws):
    import processing
    from qgis.core import QgsProcessingException
    if item.setup is not None:
        item.setup(ws)
    parameters = item.parameters(ws)
    before = _hashes(ws.folder, set(ws.outputs))
    recorder = Recorder()
    error = None
    results = None
    try:
        results = processing.run("mineaction:" + item.algorithm, parameters,
                                 feedback=recorder.feedback)
    except QgsProcessingException as exception:
        error = str(exception)
    finally:
        _release_locks()
    text = "\n".join([error or ""] + recorder.lines)
    assert "Traceback" not in text, text
    if item.error:
        assert error is not None, "expected an error, the algorithm succeeded: " + text
        for needle in item.error:  # "Point 3" and "point 3" name the same point
            assert needle.lower() in text.lower(), "{!r} not in the message: {}".format(
                needle, text)
        for path in ws.outputs:
            assert not os.path.exists(path), "half-written output " + path
    else:
        assert error is None, text
        if item.check is not None:
            outcome = item.check(ws, results, text)
            # a check asserts, or returns a truth that is asserted here
            assert outcome is None or outcome, "check failed: " + text
    after = _hashes(ws.folder, set(ws.outputs))
    changed = [name for name in before if before[name] != after.get(name)]
    # an upgrade or an import changes its database on purpose; nothing else may
    if item.algorithm in WRITES_DATABASE and not item.error:
        changed = [name for name in changed if not name.endswith(".gpkg")]
    assert not changed, "inputs modified: {}".format(changed)
    leftovers = [str(p) for p in Path(ws.folder).rglob(".mam-partial-*")]
    assert not leftovers, leftovers
    return text


def _params():
    return [pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.xfail)]
                         if c.xfail else []) for c in CASES]


@pytest.mark.parametrize("item", _params())
def test_case(item, programme, provider, tmp_path):
    ws = Workspace(tmp_path, str(tmp_path / "examplia.gpkg"))
    shutil.copy(programme, ws.db)
    run_case(item, ws)


def test_kinds():
    assert {c.kind for c in CASES} <= set(KINDS)
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


def test_every_algorithm_has_cases():
    from mine_action_mapper.processing.registry import algorithm_classes
    covered = {c.algorithm for c in CASES}
    assert {cls.NAME for cls in algorithm_classes()} <= covered
    assert len(CASES) >= 110


def test_docs_table_is_current():
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START), text.index(TABLE_END)
    assert text[start + len(TABLE_START):end].strip() == markdown_table().strip(), \
        "run: python scripts/catalogue_table.py"


OUTCOMES = ("clear error", "accepted correctly", "known finding")
DOC = ROOT / "docs" / "data-safety.md"
TABLE_START = "<!-- catalogue table (scripts/catalogue_table.py) -->"
TABLE_END = "<!-- end of catalogue table -->"


def kind_table():
    """{kind: {outcome: n}} for the docs: a clear error, a correct result, or
    a known finding not fixed yet (an expected failure)."""
    table = {}
    for item in CASES:
        outcome = OUTCOMES[2] if item.xfail else OUTCOMES[0] if item.error else OUTCOMES[1]
        table.setdefault(item.kind, {}).setdefault(outcome, 0)
        table[item.kind][outcome] += 1
    return table


def markdown_table():
    """The kind x outcome table of docs/data-safety.md."""
    table = kind_table()
    lines = ["| kind | " + " | ".join(OUTCOMES) + " | cases |",
             "|---|" + "---:|" * (len(OUTCOMES) + 1)]
    totals = [0] * (len(OUTCOMES) + 1)
    for kind in KINDS:
        counts = [table.get(kind, {}).get(outcome, 0) for outcome in OUTCOMES]
        counts.append(sum(counts))
        totals = [a + b for a, b in zip(totals, counts)]
        lines.append("| {} | {} |".format(kind, " | ".join(str(n) for n in counts)))
    lines.append("| **all** | {} |".format(" | ".join("**{}**".format(n) for n in totals)))
    return "\n".join(lines) + "\n"
