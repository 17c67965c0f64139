"""Traverse computation, closure, compass-rule adjustment and the inverse table."""

import datetime
import math

import pytest
from geographiclib.geodesic import Geodesic
from hypothesis import given, settings, strategies as st
from shapely.geometry import Polygon

from mine_action_mapper.core import coordinates
from mine_action_mapper.core.declination import declination
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.core.local_frame import LocalFrame
from mine_action_mapper.core.traverse import (
    BENCHMARK_SPREAD_M, CLOSE_UNMEASURED, DEFAULT_MAX_LEG_M, LOCAL_SURVEY_LIMIT_M, Leg, Tolerance,
    compute_traverse, distant_benchmarks, survey_table)

WGS84 = Geodesic.WGS84
KABUL = (69.17, 34.52)


def reference_direct(lon, lat, azimuth, distance):
    result = WGS84.Direct(lat, lon, azimuth, distance)
    return result["lon2"], result["lat2"]


def metres_between(a, b):
    return WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"]


def test_points_match_geographiclib_for_every_bearing_kind():
    """Chained and radial legs, magnetic/true/grid north, mils, slope: each point
    recomputed independently with geographiclib from the same conversions."""
    date = datetime.date(2021, 6, 15)
    legs = [
        Leg(1, "start", 0, "N 45°30' E", 52.0, "deg", "magnetic"),
        Leg(2, "turning", 1, "1600", 80.0, "mil_nato", "magnetic", slope_deg=12.0),
        Leg(3, "turning", 2, "2990", 60.0, "mil_wp", "true"),
        Leg(4, "turning", 3, "250.5", 75.0, "grad", "grid"),
        Leg(5, "end", 4, "337°", 41.0, "deg", "magnetic"),
        Leg(6, "evidence", 0, 110.0, 30.0, "deg", "true"),  # radial, from the benchmark
    ]
    result = compute_traverse(KABUL, legs, survey_date=date, grid_crs="EPSG:32642")
    decl = declination(*KABUL, date).degrees
    assert result.declination.source == "WMM2020"
    expected = {0: KABUL}
    for leg, true_azimuth, horizontal in [
        (legs[0], 45.5 + decl, 52.0),
        (legs[1], 90.0 + decl, 80.0 * math.cos(math.radians(12.0))),
        (legs[2], 2990 * 360 / 6000, 60.0),
        (legs[3], None, 75.0),
        (legs[4], 337.0 + decl, 41.0),
        (legs[5], 110.0, 30.0),
    ]:
        start = expected[leg.from_point]
        if true_azimuth is None:  # grid: add the convergence at the from-point
            true_azimuth = 250.5 * 0.9 + coordinates.meridian_convergence(*start, "EPSG:32642")
        expected[leg.point_no] = reference_direct(*start, true_azimuth, horizontal)
        point = result.point(leg.point_no)
        assert point.true_bearing_deg == pytest.approx(true_azimuth % 360, abs=1e-9)
        assert metres_between((point.unadjusted_lon, point.unadjusted_lat), expected[leg.point_no]) < 1e-6
    assert result.point(1).declination_deg == decl
    assert result.point(3).declination_deg is None
    assert result.point(4).convergence_deg > 0  # east of the 69°E central meridian
    assert result.perimeter == (1, 2, 3, 4)
    assert result.adjusted is False and result.within_tolerance is None
    assert result.closure.misclosure_m == pytest.approx(metres_between(expected[5], expected[1]), abs=1e-6)


