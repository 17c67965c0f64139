"""Check mine action database and Repair geometries on real GeoPackages:
each planted defect reported once under its rule, the sample's own
deliberate defects and nothing else on the clean sample, the database
never written, a broken geometry never stopping the check, and GEOS's
verdict agreeing with QGIS's native Check validity."""

import hashlib
import shutil
import sqlite3

import pytest
import shapely
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from mine_action_mapper.core.quality import check
from mine_action_mapper.core.quality.rules import RULES
from mine_action_mapper.store import quality_io
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import to_shapely
from quality_defects import plant  # tests/fixtures
from task_order_sample import build_sample_database  # tests/fixtures

#: the sample programme's own deliberate QA cases (docs/sample-data.md)
SAMPLE_FINDINGS = {("D01", "land_release_activities", "EX-LR-0012"),
                   ("C01", "land_release_activities", "EX-LR-0011"),
                   ("S01", "hazards", "EX-HA-0007")}
#: the polygon rules whose features GEOS (and so native:checkvalidity) calls invalid
GEOS_INVALID = ("G01", "G02", "G03", "G04", "G08")


@pytest.fixture(scope="module")
def sample(qgis_app, tmp_path_factory):
    return build_sample_database(str(tmp_path_factory.mktemp("sample") / "sample.gpkg"))


@pytest.fixture()
def clean(sample, tmp_path):
    path = str(tmp_path / "clean.gpkg")
    shutil.copy(sample, path)
    return path


@pytest.fixture()
def planted(clean, tmp_path):
    path = str(tmp_path / "planted.gpkg")
    shutil.copy(clean, path)
    return path, plant(path)


def _check(path):
    limits = quality_io.thresholds(path, 5000.0, 0.9, 1.0)
    return quality_io.check_database(path, limits)


def _found(problems):
    return {(p.code, p.table, p.record_id) for p in problems}


def _run(provider, algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters,
                          feedback=QgsProcessingFeedback())


def test_clean_sample_reports_only_its_deliberate_defects(clean):
    problems = _check(clean)
    assert sorted(_found(problems)) == sorted(SAMPLE_FINDINGS)
    assert len(problems) == len(SAMPLE_FINDINGS)


def test_after_a_database_update_applied_activities_are_not_reported(clean, provider):
    """Update mine action database makes each hazard the land that remains,
    dated by its latest activity: the activities it applied lie outside that
    land and before that date, and are no problem."""
    _run(provider, "updatedatabase", {"DATABASE": clean})
    assert quality_io.applied_activities(clean)  # the history records them
    assert sorted(_found(_check(clean))) == sorted(SAMPLE_FINDINGS)


def test_each_planted_defect_is_reported_exactly_once(planted):
    path, expected = planted
    problems = [p for p in _check(path)
                if (p.code, p.table, p.record_id) not in SAMPLE_FINDINGS]
    assert set(expected) == set(RULES)  # every rule has its planted defect
    by_rule = {}
    for problem in problems:
        by_rule.setdefault(problem.code, []).append((problem.table, problem.record_id))
    assert by_rule == {code: [where] for code, where in expected.items()}


def test_problems_are_located_at_the_defect(planted):
    path, _expected = planted
    problems = {p.code: p for p in _check(path)}
    # the bowtie's crossing, the repeated vertex, the long edge, the overlaps
    assert problems["G01"].location.equals_exact(shapely.Point(-109.2995, 50.2005), 1e-9)
    assert problems["G04"].location.equals_exact(shapely.Point(-109.269, 50.201), 1e-9)
    assert problems["G07"].location.geom_type == "LineString"
    assert problems["G08"].area().area == pytest.approx(0.0005 * 0.001, rel=1e-6)
    hazards = {f["hazard_id"]: to_shapely(f.geometry())
               for f in open_layer(path, "hazards").getFeatures()}
    overlap = hazards["HQ-C03"].intersection(hazards["EX-HA-0008"])
    assert problems["C03"].area().symmetric_difference(overlap).area < 1e-12


