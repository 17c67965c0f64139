"""Land release engine: worked examples checked against geographiclib, QA
flags, SHA -> CHA confirmation, multi-hazard split, date order, errors."""

import datetime

import pytest
from geographiclib.geodesic import Geodesic
from shapely.geometry import Polygon, box

from mine_action_mapper.core import errors, i18n, land_release as lr
from mine_action_mapper.core import release_qa as qa

D = datetime.date
TOL = 1e-3  # m², ellipsoidal sums of parts agree far better than this here


def geographiclib_area(minx, miny, maxx, maxy, steps=100):
    """Independent ellipsoidal area of a lon/lat box whose edges are straight
    in lon/lat (followed closely by many short geodesics)."""
    polygon = Geodesic.WGS84.Polygon()
    corners = ((minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny))
    for (x1, y1), (x2, y2) in zip(corners, corners[1:]):
        for k in range(steps):
            polygon.AddPoint(y1 + (y2 - y1) * k / steps, x1 + (x2 - x1) * k / steps)
    _n, _perimeter, area = polygon.Compute(False, True)
    return abs(area)


def hazard(hid, geometry, klass="SHA", day=D(2020, 1, 1), **kw):
    return lr.Hazard(hid, geometry, klass, day, **kw)


def activity(aid, kind, outcome, day, geometry, hid=None, org="HALO"):
    return lr.Activity(aid, kind, outcome, day, geometry, hid, org)


SQUARE = (30.0, 10.0, 30.01, 10.01)  # about 1.1 km x 1.1 km


def test_cancel_west_half_of_an_sha():
    west = (30.0, 10.0, 30.005, 10.01)
    east = (30.005, 10.0, 30.01, 10.01)
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("A1", "nts", "cancelled", D(2021, 5, 1), box(*west))])
    row = result.ledger["H1"]
    assert row.original_m2 == pytest.approx(geographiclib_area(*SQUARE), abs=TOL)
    # the east half keeps the hazard's split edges: sum of halves, not the whole
    assert row.cancelled_m2 == pytest.approx(geographiclib_area(*west), abs=TOL)
    assert row.remaining_sha_m2 == pytest.approx(geographiclib_area(*east), abs=TOL)
    assert row.remaining_cha_m2 == 0
    assert abs(row.imbalance_m2) < 0.01
    assert row.status == "worked_on"
    [part] = result.released
    assert (part.hazard_id, part.activity_id, part.outcome, part.from_class,
            part.release_date, part.organisation) == (
        "H1", "A1", "cancelled", "SHA", D(2021, 5, 1), "HALO")
    assert result.flags == []
    events = [(e.event, e.from_status, e.to_status) for e in result.history]
    assert events == [("released", None, None), ("status_changed", "open", "worked_on")]


def test_confirmation_turns_sha_into_cha_then_clearance_clears_it():
    middle = (30.003, 10.0, 30.006, 10.01)
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("C1", "clearance", "cleared", D(2022, 1, 1), box(*middle)),
         activity("T1", "ts", "confirmed", D(2021, 1, 1), box(30.003, 10.0, 30.008, 10.01)),
         activity("T2", "ts", "reduced_ta", D(2021, 6, 1), box(30.006, 10.0, 30.01, 10.01))])
    row = result.ledger["H1"]
    confirmed = (30.003, 10.0, 30.008, 10.01)
    assert row.confirmed_m2 == pytest.approx(geographiclib_area(*confirmed), abs=TOL)
    # T2 reduces the east of the confirmed band too: CHA land reduced by TS
    assert row.reduced_ta_m2 == pytest.approx(
        geographiclib_area(30.006, 10.0, 30.01, 10.01), abs=TOL)
    assert row.cleared_m2 == pytest.approx(geographiclib_area(*middle), abs=TOL)
    assert row.remaining_cha_m2 == 0
    assert row.remaining_sha_m2 == pytest.approx(
        geographiclib_area(30.0, 10.0, 30.003, 10.01), abs=TOL)
    by_activity = {(p.activity_id, p.from_class): p.area_m2 for p in result.released}
    assert set(by_activity) == {("T2", "SHA"), ("T2", "CHA"), ("C1", "CHA")}
    confirm = [e for e in result.history if e.event == lr.EVENT_CONFIRMED]
    assert [(e.activity_id, e.from_class, e.to_class) for e in confirm] == [("T1", "SHA", "CHA")]
    assert abs(row.imbalance_m2) < 0.01


