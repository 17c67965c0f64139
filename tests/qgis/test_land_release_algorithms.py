"""Land release algorithms: Compute (outputs agree with the engine, inputs
untouched, lookup meanings) and Update (atomic, idempotent), and agreement of
the engine's areas with QGIS's own overlay algorithms."""

import csv
import datetime
import sqlite3
from pathlib import Path

import pytest
import shapely
from qgis.core import (QgsDistanceArea, QgsFeature, QgsGeometry, QgsProject,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QDate

from mine_action_mapper.core import geodesy
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.core.land_release import release_land
from mine_action_mapper.store import land_release_io as records
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value, read_records, to_shapely
from mine_action_mapper.store.importer import csv_layer, import_records
from mine_action_mapper.store.lookups import base_codes

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
D = datetime.date


def _sample_hazard_geometries():
    """Hazard land for the sample: a task's WKT where the task covers its whole
    hazard (or, for EX-HA-0002, its confirmed part), the digitised EX-HA-0008,
    and the surveyed polygon for the others (a hazard needs a geometry)."""
    import processing
    survey = processing.run("mineaction:hazardpolygonsfromsurvey", {
        "INPUT": csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False),
        "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"})
    shapes = {attributes["hazard_id"]: shape
              for _fid, attributes, shape in read_records(survey["OUTPUT"], ["hazard_id"])}
    with open(SAMPLE / "tasks.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            shapes[row["hazard_id"]] = shapely.from_wkt(row["wkt"])
    with open(SAMPLE / "hazards.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["wkt"]:
                shapes[row["hazard_id"]] = shapely.from_wkt(row["wkt"])
    return shapes


def _import(path, table, source, geometry_by_key=None):
    return import_records(source, open_layer(path, table), table,
                          open_layer(path, "lookups"), geometry_by_key)


@pytest.fixture()
def sample_db(database):
    _import(database, "hazards", csv_layer(str(SAMPLE / "hazards.csv"), True, "EPSG:4326"),
            _sample_hazard_geometries())
    _import(database, "land_release_activities",
            csv_layer(str(SAMPLE / "land_release_activities.csv"), True, "EPSG:4326"))
    return database


def _dump(path):
    """Every row of every table (geometry blobs included), for identity checks."""
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {table: sorted(connection.execute(
            'SELECT * FROM "{}"'.format(table)).fetchall(), key=repr)
            for table in tables}


def _run(algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters)


def _compute(path, tolerance=1.0, hazards=None, activities=None):
    hazards = hazards or open_layer(path, "hazards")
    activities = activities or open_layer(path, "land_release_activities")
    return _run("computelandrelease", {
        "HAZARDS": hazards, "ACTIVITIES": activities, "TOLERANCE": tolerance,
        "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
        "HISTORY": "memory:", "QA": "memory:"})


def _engine(path, tolerance=1.0):
    codes = base_codes(open_layer(path, "lookups"))
    inputs = records.read_hazards(open_layer(path, "hazards"), codes)
    activities, _ = records.read_activities(
        open_layer(path, "land_release_activities"), codes, family=inputs.family)
    return release_land(inputs.hazards, activities, tolerance_m2=tolerance)


def _rows(layer):
    return [{name: python_value(f[name]) for name in layer.fields().names()}
            for f in layer.getFeatures()]


def test_compute_outputs_match_the_engine_on_the_sample(backend, provider):
    """On each backend, the sample programme as the demo imports it."""
    sample_db = backend.database
    before = backend.dump()
    out = _compute(sample_db)
    result = _engine(sample_db)
    ledger = {row["hazard_id"]: row for row in _rows(out["LEDGER"])}
    assert set(ledger) == set(result.ledger)
    for hazard_id, row in result.ledger.items():
        got = ledger[hazard_id]
        for name in ("original_m2", "cancelled_m2", "reduced_ta_m2", "reduced_nta_m2",
                     "cleared_m2", "confirmed_m2", "remaining_sha_m2", "remaining_cha_m2"):
            assert got[name] == pytest.approx(getattr(row, name), abs=1e-6)
        # ledger sums: original = released + remaining
        assert got["original_m2"] == pytest.approx(
            got["released_m2"] + got["remaining_m2"], abs=0.01)
        assert got["status"] == row.status
    released = out["RELEASED"]
    assert released.featureCount() == len(result.released) > 0
    assert released.crs().authid() == "EPSG:4326"
    for feature, part in zip(released.getFeatures(), result.released):
        assert (feature["hazard_id"], feature["activity_id"], feature["outcome"],
                python_value(feature["release_date"])) == (
            part.hazard_id, part.activity_id, part.outcome, part.release_date)
        assert feature["area_m2"] == pytest.approx(part.area_m2)
        shape = to_shapely(feature.geometry())
        assert geodesy.area_m2(shape) == pytest.approx(part.area_m2, rel=1e-9)
    remaining = {(f["hazard_id"], f["hazard_class"]): f["area_m2"]
                 for f in out["REMAINING"].getFeatures()}
    assert remaining == pytest.approx({(p.hazard_id, p.hazard_class): p.area_m2
                                       for p in result.remaining})
    assert out["HISTORY"].featureCount() == len(result.history)
    qa = _rows(out["QA"])
    assert [(r["code"], r["hazard_id"], r["activity_id"]) for r in qa] == [
        (f.code, f.hazard_id, f.activity_id) for f in result.flags]
    codes = {r["code"] for r in qa}
    # activities of hazards without land here (EX-LR-0011 overlaps nothing)
    assert "activity_outside_hazards" in codes
    assert ("activity_outside_hazards", None, "EX-LR-0011") in {
        (r["code"], r["hazard_id"], r["activity_id"]) for r in qa}
    assert all(r["message"] for r in qa)
    # what the sample is built to show
    west, east = shapely.get_parts(_sample_hazard_geometries()["EX-HA-0008"])
    assert ledger["EX-HA-0008"]["reduced_ta_m2"] == pytest.approx(
        geodesy.area_m2(east), rel=1e-6)
    assert ledger["EX-HA-0008"]["remaining_sha_m2"] == pytest.approx(
        geodesy.area_m2(west), rel=1e-6)
    assert ledger["EX-HA-0005"]["cleared_m2"] > 0
    assert ledger["EX-HA-0002"]["confirmed_m2"] > 0
    assert backend.dump() == before  # inputs never modified


# ----------------------------------------------------------- hand-made cases
SQUARE = (30.0, 10.0, 30.004, 10.004)  # about 440 m x 440 m


def _box(minx, miny, maxx, maxy):
    return shapely.box(minx, miny, maxx, maxy)




def _hazard(hid, geometry, klass="SHA", day=D(2020, 1, 1), **kw):
    return dict(hazard_id=hid, hazard_class=klass, status="open",
                date_of_information=day, geometry=geometry, **kw)


def _activity(aid, kind, outcome, day, geometry, hid=None):
    return dict(activity_id=aid, activity_type=kind, outcome=outcome, end_date=day,
                hazard_id=hid, organisation="Examplia Demining Unit", geometry=geometry)


def _hazard_rows(path):
    return {row["hazard_id"]: row for row in _rows(open_layer(path, "hazards"))}


def _hazard_shapes(path):
    return {attributes["hazard_id"]: shape for _fid, attributes, shape in
            read_records(open_layer(path, "hazards"), ["hazard_id"])}


def _update(database, tolerance=1.0):
    """*Update mine action database* on a GeoPackage path or a PostGIS ref."""
    import backends  # tests/fixtures
    return _run("updatedatabase", dict(backends.parameters(database), TOLERANCE=tolerance))


def _dump_any(database):
    """Every row of every table, on either backend."""
    import backends  # tests/fixtures
    if getattr(database, "is_postgres", False):
        return backends.postgis_backend(database).dump()
    return backends.gpkg_backend(database).dump()


def test_update_splits_a_partly_confirmed_sha_and_is_idempotent(any_database, provider,
                                                             add_rows):
    database = any_database  # on each backend
    add_rows(database, "hazards", [_hazard("H1", _box(*SQUARE), name="North field",
                                       contamination="ap_mines")])
    add_rows(database, "land_release_activities", [
        _activity("A1", "nts", "cancelled", D(2021, 3, 1), _box(30.0, 10.0, 30.001, 10.004), "H1"),
        _activity("A2", "nts", "confirmed", D(2021, 3, 1), _box(30.003, 10.0, 30.004, 10.004), "H1"),
    ])
    before = _engine(database)  # what the replay says, before the update
    out = _update(database)
    assert (out["HAZARDS_UPDATED"], out["HAZARDS_ADDED"]) == (1, 1)
    assert out["HISTORY_ROWS"] == len(before.history) == 3  # cancel, status, confirm
    rows, shapes = _hazard_rows(database), _hazard_shapes(database)
    assert set(rows) == {"H1", "H1-CHA"}
    row = before.ledger["H1"]
    # the SHA record keeps the suspected part, the CHA record the confirmed one
    assert rows["H1"]["hazard_class"] == "SHA" and rows["H1-CHA"]["hazard_class"] == "CHA"
    assert rows["H1"]["area_m2"] == pytest.approx(row.remaining_sha_m2, abs=1e-6)
    assert rows["H1-CHA"]["area_m2"] == pytest.approx(row.remaining_cha_m2, abs=1e-6)
    assert geodesy.area_m2(shapes["H1"]) == pytest.approx(row.remaining_sha_m2, abs=1e-3)
    assert geodesy.area_m2(shapes["H1-CHA"]) == pytest.approx(row.remaining_cha_m2, abs=1e-3)
    assert rows["H1"]["status"] == rows["H1-CHA"]["status"] == "worked_on"
    assert rows["H1-CHA"]["name"] == "North field"
    assert rows["H1-CHA"]["parent_hazard_id"] == "H1" and rows["H1"]["parent_hazard_id"] is None
    assert rows["H1-CHA"]["original_area_m2"] == pytest.approx(row.remaining_cha_m2)
    assert rows["H1"]["date_of_information"] == QDate(2021, 3, 1)
    assert rows["H1"]["original_area_m2"] == pytest.approx(row.original_m2, abs=1e-3)
    history = _rows(open_layer(database, "release_history"))
    assert sorted((h["activity_id"], h["event"]) for h in history) == [
        ("A1", "released"), ("A1", "status_changed"), ("A2", "confirmed")]
    assert all(h["uuid"] and h["recorded_at"] for h in history)

    # reading the pair back gives the engine the same hazard: nothing to do
    state = _dump_any(database)
    again = _update(database)
    assert (again["HAZARDS_UPDATED"], again["HAZARDS_ADDED"], again["HISTORY_ROWS"]) == (0, 0, 0)
    assert _dump_any(database) == state

    # a later clearance linked to the CHA record acts on its hazard
    add_rows(database, "land_release_activities", [
        _activity("A3", "clearance", "cleared", D(2022, 5, 1),
                  _box(30.0035, 10.0, 30.004, 10.004), "H1-CHA")])
    third = _update(database)
    assert (third["HAZARDS_UPDATED"], third["HAZARDS_ADDED"]) == (2, 0)
    rows = _hazard_rows(database)
    cleared = [h for h in _rows(open_layer(database, "release_history"))
               if h["activity_id"] == "A3"]
    assert [(h["hazard_id"], h["event"], h["outcome"], h["from_class"]) for h in cleared] == [
        ("H1", "released", "cleared", "CHA")]
    assert rows["H1-CHA"]["area_m2"] == pytest.approx(
        row.remaining_cha_m2 - cleared[0]["area_m2"], abs=0.01)
    # the whole account still balances against the original hazard
    total = sum(h["area_m2"] for h in _rows(open_layer(database, "release_history"))
                if h["event"] == "released")
    assert rows["H1"]["area_m2"] + rows["H1-CHA"]["area_m2"] + total == pytest.approx(
        row.original_m2, abs=0.01)


def test_only_approved_activities_release_land(any_database, provider, add_rows):
    """A submitted clearance (an operator's, awaiting review) and a returned
    one release nothing, in Compute and in Update, until approved."""
    database = any_database  # on each backend
    add_rows(database, "hazards", [_hazard("H1", _box(*SQUARE), klass="CHA")])
    add_rows(database, "land_release_activities", [
        dict(_activity("A1", "clearance", "cleared", D(2021, 3, 1),
                       _box(30.0, 10.0, 30.002, 10.004), "H1"), review_status="submitted"),
        dict(_activity("A2", "clearance", "cleared", D(2021, 4, 1),
                       _box(30.002, 10.0, 30.003, 10.004), "H1"), review_status="returned")])
    import processing
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        said = []

        def pushWarning(self, text):  # noqa: N802
            self.said.append(text)

    feedback = Warnings()
    out = processing.run("mineaction:computelandrelease", {
        "HAZARDS": open_layer(database, "hazards"),
        "ACTIVITIES": open_layer(database, "land_release_activities"), "TOLERANCE": 1.0,
        "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
        "HISTORY": "memory:", "QA": "memory:"}, feedback=feedback)
    assert out["RELEASED"].featureCount() == 0
    assert any("2 activities await the national centre's review" in text and "A1, A2" in text
               for text in feedback.said), feedback.said
    assert _update(database)["HISTORY_ROWS"] == 0
    layer = open_layer(database, "land_release_activities")
    assert layer.startEditing()
    index = layer.fields().indexOf("review_status")
    for feature in layer.getFeatures("\"activity_id\" = 'A1'"):
        assert layer.changeAttributeValue(feature.id(), index, "approved")
    assert layer.commitChanges(), layer.commitErrors()
    released = _engine(database).ledger["H1"].cleared_m2
    assert released == pytest.approx(geodesy.area_m2(_box(30.0, 10.0, 30.002, 10.004)), rel=1e-9)
    assert _update(database)["HISTORY_ROWS"] >= 1
    history = _rows(open_layer(database, "release_history"))
    assert {h["activity_id"] for h in history} == {"A1"}


def test_update_of_the_sample_matches_compute_and_runs_once(sample_db, provider):
    out = _compute(sample_db)
    ledger = {row["hazard_id"]: row for row in _rows(out["LEDGER"])}
    result = _update(sample_db)
    assert result["HISTORY_ROWS"] == out["HISTORY"].featureCount() > 0
    rows = _hazard_rows(sample_db)
    for hazard_id, row in ledger.items():
        stored = rows[hazard_id]["area_m2"] or 0.0
        if hazard_id + "-CHA" in rows:
            stored += rows[hazard_id + "-CHA"]["area_m2"]
        assert stored == pytest.approx(row["remaining_m2"], abs=0.01), hazard_id
    # EX-HA-0002's land here is the part NTS confirmed: re-registered whole
    assert rows["EX-HA-0002-CHA"]["hazard_class"] == "CHA"
    assert rows["EX-HA-0002"]["status"] == "closed"
    state = _dump(sample_db)
    assert _update(sample_db)["HISTORY_ROWS"] == 0
    assert _dump(sample_db) == state


def test_update_is_atomic_when_a_write_fails_half_way(sample_db, provider):
    # a real database failure after the hazards are written: the history
    # table refuses inserts
    with sqlite3.connect(sample_db) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_history BEFORE INSERT ON release_history "
            "BEGIN SELECT RAISE(ABORT, 'history is read-only'); END")
    before = _dump(sample_db)
    from mine_action_mapper.store.land_release_update import plan_database_update
    plan, _layers = plan_database_update(sample_db)
    assert plan.hazards and plan.history  # hazards are written before history
    del _layers
    with pytest.raises(Exception) as error:
        _update(sample_db)
    assert "release_history" in str(error.value)
    assert _dump(sample_db) == before


def test_added_lookup_class_behaves_as_its_base_code(any_database, provider, add_rows):
    database = any_database  # on each backend
    add_rows(database, "lookups", [dict(vocabulary="hazard_class", code="DHA",
                                    label="Defined Hazardous Area", base_code="CHA",
                                    sort_order=5, active=True),
                               dict(vocabulary="release_outcome", code="area_cleared",
                                    label="Area cleared (national term)",
                                    base_code="cleared", sort_order=9, active=True)])
    add_rows(database, "hazards", [_hazard("H1", _box(*SQUARE), klass="DHA")])
    add_rows(database, "land_release_activities", [
        _activity("A1", "clearance", "area_cleared", D(2021, 3, 1),
                  _box(30.0, 10.0, 30.002, 10.004), "H1")])
    out = _compute(database)
    [part] = list(out["RELEASED"].getFeatures())
    assert (part["from_class"], part["outcome"]) == ("CHA", "cleared")
    [row] = _rows(out["LEDGER"])
    assert row["cleared_m2"] == pytest.approx(part["area_m2"]) and row["remaining_sha_m2"] == 0
    _update(database)
    rows = _hazard_rows(database)
    assert set(rows) == {"H1"} and rows["H1"]["hazard_class"] == "DHA"
    history = _rows(open_layer(database, "release_history"))
    assert {h["outcome"] for h in history if h["event"] == "released"} == {"area_cleared"}


def test_unknown_code_names_the_feature_and_field(any_database, provider, add_rows):
    database = any_database
    add_rows(database, "hazards", [_hazard("H1", _box(*SQUARE))])
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=activity_id:string"
                           "&field=activity_type:string&field=outcome:string"
                           "&field=end_date:date", "acts", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["A9", "clearance", "demined", QDate(2021, 1, 1)])
    feature.setGeometry(QgsGeometry.fromWkt(_box(*SQUARE).wkt))
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(MineActionError) as error:
        records.read_activities(layer, base_codes(open_layer(database, "lookups")))
    assert (error.value.feature, error.value.field) == ("A9", "outcome")
    assert "demined" in str(error.value)
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="A9"):
        _compute(database, activities=layer)


