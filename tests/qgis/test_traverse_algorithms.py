"""Survey algorithms on the sample programme: polygons from survey tables, the
inverse survey table, declination at points."""

import datetime
import json
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QDate
from qgis.core import (QgsDistanceArea, QgsFeature, QgsGeometry, QgsPointXY, QgsProject,
                       QgsVectorLayer)

from mine_action_mapper.core import geodesy
from mine_action_mapper.core.declination import declination
from mine_action_mapper.core import coordinates
from mine_action_mapper.store.features import python_value, read_records
from mine_action_mapper.store.importer import csv_layer

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
EXPECTED = json.loads((SAMPLE / "expected_closures.json").read_text(encoding="utf-8"))["hazards"]
SURVEYED = sorted(h for h, v in EXPECTED.items() if not v.get("digitised"))


def _run(name, parameters):
    import processing
    return processing.run("mineaction:" + name, parameters)


def _polygons(survey_layer, **extra):
    parameters = {"INPUT": survey_layer, "OUTPUT": "memory:", "POINTS": "memory:",
                  "REPORT": "memory:"}
    parameters.update(extra)
    return _run("hazardpolygonsfromsurvey", parameters)


def _by_hazard(layer):
    return {f["hazard_id"]: f for f in layer.getFeatures()}


def _snapshot(layer):
    return [(f.id(), f.attributes()) for f in layer.getFeatures()]


@pytest.fixture()
def sample_survey(provider):
    return csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False)


def test_sample_programme_closures(sample_survey):
    before = _snapshot(sample_survey)
    result = _polygons(sample_survey)
    assert result["COMPUTED"] == len(SURVEYED) and result["FAILED"] == 0
    polygons = _by_hazard(result["OUTPUT"])
    report = _by_hazard(result["REPORT"])
    assert sorted(polygons) == SURVEYED == sorted(report)
    for hazard in SURVEYED:
        expected, row = EXPECTED[hazard], report[hazard]
        assert row["points"] == expected["points"]
        assert polygons[hazard].geometry().isGeosValid()
        if expected["misclosure_m"] is None:  # radial survey: no closing loop
            assert row["result"] == "not_checked" and row["closing"] == "unmeasured"
            continue
        assert row["traverse_m"] == pytest.approx(expected["perimeter_m"], abs=0.05)
        # The generator evaluates the WMM at every from-point, the core at the
        # benchmark (docs/traverse.md): a few hundredths of a degree over a
        # kilometre, so model-corrected tables agree to 3 cm, the others to 1 mm.
        model = expected["declination_source"] not in (None, "manual")
        assert row["misclosure_m"] == pytest.approx(expected["misclosure_m"],
                                                    abs=0.03 if model else 0.001)
        expected_n = int(expected["precision"].split(":")[1])
        assert row["precision"] == pytest.approx(expected_n, rel=0.02 if model else 0.002)
    assert report["EX-HA-0007"]["result"] == "fail"
    assert not report["EX-HA-0007"]["adjusted"]
    assert "outside the tolerance" in report["EX-HA-0007"]["warnings"]
    assert {h for h in SURVEYED if report[h]["result"] == "pass"} == set(SURVEYED) - {
        "EX-HA-0003", "EX-HA-0007"}
    assert all(report[h]["adjusted"] for h in SURVEYED if report[h]["result"] == "pass")
    assert _snapshot(sample_survey) == before  # the input is untouched


def test_manual_declination_and_sources(sample_survey):
    result = _polygons(sample_survey)
    report = _by_hazard(result["REPORT"])
    # EX-HA-0004: surveyed 2006, before every model: the recorded 12.5° is used
    assert report["EX-HA-0004"]["declination_source"] == "manual"
    assert report["EX-HA-0004"]["declination_deg"] == pytest.approx(12.5)
    assert report["EX-HA-0001"]["declination_source"] == "WMM2010"
    assert report["EX-HA-0002"]["declination_source"] == "WMM2015v2"
    assert report["EX-HA-0005"]["declination_source"] == "WMM2020"
    assert report["EX-HA-0007"]["declination_source"] == "WMM2025"
    assert python_value(report["EX-HA-0006"]["declination_source"]) is None  # true bearings
    points = [f for f in result["POINTS"].getFeatures() if f["hazard_id"] == "EX-HA-0004"]
    assert all(f["declination_deg"] == pytest.approx(12.5) for f in points
               if f["point_type"] != "benchmark")