# Textbook compass-rule example: "Compass Rule: Adjustment of Bearing and Distance
# of a Closed Traverse", surveying course notes,
# https://www.scribd.com/document/493615208/COMPASS-RULE. Courses AB 80.40 m
# N76°00'E, BC 46.30 m S36°00'E, CD 72.80 m S61°00'W, DA 68.00 m N38°00'W;
# perimeter 267.5 m; closure in latitude +0.285, in departure -0.311; corrections
# per course (lat, dep): AB (-0.0857, +0.0935), BC (-0.0493, +0.0538),
# CD (-0.0776, +0.0846), DA (-0.0724, +0.0791); adjusted latitudes 19.3653,
# -37.5063, -35.3716, 53.5126. The book rounds latitudes to 3 decimals before
# summing (0.285 where the unrounded sum is 0.2843), hence 1-2 mm tolerances.
TEXTBOOK_LEGS = [
    Leg(1, "start", 0, "N 45 E", 50.0, "deg", "true"),  # benchmark -> A (not in the loop)
    Leg(2, "turning", 1, "N 76°00' E", 80.40, "deg", "true"),
    Leg(3, "turning", 2, "S 36°00' E", 46.30, "deg", "true"),
    Leg(4, "turning", 3, "S 61°00' W", 72.80, "deg", "true"),
    Leg(5, "end", 4, "N 38°00' W", 68.00, "deg", "true"),
]
TEXTBOOK_CORRECTIONS = [(-0.0857, 0.0935), (-0.0493, 0.0538), (-0.0776, 0.0846), (-0.0724, 0.0791)]
TEXTBOOK_ADJUSTED_LATITUDES = [19.3653, -37.5063, -35.3716, 53.5126]


def test_compass_rule_matches_textbook_example():
    benchmark = (30.0, 0.0)  # on the equator true north is plane north, as in the book
    result = compute_traverse(benchmark, TEXTBOOK_LEGS, adjust=True,
                              tolerance=Tolerance(max_misclosure_m=1.0, min_precision=500))
    closure = result.closure
    assert closure.loop_length_m == pytest.approx(267.5)
    assert closure.misclosure_north_m == pytest.approx(0.285, abs=2e-3)
    assert closure.misclosure_east_m == pytest.approx(-0.311, abs=1e-3)
    assert closure.precision == pytest.approx(267.5 / math.hypot(0.2843, 0.311), rel=2e-3)
    assert result.adjusted and result.within_tolerance
    previous = (0.0, 0.0)
    for number, (lat_corr, dep_corr) in zip((2, 3, 4, 5), TEXTBOOK_CORRECTIONS):
        point = result.point(number)
        leg_corr = (point.correction_north_m - previous[0], point.correction_east_m - previous[1])
        assert leg_corr == pytest.approx((lat_corr, dep_corr), abs=1e-3)
        previous = (point.correction_north_m, point.correction_east_m)
    frame = LocalFrame(*benchmark)
    plane = [frame.to_local(result.point(n).lon, result.point(n).lat) for n in (1, 2, 3, 4, 5)]
    for (a, b), expected in zip(zip(plane, plane[1:]), TEXTBOOK_ADJUSTED_LATITUDES):
        assert b[1] - a[1] == pytest.approx(expected, abs=2e-3)
    # closes exactly on the start point, start point untouched
    assert (result.point(5).lon, result.point(5).lat) == (result.point(1).lon, result.point(1).lat)
    assert result.point(1).correction_east_m == 0.0
    assert result.polygon.is_valid and len(result.polygon.exterior.coords) == 5


def test_adjustment_refused_outside_tolerance_and_never_silent():
    result = compute_traverse((30.0, 0.0), TEXTBOOK_LEGS, adjust=True,
                              tolerance=Tolerance(min_precision=1000))
    assert result.adjusted is False and result.within_tolerance is False
    assert "outside the tolerance" in result.warnings[0]
    assert (result.point(3).lon, result.point(3).lat) == (
        result.point(3).unadjusted_lon, result.point(3).unadjusted_lat)
    assert result.point(3).correction_east_m != 0  # still reported
    with pytest.raises(MineActionError, match="set a misclosure tolerance"):
        compute_traverse((30.0, 0.0), TEXTBOOK_LEGS, adjust=True)
    assert compute_traverse((30.0, 0.0), TEXTBOOK_LEGS,
                            tolerance=Tolerance(max_misclosure_m=0.3)).within_tolerance is False