def _file_hash(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _rows(path):
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {table: sorted(connection.execute('SELECT * FROM "{}"'.format(table)),
                              key=repr) for table in tables}


def test_algorithm_outputs_and_never_writes_the_database(planted, provider, tmp_path):
    path, expected = planted
    before, rows = _file_hash(path), _rows(path)
    result = _run(provider, "checkdatabase", {
        "DATABASE": path, "PROBLEMS": str(tmp_path / "problems.gpkg"),
        "PROBLEM_AREAS": str(tmp_path / "areas.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg")})
    assert _file_hash(path) == before and _rows(path) == rows
    problems = QgsVectorLayer(result["PROBLEMS"], "problems", "ogr")
    assert problems.featureCount() == len(expected) + len(SAMPLE_FINDINGS)
    first = next(f for f in problems.getFeatures() if f["rule"] == "G01")
    assert first["record_id"] == "HQ-G01" and first["table_name"] == "hazards"
    assert first["severity"] == "must fix" and first["hint"]
    assert "crosses itself" in first["message"]
    assert first.geometry().asWkt(4) == "Point (-109.2995 50.2005)"
    areas = QgsVectorLayer(result["PROBLEM_AREAS"], "areas", "ogr")
    assert sorted(f["rule"] for f in areas.getFeatures()) == ["C01", "C01", "C03", "G03",
                                                              "G08"]
    summary = {f["rule"]: f["count"] for f in QgsVectorLayer(
        result["SUMMARY"], "summary", "ogr").getFeatures()}
    assert set(summary) == set(RULES)
    assert summary["D01"] == 2 and summary["G01"] == 1 and sum(summary.values()) == \
        problems.featureCount()


def test_a_corrupt_geometry_does_not_stop_the_check(planted):
    path, expected = planted
    with sqlite3.connect(path) as connection:  # a blob that is no GeoPackage geometry
        for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            connection.create_function(name, 1, lambda blob: 0)  # the rtree triggers'
        # naming the version, as any client must (a geometry alone is held)
        connection.execute("UPDATE hazards SET geom = X'47500003DEADBEEF', "
                           "row_version = row_version + 1 WHERE hazard_id = 'HQ-R02'")
        connection.execute("UPDATE land_release_activities SET geom = X'', "
                           "row_version = row_version + 1 WHERE activity_id = 'HQ-D02'")
    problems = _check(path)
    found = _found(problems)
    assert ("G06", "hazards", "HQ-R02") in found
    assert ("G06", "land_release_activities", "HQ-D02") in found
    for code, (table, record) in expected.items():
        assert (code, table, record) in found


def test_geos_verdict_agrees_with_native_check_validity(planted, qgis_processing):
    import processing
    path, _expected = planted
    problems = _check(path)
    ours = {p.record_id for p in problems if p.code in GEOS_INVALID and p.table == "hazards"}
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    # a Python algorithm until QGIS 3.x made it native
    name = "native:checkvalidity" if registry.algorithmById("native:checkvalidity") \
        else "qgis:checkvalidity"
    native = processing.run(name, {
        "INPUT_LAYER": open_layer(path, "hazards"), "METHOD": 2,
        "VALID_OUTPUT": "memory:", "INVALID_OUTPUT": "memory:", "ERROR_OUTPUT": "memory:"})
    theirs = {f["hazard_id"] for f in native["INVALID_OUTPUT"].getFeatures()}
    assert native["ERROR_OUTPUT"].featureCount() == len(theirs)  # GEOS: the first error each
    assert ours == theirs == {"HQ-G01", "HQ-G02", "HQ-G03", "HQ-G04", "HQ-G08"}


def test_repair_geometries_writes_a_new_layer_and_a_log(tmp_path, provider):
    source = QgsVectorLayer("MultiPolygon?crs=EPSG:32612&field=name:string", "in", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    features = []
    for name, text in (("clean", "MultiPolygon (((0 0, 10 0, 10 10, 0 10, 0 0)))"),
                       ("doubled", "MultiPolygon (((0 0, 10 0, 10 0, 10 10, 0 10, 0 0, 0 0)))"),
                       ("wrapped", "MultiPolygon (((0 0, 10 0, 10 10, 0 10, 0 0, 10 0, 0 0)))")):
        feature = QgsFeature(source.fields())
        feature["name"] = name
        feature.setGeometry(QgsGeometry.fromWkt(text))
        features.append(feature)
    source.dataProvider().addFeatures(features)
    before = [f.geometry().asWkt() for f in source.getFeatures()]
    result = _run(provider, "repairgeometries", {
        "INPUT": source, "OUTPUT": str(tmp_path / "repaired.gpkg"),
        "LOG": str(tmp_path / "log.gpkg")})
    assert [f.geometry().asWkt() for f in source.getFeatures()] == before
    repaired = {f["name"]: f.geometry() for f in QgsVectorLayer(
        result["OUTPUT"], "out", "ogr").getFeatures()}
    square = QgsGeometry.fromWkt("MultiPolygon (((0 0, 10 0, 10 10, 0 10, 0 0)))")
    assert all(geometry.equals(square) for geometry in repaired.values())
    assert repaired["doubled"].constGet().nCoordinates() == 5
    log = [(f["feature_id"], f["removed"], f.geometry().asWkt(0))
           for f in QgsVectorLayer(result["LOG"], "log", "ogr").getFeatures()]
    assert len(log) == 4
    assert {entry[2] for entry in log} == {"Point (10 0)", "Point (0 0)"}


#: planted defects a PostgreSQL server refuses (NOT NULL status, the CHECK on dates)
SERVER_REFUSES = {"HQ-R02", "HQ-D02"}


def _copy_into(path, ref):
    """Every row of the checked tables of GeoPackage ``path``, in fid order,
    into the PostGIS database ``ref`` (but the rows the server refuses)."""
    from qgis.core import QgsFeature
    for table in check.TABLES:
        if table == "lookups":
            continue  # seeded alike on creation
        source, target = open_layer(path, table), open_layer(ref, table)
        names = [name for name in source.fields().names() if name != "fid"]
        features = []
        for feature in source.getFeatures():
            if any(feature[key] in SERVER_REFUSES for key in ("hazard_id", "activity_id")
                   if key in names):
                continue
            copy = QgsFeature(target.fields())
            for name in names:
                copy[name] = feature[name]
            copy.setGeometry(feature.geometry())
            features.append(copy)
        ok, _added = target.dataProvider().addFeatures(features)
        assert ok, (table, target.dataProvider().lastError())


def test_a_postgis_database_gets_the_same_problems(planted, pg_database, provider, tmp_path):
    path, expected = planted
    _copy_into(path, pg_database)
    on_server = _found(_check(pg_database))
    in_file = {found for found in _found(_check(path)) if found[2] not in SERVER_REFUSES}
    assert on_server == in_file
    assert len(on_server) == len(expected) + len(SAMPLE_FINDINGS) - len(SERVER_REFUSES)
    result = _run(provider, "checkdatabase", {
        "CONNECTION": pg_database.conninfo, "SCHEMA": pg_database.schema,
        "PROBLEMS": str(tmp_path / "problems.gpkg"), "PROBLEM_AREAS": "memory:",
        "SUMMARY": "memory:"})
    problems = QgsVectorLayer(result["PROBLEMS"], "problems", "ogr")
    assert {(f["rule"], f["table_name"], f["record_id"])
            for f in problems.getFeatures()} == on_server