def test_sha_can_end_partly_cha():
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("N1", "nts", "confirmed", D(2021, 1, 1), box(30.0, 10.0, 30.002, 10.01))])
    classes = sorted(part.hazard_class for part in result.remaining)
    assert classes == ["CHA", "SHA"]
    row = result.ledger["H1"]
    assert row.remaining_cha_m2 == pytest.approx(
        geographiclib_area(30.0, 10.0, 30.002, 10.01), abs=TOL)
    assert row.released_m2 == 0 and row.status == "worked_on"


def test_unlinked_activity_spanning_two_hazards_splits():
    west, east = (30.0, 10.0, 30.01, 10.01), (30.01, 10.0, 30.02, 10.01)
    result = lr.release_land(
        [hazard("W", box(*west)), hazard("E", box(*east), "CHA")],
        [activity("A1", "clearance", "cleared", D(2021, 1, 1),
                  box(30.005, 10.0, 30.015, 10.01))])
    parts = {(p.hazard_id, p.from_class): p.area_m2 for p in result.released}
    assert parts == pytest.approx({
        ("W", "SHA"): geographiclib_area(30.005, 10.0, 30.01, 10.01),
        ("E", "CHA"): geographiclib_area(30.01, 10.0, 30.015, 10.01)}, abs=TOL)
    assert result.ledger["W"].cleared_m2 == parts[("W", "SHA")]
    assert result.ledger["E"].cleared_m2 == parts[("E", "CHA")]


def test_linked_activity_acts_only_on_its_hazard():
    result = lr.release_land(
        [hazard("W", box(30.0, 10.0, 30.01, 10.01)),
         hazard("E", box(30.01, 10.0, 30.02, 10.01))],
        [activity("A1", "clearance", "cleared", D(2021, 1, 1),
                  box(30.005, 10.0, 30.015, 10.01), hid="E")])
    assert result.ledger["W"].released_m2 == 0
    assert result.ledger["W"].status == "open"
    assert result.ledger["E"].cleared_m2 == pytest.approx(
        geographiclib_area(30.01, 10.0, 30.015, 10.01), abs=TOL)


def test_first_method_counts_overlap_in_date_order_not_row_order():
    overlap = (30.004, 10.0, 30.006, 10.01)
    activities = [
        activity("Z-clear", "clearance", "cleared", D(2022, 1, 1),
                 box(30.004, 10.0, 30.01, 10.01)),
        activity("A-reduce", "ts", "reduced_nta", D(2021, 1, 1),
                 box(30.0, 10.0, 30.006, 10.01)),
    ]
    result = lr.release_land([hazard("H1", box(*SQUARE))], activities)
    row = result.ledger["H1"]
    assert row.reduced_nta_m2 == pytest.approx(
        geographiclib_area(30.0, 10.0, 30.006, 10.01), abs=TOL)
    assert row.cleared_m2 == pytest.approx(
        geographiclib_area(30.006, 10.0, 30.01, 10.01), abs=TOL)
    assert row.status == "closed"
    [flag] = result.flags
    assert (flag.code, flag.activity_id, flag.hazard_id) == (
        qa.ALREADY_RELEASED, "Z-clear", "H1")
    assert flag.area_m2 == pytest.approx(geographiclib_area(*overlap), rel=1e-6)
    statuses = [(e.activity_id, e.from_status, e.to_status)
                for e in result.history if e.event == lr.EVENT_STATUS]
    assert statuses == [("A-reduce", "open", "worked_on"), ("Z-clear", "worked_on", "closed")]


def test_same_day_ties_are_broken_by_activity_id():
    activities = [activity(aid, "nts", "cancelled", D(2021, 1, 1), box(*SQUARE))
                  for aid in ("B", "A")]
    result = lr.release_land([hazard("H1", box(*SQUARE))], activities)
    assert [p.activity_id for p in result.released] == ["A"]
    assert [(f.code, f.activity_id) for f in result.flags] == [(qa.ALREADY_RELEASED, "B")]


def test_activity_outside_every_hazard_is_flagged():
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("A1", "nts", "cancelled", D(2021, 1, 1), box(31.0, 10.0, 31.01, 10.01)),
         activity("A2", "nts", "cancelled", D(2021, 1, 1), box(30.01, 10.0, 30.02, 10.01))])
    codes = [(f.code, f.activity_id) for f in result.flags]
    # A2 only touches the hazard's edge: no area in common
    assert codes == [(qa.ACTIVITY_OUTSIDE_HAZARDS, "A1"), (qa.ACTIVITY_OUTSIDE_HAZARDS, "A2")]
    assert result.ledger["H1"].released_m2 == 0