def test_radial_survey_closure_is_measured_but_not_adjustable():
    legs = [Leg(1, "start", 0, 0, 100, "deg", "true"),
            Leg(2, "turning", 0, 45, 141.42, "deg", "true"),
            Leg(3, "turning", 0, 90, 100, "deg", "true"),
            Leg(4, "end", 3, 315, 141.5, "deg", "true")]
    result = compute_traverse(KABUL, legs)
    assert result.closure.adjustable is False
    assert result.closure.loop_points == (4, 3, 1)
    assert result.closure.loop_length_m == pytest.approx(341.5)
    with pytest.raises(MineActionError, match="not surveyed through the start point 1"):
        compute_traverse(KABUL, legs, adjust=True, tolerance=Tolerance(max_misclosure_m=5))


def test_unmeasured_closing_side():
    legs = [leg for leg in TEXTBOOK_LEGS[:4]] + [Leg(5, "end", 4, "N 38 W", 30.0, "deg", "true")]
    result = compute_traverse("0°00'00\"N 30°00'00\"E", legs, closing=CLOSE_UNMEASURED)
    assert result.closure is None and result.perimeter == (1, 2, 3, 4, 5)
    assert result.area_m2 > 0
    with pytest.raises(MineActionError, match="closing side was not measured"):
        compute_traverse((30.0, 0.0), legs, closing=CLOSE_UNMEASURED, adjust=True,
                         tolerance=Tolerance(max_misclosure_m=1))


def test_crossing_perimeter_is_refused_with_sides_named():
    legs = [Leg(1, "start", 0, 0, 10, "deg", "true"),
            Leg(2, "turning", 1, 90, 100, "deg", "true"),
            Leg(3, "turning", 2, 225, 141.42, "deg", "true"),  # bow tie
            Leg(4, "turning", 3, 90, 100, "deg", "true"),
            Leg(5, "end", 4, 315, 141.42, "deg", "true")]
    with pytest.raises(MineActionError, match="crosses itself: the side from point 2 to point 3 meets the side from point 4 to point 1"):
        compute_traverse(KABUL, legs)


@pytest.mark.parametrize("legs, fragment", [
    ([Leg(1, "start", 0, 10, 5, "deg", "true"), Leg(1, "end", 1, 10, 5, "deg", "true")],
     "Point 1: point number 1 is used more than once"),
    ([Leg(1, "start", 7, 10, 5, "deg", "true")], "Point 1: it is measured from point 7"),
    ([Leg(1, "start", 0, 10, -5, "deg", "true")], "Point 1: distance \"-5\""),
    ([Leg(1, "start", 0, 10, 0, "deg", "true")], "Point 1: distance \"0\" must be a number of "
     "metres, more than 0"),
    ([Leg(1, "start", 0, 10, 5, "deg", "true", slope_deg=-90)], "Point 1: slope \"-90\""),
    ([Leg(1, "start", 0, 10, 5, "deg", "true", slope_deg=95)], "Point 1: slope \"95\""),
    ([Leg(1, "start", 0, 10, 5, "deg", "sideways")], "unknown north reference"),
    ([Leg(1, "start", 0, 10, 5, "deg", "true"), Leg(2, "end", 1, "400", 5, "deg", "true")],
     "Point 2: bearing \"400\" is out of range"),
    ([Leg(1, "turning", 0, 10, 5, "deg", "true")], "must begin with a start point"),
    ([Leg(1, "start", 0, 10, 5, "deg", "true"), Leg(2, "turning", 1, 10, 5, "deg", "true")],
     "has no end point"),
    ([Leg(1, "start", 0, 10, 5, "deg", "grid"), Leg(2, "end", 1, 10, 5, "deg", "true")],
     "Point 1: a grid bearing needs the map projection"),
    ([Leg(1, "start", 0, 10, 5), Leg(2, "end", 1, 10, 5)], "need the survey date"),
    ([Leg(1, "start", 0, 10, 5, "deg", "true"), Leg(2, "turning", 1, 100, 5, "deg", "true"),
      Leg(3, "end", 2, 280, 5, "deg", "true")], "at least three distinct points"),
])
def test_bad_tables_are_refused(legs, fragment):
    with pytest.raises(MineActionError) as error:
        compute_traverse(KABUL, legs)
    assert fragment in str(error.value)


