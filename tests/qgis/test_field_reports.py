"""Import field submissions of the activity / clearance report and the EO spot
report: the activity's perimeter drawn (geoshape) or walked (survey points
through the traverse engine), its finds, and spot reports go into their
layers, submitted for the national centre's review; KoBoToolbox and ODK
Central exports give the same records; importing again changes nothing; a
broken submission is named with its field and nothing of it is written."""

import csv
from pathlib import Path

import pytest
import shapely

from mine_action_mapper.core import geodesy, schema, survey_records
from mine_action_mapper.store.database import create_geopackage, open_layer
from mine_action_mapper.store.features import read_records
from mine_action_mapper.store.field_submissions_io import (ACCEPTED, REJECTED, SKIPPED,
                                                           import_submissions)

from field_exports import (ACTIVITY_ID, DRAWN_RING, EO_SPOT_ID, activity_reports,  # fixtures
                           eo_spot_reports, kobo_xlsx, max_offset_m, odk_zip,
                           surveys_from_table)

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "survey_points.csv"
ACTIVITY_FIELDS = ["activity_id", "hazard_id", "uuid", "review_status", "organisation",
                   "activity_type", "outcome", "end_date", "area_m2"]
PEOPLE = list(schema.TEAM_FIELDS) + ["handover_date"] + list(schema.BENEFICIARY_FIELDS)
FIND_FIELDS = ["find_id", "activity_id", "hazard_id", "uuid", "review_status",
               "organisation", "eo_category", "quantity", "destroyed"]