def test_areas_agree_with_qgis_ellipsoid(sample_survey):
    result = _polygons(sample_survey)
    layer = result["OUTPUT"]
    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    for feature in layer.getFeatures():
        qgis_area = measure.measureArea(feature.geometry())
        assert feature["area_m2"] == pytest.approx(qgis_area, rel=1e-4)
        if feature["hazard_id"] != "EX-HA-0007":  # the blunder shrinks that one
            truth = EXPECTED[feature["hazard_id"]]["truth_area_m2"]
            assert feature["area_m2"] == pytest.approx(truth, rel=0.01)  # field errors only


def test_points_are_computed_with_their_records(sample_survey):
    result = _polygons(sample_survey, ADJUST=False)
    points = list(result["POINTS"].getFeatures())
    assert len(points) == sample_survey.featureCount()
    by_key = {(f["hazard_id"], f["point_no"]): f for f in points}
    benchmark = by_key[("EX-HA-0002", 0)]
    lon, lat = coordinates.parse_position("12U 658973 5548526")
    assert benchmark.geometry().asPoint().x() == pytest.approx(lon, abs=1e-9)
    slope = by_key[("EX-HA-0005", 4)]
    assert slope["horizontal_m"] == pytest.approx(slope["distance_m"] * 0.9781476, rel=1e-6)
    grid = by_key[("EX-HA-0003", 3)]
    assert grid["convergence_deg"] == pytest.approx(1.7, abs=0.1)
    report = _by_hazard(result["REPORT"])
    assert not any(report[h]["adjusted"] for h in SURVEYED)


def test_a_broken_hazard_is_skipped_and_named(sample_survey, tmp_path):
    import csv
    with open(SAMPLE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    copy = [dict(row, hazard_id="EX-HA-0099") for row in rows if row["hazard_id"] == "EX-HA-0005"]
    copy[5]["distance_m"] = "twenty"  # point 5 of the copy gets an unreadable distance
    assert copy[5]["point_no"] == "5"
    path = tmp_path / "survey.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows + copy)
    layer = csv_layer(str(path), with_geometry=False)

    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):
            self.errors.append(error)

    feedback = Recorder()
    import processing
    result = processing.run("mineaction:hazardpolygonsfromsurvey", {
        "INPUT": layer, "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"},
        feedback=feedback)
    assert result["FAILED"] == 1 and result["COMPUTED"] == len(SURVEYED)
    assert sorted(_by_hazard(result["OUTPUT"])) == SURVEYED
    assert len(feedback.errors) == 1
    message = feedback.errors[0]
    assert "EX-HA-0099" in message and "point 5" in message and "distance_m" in message
    assert "twenty" in message
    report = _by_hazard(result["REPORT"])
    assert report["EX-HA-0099"]["result"] == "error"
    assert report["EX-HA-0099"]["warnings"] == message


def test_grid_crs_and_closing_parameters(sample_survey):
    # a radial table forced to close on its start point has no end point
    result = _polygons(sample_survey, CLOSING=1)
    assert result["FAILED"] == 1
    assert _by_hazard(result["REPORT"])["EX-HA-0003"]["result"] == "error"
    # grid bearings read in the neighbouring zone's grid give another polygon
    zone12 = _by_hazard(_polygons(sample_survey)["OUTPUT"])["EX-HA-0003"]
    zone13 = _by_hazard(_polygons(sample_survey, GRID_CRS="EPSG:32613")["OUTPUT"])["EX-HA-0003"]
    assert zone12.geometry().area() > 0
    assert not zone12.geometry().equals(zone13.geometry())


