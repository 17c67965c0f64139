"""Importing never turns bad input into a silent wrong answer (issue 14).

Every case runs the Processing algorithm on a real file given by its path, as
a user does in the toolbox or with qgis_process, into a real GeoPackage. A
refused import must leave the input file and every database table exactly as
they were.
"""

import datetime
import hashlib
import sqlite3

import pytest
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from mine_action_mapper.core import i18n
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.importer import csv_layer

LON, LAT = -108.8, 50.05
POLYGON = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {1}))".format(
    LON, LAT, LON + 0.01, LAT + 0.01)
HAZARD_HEADER = "hazard_id,name,hazard_class,status,date_of_information,depth_cm,wkt"


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):
        self.warnings.append(warning)


def _write(tmp_path, text, name="records.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _hazard_line(hazard_id="H-1", name="North field", klass="SHA", status="open",
                 day="2020-03-01", depth="", wkt=POLYGON):
    return '{},{},{},{},{},{},"{}"'.format(hazard_id, name, klass, status, day, depth, wkt)


def _run(database, table, records, **extra):
    import processing
    feedback = Recorder()
    parameters = {"INPUT": str(records) if not isinstance(records, QgsVectorLayer)
                  else records, "DATABASE": database, "TABLE": table}
    parameters.update(extra)
    result = processing.run("mineaction:importrecords", parameters, feedback=feedback)
    return result, feedback


def _state(database, records):
    """A digest of the input file and of every row of every database table."""
    digest = hashlib.sha256()
    if not isinstance(records, QgsVectorLayer):
        digest.update(records.read_bytes())
    with sqlite3.connect(database) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in connection.execute('SELECT * FROM "{}" ORDER BY 1'.format(table)):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def _refused(database, table, records, *fragments, **extra):
    """Run an import that must fail; check the message and that nothing changed."""
    before = _state(database, records)
    with pytest.raises(QgsProcessingException) as error:
        _run(database, table, records, **extra)
    message = str(error.value)
    for fragment in fragments:
        assert fragment in message, message
    assert _state(database, records) == before
    return message


def _rows(database, table):
    layer = open_layer(database, table)
    return [{name: python_value(f[name]) for name in layer.fields().names()}
            for f in layer.getFeatures()]


# 1. required means required; unknown columns are reported


def test_misspelt_required_column_is_refused_with_a_suggestion(database, provider, tmp_path):
    text = (HAZARD_HEADER.replace("date_of_information", "date_of_infromation") + "\n"
            + _hazard_line() + "\n")
    records = _write(tmp_path, text)
    message = _refused(database, "hazards", records, "records.csv", "hazards",
                       "'date_of_information'", "'date_of_infromation'", SOURCE_CRS="EPSG:4326")
    assert "rename" in message


@pytest.mark.parametrize("table, header, line, field", [
    ("hazards", "hazard_id,hazard_class,date_of_information,wkt",
     'H-1,CHA,2020-03-01,"{}"'.format(POLYGON), "status"),
    ("hazards", "hazard_id,status,date_of_information,wkt",
     'H-1,open,2020-03-01,"{}"'.format(POLYGON), "hazard_class"),
    ("eo_finds", "find_id,eo_category,find_date,wkt",
     "F-1,ap_mine,2024-01-02,POINT ({} {})".format(LON, LAT), "quantity"),
    ("land_release_activities", "activity_id,activity_type,outcome,wkt",
     'A-1,clearance,cleared,"{}"'.format(POLYGON), "end_date"),
])
def test_missing_required_column_is_refused_even_with_a_default(
        database, provider, tmp_path, table, header, line, field):
    records = _write(tmp_path, header + "\n" + line + "\n")
    _refused(database, table, records, "needs the column '{}'".format(field),
             SOURCE_CRS="EPSG:4326")


def test_empty_required_value_names_row_and_field(database, provider, tmp_path):
    records = _write(tmp_path, "\n".join([
        HAZARD_HEADER, _hazard_line("H-1"), _hazard_line("H-2", status="")]) + "\n")
    _refused(database, "hazards", records, "Row 2, field 'status'", "a value is required",
             SOURCE_CRS="EPSG:4326")


