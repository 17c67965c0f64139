"""The fictional Examplia sample programme in sample_data/ matches the data model.

Every record in sample_data/ is invented (see sample_data/README.md). These
tests check the CSVs against core/schema.py and core/vocabulary.py and check
that the survey tables and activities hold the cases later work relies on.
"""

import csv
import datetime
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from shapely import wkt as shapely_wkt

from mine_action_mapper.core import schema, vocabulary

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
LAYERS = ("hazards", "survey_points", "land_release_activities", "eo_finds", "tasks",
          "site_points", "access_routes", "accidents")
#: the one deliberate date QA case: an NTS report older than its hazard's
#: date of information (IMSMA NG would not let it change the record)
STALE_ACTIVITY = "EX-LR-0012"
#: the deliberate overlap and no-hazard QA cases
OVERLAPPING_ACTIVITY = ("EX-LR-0008", "EX-LR-0002")
SPANNING_ACTIVITY = "EX-LR-0010"
ORPHAN_ACTIVITY = "EX-LR-0011"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# the programme's bounding box (lon/lat): catches swapped axes
LON_RANGE, LAT_RANGE = (-109.0, -108.6), (49.95, 50.15)


def read(name):
    with open(SAMPLE / f"{name}.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


@pytest.fixture(scope="module")
def data():
    return {name: read(name)[1] for name in LAYERS}


def geometry(row):
    return shapely_wkt.loads(row["wkt"])


@pytest.mark.parametrize("name", LAYERS)
def test_columns_are_schema_fields(name):
    columns, rows = read(name)
    layer = schema.BY_NAME[name]
    fields = set(layer.field_names())
    extra = set(columns) - fields - {"wkt"}
    assert not extra, f"{name}: unknown columns {extra}"
    assert len(columns) == len(set(columns))
    assert not {"uuid", "created_at", "created_by"} & set(columns)
    if name == "survey_points":
        assert "wkt" not in columns  # positions come from the traverse
    else:
        assert ("wkt" in columns) == bool(layer.geometry)
    for field in layer.fields:
        if field.not_null and field.name not in ("uuid",) + schema.REVIEW_FIELDS:
            assert field.name in columns, f"{name}: missing not-null {field.name}"
    assert rows, name


@pytest.mark.parametrize("name", LAYERS)
def test_values_match_field_kinds_and_vocabularies(name):
    _columns, rows = read(name)
    layer = schema.BY_NAME[name]
    for row in rows:
        for column, value in row.items():
            if column == "wkt":
                continue
            field = layer.field(column)
            if value == "":
                assert not field.not_null, f"{name}.{column} empty in {row}"
                continue
            if field.lookup:
                assert value in vocabulary.BY_NAME[field.lookup], \
                    f"{name}.{column}: {value!r} not in {field.lookup}"
            if field.kind == schema.DATE:
                assert ISO_DATE.match(value), f"{name}.{column}: {value!r}"
                datetime.date.fromisoformat(value)
            elif field.kind == schema.INTEGER:
                int(value)
            elif field.kind == schema.REAL:
                float(value)
            elif field.kind == schema.BOOLEAN:
                assert value in ("true", "false")
            if field.length:
                assert len(value) <= field.length


@pytest.mark.parametrize("name", [n for n in LAYERS if n != "survey_points"])
def test_wkt_parses_is_valid_and_in_lon_lat(name):
    _columns, rows = read(name)
    layer = schema.BY_NAME[name]
    for row in rows:
        if not row["wkt"]:
            assert name == "hazards"  # surveyed hazards: computed from the table
            continue
        geom = geometry(row)
        assert geom.is_valid and not geom.is_empty, row
        assert geom.geom_type == layer.geometry, (geom.geom_type, layer.geometry)
        minx, miny, maxx, maxy = geom.bounds
        assert LON_RANGE[0] < minx <= maxx < LON_RANGE[1]
        assert LAT_RANGE[0] < miny <= maxy < LAT_RANGE[1]


def test_unique_ids(data):
    for name in LAYERS:
        key = schema.BY_NAME[name].key_field
        if key:
            values = [row[key] for row in data[name]]
            assert len(values) == len(set(values)), name
    pairs = [(r["hazard_id"], r["point_no"]) for r in data["survey_points"]]
    assert len(pairs) == len(set(pairs))


def test_every_hazard_says_it_is_fictional(data):
    for row in data["hazards"]:
        assert "FICTIONAL" in row["remarks"]
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8").lower()
    assert "fictional" in readme and "not a real" in readme


def test_links_point_at_existing_records(data):
    hazards = {r["hazard_id"] for r in data["hazards"]}
    tasks = {r["task_id"] for r in data["tasks"]}
    activities = {r["activity_id"] for r in data["land_release_activities"]}
    for name in ("survey_points", "land_release_activities", "eo_finds", "tasks",
                 "site_points", "access_routes", "accidents"):
        for row in data[name]:
            assert row["hazard_id"] in hazards | {""}, (name, row["hazard_id"])
            if "task_id" in row:
                assert row["task_id"] in tasks | {""}, (name, row["task_id"])
    for row in data["eo_finds"]:
        assert row["activity_id"] in activities
    for row in data["tasks"]:
        assert row["hazard_id"] in hazards


def survey_tables(data):
    tables = defaultdict(list)
    for row in data["survey_points"]:
        tables[row["hazard_id"]].append(row)
    return tables


def test_survey_tables_follow_the_from_point_model(data):
    for hazard_id, rows in survey_tables(data).items():
        numbers = [int(r["point_no"]) for r in rows]
        assert numbers == sorted(numbers), hazard_id
        benchmarks = [r for r in rows if r["point_type"] == "benchmark"]
        assert len(benchmarks) == 1, hazard_id
        bm = benchmarks[0]
        assert bm["point_no"] == "0" and bm["from_point"] == "" and bm["bearing"] == ""
        assert bm["coord_entered"] and bm["fixed_by"] == "gps"
        assert sum(r["point_type"] == "start" for r in rows) == 1, hazard_id
        assert sum(r["point_type"] == "end" for r in rows) <= 1, hazard_id
        seen = set()
        for row in rows:
            number = int(row["point_no"])
            if row is not bm:
                assert int(row["from_point"]) in seen, (hazard_id, number)
                unit = row["bearing_unit"]
                bearing = float(row["bearing"])
                assert 0 <= bearing < vocabulary.UNITS_PER_CIRCLE[unit]
                assert row["bearing_text"] and row["north_reference"]
                assert float(row["distance_m"]) > 0
                assert row["coord_entered"] == ""
            seen.add(number)
        perimeter = [r for r in rows if r["point_type"] in vocabulary.PERIMETER_POINT_TYPES]
        assert len(perimeter) >= 4, hazard_id
        assert all(r["survey_date"] for r in rows)


def test_hazard_geometry_comes_from_table_or_sketch(data):
    tables = survey_tables(data)
    for row in data["hazards"]:
        if row["hazard_id"] in tables:
            assert row["wkt"] == "", row["hazard_id"]
        else:
            assert row["wkt"], row["hazard_id"]  # digitised from a sketch map


def wmm_epoch(date_text):
    year = int(date_text[:4])
    return None if year < 2010 else 2010 + 5 * ((year - 2010) // 5)


def test_survey_conventions_cover_what_later_work_needs(data):
    tables = survey_tables(data)
    units, norths, epochs, formats = set(), set(), set(), set()
    radial = slopes = 0
    for hazard_id, rows in tables.items():
        observed = [r for r in rows if r["point_type"] != "benchmark"]
        units |= {r["bearing_unit"] for r in observed}
        norths |= {r["north_reference"] for r in observed}
        magnetic = [r for r in observed if r["north_reference"] == "magnetic"]
        for row in magnetic:
            epoch = wmm_epoch(row["survey_date"])
            if epoch is None:  # no WMM model: the manual declination is recorded
                assert row["declination_deg"] != "", (hazard_id, row["point_no"])
            else:
                epochs.add(epoch)
        slopes += sum(r["slope_deg"] != "" for r in observed)
        perimeter = [r for r in rows if r["point_type"] in vocabulary.PERIMETER_POINT_TYPES]
        radial += all(r["from_point"] == "0" for r in perimeter)
        text = rows[0]["coord_entered"]
        if re.match(r"^\d{1,2}[C-X] \d{6} \d{7}$", text):
            formats.add("utm")
        elif re.match(r"^\d{1,2}[C-X] ?[A-Z]{2} ?\d{5} ?\d{5}$", text):
            formats.add("mgrs")
        else:
            formats.add("latlon")
    assert units == {"deg", "mil_nato", "mil_wp"}
    assert norths == {"magnetic", "grid", "true"}
    assert epochs == {2010, 2015, 2020, 2025}
    assert formats == {"latlon", "utm", "mgrs"}
    assert slopes >= 1 and radial >= 1


def test_activity_outcomes_and_dates(data):
    doi = {r["hazard_id"]: r["date_of_information"] for r in data["hazards"]}
    stale = []
    for row in data["land_release_activities"]:
        assert row["outcome"] in vocabulary.OUTCOMES_BY_ACTIVITY[row["activity_type"]]
        if row["start_date"]:
            assert row["end_date"] >= row["start_date"]
        assert "2015-01-01" <= row["end_date"] <= "2025-12-31"
        if row["hazard_id"] and row["end_date"] < doi[row["hazard_id"]]:
            stale.append(row["activity_id"])
    assert stale == [STALE_ACTIVITY]
    for row in data["tasks"]:
        assert row["due_date"] >= row["start_date"] >= row["issue_date"]


def test_deliberate_activity_cases(data):
    acts = {r["activity_id"]: r for r in data["land_release_activities"]}
    hazards = {r["hazard_id"]: r for r in data["hazards"]}
    outcomes = {r["outcome"] for r in acts.values()}
    assert set(vocabulary.RELEASING_OUTCOMES) | {"confirmed"} <= outcomes
    later, earlier = (geometry(acts[a]) for a in OVERLAPPING_ACTIVITY)
    assert later.intersection(earlier).area > 0
    assert acts[OVERLAPPING_ACTIVITY[0]]["start_date"] > acts[OVERLAPPING_ACTIVITY[1]]["end_date"]
    assert acts[SPANNING_ACTIVITY]["hazard_id"] == ""
    assert acts[ORPHAN_ACTIVITY]["hazard_id"] == ""
    confirmed = [a for a in acts.values() if a["outcome"] == "confirmed"]
    assert confirmed and all(hazards[a["hazard_id"]]["hazard_class"] == "SHA"
                             for a in confirmed)
    # the orphan overlaps no other activity, task or digitised hazard
    orphan = geometry(acts[ORPHAN_ACTIVITY])
    others = [geometry(r) for name in ("land_release_activities", "tasks", "hazards")
              for r in data[name] if r["wkt"] and r.get("activity_id") != ORPHAN_ACTIVITY]
    assert not any(orphan.intersects(g) for g in others)


def test_finds_lie_in_their_activity(data):
    acts = {r["activity_id"]: r for r in data["land_release_activities"]}
    assert len(data["eo_finds"]) >= 15
    for row in data["eo_finds"]:
        act = acts[row["activity_id"]]
        assert act["outcome"] in ("cleared", "confirmed")
        assert row["hazard_id"] == act["hazard_id"]
        assert geometry(act).contains(geometry(row)), row["find_id"]


def test_every_task_has_its_safety_layout(data):
    needed = set(vocabulary.SITE_POINT_TYPE.codes())
    for task in data["tasks"]:
        sites = {r["site_type"] for r in data["site_points"] if r["task_id"] == task["task_id"]}
        assert sites == needed, task["task_id"]
        routes = {r["route_type"] for r in data["access_routes"]
                  if r["task_id"] == task["task_id"]}
        assert {"access", "casevac"} <= routes, task["task_id"]


def test_generator_reproduces_the_shipped_files(tmp_path):
    pytest.importorskip("pygeomag")
    subprocess.run([sys.executable, str(SAMPLE / "generate.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in LAYERS + ("expected_closures",):
        suffix = ".json" if name == "expected_closures" else ".csv"
        shipped = (SAMPLE / f"{name}{suffix}").read_bytes()
        assert (tmp_path / f"{name}{suffix}").read_bytes() == shipped, name
