"""Land release statistics on the sample programme: they agree with the
engine's ledger before the update and with the stored release history and
ledger after it (to the m²), the database is untouched, and the workbook
holds one sheet per table."""

import datetime
import hashlib
from pathlib import Path

import pytest

from mine_action_mapper.core.codes import to_base
from mine_action_mapper.store import land_release_io as records
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.importer import csv_layer
from mine_action_mapper.store.lookups import base_codes

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
AS_OF = datetime.date(2026, 6, 30)
TABLES = {"RELEASED": "released", "REMAINING": "remaining",
          "REMAINING_AS_OF": "remaining_as_of", "EO": "eo", "CONSISTENCY": "consistency",
          "BENEFICIARIES": "beneficiaries", "TEAMS": "team", "CASUALTIES": "casualties"}
M2 = 0.01  # "to the m²", with room to spare


def _run(algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters)


@pytest.fixture()
def programme(database):
    """The sample programme imported as the demo does, land release not applied."""
    survey = _run("hazardpolygonsfromsurvey", {
        "INPUT": csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False),
        "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"})
    for table, geometries in (("hazards", survey["OUTPUT"]),
                              ("land_release_activities", None), ("eo_finds", None),
                              ("accidents", None)):
        _run("importrecords", {
            "INPUT": csv_layer(str(SAMPLE / (table + ".csv")), True, "EPSG:4326"),
            "DATABASE": database, "TABLE": table, "GEOMETRIES": geometries})
    return database


def _rows(layer):
    return [{name: python_value(f[name]) for name in layer.fields().names()}
            for f in layer.getFeatures()]


def _statistics(database, **extra):
    parameters = {"DATABASE": database, "AS_OF": AS_OF.isoformat(),
                  "START": "2010-01-01", "END": AS_OF.isoformat(), "SPLIT": 0}
    parameters.update({key: "memory:" for key in TABLES})
    parameters.update(extra)
    parameters = {key: value for key, value in parameters.items() if value is not None}
    out = _run("landreleasestatistics", parameters)
    return out, {table: _rows(out[key]) for key, table in TABLES.items()}


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _totals(rows, *columns):
    return {column: sum(row[column] for row in rows) for column in columns}


RELEASED = ("cancelled_m2", "reduced_ta_m2", "reduced_nta_m2", "cleared_m2")


def test_sample_statistics_agree_with_the_ledger_and_the_release_history(
        programme, provider, tmp_path):
    ledger = _rows(_run("computelandrelease", {
        "HAZARDS": open_layer(programme, "hazards"),
        "ACTIVITIES": open_layer(programme, "land_release_activities"),
        "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
        "HISTORY": "memory:", "QA": "memory:"})["LEDGER"])
    expected = _totals(ledger, *RELEASED, "remaining_sha_m2", "remaining_cha_m2")
    assert sum(expected[c] for c in RELEASED) > 100000  # the sample releases land

    before = _digest(programme)
    _out, pending = _statistics(programme)
    assert _digest(programme) == before  # read only
    got = _totals(pending["released"], *RELEASED)
    for column in RELEASED:
        assert got[column] == pytest.approx(expected[column], abs=M2), column
    as_of = pending["remaining_as_of"]
    assert sum(r["sha_m2"] for r in as_of) == pytest.approx(expected["remaining_sha_m2"], abs=M2)
    assert sum(r["cha_m2"] for r in as_of) == pytest.approx(expected["remaining_cha_m2"], abs=M2)
    for row in pending["consistency"]:
        assert row["difference_m2"] == pytest.approx(0.0, abs=1e-6), row

    # EO found and destroyed: the eo_finds quantities, by category
    finds = _rows(open_layer(programme, "eo_finds"))
    by_category = {}
    for find in finds:
        cell = by_category.setdefault(find["eo_category"], [0, 0])
        cell[0] += find["quantity"]
        cell[1] += find["quantity"] if find["destroyed"] else 0
    got = {}
    for row in pending["eo"]:
        cell = got.setdefault(row["eo_category"], [0, 0])
        cell[0] += row["found"]
        cell[1] += row["destroyed"]
    assert got == by_category

    # after the update the same figures come from the stored release history
    _run("updatedatabase", {"DATABASE": programme})
    _out, stored = _statistics(programme)
    for table in ("released", "remaining", "remaining_as_of", "consistency"):
        assert len(stored[table]) == len(pending[table]), table
        for mine, theirs in zip(stored[table], pending[table]):
            for column, value in mine.items():
                if isinstance(value, float):
                    assert value == pytest.approx(theirs[column], abs=M2), (table, column)
                else:
                    assert value == theirs[column], (table, column, mine, theirs)
    codes = base_codes(open_layer(programme, "lookups"))
    history = _rows(open_layer(programme, "release_history"))
    for row in stored["released"]:
        for column in RELEASED:
            outcome = column[:-3]
            year = int(row["period"])
            assert row[column] == pytest.approx(sum(
                h["area_m2"] for h in history if h["event"] == "released"
                and to_base(codes, "release_outcome", h["outcome"]) == outcome
                and h["event_date"].year == year), abs=M2), (row["period"], column)
    # the database's own ledger (the dock's): history rows plus records' land
    inputs = records.read_hazards(open_layer(programme, "hazards"), codes)
    stored_rows = [records.stored_ledger(inputs, hazard.hazard_id,
                                         open_layer(programme, "release_history"))
                   for hazard in inputs.hazards]
    assert sum(r.remaining_sha_m2 for r in stored_rows) == pytest.approx(
        sum(r["sha_m2"] for r in stored["remaining_as_of"]), abs=M2)
    assert sum(r.remaining_cha_m2 for r in stored_rows) == pytest.approx(
        sum(r["cha_m2"] for r in stored["remaining_as_of"]), abs=M2)