def test_unknown_column_is_a_warning_with_the_closest_field(database, provider, tmp_path):
    records = _write(tmp_path, HAZARD_HEADER + ",remraks,colour\n"
                     + _hazard_line() + ",checked twice,red\n")
    result, feedback = _run(database, "hazards", records, SOURCE_CRS="EPSG:4326")
    assert result["COUNT"] == 1
    assert ("Column 'remraks' is not a field of hazards; did you mean 'remarks'? "
            "It was not imported.") in feedback.warnings
    assert "Column 'colour' is not a field of hazards. It was not imported." in \
        feedback.warnings
    [row] = _rows(database, "hazards")
    assert row["remarks"] is None and row["status"] == "open"


# 2. the data model's own constraints, as the forms apply them


@pytest.mark.parametrize("table, header, line, field, ok", [
    ("hazards", HAZARD_HEADER, _hazard_line(depth="-5"), "depth_cm", False),
    ("hazards", HAZARD_HEADER, _hazard_line(depth="20"), "depth_cm", True),
    ("land_release_activities", "activity_id,activity_type,outcome,start_date,end_date,wkt",
     'A-1,clearance,cleared,2021-05-02,2021-05-01,"{}"'.format(POLYGON), "end_date", False),
    ("land_release_activities", "activity_id,activity_type,outcome,start_date,end_date,wkt",
     'A-1,clearance,cleared,2021-05-01,2021-05-01,"{}"'.format(POLYGON), "end_date", True),
    ("survey_points", "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m",
     "H-1,1,turning,0,6500,mil_nato,20", "bearing", False),
    ("survey_points", "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m",
     "H-1,1,turning,0,6300,mil_nato,20", "bearing", True),
    ("survey_points", "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m",
     "H-1,1,turning,0,370,deg,20", "bearing", False),
    ("survey_points", "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m",
     "H-1,1,turning,0,90,deg,-3", "distance_m", False),
])
def test_data_model_constraints_are_enforced(database, provider, tmp_path, table, header,
                                             line, field, ok):
    records = _write(tmp_path, header + "\n" + line + "\n")
    if ok:
        assert _run(database, table, records, SOURCE_CRS="EPSG:4326")[0]["COUNT"] == 1
    else:
        _refused(database, table, records, "Row 1, field '{}'".format(field), "refused",
                 SOURCE_CRS="EPSG:4326")


def test_a_constraint_refused_before_a_bad_value_is_the_row_named(database, provider,
                                                                   tmp_path):
    """Rows are made into features in batches, their constraints checked
    after: a refusal in row 1 still comes before row 2's empty status."""
    records = _write(tmp_path, HAZARD_HEADER + "\n" + _hazard_line(depth="-5") + "\n" +
                     _hazard_line(hazard_id="H-2", status="") + "\n")
    message = _refused(database, "hazards", records, "Row 1, field 'depth_cm'", "refused",
                       SOURCE_CRS="EPSG:4326")
    assert "Row 2" not in message


def test_bearing_range_follows_a_programme_unit_code(database, provider, tmp_path, add_rows):
    add_rows(database, "lookups", [dict(vocabulary="bearing_unit", code="mils",
                                        label="Mils", base_code="mil_nato", sort_order=9,
                                        active=True)])
    header = "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m\n"
    good = _write(tmp_path, header + "H-1,1,turning,0,6300,mils,20\n", "good.csv")
    assert _run(database, "survey_points", good)[0]["COUNT"] == 1
    bad = _write(tmp_path, header + "H-1,2,turning,1,6500,mils,20\n", "bad.csv")
    _refused(database, "survey_points", bad, "Row 1, field 'bearing'")


# 3. dates in the future


def test_future_dates_are_refused_but_planned_dates_are_not(database, provider, tmp_path):
    later = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    header = "find_id,eo_category,quantity,find_date,wkt\n"
    point = "POINT ({} {})".format(LON, LAT)
    future = _write(tmp_path, header + "F-1,ap_mine,1,{},{}\n".format(later, point), "f.csv")
    _refused(database, "eo_finds", future, "Row 1, field 'find_date'", later, "future",
             SOURCE_CRS="EPSG:4326")
    near = _write(tmp_path, header + "F-1,ap_mine,1,{},{}\n".format(tomorrow, point), "n.csv")
    assert _run(database, "eo_finds", near, SOURCE_CRS="EPSG:4326")[0]["COUNT"] == 1
    task = _write(tmp_path, "task_id,task_type,status,start_date,due_date,wkt\n"
                  'T-1,clearance,planned,{0},{0},"{1}"\n'.format(later, POLYGON), "t.csv")
    assert _run(database, "tasks", task, SOURCE_CRS="EPSG:4326")[0]["COUNT"] == 1


# 4. coordinates and their CRS