def test_activity_dated_before_hazard_record_does_not_change_it():
    result = lr.release_land(
        [hazard("H1", box(*SQUARE), day=D(2021, 6, 1))],
        [activity("A1", "clearance", "cleared", D(2021, 5, 31), box(*SQUARE))])
    assert [(f.code, f.activity_id, f.hazard_id) for f in result.flags] == [
        (qa.ACTIVITY_BEFORE_HAZARD, "A1", "H1")]
    assert result.ledger["H1"].released_m2 == 0
    assert result.ledger["H1"].status == "open"


TODAY = D(2026, 3, 1)


def test_a_future_activity_is_flagged_and_not_applied():
    """A typo like 2062 for 2026 must not release land nor date the hazard then."""
    west = (30.0, 10.0, 30.005, 10.01)
    activities = [activity("A1", "nts", "cancelled", D(2026, 2, 20), box(*west), "H1"),
                  activity("A2", "clearance", "cleared", D(2062, 2, 20), box(*SQUARE), "H1"),
                  activity("A3", "ts", "reduced_nta", TODAY + lr.FUTURE_GRACE, box(*SQUARE))]
    result = lr.release_land([hazard("H1", box(*SQUARE))], activities, today=TODAY)
    [flag] = result.flags_with(qa.FUTURE_DATE)
    assert (flag.activity_id, flag.hazard_id) == ("A2", "H1")
    assert "not applied" in flag.message
    assert [r.activity_id for r in result.released] == ["A1", "A3"]  # a day's grace: applied
    assert result.ledger["H1"].cleared_m2 == 0
    [after] = result.as_hazards()
    assert after.date_of_information == TODAY + lr.FUTURE_GRACE
    assert all(e.activity_id != "A2" for e in result.history)
    # the same activities a day later: A3 is past, nothing changes again
    again = lr.release_land([after], activities, today=TODAY + lr.FUTURE_GRACE)
    assert again.released == [] and [f.activity_id for f in again.flags_with(qa.FUTURE_DATE)] == [
        "A2"]


def test_no_date_of_information_moves_past_today():
    activities = [activity("A%d" % k, "nts", "cancelled", TODAY + datetime.timedelta(days=k),
                           box(30.0 + 0.001 * k, 10.0, 30.0 + 0.001 * (k + 1), 10.01), "H1")
                  for k in range(-3, 4)]
    result = lr.release_land([hazard("H1", box(*SQUARE))], activities, today=TODAY)
    assert result.as_hazards()[0].date_of_information <= TODAY + lr.FUTURE_GRACE
    assert sorted(f.activity_id for f in result.flags_with(qa.FUTURE_DATE)) == ["A2", "A3"]


def test_a_future_hazard_date_is_flagged():
    result = lr.release_land([hazard("H1", box(*SQUARE), day=D(2062, 1, 1))],
                             [activity("A1", "nts", "cancelled", D(2026, 1, 1), box(*SQUARE))],
                             today=TODAY)
    assert [f.code for f in result.flags] == [qa.ACTIVITY_BEFORE_HAZARD, qa.FUTURE_HAZARD_DATE]
    assert result.ledger["H1"].released_m2 == 0


def test_released_sliver_below_tolerance_is_dropped_and_reported():
    # a 1e-7 degree strip (about 1.1 cm x 1.1 km = 12 m²) and a 1e-9 one (0.12 m²)
    wide = box(30.01 - 1e-7, 10.0, 30.02, 10.01)
    thin = box(30.01 - 1e-9, 10.0, 30.02, 10.01)
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("WIDE", "nts", "cancelled", D(2021, 1, 1), wide),
         activity("THIN", "nts", "cancelled", D(2021, 1, 1), thin)])
    assert result.ledger["H1"].cancelled_m2 == pytest.approx(
        geographiclib_area(30.01 - 1e-7, 10.0, 30.01, 10.01), rel=1e-3)
    slivers = result.flags_with(qa.SLIVER)
    assert [(f.activity_id, f.hazard_id) for f in slivers] == [("THIN", "H1")]
    assert 0 < slivers[0].area_m2 < 1.0
    assert result.flags_with(qa.ACTIVITY_OUTSIDE_HAZARDS)[0].activity_id == "THIN"
    # the tolerance is a setting: at 0.01 m² the thin strip is released too
    fine = lr.release_land([hazard("H1", box(*SQUARE))],
                           [activity("THIN", "nts", "cancelled", D(2021, 1, 1), thin)],
                           tolerance_m2=0.01)
    assert fine.ledger["H1"].cancelled_m2 == pytest.approx(0.12, rel=0.1)
    assert fine.flags == []