def test_grouped_by_region_and_class_with_a_workbook(programme, provider, tmp_path):
    from osgeo import ogr
    workbook = tmp_path / "statistics.xlsx"
    # region (0) and hazard class (4), by quarter
    out, tables = _statistics(programme, GROUP_BY=[0, 4], SPLIT=1,
                              START="2015-01-01", END="2016-12-31",
                              WORKBOOK=str(workbook))
    assert out["WORKBOOK"] == str(workbook)
    assert not list(tmp_path.glob(".mam-partial-*"))
    assert {r["period"] for r in tables["released"]} == {
        "{}-Q{}".format(y, q) for y in (2015, 2016) for q in (1, 2, 3, 4)}
    assert {r["hazard_class"] for r in tables["remaining"]} == {"SHA", "CHA"}
    assert all(r["region"] for r in tables["remaining"])
    for row in tables["consistency"]:
        assert row["difference_m2"] == pytest.approx(0.0, abs=1e-6), row
    dataset = ogr.Open(str(workbook))
    assert dataset.GetDriver().GetName() == "XLSX"
    sheets = {dataset.GetLayer(i).GetName(): dataset.GetLayer(i)
              for i in range(dataset.GetLayerCount())}
    assert set(sheets) == set(TABLES.values())
    for table, rows in tables.items():
        sheet = sheets[table]
        assert sheet.GetFeatureCount() == len(rows), table
        names = [sheet.GetLayerDefn().GetFieldDefn(i).GetName()
                 for i in range(sheet.GetLayerDefn().GetFieldCount())]
        assert names == list(rows[0]) if rows else True
    first = next(iter(sheets["released"]))
    row = tables["released"][0]
    assert first.GetField("cleared_m2") == pytest.approx(row["cleared_m2"])
    assert first.GetField("region") == row["region"]