def _square(side, slope=None):
    """A closed square of ``side`` m, true bearings, from a benchmark 10 m away."""
    return [Leg(1, "start", 0, 0, 10.0, "deg", "true"),
            Leg(2, "turning", 1, 90, side, "deg", "true", slope_deg=slope),
            Leg(3, "turning", 2, 180, side, "deg", "true"),
            Leg(4, "turning", 3, 270, side, "deg", "true"),
            Leg(5, "end", 4, 0, side, "deg", "true")]


def test_a_leg_longer_than_the_programme_limit_is_refused():
    """1e12 m once gave "pass" at 1:66,627 and 12,390 km of corrections."""
    with pytest.raises(MineActionError) as error:
        compute_traverse(KABUL, _square(DEFAULT_MAX_LEG_M + 1), adjust=True,
                         tolerance=Tolerance(min_precision=200))
    assert str(error.value).startswith("Point 2: the leg is 2,001.0 m long (horizontal), more "
                                       "than the longest leg accepted (2,000 m)")
    assert (error.value.feature, error.value.field) == (2, "distance_m")
    # the limit is the horizontal length: 2,100 m of tape on a 30° slope is 1,819 m
    legs = _square(2100 * math.cos(math.radians(30)))
    legs[1] = _square(2100, slope=30)[1]
    result = compute_traverse(KABUL, legs, max_leg_m=DEFAULT_MAX_LEG_M)
    assert result.point(2).horizontal_distance_m == pytest.approx(1818.65, abs=0.01)
    # a programme with longer legs sets its own limit
    assert compute_traverse(KABUL, _square(5000), max_leg_m=6000).area_m2 == pytest.approx(
        25e6, rel=1e-3)


@pytest.mark.parametrize("limit", [None, 0, 1e9])
def test_no_limit_still_refuses_legs_beyond_a_local_survey(limit):
    with pytest.raises(MineActionError) as error:
        compute_traverse(KABUL, _square(1e12), max_leg_m=limit)
    assert "for legs up to {:,.0f} m".format(LOCAL_SURVEY_LIMIT_M) in str(error.value)
    assert error.value.field == "distance_m"
    # 50 km legs are computed (a geodesic "square" that size does not close)
    assert compute_traverse(KABUL, _square(50000), max_leg_m=limit).area_m2 > 2e9


def test_inverse_table_matches_geographiclib():
    polygon = Polygon([(69.1700, 34.5210), (69.1712, 34.5214), (69.1716, 34.5203), (69.1703, 34.5199)])
    date = datetime.date(2019, 3, 2)
    table = survey_table(polygon, "42S 515603 3819828", survey_date=date)
    bm = coordinates.parse_position("42S 515603 3819828")
    decl = declination(*bm, date)
    assert table.declination.source == "WMM2015v2" and table.grid_crs == "EPSG:32642"
    assert [row.point_type for row in table.rows] == ["benchmark", "start", "turning", "turning",
                                                      "turning", "end"]
    previous = bm
    for row in table.rows[1:]:
        reference = WGS84.Inverse(previous[1], previous[0], row.lat, row.lon)
        assert row.distance_m == pytest.approx(reference["s12"], abs=1e-6)
        assert row.true_bearing_deg == pytest.approx(reference["azi1"] % 360, abs=1e-7)
        assert row.magnetic_bearing_deg == pytest.approx((reference["azi1"] - decl.degrees) % 360, abs=1e-7)
        gamma = coordinates.meridian_convergence(*previous, "EPSG:32642")
        assert row.grid_bearing_deg == pytest.approx((reference["azi1"] - gamma) % 360, abs=1e-7)
        assert row.mgrs == coordinates.lonlat_to_mgrs(row.lon, row.lat)
        assert row.utm.startswith("42S ")
        previous = (row.lon, row.lat)
    assert (table.rows[-1].lon, table.rows[-1].lat) == (table.rows[1].lon, table.rows[1].lat)


def star_polygons():
    """Random simple (star-shaped) hazard polygons of 3-12 vertices, 20-600 m across."""
    def build(centre, radii, offset):
        count = len(radii)
        frame = LocalFrame(*centre)
        ring = [frame.to_lonlat(r * math.sin(2 * math.pi * (i + offset) / count),
                                r * math.cos(2 * math.pi * (i + offset) / count))
                for i, r in enumerate(radii)]
        return Polygon(ring)
    centres = st.tuples(st.floats(-179, 179), st.floats(-70, 70))
    return st.builds(build, centres, st.lists(st.floats(20, 300), min_size=3, max_size=12),
                     st.floats(0, 0.9))


