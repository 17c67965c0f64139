"""The quality rules that take a whole table at once (core.quality.geometry,
records, coverage): a table checked at once finds exactly what its records
checked one by one find, hand-built cases with known answers, and a record
that breaks a rule is that record's G06 while the others are still checked."""

import math

import pytest
from hypothesis import given, settings, strategies as st
from shapely.geometry import MultiPolygon, Point, Polygon

from mine_action_mapper.core.quality import check, coverage, geometry, records
from mine_action_mapper.core.quality.rules import Record, Thresholds

LIMITS = Thresholds(long_segment_m=5000.0, part_overlap_pct=0.9, area_difference_pct=1.0,
                    sliver_m2=1.0)
DEG = 1.0 / 111320.0  # about a metre of longitude at the equator


def _label(record):
    return "#{}".format(record.fid)


def _found(problems):
    return [(p.code, p.fid, p.message, p.location.wkt if p.location is not None else None)
            for p in problems]


def _square(x, y, size):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


@st.composite
def _rings(draw, x, y):
    """A star-shaped ring about (x, y) with, drawn: consecutive repeats, a
    vertex repeated further along, a spike of tens of km, or too few vertices."""
    count = draw(st.integers(2, 9))
    radii = draw(st.lists(st.floats(50.0, 400.0), min_size=count, max_size=count))
    vertices = [(round(x + r * DEG * math.cos(2 * math.pi * k / count), 9),
                 round(y + r * DEG * math.sin(2 * math.pi * k / count), 9))
                for k, r in enumerate(radii)]
    if draw(st.booleans()):
        vertices.insert(draw(st.integers(0, len(vertices))), vertices[0])
    if draw(st.booleans()) and len(vertices) > 3:
        vertices.insert(draw(st.integers(2, len(vertices))), vertices[1])
    if draw(st.integers(0, 4)) == 0:
        vertices.insert(1, (x + 0.1, y))  # about 11 km east: a G07 segment
    return vertices + [vertices[0]]


@st.composite
def _tables(draw):
    rows = []
    for fid in range(draw(st.integers(1, 6))):
        x, y = 20.0 + 0.05 * fid, 10.0
        polygons = [Polygon(draw(_rings(x + 0.01 * part, y)))
                    for part in range(draw(st.integers(1, 3)))]
        geometry = (None if draw(st.integers(0, 6)) == 0 else MultiPolygon(polygons))
        rows.append(Record("hazards", fid + 1, {"area_m2": draw(st.sampled_from(
            [None, 1.0, 1e5]))}, geometry))
    return rows


@settings(max_examples=150, deadline=None)
@given(_tables())
def test_a_table_at_once_finds_what_its_records_alone_find(rows):
    alone = [problem for record in rows
             for problem in geometry.polygon_problems([record], LIMITS, _label)]
    assert _found(geometry.polygon_problems(rows, LIMITS, _label)) == _found(alone)
    alone = [problem for record in rows
             for problem in records.area_differences([record], LIMITS, _label)]
    assert _found(records.area_differences(rows, LIMITS, _label)) == _found(alone)


def test_vertex_rules_on_hand_built_rings():
    x, y = 20.0, 10.0
    d = 100 * DEG
    plain = Polygon(_square(x, y, d))  # nothing to report
    repeated = Polygon([(x, y), (x + d, y), (x + d, y + d), (x, y), (x - d, y + d),
                        (x - d, y - d), (x, y)])  # (x, y) again mid-ring: G04, not also G01
    consecutive = Polygon([(x, y), (x, y), (x + d, y), (x + d, y + d), (x, y + d), (x, y)])
    few = Polygon([(x, y), (x + d, y), (x + d, y), (x, y)])  # 2 distinct: G02 only
    spike = Polygon([(x, y), (x + d, y), (x + 0.1, y + d / 2), (x + d, y + d), (x, y + d), (x, y)])
    rows = [Record("hazards", fid, {}, MultiPolygon([shape])) for fid, shape in
            enumerate((plain, repeated, consecutive, few, spike), start=1)]
    found = [(p.code, p.fid) for p in geometry.polygon_problems(rows, LIMITS, _label)]
    assert sorted(found) == [("G02", 4), ("G04", 2), ("G07", 5), ("G07", 5)]
    g04 = [p for p in geometry.polygon_problems(rows[1:2], LIMITS, _label)]
    assert "appears 2 times" in g04[0].message and g04[0].location.equals(Point(x, y))


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")  # the NaN is the case
def test_a_record_that_breaks_a_rule_is_its_own_g06():
    """GEOS cannot make a polygon with a coordinate that is not a number
    valid, so the whole-table coverage rule fails; found again record by
    record, only that activity is G06 (and G01: an invalid coordinate)."""
    x, y, d = 20.0, 10.0, 100 * DEG
    broken = [(x, y), (x + d, float("nan")), (x + d, y + d), (x, y)]
    tables = {"hazards": [Record("hazards", 1, {"hazard_id": "H1"},
                                 MultiPolygon([Polygon(_square(x, y, d))]))],
              "land_release_activities": [
                  Record("land_release_activities", fid, {"activity_id": "A%d" % fid},
                         MultiPolygon([Polygon(ring)])) for fid, ring in (
                      (1, _square(x, y, d / 2)), (2, broken), (3, _square(x + 3 * d, y, d)))]}
    problems = check.run(tables, {}, LIMITS)
    found = {(p.code, p.fid) for p in problems if p.table == "land_release_activities"
             and p.code in ("G01", "G06", "C01")}
    assert found == {("G01", 2), ("G06", 2), ("C01", 3)}
    assert "not a number" in next(p.message for p in problems if p.code == "G01")


def test_coverage_rules_on_hand_built_places():
    x, y, d = 20.0, 10.0, 100 * DEG
    hazards = coverage.Areas([Record("hazards", 1, {}, Polygon(_square(x, y, d)))])
    activities = [
        Record("land_release_activities", 1, {}, Polygon(_square(x + d / 2, y, d))),  # half in
        Record("land_release_activities", 2, {}, Polygon(  # 0.1 m x 1 m over: a sliver
            _square(x + d - 0.1 * DEG, y, DEG))),
        Record("land_release_activities", 3, {}, Polygon(_square(x + 3 * d, y, d))),  # far
        Record("land_release_activities", 4, {}, None)]
    outside = coverage.activities_outside(activities, hazards, LIMITS.sliver_m2, _label)
    assert [p.fid for p in outside] == [2, 3]
    inside_activity = coverage.Areas(activities[2:3])
    finds = [Record("eo_finds", 1, {}, Point(x + d / 2, y + d / 2)),  # in the hazard
             Record("eo_finds", 2, {}, Point(x + 3.5 * d, y + d / 2)),  # in activity 3 only
             Record("eo_finds", 3, {}, Point(x - d, y - d)),  # in nothing
             Record("eo_finds", 4, {}, None)]
    assert [p.fid for p in coverage.finds_outside(
        finds, hazards, inside_activity, _label)] == [3]
    assert [p.fid for p in coverage.accidents_outside(finds, hazards, _label)] == [2, 3]
