"""Creating and opening a mine action GeoPackage: schema, forms, constraints."""

import os
import sqlite3
from datetime import date

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFieldConstraints,
                       QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils)
from qgis.PyQt.QtCore import QDate

from mine_action_mapper.core import schema, vocabulary
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import row_versions
from mine_action_mapper.store.database import create_geopackage, open_layer, schema_version
from mine_action_mapper.styles.project import load_database


def _sql(path, query):
    with sqlite3.connect(path) as connection:
        return connection.execute(query).fetchall()


def test_every_table_and_field_of_the_model_exists(database):
    tables = {row[0] for row in _sql(database, "SELECT table_name FROM gpkg_contents")}
    tables.discard("layer_styles")  # where QGIS keeps the default styles
    tables.discard(row_versions.HELD_TABLE)  # the row version rule's, store/row_versions.py
    assert tables == {item.name for item in schema.LAYERS}
    for item in schema.LAYERS:
        layer = open_layer(database, item.name)
        names = layer.fields().names()
        assert names[0] == "fid"
        versioned = [schema.ROW_VERSION] if item.name in schema.VERSIONED else []
        assert names[1:] == item.field_names() + versioned  # as on PostGIS
        expected = {None: "NoGeometry", "Point": "Point", "LineString": "LineString",
                    "MultiPolygon": "MultiPolygon"}[item.geometry]
        assert expected == {0: "Unknown", 1: "Point", 2: "LineString", 6: "MultiPolygon",
                            100: "NoGeometry"}.get(int(layer.wkbType()))
    assert schema_version(database) == schema.SCHEMA_VERSION


def test_default_crs_is_wgs84_and_another_can_be_chosen(tmp_path, provider):
    default = create_geopackage(str(tmp_path / "a.gpkg"))
    assert open_layer(default, "hazards").crs().authid() == "EPSG:4326"
    utm = create_geopackage(str(tmp_path / "b.gpkg"),
                            QgsCoordinateReferenceSystem("EPSG:32612"))
    assert open_layer(utm, "hazards").crs().authid() == "EPSG:32612"
    assert open_layer(utm, "lookups").crs().isValid() is False


def test_lookups_are_seeded_from_the_vocabulary(database):
    rows = _sql(database, "SELECT vocabulary, code, label, base_code, active FROM lookups")
    expected = {(v.name, t.code) for v in vocabulary.ALL for t in v.terms}
    assert {(r[0], r[1]) for r in rows} == expected
    assert len(rows) == len(expected)
    assert all(row[1] == row[3] and row[4] == 1 for row in rows)
    assert ("hazard_class", "CHA", "Confirmed Hazardous Area (CHA)") in {r[:3] for r in rows}


def test_forms_are_stored_as_default_styles_and_work_without_the_plugin(database):
    styles = _sql(database, "SELECT f_table_name, useAsDefault FROM layer_styles")
    assert {row[0] for row in styles} == {item.name for item in schema.LAYERS}
    assert all(row[1] for row in styles)
    # a plain QgsVectorLayer (what QGIS does without the plugin) gets the form
    hazards = QgsVectorLayer(database + "|layername=hazards", "hazards", "ogr")
    fields = hazards.fields()
    kind = {name: hazards.editorWidgetSetup(fields.indexOf(name)).type()
            for name in ("hazard_class", "status", "date_of_information", "remarks")}
    assert kind == {"hazard_class": "ValueRelation", "status": "ValueRelation",
                    "date_of_information": "DateTime", "remarks": "TextEdit"}
    config = hazards.editorWidgetSetup(fields.indexOf("hazard_class")).config()
    assert config["Key"] == "code" and config["Value"] == "label"
    assert "'hazard_class'" in config["FilterExpression"]
    hazard_id = fields.indexOf("hazard_id")
    constraints = hazards.fieldConstraints(hazard_id)
    assert constraints & QgsFieldConstraints.Constraint.ConstraintUnique
    assert constraints & QgsFieldConstraints.Constraint.ConstraintNotNull
    assert hazards.attributeAlias(hazard_id) == "Hazard ID"
    assert hazards.defaultValueDefinition(fields.indexOf("uuid")).expression().startswith("uuid(")
    assert hazards.editFormConfig().readOnly(fields.indexOf("uuid"))


def test_bearing_and_distance_constraints_reject_bad_values(database):
    points = open_layer(database, "survey_points")
    feature = QgsVectorLayerUtils.createFeature(points)
    feature["hazard_id"] = "HAZ-1"
    feature["point_no"] = 1
    feature["point_type"] = "turning"
    feature["bearing_unit"] = "deg"
    index = points.fields().indexOf("bearing")
    feature["bearing"] = 359.5
    assert QgsVectorLayerUtils.validateAttribute(points, feature, index)[0]
    feature["bearing"] = 360.0
    assert not QgsVectorLayerUtils.validateAttribute(points, feature, index)[0]
    feature["bearing_unit"] = "mil_nato"
    feature["bearing"] = 6399.0
    assert QgsVectorLayerUtils.validateAttribute(points, feature, index)[0]
    distance = points.fields().indexOf("distance_m")
    feature["distance_m"] = -1.0
    assert not QgsVectorLayerUtils.validateAttribute(points, feature, distance)[0]