@settings(max_examples=25, deadline=None)
@given(star_polygons(), st.floats(0, 359.9), st.floats(5, 200),
       st.sampled_from(["magnetic", "true", "grid"]), st.dates(datetime.date(2010, 1, 1),
                                                                datetime.date(2029, 12, 31)))
def test_polygon_to_table_to_traverse_round_trip(polygon, bm_azimuth, bm_distance, reference, date):
    first = polygon.exterior.coords[0]
    benchmark = reference_direct(first[0], first[1], bm_azimuth, bm_distance)
    table = survey_table(polygon, benchmark, survey_date=date)
    result = compute_traverse(benchmark, table.legs(reference), survey_date=date,
                              grid_crs=table.grid_crs, adjust=True,
                              tolerance=Tolerance(max_misclosure_m=0.001))
    assert result.closure.misclosure_m < 1e-6 and result.adjusted
    original = list(polygon.exterior.coords)[:-1]
    computed = list(result.polygon.exterior.coords)[:-1]
    assert len(computed) == len(original)
    for a, b in zip(original, computed):
        assert metres_between(a, b) < 1e-3
    reference = WGS84.Polygon()
    for lon, lat in original:
        reference.AddPoint(lat, lon)
    assert result.area_m2 == pytest.approx(abs(reference.Compute()[2]), rel=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.floats(-179.9, 179.9), st.floats(-60, 60),
       st.lists(st.tuples(st.floats(0, 359.9), st.floats(0, 40000)), min_size=2, max_size=12),
       st.floats(0, 359.9), st.floats(3e5, 5e6))
def test_only_the_stray_benchmark_is_named(lon, lat, offsets, azimuth, away):
    """Benchmarks within 40 km of a place are all plausible; one moved 300 km
    or more away (a wrong MGRS band, a swapped sign) is the only one named."""
    centre = (lon, lat)
    near = {"H%d" % i: reference_direct(*centre, a, d) for i, (a, d) in enumerate(offsets)}
    assert distant_benchmarks(near) == []
    stray = dict(near, STRAY=reference_direct(*centre, azimuth, away))
    named = distant_benchmarks(stray)
    assert [key for key, _m in named] == ["STRAY"]
    assert named[0][1] > BENCHMARK_SPREAD_M


def test_benchmarks_across_the_antimeridian_are_neighbours():
    assert distant_benchmarks({"A": (179.95, -17.0), "B": (-179.95, -17.0),
                               "C": (179.99, -17.1)}) == []
    assert distant_benchmarks({"A": (10.0, 0.0)}) == []


def test_a_leg_longer_than_the_programme_accepts_is_refused():
    legs = [Leg(1, "start", 0, 45.0, 20.0, north_reference="true"),
            Leg(2, "turning", 1, 90.0, 2500.0, north_reference="true"),
            Leg(3, "turning", 2, 0.0, 100.0, north_reference="true"),
            Leg(4, "end", 3, 268.0, 2500.0, north_reference="true")]
    with pytest.raises(MineActionError) as error:
        compute_traverse(KABUL, legs, max_leg_m=2000.0)
    assert error.value.feature == 2 and error.value.field == "distance_m"
    assert "2,500" in str(error.value) and "2,000" in str(error.value)
    assert compute_traverse(KABUL, legs, max_leg_m=3000.0) is not None
    assert compute_traverse(KABUL, legs, max_leg_m=None) is not None  # local survey limit only


def test_local_frame_takes_numpy_scalars():
    """A centre read from shapely or numpy (np.float64, whose numpy 2 repr
    PROJ refuses) projects as the same plain floats do."""
    import numpy as np
    plain = LocalFrame(-108.8342914921819, 50.06413277430003)
    scalar = LocalFrame(np.float64(-108.8342914921819), np.float64(50.06413277430003))
    assert scalar.centre == plain.centre
    assert scalar.to_local(-108.83, 50.07) == plain.to_local(-108.83, 50.07)
