"""Field mapping profiles on real layers, on both backends: an IMSMA
Core-style GeoJSON / GeoPackage layer and an operator's shapefile (written by
OGR, its DBF names cut to 10 characters) go in through the bundled
profiles, and *Export records* writes them back with the same identities,
codes and geometries (docs/field-mapping.md)."""

import json
from pathlib import Path

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer

from mine_action_mapper.core import field_mapping
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import layer_feature, python_value

import backends  # tests/fixtures
import external_layers  # tests/fixtures


def _run(algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters)


def _import(database, path, table, profile=None, bundled=None):
    parameters = {"INPUT": str(path), "TABLE": table, **backends.parameters(database)}
    if profile:
        parameters["PROFILE"] = str(profile)
    if bundled:
        parameters["BUNDLED_PROFILE"] = bundled
    return _run("importrecords", parameters)["COUNT"]


def _export(database, table, output, bundled=None, profile=None):
    parameters = {"TABLE": table, "OUTPUT": str(output), **backends.parameters(database)}
    if profile:
        parameters["PROFILE"] = str(profile)
    if bundled:
        parameters["BUNDLED_PROFILE"] = bundled
    return _run("exportrecords", parameters)


def _rows(path, key):
    """{key value: (attributes, shapely geometry)} of the first layer at ``path``."""
    layer = QgsVectorLayer(str(path), "read", "ogr")
    assert layer.isValid(), path
    rows = {}
    for feature in layer.getFeatures():
        attributes = {name: python_value(feature[name]) for name in layer.fields().names()}
        shape = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        rows[attributes[key]] = (attributes, shape)
    return rows, layer.crs().authid()


def _single(shape):
    return shape.geoms[0] if shape.geom_type == "MultiPolygon" and len(shape.geoms) == 1 \
        else shape


def _same_geometry(first, second, tolerance):
    """Same polygon, vertex for vertex, within ``tolerance`` (CRS units)."""
    a = shapely.get_coordinates(_single(first))
    b = shapely.get_coordinates(_single(second))
    assert a.shape == b.shape
    assert abs(a - b).max() <= tolerance


def _stored(database, table, names):
    layer = open_layer(database, table)
    return {python_value(f[names[0]]): {n: python_value(f[n]) for n in names}
            for f in layer.getFeatures()}


@pytest.mark.parametrize("driver, suffix", [("GeoJSON", ".geojson"), ("GPKG", ".gpkg")])
def test_imsma_core_round_trip(any_database, tmp_path, driver, suffix):
    hazards = external_layers.imsma_hazards(tmp_path / ("hazard_poly" + suffix), driver)
    activities = external_layers.imsma_activities(tmp_path / ("activity_poly" + suffix), driver)
    assert _import(any_database, hazards, "hazards", bundled="imsma_core") == 3
    assert _import(any_database, activities, "land_release_activities",
                   bundled="imsma_core") == 2
    stored = _stored(any_database, "hazards", ["hazard_id", "external_id", "hazard_class",
                                               "status", "evidence", "remarks", "area_m2"])
    assert stored["EX-HA-0001"]["external_id"] == "hazard_poly_145"
    assert stored["EX-HA-0001"]["hazard_class"] == "CHA"
    assert stored["EX-HA-0001"]["status"] == "worked_on"
    assert stored["EX-HA-0001"]["evidence"] == "visual_observation"
    assert stored["EX-HA-0001"]["remarks"] == "activity_poly_12,organization_2"
    assert stored["EX-HA-0002"]["remarks"] is None
    assert all(row["area_m2"] > 0 for row in stored.values())

    for table, source, key in (("hazards", hazards, "imsma_id"),
                               ("land_release_activities", activities, "imsma_id")):
        output = tmp_path / ("back_" + table + suffix)
        result = _export(any_database, table, output, bundled="imsma_core")
        assert result["COUNT"] == (3 if table == "hazards" else 2)
        before, _crs = _rows(source, key)
        after, crs = _rows(output, key)
        assert crs == "EPSG:4326"
        assert set(after) == set(before)
        for identity, (attributes, shape) in before.items():
            exported, exported_shape = after[identity]
            for name, value in attributes.items():
                if name == "OBJECTID":
                    assert name not in exported  # the source system's own row number
                    continue
                assert exported[name] == value, (identity, name)
            _same_geometry(shape, exported_shape, 1e-9)


