"""Land release rules between records and the engine, without QGIS."""

import datetime

import pytest
import shapely

from mine_action_mapper.core import geodesy
from mine_action_mapper.core.codes import default_base_codes
from mine_action_mapper.core.land_release import Activity
from mine_action_mapper.core import land_release_plan as plan

D = datetime.date
SHA_LAND = shapely.box(30.0, 10.0, 30.004, 10.004)
CHA_LAND = shapely.box(30.004, 10.0, 30.006, 10.004)


def _record(hazard_id, klass, status="open", land=SHA_LAND, day=D(2020, 1, 1), parent=None):
    return plan.HazardRecord(0, hazard_id, klass, status, klass, status, day, land,
                             parent_hazard_id=parent)


def _inputs():
    records = {"H1": _record("H1", "SHA", "worked_on"),
               "H1-CHA": _record("H1-CHA", "CHA", "open", CHA_LAND, D(2021, 5, 1), "H1"),
               "H2": _record("H2", "CHA"),
               "H3-CHA": _record("H3-CHA", "CHA", parent="H3")}  # no H3: its own hazard
    return plan.hazard_inputs(records, default_base_codes())


def test_an_id_ending_in_cha_without_a_link_is_an_ordinary_hazard():
    """0.1.0 merged a user's own "H4-CHA" into H4 by its ID (issue 14)."""
    records = {"H4": _record("H4", "SHA"),
               "H4-CHA": _record("H4-CHA", "CHA", land=CHA_LAND)}
    inputs = plan.hazard_inputs(records, default_base_codes())
    assert inputs.family == {"H4": "H4", "H4-CHA": "H4-CHA"}
    assert len(inputs.hazards) == 2
    # a link to a record that is not an SHA, or a second CHA naming the same
    # SHA, stands alone as well
    records = {"H5": _record("H5", "SHA"), "H6": _record("H6", "CHA"),
               "A": _record("A", "CHA", land=CHA_LAND, parent="H5"),
               "B": _record("B", "CHA", land=CHA_LAND, parent="H5"),
               "C": _record("C", "CHA", land=CHA_LAND, parent="H6")}
    family = plan.hazard_inputs(records, default_base_codes()).family
    assert family == {"H5": "H5", "H6": "H6", "A": "H5", "B": "B", "C": "C"}


def test_a_new_confirmed_part_never_takes_an_existing_id():
    assert plan.confirmed_part_id("H1", {"H1"}) == "H1-CHA"
    assert plan.confirmed_part_id("H1", {"H1", "H1-CHA"}) == "H1-CHA-2"
    assert plan.confirmed_part_id("H1", {"H1-CHA", "H1-CHA-2"}) == "H1-CHA-3"


def test_an_sha_and_its_confirmed_record_are_one_hazard():
    inputs = _inputs()
    assert inputs.family == {"H1": "H1", "H1-CHA": "H1", "H2": "H2", "H3-CHA": "H3-CHA"}
    [h1] = [hazard for hazard in inputs.hazards if hazard.hazard_id == "H1"]
    assert h1.hazard_class == "SHA" and h1.status == "worked_on"
    assert h1.date_of_information == D(2021, 5, 1)  # the later of the two
    assert h1.confirmed_geometry.equals(CHA_LAND)


@pytest.mark.parametrize("statuses, expected", [
    (["open", "open"], "open"), (["closed", "closed"], "closed"),
    (["open", "closed"], "worked_on"), (["worked_on"], "worked_on")])
def test_family_status(statuses, expected):
    assert plan.family_status(statuses) == expected


def test_stored_ledger_and_timeline_from_plain_rows():
    inputs = _inputs()
    history = [
        dict(hazard_id="H1", activity_id="A1", event_date=D(2021, 1, 1), event="released",
             outcome="cancelled", area_m2=100.0),
        dict(hazard_id="H1", activity_id="A2", event_date=D(2021, 5, 1), event="confirmed",
             outcome="confirmed", area_m2=50.0),
        dict(hazard_id="H2", activity_id="A3", event_date=D(2021, 6, 1), event="released",
             outcome="cleared", area_m2=7.0)]
    row = plan.stored_ledger(inputs, "H1", history)
    assert row.cancelled_m2 == 100.0 and row.confirmed_m2 == 50.0 and row.cleared_m2 == 0.0
    assert row.remaining_sha_m2 == pytest.approx(geodesy.area_m2(SHA_LAND))
    assert row.remaining_cha_m2 == pytest.approx(geodesy.area_m2(CHA_LAND))
    assert row.original_m2 == pytest.approx(100.0 + row.remaining_m2)
    assert row.status == "worked_on"
    activities = [
        dict(activity_id="A2", hazard_id="H1-CHA", end_date=D(2021, 5, 1),
             activity_type="nts", outcome="confirmed", organisation=None),
        dict(activity_id="A1", hazard_id=None, end_date=D(2021, 1, 1),
             activity_type="nts", outcome="cancelled", organisation="EDU"),
        dict(activity_id="A4", hazard_id="H1", end_date=D(2022, 1, 1),
             activity_type="ts", outcome="reduced_ta", organisation=None),
        dict(activity_id="A3", hazard_id="H2", end_date=D(2021, 6, 1),
             activity_type="clearance", outcome="cleared", organisation=None)]
    timeline = plan.hazard_timeline(inputs, "H1", activities, history)
    assert [(e.activity_id, e.area_m2, e.applied) for e in timeline] == [
        ("A1", 100.0, True), ("A2", 50.0, True), ("A4", 0.0, False)]


def test_next_activity_id_takes_the_first_free_number():
    assert plan.next_activity_id("H1", []) == "H1-LR-01"
    assert plan.next_activity_id("H1", ["H1-LR-01", "H1-LR-03", None]) == "H1-LR-02"


def test_plan_splits_the_confirmed_part_into_a_new_cha_record():
    records = {"H1": _record("H1", "SHA")}
    inputs = plan.hazard_inputs(records, default_base_codes())
    east = shapely.box(30.002, 10.0, 30.004, 10.004)
    result = plan.preview_activity(inputs, "H1", Activity(
        "A1", "ts", "confirmed", D(2022, 1, 1), east, "H1", None))
    update = plan.plan_update(inputs, result)
    assert [(c.fid, c.hazard_id, c.attributes["hazard_class"]) for c in update.hazards] == [
        (0, "H1", "SHA"), (None, "H1-CHA", "CHA")]
    new = update.hazards[1]
    assert new.attributes["area_m2"] == pytest.approx(geodesy.area_m2(east), rel=1e-6)
    assert [(row["event"], row["outcome"]) for row in update.history] == [
        ("confirmed", "confirmed"), ("status_changed", None)]
