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
                       QgsVectorLayer, QgsVectorLayerUtils)
from qgis.PyQt.QtCore import QDate

from mine_action_mapper.core import geodesy
from mine_action_mapper.core.i18n import MineActionError
from mine_action_mapper.core.land_release import release_land
from mine_action_mapper.store import land_release_records as records
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value, to_shapely
from mine_action_mapper.store.importer import csv_layer, import_records
from mine_action_mapper.store.lookups import base_codes

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
D = datetime.date


def _sample_hazard_geometries():
    """Hazard land for the sample: a task's WKT where the task covers its whole
    hazard (or, for EX-HA-0002, its confirmed part), and the digitised
    EX-HA-0008. Surveyed hazards without a task stay without geometry."""
    shapes = {}
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
    _import(database, "hazards", csv_layer(str(SAMPLE / "hazards.csv"), True),
            _sample_hazard_geometries())
    _import(database, "land_release_activities",
            csv_layer(str(SAMPLE / "land_release_activities.csv"), True))
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


def test_compute_outputs_match_the_engine_on_the_sample(sample_db, provider):
    before = _dump(sample_db)
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
    assert _dump(sample_db) == before  # inputs never modified