def test_operator_shapefile_round_trip(any_database, tmp_path):
    source = external_layers.operator_shapefile(tmp_path / "wct_hazards.shp")
    assert "CONTAMINAT" in external_layers.field_names(source)  # OGR's own truncation
    assert _import(any_database, source, "hazards", bundled="operator_shapefile") == 3
    stored = _stored(any_database, "hazards", ["hazard_id", "external_id", "hazard_class",
                                               "contamination", "organisation", "area_m2"])
    assert stored["WCT-H-017"]["external_id"] == "WCT-H-017"
    assert stored["WCT-H-021"]["hazard_class"] == "CHA"  # their D behaves as our CHA
    assert stored["WCT-H-021"]["contamination"] == "mixed"
    assert stored["WCT-H-018"]["organisation"] == "Westmarch Clearance Trust"

    output = tmp_path / "out" / "wct_hazards.shp"
    output.parent.mkdir()
    assert _export(any_database, "hazards", output, bundled="operator_shapefile")["COUNT"] == 3
    names = external_layers.field_names(output)
    assert all(len(name) <= 10 for name in names)
    before, _crs = _rows(source, "HAZ_ID")
    after, crs = _rows(output, "HAZ_ID")
    assert crs == "EPSG:32612"
    assert set(after) == set(before)
    for identity, (attributes, shape) in before.items():
        exported, exported_shape = after[identity]
        # the operator's D and C both mean CHA here: C is the code written back
        expected_class = "C" if attributes["CLASS"] == "D" else attributes["CLASS"]
        assert exported["CLASS"] == expected_class
        for name in ("NAME", "STATUS", "CONTAMINAT", "DATE_INFO", "DEPTH_CM", "REMARKS"):
            assert exported[name] == attributes[name], (identity, name)
        # the area is ours (ellipsoidal), the planar UTM area within 0.1 %
        assert exported["AREA_M2"] == pytest.approx(attributes["AREA_M2"], rel=1e-3)
        _same_geometry(shape, exported_shape, 1e-6)  # the source has centimetres


def test_shapefile_export_refuses_long_names(any_database, tmp_path):
    hazards = external_layers.imsma_hazards(tmp_path / "hazard_poly.geojson")
    _import(any_database, hazards, "hazards", bundled="imsma_core")
    with pytest.raises(QgsProcessingException, match="at most 10 characters.*hazard_localid"):
        _export(any_database, "hazards", tmp_path / "out.shp", bundled="imsma_core")
    assert not (tmp_path / "out.shp").exists()


def _profile(tmp_path, change):
    data = json.loads(Path(field_mapping.bundled()["operator_shapefile"]).read_text(
        encoding="utf-8"))
    change(data["tables"]["hazards"])
    path = tmp_path / "adapted.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _dump(database):
    if getattr(database, "is_postgres", False):
        return backends.postgis_backend(database).dump()
    return backends.gpkg_backend(database).dump()


def _refused(database, tmp_path, profile, *fragments):
    """An import through ``profile`` that must fail naming ``fragments``,
    leaving every table as it was."""
    source = external_layers.operator_shapefile(tmp_path / "wct_hazards.shp")
    before = _dump(database)
    with pytest.raises(QgsProcessingException) as error:
        _import(database, source, "hazards", profile=profile)
    for fragment in fragments:
        assert fragment in str(error.value), str(error.value)
    assert _dump(database) == before


def test_value_without_mapping_is_named_and_nothing_imported(any_database, tmp_path):
    profile = _profile(tmp_path, lambda table: table["values"]["hazard_class"].pop("D"))
    _refused(any_database, tmp_path, profile, "Nothing was imported", "Row 3",
             "'CLASS'", "Operator hazard shapefile", "'D'")


def test_source_field_missing_is_named(any_database, tmp_path):
    # a profile written for the full name: the DBF kept only 10 characters
    def rename(table):
        table["fields"]["CONTAMINATION"] = table["fields"].pop("CONTAMINAT")
    profile = _profile(tmp_path, rename)
    with pytest.raises(QgsProcessingException, match="longer than the profile's limit"):
        _import(any_database, external_layers.operator_shapefile(tmp_path / "x.shp"),
                "hazards", profile=profile)


def test_missing_field_and_unknown_target_are_named(any_database, tmp_path):
    def missing(table):
        table["fields"]["SURVEY_DT"] = "survey_date"
    _refused(any_database, tmp_path, _profile(tmp_path, missing),
             "Nothing was imported", "'SURVEY_DT'", "do not have")

    def unknown(table):
        table["fields"]["NAME"] = "hazard_name"
    _refused(any_database, tmp_path, _profile(tmp_path, unknown),
             "Operator hazard shapefile", "'hazard_name'", "not a field of hazards")