def test_remaining_sliver_next_to_the_activity_is_released_with_it():
    almost = box(30.0, 10.0, 30.01 - 1e-9, 10.01)
    result = lr.release_land([hazard("H1", box(*SQUARE))],
                             [activity("A1", "clearance", "cleared", D(2021, 1, 1), almost)])
    row = result.ledger["H1"]
    assert row.remaining_m2 == 0 and row.status == "closed"
    assert row.cleared_m2 == pytest.approx(row.original_m2, abs=0.01)
    [flag] = result.flags
    assert flag.code == qa.SLIVER and 0 < flag.area_m2 < 1.0


def test_a_class_part_below_tolerance_joins_the_other_classes_record():
    # the east half is confirmed CHA; the cancellation releases a 1 m wide strip
    # of the SHA and grazes the CHA by 4e-6 degrees (about 0.4 m²)
    cancelled = box(30.0, 10.0, 30.005 + 4e-6, 10.0 + 9e-6)
    result = lr.release_land(
        [hazard("H1", box(*SQUARE))],
        [activity("A1", "nts", "confirmed", D(2021, 1, 1), box(30.005, 10.0, 30.01, 10.01)),
         activity("A2", "nts", "cancelled", D(2021, 2, 1), cancelled)])
    [part] = result.released
    assert (part.activity_id, part.from_class) == ("A2", "SHA")
    assert part.area_m2 == pytest.approx(geographiclib_area(*cancelled.bounds), abs=0.01)
    row = result.ledger["H1"]
    assert row.cancelled_m2 == part.area_m2
    assert row.remaining_cha_m2 == pytest.approx(
        geographiclib_area(30.005, 10.0, 30.01, 10.01)
        - geographiclib_area(30.005, 10.0, 30.005 + 4e-6, 10.0 + 9e-6), abs=TOL)
    assert abs(row.imbalance_m2) < 0.01


def test_a_degenerate_graze_of_the_cha_releases_no_empty_record():
    # found by hypothesis on QGIS 3.44: the cancellation's corner touches the
    # CHA in a collapsed polygon of 0 m², which was released as a record of its own
    triangle = Polygon([(30, 10), (30, 10.001), (30.011, 10.006)])
    result = lr.release_land(
        [hazard("H2", triangle)],
        [activity("A0", "nts", "confirmed", D(2020, 1, 1),
                  Polygon([(30.002, 10.002), (30.012, 10.006), (30, 10)])),
         activity("A1", "nts", "cancelled", D(2020, 1, 1), box(30.002, 10.004, 30.007, 10.005))])
    assert [(p.activity_id, p.from_class) for p in result.released] == [("A1", "SHA")]
    assert all(p.area_m2 > result.tolerance_m2 for p in result.released)
    assert result.ledger["H2"].cancelled_m2 == result.released[0].area_m2


def test_invalid_geometry_is_repaired_and_flagged():
    bowtie = Polygon([(30.0, 10.0), (30.01, 10.01), (30.01, 10.0), (30.0, 10.01)])
    result = lr.release_land(
        [hazard("H1", bowtie)],
        [activity("A1", "nts", "cancelled", D(2021, 1, 1), box(30.0, 10.0, 30.005, 10.01))])
    assert [(f.code, f.hazard_id) for f in result.flags] == [(qa.GEOMETRY_REPAIRED, "H1")]
    row = result.ledger["H1"]
    # two triangles of a quarter of the square each; the western one is cancelled
    assert row.original_m2 == pytest.approx(geographiclib_area(*SQUARE) / 2, rel=1e-4)
    assert row.cancelled_m2 == pytest.approx(row.original_m2 / 2, rel=1e-4)


def test_overlapping_hazards_keep_the_overlap_in_the_earlier_record():
    result = lr.release_land(
        [hazard("LATE", box(30.005, 10.0, 30.015, 10.01), day=D(2020, 2, 1)),
         hazard("EARLY", box(*SQUARE), day=D(2020, 1, 1))],
        [activity("A1", "clearance", "cleared", D(2021, 1, 1), box(30.0, 10.0, 30.02, 10.01))])
    [flag] = result.flags
    assert (flag.code, flag.hazard_id, flag.related_id) == (qa.HAZARD_OVERLAP, "LATE", "EARLY")
    assert result.ledger["EARLY"].cleared_m2 == pytest.approx(
        geographiclib_area(*SQUARE), abs=TOL)
    assert result.ledger["LATE"].original_m2 == pytest.approx(
        geographiclib_area(30.01, 10.0, 30.015, 10.01), abs=TOL)