def _table():
    with open(SAMPLE, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _exports(folder, activities, spots):
    return {"kobo": (kobo_xlsx(str(folder / "activities.xlsx"), activities, ACTIVITY_ID),
                     kobo_xlsx(str(folder / "spots.xlsx"), spots, EO_SPOT_ID)),
            "odk": (odk_zip(str(folder / "activities.zip"), activities, ACTIVITY_ID),
                    odk_zip(str(folder / "spots.zip"), spots, EO_SPOT_ID))}


def _records(database, table, names):
    key = names[0]
    return {attributes[key]: (attributes, shape) for _fid, attributes, shape
            in read_records(open_layer(database, table), names)}


def test_activity_and_spot_reports_go_in_submitted(backend, tmp_path):
    activities, spots = activity_reports(_table()), eo_spot_reports()
    exports = _exports(tmp_path, activities, spots)
    database = backend.database
    report = import_submissions(database, exports["kobo"][0])
    assert [row["status"] for row in report] == [ACCEPTED] * 2, report
    assert [row["finds"] for row in report] == [2, 1]
    assert [row["record_id"] for row in report] == ["EX-LR-0101", "EX-LR-0102"]
    drawn, walked = report
    assert drawn["closure"] is None and walked["closure"] in ("pass", "fail")
    assert walked["misclosure_m"] is not None and walked["points"] > 3
    assert [row["status"] for row in import_submissions(database, exports["kobo"][1])] \
        == [ACCEPTED] * 2

    stored = _records(database, "land_release_activities", ACTIVITY_FIELDS)
    for activity, submission in zip(("EX-LR-0101", "EX-LR-0102"), activities):
        attributes, shape = stored[activity]
        assert attributes["uuid"] == submission["uuid"]
        # an operator's report waits for the national centre's review
        assert attributes["review_status"] == "submitted"
        assert attributes["organisation"] == "Examplia Demining Unit"
        assert attributes["area_m2"] == pytest.approx(geodesy.area_m2(shape), rel=1e-9)
    # the drawn perimeter, vertex by vertex
    # the team and, where land was handed over, its beneficiaries; a count
    # left empty stays "not recorded", never zero
    people = {activity: attributes for activity, (attributes, _shape) in _records(
        database, "land_release_activities", ["activity_id"] + PEOPLE).items()}
    assert people["EX-LR-0101"]["team_women"] == 1 and people["EX-LR-0101"]["team_men"] == 3
    assert people["EX-LR-0101"]["handover_date"] is None
    walked_people = people["EX-LR-0102"]
    assert (walked_people["team_women"], walked_people["team_men"]) == (2, 6)
    assert str(walked_people["handover_date"]) == "2024-07-10"
    assert [walked_people[name] for name in schema.BENEFICIARY_FIELDS] == [12, 9, None, 14, 1]
    drawn_shape = stored["EX-LR-0101"][1]
    assert max_offset_m(drawn_shape, shapely.Polygon(
        [(lon, lat) for lat, lon in DRAWN_RING])) < 0.001
    # the walked one: the engine on the survey table itself (the reference),
    # walked at the activity's end (the date its magnetic declination is for)
    rows = [dict(row, survey_date=activities[1]["values"]["end_date"]) for row
            in survey_records.group_by_hazard(_table())["EX-HA-0005"]]
    survey = survey_records.survey_from_rows("EX-HA-0005", rows)
    reference = survey_records.hazard_row(survey, survey_records.compute(survey))[1]
    assert max_offset_m(stored["EX-LR-0102"][1], reference) < 0.001

    finds = _records(database, "eo_finds", FIND_FIELDS)
    ours = {find_id: row for find_id, row in finds.items() if find_id >= "EX-EO-0100"}
    assert sorted(ours) == ["EX-EO-0101", "EX-EO-0102", "EX-EO-0103", "EX-EO-0201",
                            "EX-EO-0202"]
    assert ours["EX-EO-0103"][0]["activity_id"] == "EX-LR-0102"
    assert ours["EX-EO-0103"][0]["hazard_id"] == "EX-HA-0005"
    assert ours["EX-EO-0201"][0]["destroyed"] is False
    assert ours["EX-EO-0201"][0]["uuid"] == spots[0]["uuid"]
    assert {row["review_status"] for row, _shape in ours.values()} == {"submitted"}
    lat, lon = spots[1]["values"]["position"]
    assert shapely.get_coordinates(ours["EX-EO-0202"][1]).tolist()[0] == \
        pytest.approx([lon, lat], abs=1e-9)

    # awaiting review, the field activities release no land yet
    from mine_action_mapper.store.land_release_io import read_activities
    pending = []
    read_activities(open_layer(database, "land_release_activities"), pending=pending)
    assert sorted(pending) == ["EX-LR-0101", "EX-LR-0102"]

    # the same submissions exported by ODK Central: already imported
    before = backend.dump()
    for export in exports["odk"] + exports["kobo"]:
        assert {row["status"] for row in import_submissions(database, export)} == {SKIPPED}
    assert backend.dump() == before


def test_kobo_and_odk_give_the_same_records(tmp_path, provider):
    exports = _exports(tmp_path, activity_reports(_table()), eo_spot_reports())
    stored = {}
    for name, files in exports.items():
        database = create_geopackage(str(tmp_path / (name + ".gpkg")), language="en")
        for export in files:
            assert {row["status"] for row in import_submissions(database, export)} == \
                {ACCEPTED}
        stored[name] = (_records(database, "land_release_activities", ACTIVITY_FIELDS),
                        _records(database, "eo_finds", FIND_FIELDS))
    for kobo, odk in zip(stored["kobo"], stored["odk"]):
        assert sorted(kobo) == sorted(odk)
        for key, (attributes, shape) in kobo.items():
            assert attributes == odk[key][0]
            assert max_offset_m(shape, odk[key][1]) < 0.001


def test_a_broken_report_is_named_and_nothing_of_it_written(tmp_path, any_database):
    activities, spots = activity_reports(_table()), eo_spot_reports()
    activities[0]["repeats"]["eo_finds"][1]["quantity"] = "0"
    activities[1]["values"]["end_date"] = "2024-04-01"  # before its start date
    spots[0]["values"]["eo_category"] = "bomblet"
    spots[1]["values"]["position"] = None
    exports = _exports(tmp_path, activities, spots)
    report = import_submissions(any_database, exports["odk"][0])
    assert [row["status"] for row in report] == [REJECTED, REJECTED]
    assert report[0]["field"] == "quantity" and activities[0]["uuid"] in report[0]["message"]
    assert "EX-LR-0101" in report[0]["message"]
    assert report[1]["field"] == "end_date"
    report = import_submissions(any_database, exports["kobo"][1])
    assert [(row["status"], row["field"]) for row in report] == [
        (REJECTED, "eo_category"), (REJECTED, "position")]
    assert "bomblet" in report[0]["message"] and "EX-EO-0202" in report[1]["message"]
    # the activity of the find refused is not written either: one transaction
    assert _records(any_database, "land_release_activities", ACTIVITY_FIELDS) == {}
    assert _records(any_database, "eo_finds", FIND_FIELDS) == {}
    # corrected, the first activity goes in with both finds
    activities[0]["repeats"]["eo_finds"][1]["quantity"] = "2"
    fixed = odk_zip(str(tmp_path / "fixed.zip"), activities[:1], ACTIVITY_ID)
    assert [row["status"] for row in import_submissions(any_database, fixed)] == [ACCEPTED]
    assert sorted(_records(any_database, "eo_finds", FIND_FIELDS)) == ["EX-EO-0101",
                                                                       "EX-EO-0102"]


def test_photos_are_kept_with_their_records(tmp_path, provider):
    """The photos a submission names: from an ODK Central zip's media/, or a
    KoBoToolbox attachments folder beside the XLSX, into
    <database>_photos/<table>/<record uuid>/; a photo the export lacks is
    said, and the record still goes in."""
    activities, spots = activity_reports(_table()), eo_spot_reports()
    jpeg = {"find1.jpg": b"\xff\xd8\xffAP mine" * 50, "site.jpg": b"\xff\xd8\xffsite" * 80,
            "lane.jpg": b"\xff\xd8\xfflane" * 70}
    spots[0]["values"]["photo"] = "find1.jpg"
    spots[1]["values"]["photo"] = "not_downloaded.jpg"
    activities[0]["repeats"]["photos"] = [{"photo": "site.jpg", "caption": "From the south"},
                                          {"photo": "lane.jpg", "caption": "Lane 3"}]
    activities[0]["repeats"]["eo_finds"][0]["photo"] = "find1.jpg"
    database = create_geopackage(str(tmp_path / "programme.gpkg"), language="en")
    odk = odk_zip(str(tmp_path / "spots.zip"), spots, EO_SPOT_ID, media=jpeg)
    report = import_submissions(database, odk)
    assert [(row["status"], row["photos"]) for row in report] == [(ACCEPTED, 1), (ACCEPTED, 0)]
    assert "not_downloaded.jpg" in report[1]["message"]
    folder = tmp_path / "programme_photos"
    assert (folder / "eo_finds" / spots[0]["uuid"] / "find1.jpg").read_bytes() == \
        jpeg["find1.jpg"]
    # KoBoToolbox: the attachments download unzipped beside the XLSX
    kobo_folder = tmp_path / "kobo"
    for name, content in jpeg.items():
        target = kobo_folder / "attachments" / activities[0]["uuid"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    kobo = kobo_xlsx(str(kobo_folder / "activities.xlsx"), activities, ACTIVITY_ID)
    report = import_submissions(database, kobo)
    assert [row["photos"] for row in report] == [3, 0]
    site = folder / "land_release_activities" / activities[0]["uuid"]
    assert sorted(path.name for path in site.iterdir()) == ["lane.jpg", "site.jpg"]
    finds = _records(database, "eo_finds", FIND_FIELDS)
    assert (folder / "eo_finds" / finds["EX-EO-0101"][0]["uuid"] / "find1.jpg").exists()
    # a submission imported again copies nothing again
    (site / "site.jpg").unlink()
    assert {row["status"] for row in import_submissions(database, kobo)} == {SKIPPED}
    assert not (site / "site.jpg").exists()


def test_an_operator_login_submits_its_own_organisation_s_reports(pg_database, postgis,
                                                                  tmp_path):
    """On a national PostGIS database with roles, an operator's login imports
    its own organisation's activity reports (submitted, for review); another
    organisation's report is refused by the server, named, and the others
    still go in; a hazard report, which only national editors may add, is
    refused before anything is written."""
    from mine_action_mapper.core.errors import MineActionError
    from mine_action_mapper.store import roles
    from mine_action_mapper.store.reference import DatabaseRef
    login, password = pg_database.schema + "_field_operator", "field-Pa55"
    connection = postgis.connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute('CREATE ROLE "{}" LOGIN PASSWORD %s'.format(login), (password,))
        connection.commit()
    finally:
        connection.close()
    roles.set_up(pg_database)
    roles.set_up(pg_database, login, "operator", "Examplia Demining Unit")
    operator = DatabaseRef(conninfo="dbname={} host={} port={} user={} password={} "
                           "sslmode=disable".format(postgis.dbname, postgis.host, postgis.port,
                                                    login, password),
                           schema=pg_database.schema)
    activities = activity_reports(_table())
    activities[1]["values"]["organisation"] = "Northern Clearance Group"
    report = import_submissions(operator, kobo_xlsx(str(tmp_path / "a.xlsx"), activities,
                                                    ACTIVITY_ID))
    assert [row["status"] for row in report] == [ACCEPTED, REJECTED], report
    assert "EX-LR-0102" in report[1]["message"] and "organisation" in report[1]["message"]
    stored = _records(pg_database, "land_release_activities", ACTIVITY_FIELDS)
    assert sorted(stored) == ["EX-LR-0101"]
    assert stored["EX-LR-0101"][0]["review_status"] == "submitted"
    assert sorted(_records(pg_database, "eo_finds", FIND_FIELDS)) == ["EX-EO-0101",
                                                                     "EX-EO-0102"]
    hazards = kobo_xlsx(str(tmp_path / "h.xlsx"), surveys_from_table(_table(), ["EX-HA-0001"]))
    with pytest.raises(MineActionError, match="INSERT"):
        import_submissions(operator, hazards)
    assert _records(pg_database, "hazards", ["hazard_id"]) == {}
    connection = postgis.connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute('DROP SCHEMA "{}" CASCADE'.format(pg_database.schema))
            for name in [login] + list(roles.group_names(pg_database.schema).values()):
                cursor.execute('DROP OWNED BY "{0}"; DROP ROLE "{0}"'.format(name))
        connection.commit()
    finally:
        connection.close()