def test_external_id_is_unique_when_set(any_database, tmp_path):
    hazards = external_layers.imsma_hazards(tmp_path / "hazard_poly.geojson")
    _import(any_database, hazards, "hazards", bundled="imsma_core")
    # the same IMSMA record again, under another local ID
    again = external_layers.imsma_hazards(
        tmp_path / "again.geojson",
        rows=[dict(external_layers.IMSMA_HAZARDS[0], hazard_localid="EX-HA-0099")])
    before = _dump(any_database)
    with pytest.raises(QgsProcessingException) as error:
        _import(any_database, again, "hazards", bundled="imsma_core")
    assert "Row 1, field 'external_id': 'hazard_poly_145' is already in table hazards" \
        in str(error.value)
    assert "Field 'imsma_id' of the records" in str(error.value)
    assert _dump(any_database) == before
    # the database itself: any number of records without an external ID, never two with one
    layer = open_layer(any_database, "hazards")
    existing = next(layer.getFeatures())

    def add(*externals):
        layer.startEditing()
        for number, external in enumerate(externals):
            values = {"hazard_id": "NEW-{}".format(number), "hazard_class": "SHA",
                      "status": "open", "external_id": external,
                      "date_of_information": existing["date_of_information"]}
            layer.addFeature(layer_feature(layer, values, existing.geometry()))
        if layer.commitChanges():
            return True
        layer.rollBack()
        return False
    assert not add("hazard_poly_145")
    assert add(None, None)


@pytest.mark.parametrize("table, after", [("hazards", "hazard_id"),
                                          ("land_release_activities", "activity_id"),
                                          ("eo_finds", None)])
def test_forms_show_the_external_id(any_database, table, after):
    from qgis.core import QgsFieldConstraints
    layer = open_layer(any_database, table)  # the stored default style's form
    index = layer.fields().indexOf("external_id")
    assert layer.attributeAlias(index) == "External ID"
    assert not layer.editFormConfig().readOnly(index)
    assert layer.fields().at(index).constraints().constraints() & \
        QgsFieldConstraints.Constraint.ConstraintUnique
    if after:  # next to the record's own ID
        tab = layer.editFormConfig().tabs()[0]
        names = [child.name() for child in tab.children()]
        assert names[names.index(after) + 1] == "external_id"


def test_an_export_that_fails_writes_nothing(any_database, tmp_path):
    source = external_layers.operator_shapefile(tmp_path / "wct_hazards.shp")
    _import(any_database, source, "hazards", bundled="operator_shapefile")
    profile = _profile(tmp_path, lambda table: table["values"]["status"].pop("WIP"))
    output = tmp_path / "out" / "back.shp"
    output.parent.mkdir()
    with pytest.raises(QgsProcessingException,
                       match="Record WCT-H-017, field 'status'.*'worked_on'"):
        _export(any_database, "hazards", output, profile=profile)
    assert list(output.parent.iterdir()) == []
    with pytest.raises(QgsProcessingException, match="no mapping for table eo_finds"):
        _export(any_database, "eo_finds", tmp_path / "finds.gpkg", bundled="imsma_core")
    assert not (tmp_path / "finds.gpkg").exists()


def test_the_profile_fixes_the_crs_of_a_shapefile_without_prj(any_database, tmp_path):
    source = external_layers.operator_shapefile(tmp_path / "wct_hazards.shp")
    source.with_suffix(".prj").unlink()  # as operators' files often come
    assert _import(any_database, source, "hazards", bundled="operator_shapefile") == 3
    stored = {f["hazard_id"]: shapely.from_wkb(bytes(f.geometry().asWkb()))
              for f in open_layer(any_database, "hazards").getFeatures()}
    polygons = external_layers.sample_polygons(7)[4:]
    for (row, polygon) in zip(external_layers.OPERATOR_HAZARDS, polygons):
        # the centimetre UTM vertices, read in UTM 12N, land on the sample's lon/lat
        _same_geometry(polygon, stored[row["HAZ_ID"]], 1e-6)
    with pytest.raises(QgsProcessingException, match="'HAZ_ID' looks like a misspelling"):
        _import(any_database, source, "hazards")  # without the profile: not our columns