def test_closed_hazard_and_idempotent_rerun():
    activities = [activity("A1", "clearance", "cleared", D(2021, 1, 1), box(*SQUARE)),
                  activity("A2", "nts", "cancelled", D(2021, 1, 1), box(40, 10, 40.01, 10.01))]
    first = lr.release_land([hazard("H1", box(*SQUARE)), hazard("H2", box(40, 10, 40.01, 10.02))],
                            activities)
    assert first.ledger["H1"].status == "closed" and first.remaining[0].hazard_id == "H2"
    again = lr.release_land(first.as_hazards(), activities)
    assert again.released == []
    assert again.ledger["H1"].status == "closed" and again.ledger["H1"].original_m2 == 0
    assert again.ledger["H2"].remaining_sha_m2 == pytest.approx(
        first.ledger["H2"].remaining_sha_m2, abs=TOL)


@pytest.mark.parametrize("change, field", [
    (dict(outcome="demined"), "outcome"),
    (dict(activity_type="survey"), "activity_type"),
    (dict(outcome="cleared"), "outcome"),  # clearance is not an NTS outcome
    (dict(end_date=None), "end_date"),
    (dict(end_date="2021-13-45"), "end_date"),
    (dict(hazard_id="NOPE"), "hazard_id"),
    (dict(geometry=None), "geometry"),
])
def test_bad_activity_raises_naming_feature_and_field(change, field):
    values = dict(activity_id="ACT-7", activity_type="nts", outcome="cancelled",
                  end_date=D(2021, 1, 1), geometry=box(*SQUARE))
    values.update(change)
    with pytest.raises(errors.MineActionError) as error:
        lr.release_land([hazard("H1", box(*SQUARE))], [lr.Activity(**values)])
    assert (error.value.feature, error.value.field) == ("ACT-7", field)
    assert "ACT-7" in str(error.value)


def test_bad_hazard_and_duplicates_raise():
    with pytest.raises(errors.MineActionError) as error:
        lr.release_land([hazard("H1", box(*SQUARE), klass="MSA")], [])
    assert (error.value.feature, error.value.field) == ("H1", "hazard_class")
    with pytest.raises(errors.MineActionError) as error:
        lr.release_land([hazard("H1", box(*SQUARE), day=None)], [])
    assert error.value.field == "date_of_information"
    with pytest.raises(errors.MineActionError) as error:
        lr.release_land([hazard("H1", box(*SQUARE)), hazard("H1", box(*SQUARE))], [])
    assert (error.value.feature, error.value.field) == ("H1", "hazard_id")


def test_error_messages_go_through_the_translator():
    seen = []
    i18n.set_translator(lambda context, text: seen.append(context) or "[fr] " + text)
    try:
        with pytest.raises(errors.MineActionError) as error:
            lr.release_land([], [activity("a1", "nts", "bogus", D(2021, 1, 1), box(*SQUARE))])
    finally:
        i18n.set_translator(None)
    assert "LandRelease" in seen
    assert str(error.value).startswith("[fr] a1: unknown code 'bogus' in field outcome")


def test_progress_is_reported_and_cancellation_honoured():
    fractions = []
    hazards = [hazard("H%d" % i, box(30 + i * 0.02, 10, 30.01 + i * 0.02, 10.01))
               for i in range(5)]
    activities = [activity("A%d" % i, "nts", "cancelled", D(2021, 1, 1),
                           box(30 + i * 0.02, 10, 30.005 + i * 0.02, 10.01)) for i in range(5)]
    lr.release_land(hazards, activities, progress=fractions.append)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    calls = []
    with pytest.raises(lr.LandReleaseCancelled):
        lr.release_land(hazards, activities,
                        is_cancelled=lambda: calls.append(1) or len(calls) > 2)


def test_cancelling_during_the_replay_stops_its_threads():
    import threading
    hazards = [hazard("H%02d" % i, box(30 + i * 0.02, 10, 30.01 + i * 0.02, 10.01))
               for i in range(40)]
    activities = [activity("A%02d-%02d" % (i, k), "ts", "reduced_ta", D(2021, 1, 1 + k),
                           box(30 + i * 0.02 + k * 0.0003, 10, 30.0004 + i * 0.02 + k * 0.0003,
                               10.01)) for i in range(40) for k in range(25)]
    fractions = []
    with pytest.raises(lr.LandReleaseCancelled):
        lr.release_land(hazards, activities, progress=fractions.append,
                        is_cancelled=lambda: bool(fractions) and fractions[-1] > 0.36)
    assert max(fractions) < 1.0
    assert not [t for t in threading.enumerate() if t.name.startswith("concurrently")]
