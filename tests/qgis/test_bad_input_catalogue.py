"""The bad-input catalogue: what a careless or hurried user does, case by case.

Each case runs one algorithm through Processing, as the toolbox and
qgis_process do, on a fresh copy of the sample programme, and checks:

* the outcome is the expected one: a clear error whose message names what it
  must (file, table, row, hazard, field), or a correct result;
* no Python traceback reaches the user, whatever the input;
* every input file hashes the same afterwards (inputs are never modified);
* no half-written output is left (the output does not exist after an error,
  and no partial folder remains).

``KINDS`` groups the cases for the table in the closing note; ``test_kinds``
keeps every case in a known kind. The worst findings of the data-safety issue
are also reproduced through qgis_process in test_data_safety_qgis_process.py.
"""

import gzip
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
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


def _tables_unchanged_after_upgrade(ws, results, text):
    assert results["FROM_VERSION"] == 1 and results["TO_VERSION"] == 2


CASES = []


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
     check=lambda ws, r, t: r["FROM_VERSION"] == r["TO_VERSION"] == 2)
case("database locked by another program", "database file state", "updatedatabase",
     lambda ws: {"DATABASE": ws.db}, ("locked by another program",),
     setup=lambda ws: _lock(ws))

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


# ------------------------------------------------------------------ helpers
def _contains(text, *needles):
    for needle in needles:
        assert needle in text, "{!r} not in {}".format(needle, text)


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
        for needle in item.error:
            assert needle in text, "{!r} not in the message: {}".format(needle, text)
        for path in ws.outputs:
            assert not os.path.exists(path), "half-written output " + path
    else:
        assert error is None, text
        if item.check is not None:
            item.check(ws, results, text)
    after = _hashes(ws.folder, set(ws.outputs))
    changed = [name for name in before if before[name] != after.get(name)]
    # an upgrade changes its database on purpose; nothing else may change
    if item.algorithm == "upgradedatabase" and not item.error:
        changed = [name for name in changed if not name.endswith(".gpkg")]
    assert not changed, "inputs modified: {}".format(changed)
    leftovers = [str(p) for p in Path(ws.folder).rglob(".mam-partial-*")]
    assert not leftovers, leftovers
    return text


@pytest.mark.parametrize("item", CASES, ids=[c.name for c in CASES])
def test_case(item, programme, provider, tmp_path):
    ws = Workspace(tmp_path, str(tmp_path / "examplia.gpkg"))
    shutil.copy(programme, ws.db)
    run_case(item, ws)


def test_kinds():
    assert {c.kind for c in CASES} <= set(KINDS)
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


def kind_table():
    """{kind: {"clear error": n, "accepted correctly": n}} for the docs."""
    table = {}
    for item in CASES:
        outcome = "clear error" if item.error else "accepted correctly"
        table.setdefault(item.kind, {}).setdefault(outcome, 0)
        table[item.kind][outcome] += 1
    return table