def _utm(lon, lat):
    return Transformer.from_crs("EPSG:4326", "EPSG:32612", always_xy=True).transform(lon, lat)


def test_records_without_crs_are_refused_unless_it_is_given(database, provider, tmp_path):
    x, y = _utm(LON, LAT)
    records = _write(tmp_path, "find_id,eo_category,quantity,find_date,wkt\n"
                     "F-1,ap_mine,1,2024-01-02,POINT ({:.2f} {:.2f})\n".format(x, y))
    _refused(database, "eo_finds", records, "Row 1", "no coordinate reference system",
             "SOURCE_CRS")
    result, _feedback = _run(database, "eo_finds", records, SOURCE_CRS="EPSG:32612")
    assert result["COUNT"] == 1
    point = next(open_layer(database, "eo_finds").getFeatures()).geometry().asPoint()
    assert (point.x(), point.y()) == (pytest.approx(LON, abs=1e-7), pytest.approx(LAT, abs=1e-7))


def test_utm_numbers_in_a_lonlat_layer_are_refused_with_a_hint(database, provider, tmp_path):
    x, y = _utm(LON, LAT)
    path = _write(tmp_path, "find_id,eo_category,quantity,find_date,wkt\n"
                  "F-1,ap_mine,1,2024-01-02,POINT ({} {})\n"
                  "F-2,ap_mine,1,2024-01-02,POINT ({:.2f} {:.2f})\n".format(LON, LAT, x, y))
    layer = csv_layer(str(path), with_geometry=True, crs="EPSG:4326")
    message = _refused(database, "eo_finds", layer, "Row 2, field 'wkt'", "UTM metres",
                       "EPSG:326")
    assert "{:.2f}".format(x) in message


def test_degrees_given_a_projected_crs_are_refused(database, provider, tmp_path):
    records = _write(tmp_path, "find_id,eo_category,quantity,find_date,wkt\n"
                     "F-1,ap_mine,1,2024-01-02,POINT ({} {})\n".format(LON, LAT))
    _refused(database, "eo_finds", records, "Row 1", "look like longitude and latitude",
             "EPSG:32612", SOURCE_CRS="EPSG:32612")


def test_swapped_latitude_and_longitude_are_named(database, provider, tmp_path):
    records = _write(tmp_path, "find_id,eo_category,quantity,find_date,wkt\n"
                     "F-1,ap_mine,1,2024-01-02,POINT ({} {})\n".format(LAT, LON))
    _refused(database, "eo_finds", records, "Row 1", "wrong order", SOURCE_CRS="EPSG:4326")


# 5. geometries: unreadable, missing, of the wrong type


def test_malformed_wkt_names_the_row(database, provider, tmp_path):
    records = _write(tmp_path, "\n".join([
        HAZARD_HEADER, _hazard_line("H-1"),
        _hazard_line("H-2", wkt="POLYGON ((-108.8 50.05, -108.79 50.05, oops))")]) + "\n")
    _refused(database, "hazards", records, "Row 2, field 'wkt'", "not a readable geometry",
             SOURCE_CRS="EPSG:4326")


def test_rows_a_delimited_text_layer_skipped_are_not_lost_silently(database, provider,
                                                                   tmp_path):
    path = _write(tmp_path, "\n".join([
        HAZARD_HEADER, _hazard_line("H-1"), _hazard_line("H-2", wkt="POLYGON ((oops))")])
        + "\n")
    layer = QgsVectorLayer("file://{}?type=csv&detectTypes=no&geomType=wkt&wktField=wkt"
                           "&crs=EPSG:4326".format(path), "loaded", "delimitedtext")
    assert layer.featureCount() == 1  # QGIS's reader left the bad row out
    _refused(database, "hazards", layer, "1 rows", "could not read")


def test_a_row_without_geometry_is_refused_unless_another_layer_gives_it(
        database, provider, tmp_path):
    records = _write(tmp_path, "\n".join([
        HAZARD_HEADER, _hazard_line("H-1"), _hazard_line("H-2", wkt="")]) + "\n")
    _refused(database, "hazards", records, "Row 2", "no geometry", SOURCE_CRS="EPSG:4326")
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "p", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(polygons.fields())
    feature["hazard_id"] = "H-2"
    feature.setGeometry(QgsGeometry.fromWkt(POLYGON))
    polygons.dataProvider().addFeatures([feature])
    result, _feedback = _run(database, "hazards", records, SOURCE_CRS="EPSG:4326",
                             GEOMETRIES=polygons)
    assert result["COUNT"] == 2


