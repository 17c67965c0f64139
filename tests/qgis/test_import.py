"""Importing field records: sample programme CSVs, validation, all-or-nothing,
into a GeoPackage and into a PostGIS schema (every test runs on both)."""

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from mine_action_mapper.core import geodesy
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import read_records
from mine_action_mapper.store.importer import csv_layer, import_records

import backends  # tests/fixtures

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture()
def database(any_database):
    """This module's database: an empty one on each backend."""
    return any_database


def _import(database, table, source):
    return import_records(source, open_layer(database, table), table,
                          open_layer(database, "lookups"))


def _csv_text(tmp_path, text):
    path = tmp_path / "records.csv"
    path.write_text(text, encoding="utf-8")
    return csv_layer(str(path), with_geometry="wkt" in text.splitlines()[0], crs="EPSG:4326")


def test_sample_programme_tables_import(database):
    for table in ("land_release_activities", "eo_finds", "tasks", "site_points",
                  "access_routes", "accidents"):
        source = csv_layer(str(SAMPLE / (table + ".csv")), with_geometry=True, crs="EPSG:4326")
        rows = source.featureCount()
        assert rows > 0
        assert _import(database, table, source) == rows
        assert open_layer(database, table).featureCount() == rows


def test_areas_are_ellipsoidal_and_dates_typed(database):
    source = csv_layer(str(SAMPLE / "land_release_activities.csv"), with_geometry=True,
                       crs="EPSG:4326")
    _import(database, "land_release_activities", source)
    layer = open_layer(database, "land_release_activities")
    for _fid, attributes, shape in read_records(layer, ["area_m2", "end_date"]):
        assert attributes["area_m2"] == pytest.approx(geodesy.area_m2(shape), rel=1e-9)
        assert attributes["end_date"].year >= 2015
    # an independent measure: QGIS's own ellipsoidal area
    from qgis.core import QgsDistanceArea, QgsProject
    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    for feature in layer.getFeatures():
        assert feature["area_m2"] == pytest.approx(
            measure.measureArea(feature.geometry()), rel=1e-4)


def test_unknown_code_names_row_and_field_and_writes_nothing(database, tmp_path):
    source = _csv_text(tmp_path, (
        "find_id,eo_category,quantity,find_date,wkt\n"
        "F-1,ap_mine,1,2024-01-02,POINT (-108.8 50.05)\n"
        "F-2,landmine,2,2024-01-02,POINT (-108.8 50.05)\n"))
    with pytest.raises(MineActionError) as error:
        _import(database, "eo_finds", source)
    assert "Row 2" in str(error.value) and "eo_category" in str(error.value)
    assert "landmine" in str(error.value)
    assert error.value.feature == 2 and error.value.field == "eo_category"
    assert open_layer(database, "eo_finds").featureCount() == 0


@pytest.mark.parametrize("row, field", [
    ("F-1,ap_mine,two,2024-01-02", "quantity"),
    ("F-1,ap_mine,1,02/01/2024", "find_date"),
    (",ap_mine,1,2024-01-02", "find_id"),
])
def test_bad_values_are_named(database, tmp_path, row, field):
    source = _csv_text(tmp_path, "find_id,eo_category,quantity,find_date,wkt\n"
                                 + row + ",POINT (-108.8 50.05)\n")
    with pytest.raises(MineActionError, match="Row 1, field '{}'".format(field)):
        _import(database, "eo_finds", source)


_TASK_WKT = '"POLYGON ((-108.80 50.05, -108.79 50.05, -108.79 50.06, -108.80 50.05))"'


def test_duplicate_ids_are_refused_within_and_across_imports(database, tmp_path):
    text = "task_id,task_type,status,wkt\nT-1,clearance,planned,{}\n".format(_TASK_WKT)
    assert _import(database, "tasks", _csv_text(tmp_path, text)) == 1
    with pytest.raises(MineActionError, match="'T-1' is already in table tasks"):
        _import(database, "tasks", _csv_text(tmp_path, text))
    with pytest.raises(MineActionError, match="Row 2, field 'task_id': 'T-2' is also in row 1"):
        _import(database, "tasks", _csv_text(
            tmp_path, "task_id,task_type,status,wkt\nT-2,ts,planned,{0}\n"
                      "T-2,ts,planned,{0}\n".format(_TASK_WKT)))
    assert open_layer(database, "tasks").featureCount() == 1


def test_import_algorithm_with_geometries_from_another_layer(database, provider, tmp_path):
    import processing
    hazards = _csv_text(tmp_path, (
        "hazard_id,hazard_class,status,date_of_information\n"
        "H-1,SHA,open,2020-03-01\n"))
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "p", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(polygons.fields())
    feature["hazard_id"] = "H-1"
    feature.setGeometry(QgsGeometry.fromWkt(
        "Polygon((-108.80 50.05, -108.79 50.05, -108.79 50.06, -108.80 50.05))"))
    polygons.dataProvider().addFeatures([feature])
    result = processing.run("mineaction:importrecords", {
        "INPUT": hazards, "TABLE": "hazards", "GEOMETRIES": polygons,
        **backends.parameters(database)})
    assert result["COUNT"] == 1
    stored = next(open_layer(database, "hazards").getFeatures())
    assert stored["hazard_id"] == "H-1"
    assert stored["area_m2"] > 0 and stored["original_area_m2"] == stored["area_m2"]
    assert stored.geometry().isMultipart()