def test_survey_table_round_trip(provider):
    hazards = csv_layer(str(SAMPLE / "hazards.csv"), with_geometry=True, crs="EPSG:4326")
    digitised = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=hazard_id:string"
                               "&field=survey_date:date", "polygons", "memory")
    # EX-HA-0008's first part, and a polygon computed from a survey
    source = _by_hazard(hazards)["EX-HA-0008"].geometry()
    part = QgsGeometry.fromPolygonXY(source.asMultiPolygon()[0])
    feature = QgsFeature(digitised.fields())
    feature.setAttributes(["EX-HA-0008", None])
    feature.setGeometry(part)
    digitised.dataProvider().addFeatures([feature])
    benchmarks = QgsVectorLayer("Point?crs=EPSG:4326&field=hazard_id:string", "bm", "memory")

    table = _run("surveytablefrompolygons", {
        "INPUT": digitised, "DATE": "2023-07-01", "OUTPUT": "memory:", "UNIT": 2,
        "BENCHMARKS": benchmarks})["OUTPUT"]
    rows = list(table.getFeatures())
    ring = part.asPolygon()[0][:-1]
    assert len(rows) == len(ring) + 2  # benchmark, start, corners, end
    assert rows[0]["point_type"] == "benchmark" and rows[-1]["point_type"] == "end"
    assert rows[1]["distance_m"] == pytest.approx(20.0, abs=1e-6)  # placed benchmark
    assert all(r["bearing_unit"] == "mil_nato" and r["north_reference"] == "magnetic"
               for r in rows[1:])
    assert rows[1]["declination_source"] == "WMM2020"
    assert rows[2]["mgrs"].startswith("12U ")

    back = _polygons(table, ADJUST=False)
    computed = list(back["OUTPUT"].getFeatures())
    assert len(computed) == 1
    polygon = computed[0].geometry()
    assert polygon.area() == pytest.approx(part.area(), rel=1e-9)
    report = _by_hazard(back["REPORT"])["EX-HA-0008"]
    assert report["misclosure_m"] < 1e-6
    assert python_value(report["warnings"]) is None
    for vertex in ring:
        assert min(geodesy.inverse(vertex.x(), vertex.y(), v.x(), v.y())[1]
                   for v in polygon.vertices()) < 0.001


def test_survey_table_uses_benchmark_layer(provider):
    polygon = QgsGeometry.fromWkt(
        "Polygon ((-108.80 50.05, -108.799 50.05, -108.799 50.0507, -108.80 50.0507, "
        "-108.80 50.05))")
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "p", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["H-1"])
    feature.setGeometry(polygon)
    layer.dataProvider().addFeatures([feature])
    benchmarks = QgsVectorLayer("Point?crs=EPSG:4326&field=hazard_id:string", "bm", "memory")
    bm = QgsFeature(benchmarks.fields())
    bm.setAttributes(["H-1"])
    bm.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-108.7985, 50.0509)))
    benchmarks.dataProvider().addFeatures([bm])
    rows = list(_run("surveytablefrompolygons", {
        "INPUT": layer, "BENCHMARKS": benchmarks, "DATE": "2006-01-01", "DECLINATION": 12.5,
        "OUTPUT": "memory:"})["OUTPUT"].getFeatures())
    # the start point is the corner nearest the benchmark (north-east)
    start = rows[1].geometry().asPoint()
    assert (start.x(), start.y()) == pytest.approx((-108.799, 50.0507))
    assert rows[0]["fixed_by"] == "gps"
    assert rows[1]["declination_source"] == "manual"
    assert rows[1]["magnetic_bearing_deg"] == pytest.approx(
        (rows[1]["true_bearing_deg"] - 12.5) % 360)


def test_declination_at_points(provider):
    layer = QgsVectorLayer("Point?crs=EPSG:32612&field=name:string&field=when:date",
                           "points", "memory")
    features = []
    for name, (lon, lat), when in [("a", (-108.8, 50.05), datetime.date(2013, 5, 14)),
                                   ("b", (-108.7, 50.0), None),
                                   ("c", (-108.9, 50.1), datetime.date(2001, 1, 1))]:
        east, north = coordinates.lonlat_to_utm(lon, lat).easting, \
            coordinates.lonlat_to_utm(lon, lat).northing
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, QDate(when) if when else None])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(east, north)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    before = _snapshot(layer)
    out = _run("declinationatpoints", {"INPUT": layer, "DATE_FIELD": "when",
                                       "DATE": "2022-07-02", "OUTPUT": "memory:"})["OUTPUT"]
    assert _snapshot(layer) == before
    rows = {f["name"]: f for f in out.getFeatures()}
    assert out.crs().authid() == "EPSG:32612"
    for name, fid in (("a", "a"), ("b", "b")):
        _f, _a, shape = next((f, a, s) for f, a, s in read_records(out, ["name"])
                             if a["name"] == fid)
        when = datetime.date(2013, 5, 14) if name == "a" else datetime.date(2022, 7, 2)
        expected = declination(shape.x, shape.y, when)
        assert rows[name]["mag_declination_deg"] == pytest.approx(expected.degrees, abs=1e-9)
        assert rows[name]["declination_model"] == expected.source
        assert rows[name]["convergence_deg"] == pytest.approx(
            coordinates.meridian_convergence(shape.x, shape.y, "EPSG:32612"), abs=1e-9)
    assert rows["a"]["declination_model"] == "WMM2010"
    assert rows["b"]["declination_model"] == "WMM2020"  # the fixed date
    assert python_value(rows["c"]["mag_declination_deg"]) is None  # 2001: no model
    assert python_value(rows["c"]["declination_model"]) is None
    assert rows["c"]["grid_crs"] == "EPSG:32612"