def test_geometries_without_crs_are_refused(database, provider, tmp_path):
    records = _write(tmp_path, HAZARD_HEADER + "\n" + _hazard_line("H-1", wkt="") + "\n")
    from qgis.core import QgsCoordinateReferenceSystem
    polygons = QgsVectorLayer("Polygon?field=hazard_id:string", "no crs", "memory")
    polygons.setCrs(QgsCoordinateReferenceSystem())
    _refused(database, "hazards", records, "no crs", "has no CRS", GEOMETRIES=polygons)


def test_wrong_geometry_type_names_the_row(database, provider, tmp_path):
    records = _write(tmp_path, "\n".join([
        HAZARD_HEADER, _hazard_line("H-1"),
        _hazard_line("H-2", wkt="POINT ({} {})".format(LON, LAT))]) + "\n")
    _refused(database, "hazards", records, "Row 2, field 'wkt'", "Point geometry",
             "table hazards", SOURCE_CRS="EPSG:4326")


# 6. text encoding


def test_latin1_csv_keeps_its_accents(database, provider, tmp_path):
    text = HAZARD_HEADER + "\n" + _hazard_line(name="Forêt de Sélune") + "\n"
    records = _write(tmp_path, text, encoding="latin-1")
    result, feedback = _run(database, "hazards", records, SOURCE_CRS="EPSG:4326")
    assert result["COUNT"] == 1
    assert [row["name"] for row in _rows(database, "hazards")] == ["Forêt de Sélune"]
    assert any("not UTF-8" in warning and "windows-1252" in warning
               for warning in feedback.warnings), feedback.warnings


def test_given_encoding_is_used_and_a_wrong_one_refused(database, provider, tmp_path):
    text = HAZARD_HEADER + "\n" + _hazard_line(name="Forêt de Sélune") + "\n"
    records = _write(tmp_path, text, encoding="latin-1")
    _refused(database, "hazards", records, "not UTF-8 text", "line 2",
             SOURCE_CRS="EPSG:4326", ENCODING="UTF-8")
    result, feedback = _run(database, "hazards", records, SOURCE_CRS="EPSG:4326",
                            ENCODING="ISO-8859-1")
    assert result["COUNT"] == 1 and not feedback.warnings
    assert _rows(database, "hazards")[0]["name"] == "Forêt de Sélune"


# 7. re-importing the same rows


def test_reimported_survey_points_are_refused(database, provider, tmp_path):
    header = "hazard_id,point_no,point_type,from_point,bearing,bearing_unit,distance_m\n"
    records = _write(tmp_path, header + "H-1,0,benchmark,,,,\nH-1,1,turning,0,90,deg,20\n")
    assert _run(database, "survey_points", records)[0]["COUNT"] == 2
    _refused(database, "survey_points", records, "Row 1, field 'hazard_id, point_no'",
             "'H-1 / 0' is already in table survey_points")
    repeated = _write(tmp_path, header + "H-2,1,turning,0,90,deg,20\n"
                      "H-2,1,turning,0,95,deg,20\n", "repeated.csv")
    _refused(database, "survey_points", repeated, "Row 2", "'H-2 / 1' is also in row 1")
    assert len(_rows(database, "survey_points")) == 2


def test_a_stored_uuid_is_refused(database, provider, tmp_path):
    first = _write(tmp_path, HAZARD_HEADER + ",uuid\n" + _hazard_line("H-1") + ",u-1\n", "a.csv")
    assert _run(database, "hazards", first, SOURCE_CRS="EPSG:4326")[0]["COUNT"] == 1
    again = _write(tmp_path, HAZARD_HEADER + ",uuid\n" + _hazard_line("H-9") + ",u-1\n", "b.csv")
    _refused(database, "hazards", again, "Row 1, field 'uuid'", "'u-1' is already in table",
             SOURCE_CRS="EPSG:4326")


# 9. messages are translated


def test_import_messages_go_through_translation(database, provider, tmp_path):
    records = _write(tmp_path, HAZARD_HEADER + "\n" + _hazard_line(depth="-5") + "\n")
    i18n.set_translator(lambda context, text: "<{}:{}>".format(context, text))
    try:
        message = _refused(database, "hazards", records, SOURCE_CRS="EPSG:4326")
    finally:
        i18n.set_translator(None)
    assert message.startswith("<Import:Nothing was imported from")
    assert "<Import:Row 1, field 'depth_cm'" in message
    assert "<DataModel:Must be zero or more>" in message