def test_feature_round_trip_and_unique_hazard_id(database):
    hazards = open_layer(database, "hazards")
    feature = QgsVectorLayerUtils.createFeature(hazards)  # defaults applied
    feature["hazard_id"] = "HAZ-0001"
    feature["hazard_class"] = "CHA"
    feature["date_of_information"] = QDate(2024, 5, 17)
    feature.setGeometry(QgsGeometry.fromWkt(
        "MultiPolygon(((-108.8 50.05, -108.799 50.05, -108.799 50.051, -108.8 50.05)))"))
    assert hazards.dataProvider().addFeatures([feature])[0]
    stored = next(open_layer(database, "hazards").getFeatures())
    assert stored["hazard_id"] == "HAZ-0001"
    assert stored["status"] == "open"  # default from the data model
    assert stored["date_of_information"].toPyDate() == date(2024, 5, 17)
    assert len(stored["uuid"]) == 36
    assert stored.geometry().equals(feature.geometry())
    duplicate = QgsFeature(hazards.fields())
    duplicate.setAttributes(list(feature.attributes()))
    duplicate["uuid"] = "another"
    duplicate["fid"] = None
    ok, _ = hazards.dataProvider().addFeatures([duplicate])
    assert not ok  # the database itself refuses a second HAZ-0001
    assert hazards.dataProvider().featureCount() == 1


def test_existing_file_is_refused_unless_overwrite(tmp_path, provider):
    path = str(tmp_path / "p.gpkg")
    create_geopackage(path)
    with pytest.raises(MineActionError, match="already exists"):
        create_geopackage(path)
    create_geopackage(path, overwrite=True)
    assert schema_version(path) == schema.SCHEMA_VERSION
    assert [name for name in os.listdir(tmp_path) if name.startswith(".mam-")] == []


def test_failure_leaves_nothing_half_written(tmp_path, provider, monkeypatch):
    from mine_action_mapper.store import database as database_module

    def broken(*args, **kwargs):
        raise MineActionError("disk full")
    monkeypatch.setattr(database_module, "save_default_styles", broken)
    with pytest.raises(MineActionError):
        create_geopackage(str(tmp_path / "broken.gpkg"))
    assert os.listdir(tmp_path) == []


def test_open_loads_every_layer_into_one_group(database):
    project = QgsProject()
    group, layers = load_database(database, project)
    assert group.name() == "Mine action: programme"
    assert [node.layer().id() for node in group.findLayers()] == \
        [layers[item.name].id() for item in schema.LAYERS]
    assert layers["hazards"].name() == "Hazardous areas"
    lookups = layers["lookups"]
    hazards = layers["hazards"]
    config = hazards.editorWidgetSetup(hazards.fields().indexOf("status")).config()
    assert config["Layer"] == lookups.id()
    load_database(database, project)  # opening twice replaces, never doubles
    assert len(project.layerTreeRoot().children()) == 1


def test_open_refuses_a_file_that_is_not_a_mine_action_database(tmp_path, provider):
    from osgeo import ogr
    path = str(tmp_path / "other.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    source.CreateLayer("roads")
    source = None
    with pytest.raises(MineActionError):
        load_database(path, QgsProject())


def test_create_database_algorithm(tmp_path, provider):
    import processing
    out = str(tmp_path / "alg.gpkg")
    result = processing.run("mineaction:createdatabase",
                            {"OUTPUT": out, "CRS": "EPSG:3857", "OPEN": False})
    assert result["OUTPUT"] == out
    assert open_layer(out, "tasks").crs().authid() == "EPSG:3857"


def test_every_expression_in_the_data_model_parses():
    from qgis.core import QgsExpression
    for item in schema.LAYERS:
        for field in item.fields:
            for text in (field.constraint, field.default):
                if text:
                    expression = QgsExpression(text)
                    assert not expression.hasParserError(), (
                        item.name, field.name, expression.parserErrorString())


def test_form_has_the_data_model_tabs_and_hides_fid(database):
    hazards = open_layer(database, "hazards")
    config = hazards.editFormConfig()
    assert config.layout() == config.TabLayout
    tabs = config.tabs()
    assert [tab.name() for tab in tabs] == [title for title, _ in schema.HAZARDS.tabs()]
    placed = [child.name() for tab in tabs for child in tab.children()]
    assert sorted(placed) == sorted(schema.HAZARDS.field_names())  # every field once
    assert hazards.editorWidgetSetup(hazards.fields().indexOf("fid")).type() == "Hidden"