def _rows_of(layer):
    return [(python_value(f.attributes()), f.geometry().asWkt(9)) for f in layer.getFeatures()]


def test_survey_algorithms_on_the_layers_of_either_backend(backend, sample_survey):
    """The three survey algorithms read a database's own layers (GeoPackage
    or PostGIS) as any layer: the same results as from the CSV the points were
    imported from, or from a memory copy of the layer; the database is unchanged."""
    from qgis.core import QgsFeatureRequest
    before = backend.dump()
    survey_points = backend.layer("survey_points")
    from_database, from_csv = _polygons(survey_points), _polygons(sample_survey)
    assert from_database["COMPUTED"] == from_csv["COMPUTED"] == len(SURVEYED)
    polygons, reports = _by_hazard(from_database["OUTPUT"]), _by_hazard(from_database["REPORT"])
    for hazard, expected in _by_hazard(from_csv["OUTPUT"]).items():
        assert polygons[hazard]["area_m2"] == pytest.approx(expected["area_m2"], rel=1e-9)
        assert reports[hazard]["result"] == _by_hazard(from_csv["REPORT"])[hazard]["result"]
    for name, layer, extra in (
            ("surveytablefrompolygons", backend.layer("hazards"), {"DATE": "2023-07-01"}),
            ("declinationatpoints", survey_points, {"DATE": "2022-07-02"})):
        copy = layer.materialize(QgsFeatureRequest())
        got = _run(name, dict(extra, INPUT=layer, OUTPUT="memory:"))["OUTPUT"]
        expected = _run(name, dict(extra, INPUT=copy, OUTPUT="memory:"))["OUTPUT"]
        assert got.featureCount() > 0 and _rows_of(got) == _rows_of(expected), name
    assert backend.dump() == before


# ---------------------------------------------------------------- plausibility


def _table(tmp_path, rows, name="survey.csv"):
    import csv
    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return csv_layer(str(path), with_geometry=False)