# ------------------------------------------------------------------ agreement
def _memory(geometry_type, features):
    layer = QgsVectorLayer(geometry_type + "?crs=EPSG:4326", "m", "memory")
    layer.dataProvider().addFeatures(features)
    return layer


def _qgis_area(layer):
    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    return sum(measure.measureArea(f.geometry()) for f in layer.getFeatures())


def test_released_and_remaining_agree_with_qgis_overlays(sample_db, provider):
    """Independent check with QGIS's own tools: per hazard, released land is
    the hazard intersected with the dissolved releasing activities that may act
    on it (linked to it or unlinked, not older than its record), remaining land
    the difference; areas by QgsDistanceArea on WGS84. Agree within 0.01 % of
    the hazard's area."""
    import processing
    ledger = {row["hazard_id"]: row for row in _rows(_compute(sample_db)["LEDGER"])}
    hazards = open_layer(sample_db, "hazards")
    activities = list(open_layer(sample_db, "land_release_activities").getFeatures())
    checked = []
    for hazard in hazards.getFeatures():
        if hazard.geometry().isEmpty():
            continue
        hazard_id, day = hazard["hazard_id"], hazard["date_of_information"]
        acting = []
        for feature in activities:
            link = python_value(feature["hazard_id"])
            if feature["outcome"] in ("cancelled", "reduced_ta", "reduced_nta", "cleared") \
                    and link in (None, hazard_id) and feature["end_date"] >= day:
                copy = QgsFeature()
                copy.setGeometry(feature.geometry())
                acting.append(copy)
        single = QgsFeature()
        single.setGeometry(hazard.geometry())
        hazard_layer = _memory("MultiPolygon", [single])
        original = _qgis_area(hazard_layer)
        if acting:
            dissolved = processing.run("native:dissolve", {
                "INPUT": _memory("MultiPolygon", acting), "OUTPUT": "memory:"})["OUTPUT"]
            released = _qgis_area(processing.run("native:intersection", {
                "INPUT": hazard_layer, "OVERLAY": dissolved, "OUTPUT": "memory:"})["OUTPUT"])
            remaining = _qgis_area(processing.run("native:difference", {
                "INPUT": hazard_layer, "OVERLAY": dissolved, "OUTPUT": "memory:"})["OUTPUT"])
        else:
            released, remaining = 0.0, original
        row = ledger[hazard_id]
        assert row["original_m2"] == pytest.approx(original, rel=1e-4), hazard_id
        # within 0.01 % of the hazard; slivers below the 1 m² tolerance that the
        # engine leaves unreleased by rule stay far below that
        assert row["released_m2"] == pytest.approx(released, abs=1e-4 * original), hazard_id
        assert row["remaining_m2"] == pytest.approx(remaining, abs=1e-4 * original), hazard_id
        checked.append((hazard_id, released, row["released_m2"], remaining,
                        row["remaining_m2"]))
    assert len(checked) == 8 and sum(c[1] for c in checked) > 0
    for line in checked:
        print("agreement %s released qgis %.2f engine %.2f remaining qgis %.2f engine %.2f"
              % line)
