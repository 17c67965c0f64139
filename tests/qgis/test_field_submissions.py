"""Import field submissions: the same five surveys exported by KoBoToolbox
and by ODK Central import into the same hazards, to the millimetre, as the
survey table computes them; importing again changes nothing; a broken
submission is named with its field and the others still go in."""

import csv
import sqlite3
from pathlib import Path

import pytest
import shapely

from mine_action_mapper.core import geodesy, survey_records
from mine_action_mapper.store.database import create_geopackage, open_layer
from mine_action_mapper.store.features import read_records
from mine_action_mapper.store.field_submissions_io import (ACCEPTED, REJECTED, SKIPPED,
                                                           import_submissions,
                                                           read_submissions)

from field_exports import kobo_xlsx, max_offset_m, odk_zip, surveys_from_table  # tests/fixtures

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "survey_points.csv"
HAZARDS = ("EX-HA-0001", "EX-HA-0002", "EX-HA-0003", "EX-HA-0005", "EX-HA-0006")


def _table():
    with open(SAMPLE, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture()
def exports(tmp_path):
    surveys = surveys_from_table(_table(), HAZARDS)
    return (kobo_xlsx(str(tmp_path / "kobo.xlsx"), surveys),
            odk_zip(str(tmp_path / "odk.zip"), surveys), surveys)


def _database(tmp_path, name):
    return create_geopackage(str(tmp_path / name), language="en")


def _hazards(path):
    return {attributes["hazard_id"]: (attributes, shape) for _fid, attributes, shape
            in read_records(open_layer(path, "hazards"),
                            ["hazard_id", "uuid", "area_m2", "contamination"])}


def _counts(path):
    with sqlite3.connect(path) as connection:
        return {table: connection.execute("SELECT count(*) FROM " + table).fetchone()[0]
                for table in ("hazards", "survey_points")}


def test_kobo_and_odk_exports_give_the_same_hazards(exports, tmp_path, provider):
    kobo, odk, surveys = exports
    from_kobo, from_odk = _database(tmp_path, "kobo.gpkg"), _database(tmp_path, "odk.gpkg")
    for database, export in ((from_kobo, kobo), (from_odk, odk)):
        report = import_submissions(database, export)
        assert [row["status"] for row in report] == [ACCEPTED] * 5, report
        assert all(row["closure"] in ("pass", "fail", "not_checked") for row in report)
    kobo_hazards, odk_hazards = _hazards(from_kobo), _hazards(from_odk)
    assert sorted(kobo_hazards) == sorted(odk_hazards) == sorted(HAZARDS)
    # the independent reference: the survey table itself through the engine
    table = survey_records.group_by_hazard(_table())
    for survey, hazard_id in zip(surveys, HAZARDS):
        (kobo_row, kobo_shape), (odk_row, odk_shape) = kobo_hazards[hazard_id], \
            odk_hazards[hazard_id]
        assert kobo_row["uuid"] == odk_row["uuid"] == survey["uuid"]
        assert max_offset_m(kobo_shape, odk_shape) < 0.001
        reference = survey_records.hazard_row(*_computed(table[hazard_id]))[1]
        assert max_offset_m(kobo_shape, reference) < 0.001
        assert kobo_row["area_m2"] == pytest.approx(geodesy.area_m2(kobo_shape), rel=1e-9)
        assert kobo_row["contamination"] == "ap_mines"
    assert _counts(from_kobo) == _counts(from_odk) == {
        "hazards": 5, "survey_points": sum(len(table[h]) for h in HAZARDS)}


def _computed(rows):
    survey = survey_records.survey_from_rows(rows[0]["hazard_id"], rows)
    return survey, survey_records.compute(survey)


def test_reimport_changes_nothing_whichever_export(exports, tmp_path, provider):
    kobo, odk, _surveys = exports
    database = _database(tmp_path, "programme.gpkg")
    import_submissions(database, kobo)
    before = _counts(database), _hazards(database)
    for export in (kobo, odk):
        report = import_submissions(database, export)
        assert [row["status"] for row in report] == [SKIPPED] * 5
    assert (_counts(database), _hazards(database)) == before


def test_a_broken_submission_is_named_and_the_others_go_in(exports, tmp_path, provider):
    _kobo, _odk, surveys = exports
    surveys[1]["values"]["contamination"] = "landmines"  # not a code of the list
    surveys[3]["repeats"]["survey_points"][2]["distance_m"] = "-12"  # a negative distance
    database = _database(tmp_path, "programme.gpkg")
    report = import_submissions(database, odk_zip(str(tmp_path / "broken.zip"), surveys))
    assert [row["status"] for row in report] == [ACCEPTED, REJECTED, ACCEPTED, REJECTED,
                                                 ACCEPTED]
    assert report[1]["field"] == "contamination"
    assert "landmines" in report[1]["message"] and surveys[1]["uuid"] in report[1]["message"]
    assert report[3]["field"] == "distance_m" and HAZARDS[3] in report[3]["message"]
    assert sorted(_hazards(database)) == [HAZARDS[0], HAZARDS[2], HAZARDS[4]]
    # nothing of a rejected submission was written: its points neither
    points = {attributes["hazard_id"] for _f, attributes, _s in read_records(
        open_layer(database, "survey_points"), ["hazard_id"])}
    assert points == {HAZARDS[0], HAZARDS[2], HAZARDS[4]}


def test_algorithm_reports_each_submission(exports, tmp_path, provider):
    import processing
    _kobo, odk, _surveys = exports
    database = _database(tmp_path, "programme.gpkg")
    result = processing.run("mineaction:importfieldsubmissions", {
        "INPUT": odk, "DATABASE": database, "OUTPUT": "memory:"})
    assert (result["ACCEPTED"], result["REJECTED"], result["SKIPPED"]) == (5, 0, 0)
    report = result["OUTPUT"]
    rows = [feature.attributes() for feature in report.getFeatures()]
    names = report.fields().names()
    assert [row[names.index("status")] for row in rows] == [ACCEPTED] * 5
    assert all(row[names.index("misclosure_m")] is not None or
               row[names.index("closure")] == "not_checked" for row in rows)
    again = processing.run("mineaction:importfieldsubmissions", {
        "INPUT": odk, "DATABASE": database, "OUTPUT": "memory:"})
    assert (again["ACCEPTED"], again["SKIPPED"]) == (0, 5)


def test_postgis_database_takes_the_same_hazards(exports, tmp_path, pg_database):
    kobo, odk, _surveys = exports
    geopackage = _database(tmp_path, "programme.gpkg")
    import_submissions(geopackage, kobo)
    report = import_submissions(pg_database, odk)
    assert [row["status"] for row in report] == [ACCEPTED] * 5, report
    stored, expected = _hazards(pg_database), _hazards(geopackage)
    assert sorted(stored) == sorted(expected)
    for hazard_id, (attributes, shape) in stored.items():
        assert attributes["uuid"] == expected[hazard_id][0]["uuid"]
        assert max_offset_m(shape, expected[hazard_id][1]) < 0.001
    assert [row["status"] for row in import_submissions(pg_database, kobo)] == [SKIPPED] * 5


# ------------------------------------------------- the bundled submission set
BUNDLED = SAMPLE.parent / "field_submissions"
FORMS = ("mam_hazard_report", "mam_activity_report", "mam_eo_spot_report")


def _bundled(tool, form):
    return str(BUNDLED / tool / (form + (".xlsx" if tool == "kobo" else ".zip")))


def test_bundled_set_is_the_generators(tmp_path, provider):
    """sample_data/field_submissions/ is what its generator writes from the
    plugin's own forms (read back: the files carry their writing time)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "generate_field_submissions", SAMPLE.parent / "generate_field_submissions.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    generator.write(tmp_path)
    for tool in ("kobo", "odk"):
        for form in FORMS:
            fresh = str(tmp_path / tool / Path(_bundled(tool, form)).name)
            assert read_submissions(fresh) == read_submissions(_bundled(tool, form))


def test_bundled_kobo_and_odk_sets_give_the_same_records(tmp_path, any_database):
    """Both bundled exports: the same hazards to the millimetre, the same
    activities and finds; the second changes nothing; the broken spot report
    is named, on either backend."""
    from_odk = _database(tmp_path, "odk.gpkg")
    reports = {}
    for form in FORMS:
        reports[form] = import_submissions(any_database, _bundled("kobo", form))
        import_submissions(from_odk, _bundled("odk", form))
    assert [row["status"] for row in reports["mam_hazard_report"]] == [ACCEPTED] * 5
    assert [row["status"] for row in reports["mam_activity_report"]] == [ACCEPTED] * 2
    spot = reports["mam_eo_spot_report"]
    assert [row["status"] for row in spot] == [ACCEPTED, ACCEPTED, REJECTED]
    assert (spot[2]["record_id"], spot[2]["field"]) == ("EX-EO-0301", "quantity")
    for table, key in (("hazards", "hazard_id"), ("land_release_activities", "activity_id"),
                       ("eo_finds", "find_id")):
        ours = {attributes[key]: (attributes, shape) for _f, attributes, shape in read_records(
            open_layer(any_database, table), [key, "uuid"])}
        theirs = {attributes[key]: (attributes, shape) for _f, attributes, shape in read_records(
            open_layer(from_odk, table), [key, "uuid"])}
        assert sorted(ours) == sorted(theirs) and ours, table
        for record, (attributes, shape) in ours.items():
            assert attributes["uuid"] == theirs[record][0]["uuid"]
            assert max_offset_m(shape, theirs[record][1]) < 0.001
    # the ODK export of the same submissions: nothing changes
    before = {table: sorted(str(a) for _f, a, _s in read_records(open_layer(any_database, table)))
              for table in ("hazards", "survey_points", "land_release_activities", "eo_finds")}
    for form in FORMS:
        statuses = [row["status"] for row in import_submissions(any_database,
                                                                _bundled("odk", form))]
        assert set(statuses) <= {SKIPPED, REJECTED} and statuses.count(REJECTED) == (
            1 if form == "mam_eo_spot_report" else 0)
    after = {table: sorted(str(a) for _f, a, _s in read_records(open_layer(any_database, table)))
             for table in before}
    assert after == before


# ------------------------------------------------------------ Survey123
def test_survey123_geodatabase_and_csv_give_the_same_hazards(exports, tmp_path, provider):
    """Survey123's file geodatabase (read through OGR's OpenFileGDB) and its
    CSV export of the same service give the hazards KoBo's export gives, to
    the millimetre; the second changes nothing."""
    from field_exports import survey123_csv, survey123_gdb
    kobo, _odk, surveys = exports
    gdb, globalids = survey123_gdb(str(tmp_path / "hazard_report.gdb"), surveys)
    csv_zip = survey123_csv(str(tmp_path / "hazard_report_csv.zip"), surveys, globalids)
    reference, database = _database(tmp_path, "kobo.gpkg"), _database(tmp_path, "s123.gpkg")
    import_submissions(reference, kobo)
    report = import_submissions(database, gdb)
    assert [row["status"] for row in report] == [ACCEPTED] * 5, report
    assert [row["submission_uuid"] for row in report] == [
        globalid.strip("{}").lower() for globalid in globalids]
    expected, stored = _hazards(reference), _hazards(database)
    assert sorted(stored) == sorted(expected)
    for hazard_id, (attributes, shape) in stored.items():
        assert max_offset_m(shape, expected[hazard_id][1]) < 0.001
        assert attributes["contamination"] == "ap_mines"
    assert _counts(database) == _counts(reference)
    assert [row["status"] for row in import_submissions(database, csv_zip)] == [SKIPPED] * 5
    # the CSV alone: the same hazards
    from_csv = _database(tmp_path, "csv.gpkg")
    assert [row["status"] for row in import_submissions(from_csv, csv_zip)] == [ACCEPTED] * 5
    for hazard_id, (_attributes, shape) in _hazards(from_csv).items():
        assert max_offset_m(shape, expected[hazard_id][1]) < 0.001


def test_survey123_activity_and_spot_reports(tmp_path, provider):
    """A drawn activity perimeter is the Survey123 layer's polygon; a walked
    one needs the benchmark, a second geometry question Survey123 does not
    keep: named, with its field; spot reports from the CSV export."""
    from field_exports import (ACTIVITY_ID, EO_SPOT_ID, activity_reports, eo_spot_reports,
                               survey123_csv, survey123_gdb)
    database = _database(tmp_path, "programme.gpkg")
    gdb, _ids = survey123_gdb(str(tmp_path / "activities.gdb"), activity_reports(_table()),
                              ACTIVITY_ID)
    report = import_submissions(database, gdb)
    assert [row["status"] for row in report] == [ACCEPTED, REJECTED]
    assert report[0]["finds"] == 2 and report[1]["field"] == "benchmark"
    spots = eo_spot_reports()
    _gdb, ids = survey123_gdb(str(tmp_path / "spots.gdb"), spots, EO_SPOT_ID)
    report = import_submissions(database, survey123_csv(str(tmp_path / "spots.zip"), spots,
                                                        ids, EO_SPOT_ID))
    assert [row["status"] for row in report] == [ACCEPTED] * 2, report
    finds = {attributes["find_id"]: (attributes, shape) for _f, attributes, shape
             in read_records(open_layer(database, "eo_finds"),
                             ["find_id", "destroyed", "eo_category"])}
    assert sorted(finds) == ["EX-EO-0101", "EX-EO-0102", "EX-EO-0201", "EX-EO-0202"]
    assert finds["EX-EO-0201"][0]["destroyed"] is False
    lat, lon = spots[1]["values"]["position"]
    assert shapely.get_coordinates(finds["EX-EO-0202"][1]).tolist()[0] == \
        pytest.approx([lon, lat], abs=1e-9)