def _sample_rows():
    import csv
    with open(SAMPLE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _copy(rows, hazard, new_id, **changes):
    """The rows of ``hazard`` as hazard ``new_id``; ``changes``: column -> function."""
    out = []
    for row in rows:
        if row["hazard_id"] == hazard:
            row = dict(row, hazard_id=new_id)
            for column, change in changes.items():
                row[column] = change(row)
            out.append(row)
    return out


class _Recorder:
    """A Processing feedback that keeps its errors and warnings."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Recorder(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.errors, self.warnings = [], []

            def reportError(self, error, fatalError=False):
                self.errors.append(error)

            def pushWarning(self, warning):
                self.warnings.append(warning)
        return Recorder()


def _run_with(feedback, layer, **extra):
    import processing
    parameters = {"INPUT": layer, "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"}
    parameters.update(extra)
    return processing.run("mineaction:hazardpolygonsfromsurvey", parameters, feedback=feedback)


def test_a_leg_over_the_longest_leg_accepted_is_refused(provider, tmp_path):
    rows = _sample_rows()
    # the radial EX-HA-0003 twelve times larger: point 5 is 2,353 m from the benchmark
    big = _copy(rows, "EX-HA-0003", "EX-HA-0098", distance_m=lambda row: "{:.1f}".format(
        float(row["distance_m"]) * 12) if row["distance_m"] else "")
    layer = _table(tmp_path, rows + big)
    feedback = _Recorder()
    result = _run_with(feedback, layer)
    assert result["FAILED"] == 1 and result["COMPUTED"] == len(SURVEYED)
    [message] = feedback.errors
    assert message.startswith("Hazard EX-HA-0098, field 'distance_m': Point 5: the leg is "
                              "2,353.2 m long (horizontal), more than the longest leg accepted "
                              "(2,000 m)")
    result = _run_with(_Recorder(), layer, MAX_LEG=3000)
    assert result["FAILED"] == 0 and result["COMPUTED"] == len(SURVEYED) + 1


def test_a_benchmark_far_from_the_others_is_warned_about(provider, tmp_path):
    rows = _sample_rows()
    # the right square in a wrong band that exists: 2,000 km south, in Arizona
    stray = _copy(rows, "EX-HA-0003", "EX-HA-0097", coord_entered=lambda row: (
        "12S XA 56470 45022" if row["point_type"] == "benchmark" else row["coord_entered"]))
    feedback = _Recorder()
    result = _run_with(feedback, _table(tmp_path, rows + stray))
    assert result["COMPUTED"] == len(SURVEYED) + 1  # a warning, not an error
    far = [w for w in feedback.warnings if "from the other hazards' benchmarks" in w]
    assert len(far) == 1 and far[0].startswith("Hazard EX-HA-0097: The benchmark lies 2,0")
    assert far[0][len("Hazard EX-HA-0097: "):] in _by_hazard(result["REPORT"])["EX-HA-0097"][
        "warnings"]
    assert not any("from the other hazards' benchmarks" in w for w in _warnings_of(rows, tmp_path))


def _warnings_of(rows, tmp_path):
    feedback = _Recorder()
    _run_with(feedback, _table(tmp_path, rows, "plain.csv"))
    return feedback.warnings


def test_the_algorithm_fails_when_no_hazard_can_be_computed(provider, tmp_path):
    from qgis.core import QgsProcessingException
    rows = _sample_rows()
    broken = (_copy(rows, "EX-HA-0005", "EX-HA-0091", distance_m=lambda row: (
        "twenty" if row["point_no"] == "5" else row["distance_m"]))
        + _copy(rows, "EX-HA-0005", "EX-HA-0092", distance_m=lambda row: "-1"
                if row["point_no"] == "3" else row["distance_m"]))
    with pytest.raises(QgsProcessingException) as error:
        _run_with(_Recorder(), _table(tmp_path, broken))
    message = str(error.value)
    assert message.startswith("None of the 2 hazards could be computed; first error: "
                              "Hazard EX-HA-0091, point 5, field 'distance_m'")


def test_inputs_are_read_and_computed_before_any_output_is_created(provider, monkeypatch):
    """So OUTPUT pointing at the input cannot wipe it before it is read."""
    from qgis.core import QgsApplication, QgsProcessingContext
    from mine_action_mapper.processing import hazard_polygons_from_survey as module
    from mine_action_mapper.core import survey_records
    events = []
    read, compute = module.read_records, survey_records.compute

    def reading(*args, **kwargs):
        for record in read(*args, **kwargs):
            events.append("read")
            yield record

    def computing(*args, **kwargs):
        events.append("compute")
        return compute(*args, **kwargs)

    sink = module.HazardPolygonsFromSurveyAlgorithm._sink

    def sinking(*args):
        events.append("sink")
        return sink(*args)

    monkeypatch.setattr(module, "read_records", reading)
    monkeypatch.setattr(survey_records, "compute", computing)
    monkeypatch.setattr(module.HazardPolygonsFromSurveyAlgorithm, "_sink", sinking)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "mineaction:hazardpolygonsfromsurvey")
    context = QgsProcessingContext()
    layer = csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False)
    results, ok = algorithm.run({"INPUT": layer, "OUTPUT": "memory:", "POINTS": "memory:",
                                 "REPORT": "memory:"}, context, _Recorder())
    assert ok and results["COMPUTED"] == len(SURVEYED)
    first_sink = events.index("sink")
    assert events.count("sink") == 3 and set(events[first_sink:]) == {"sink"}
    assert events.count("read") == layer.featureCount()
    assert events.count("compute") == len(SURVEYED)