def _csv(table):
    import csv
    with open(SAMPLE / (table + ".csv"), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_sample_people_tables_agree_with_the_records(programme, provider):
    """Beneficiaries per handover year, teams per end year and casualties
    per accident year, summed here straight from the sample's CSV files:
    the people counted, and the records that did not record a figure."""
    from mine_action_mapper.core import schema
    from mine_action_mapper.core.disaggregated_stats import BENEFICIARY_CATEGORIES
    _out, tables = _statistics(programme, GROUP_BY=[2])  # by organisation
    expected = {}
    releasing = {"cancelled", "reduced_ta", "reduced_nta", "cleared"}

    def add(table, year, organisation, category, text):
        cell = expected.setdefault((table, year, organisation, category), [0, 0, 0])
        if text == "":
            cell[2] += 1
        else:
            cell[0] += int(text)
            cell[1] += 1
    for row in _csv("land_release_activities"):
        for category, name in zip(("women", "men"), schema.TEAM_FIELDS):
            add("team", row["end_date"][:4], row["organisation"], (category,), row[name])
        if row["outcome"] in releasing:
            year = (row["handover_date"] or row["end_date"])[:4]
            for category, name in zip(BENEFICIARY_CATEGORIES, schema.BENEFICIARY_FIELDS):
                add("beneficiaries", year, row["organisation"], (category,), row[name])
    for row in _csv("accidents"):
        for name in schema.CASUALTY_FIELDS:
            outcome, category = name.split("_", 1)
            add("casualties", row["accident_date"][:4], row["organisation"],
                (outcome, category), row.get(name, ""))  # a column all empty is left out
    found = {}
    for table in ("beneficiaries", "team", "casualties"):
        for row in tables[table]:
            category = (row["outcome"], row["category"]) if table == "casualties" \
                else (row["category"],)
            cell = (row["people"], row["recorded"], row["not_recorded"])
            if cell != (0, 0, 0):
                found[(table, row["period"], row["organisation"], category)] = list(cell)
    assert found == expected
    # some figures were not recorded, and they are not zeros
    assert expected[("beneficiaries", "2015", "Examplia Demining Unit", ("women",))] == \
        [0, 0, 1]
    assert expected[("casualties", "2014", "Examplia Mine Action Centre",
                     ("injured", "boys"))] == [1, 1, 0]


def test_an_end_before_the_start_is_refused(programme, provider):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="before its start"):
        _statistics(programme, START="2020-01-01", END="2019-12-31")


@pytest.fixture()
def statistics_connection(postgis):
    """A QGIS PostgreSQL connection to the test server, saved by name."""
    from qgis.core import QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis.conninfo(), {
        "saveUsername": True, "savePassword": True}), "Statistics (tests)")
    yield "Statistics (tests)"
    metadata.deleteConnection("Statistics (tests)")


def test_postgis_database_gives_the_same_tables_as_a_geopackage(
        pg_database, database, statistics_connection, provider, add_rows):
    """The same records, with a programme's own class known only to each
    database's lookups, on both backends."""
    import shapely
    D = datetime.date
    for target in (pg_database, database):
        add_rows(target, "lookups", [dict(
            vocabulary="hazard_class", code="DHA", label="Defined Hazardous Area",
            base_code="CHA", sort_order=5, active=True)])
        add_rows(target, "hazards", [dict(
            hazard_id="H1", hazard_class="DHA", status="open", region="North",
            date_of_information=D(2020, 1, 1), geometry=shapely.box(30.0, 10.0, 30.01, 10.01))])
        add_rows(target, "land_release_activities", [dict(
            activity_id="A1", activity_type="clearance", outcome="cleared",
            end_date=D(2021, 3, 1), hazard_id="H1", organisation="MAG",
            geometry=shapely.box(30.0, 10.0, 30.002, 10.004))])
        add_rows(target, "eo_finds", [dict(
            find_id="F1", hazard_id="H1", activity_id="A1", eo_category="ap_mine",
            quantity=3, find_date=D(2021, 2, 1), destroyed=True,
            geometry=shapely.Point(30.001, 10.001))])
    common = {"START": "2020-01-01", "END": "2021-12-31", "AS_OF": "2021-12-31",
              "GROUP_BY": [0, 4]}
    _out, on_pg = _statistics(None, CONNECTION=statistics_connection,
                              SCHEMA=pg_database.schema, DATABASE=None, **common)
    _out, on_gpkg = _statistics(database, **common)
    assert on_pg == on_gpkg
    cleared = [r for r in on_gpkg["released"] if r["cleared_m2"] > 0]
    assert [(r["period"], r["region"], r["hazard_class"]) for r in cleared] == [
        ("2021", "North", "CHA")]
    assert [(r["eo_category"], r["found"], r["destroyed"]) for r in on_gpkg["eo"]] == [
        ("ap_mine", 3, 3)]
