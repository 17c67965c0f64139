"""Hazard perimeters from bearing-and-distance surveys, and back.

Model (IMSMA's from-point model): a benchmark with a known position, then legs,
each giving a point's bearing and distance from any earlier point (the
benchmark or an earlier leg), so chained and radial surveys both work.

Computation: each bearing is read in its unit (``core.bearings``) and turned
into a true azimuth (magnetic + declination at the survey date; grid +
meridian convergence at the from-point); slope distances become horizontal
(d·cos slope); each point is the geodesic direct problem on WGS84 from its
from-point (``core.geodesy.direct``).

Perimeter: the start, turning, intermediate and end points, in table order.
The start point comes first, the end point (if any) last.

Closure (``closing``):

* ``CLOSE_ON_START`` (default): the end point is the team's re-observation of
  the start point, i.e. the last leg walks back to SP. The misclosure is the
  distance from the computed end point to the start point; the end point is
  not a polygon vertex. The closing loop is the legs from SP to EP along the
  from-point links (when EP's chain does not pass through SP, the loop also
  includes the legs back to their common ancestor); its length divided by the
  misclosure is the relative precision 1:N.
* ``CLOSE_UNMEASURED``: the end point is the last turning point and the side
  back to SP was not measured: no misclosure can be computed or adjusted.

Bowditch (compass rule), in a local plane around the benchmark
(``core.local_frame``): a point on the path SP→EP moves by −(cumulative length
to it / loop length) × misclosure vector; a point hanging off the path moves
with its from-point. Corrections are always reported; they are applied only if
asked **and** the misclosure is within the programme's tolerance. A perimeter
that crosses itself is refused, naming the crossing sides.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import Polygon

from . import bearings, coordinates, geodesy
from .declination import declination as compute_declination
from .i18n import translate
from .errors import MineActionError
from .local_frame import LocalFrame
from .survey_limits import BENCHMARK_SPREAD_M, DEFAULT_MAX_LEG_M, LOCAL_SURVEY_LIMIT_M
from .vocabulary import NORTH_REFERENCE, PERIMETER_POINT_TYPES, POINT_TYPE

CLOSE_ON_START = "end_on_start"
CLOSE_UNMEASURED = "unmeasured"


@dataclass(frozen=True)
class Leg:
    """One row of the field table (bearing as recorded: text or number)."""
    point_no: int
    point_type: str
    from_point: int
    bearing: object
    distance_m: float
    bearing_unit: str = "deg"
    north_reference: str = "magnetic"
    slope_deg: float = None


@dataclass(frozen=True)
class Tolerance:
    """Programme closure settings; a criterion left as None is not checked."""
    max_misclosure_m: float = None
    min_precision: float = None  # N of 1:N

    def accepts(self, closure):
        if self.max_misclosure_m is not None and closure.misclosure_m > self.max_misclosure_m:
            return False
        if self.min_precision is not None and closure.precision < self.min_precision:
            return False
        return True


@dataclass(frozen=True)
class SurveyedPoint:
    point_no: int
    point_type: str
    from_point: int  # None for the benchmark
    lon: float  # final position (adjusted when the adjustment was applied)
    lat: float
    unadjusted_lon: float
    unadjusted_lat: float
    bearing_deg: float = None  # as recorded, in degrees from its north reference
    north_reference: str = None
    true_bearing_deg: float = None  # azimuth actually used
    declination_deg: float = None  # applied to a magnetic bearing
    convergence_deg: float = None  # applied to a grid bearing
    horizontal_distance_m: float = None
    correction_east_m: float = 0.0  # Bowditch correction of this point
    correction_north_m: float = 0.0


@dataclass(frozen=True)
class Closure:
    misclosure_m: float  # geodesic distance end point -> start point
    misclosure_east_m: float  # end point minus start point, local plane
    misclosure_north_m: float
    loop_length_m: float  # horizontal length of the legs in the closing loop
    precision: float  # N of 1:N (inf when the misclosure is 0)
    loop_points: tuple  # point numbers whose legs form the loop
    adjustable: bool  # True when the end point was surveyed through the start point


@dataclass(frozen=True)
class TraverseResult:
    benchmark: SurveyedPoint
    points: tuple  # SurveyedPoint per leg, in table order
    perimeter: tuple  # point numbers of the polygon vertices, in order
    polygon: Polygon  # lon/lat
    area_m2: float
    closure: Closure  # None with CLOSE_UNMEASURED
    within_tolerance: bool  # None when no tolerance or no closure
    adjusted: bool
    declination: object  # core.declination.Declination, None if no magnetic legs
    grid_crs: str
    warnings: tuple = field(default_factory=tuple)

    def point(self, point_no):
        for point in (self.benchmark,) + self.points:
            if point.point_no == point_no:
                return point
        raise KeyError(point_no)


def _fail(point_no, problem, field_name=None):
    raise MineActionError(
        translate("Traverse", "Point {point}: {problem}").format(point=point_no, problem=problem),
        feature=point_no, field=field_name)


def _horizontal(leg):
    """Horizontal length of a (validated) leg: a slope distance times cos(slope)."""
    horizontal = float(leg.distance_m)
    if leg.slope_deg:
        horizontal *= math.cos(math.radians(float(leg.slope_deg)))
    return horizontal


def _check_length(leg, max_leg_m):
    """Refuse a leg longer than the programme's limit or than a local survey."""
    horizontal = _horizontal(leg)
    if max_leg_m and max_leg_m < LOCAL_SURVEY_LIMIT_M:
        if horizontal > max_leg_m:
            _fail(leg.point_no, translate(
                "Traverse", "the leg is {length:,.1f} m long (horizontal), more than the longest "
                "leg accepted ({limit:,.0f} m): check the distance, or raise the programme's "
                "limit").format(length=horizontal, limit=max_leg_m), "distance_m")
    elif horizontal > LOCAL_SURVEY_LIMIT_M:
        _fail(leg.point_no, translate(
            "Traverse", "the leg is {length:,.1f} m long (horizontal): a traverse is computed "
            "round its benchmark, for legs up to {limit:,.0f} m").format(
                length=horizontal, limit=LOCAL_SURVEY_LIMIT_M), "distance_m")


def _validate(legs, benchmark_no, closing, max_leg_m=DEFAULT_MAX_LEG_M):
    known = {benchmark_no}
    for leg in legs:
        if leg.point_no in known:
            _fail(leg.point_no, translate("Traverse", "point number {number} is used more than once")
                  .format(number=leg.point_no), "point_no")
        if leg.point_type not in POINT_TYPE or leg.point_type == "benchmark":
            _fail(leg.point_no, translate("Traverse", "\"{value}\" is not a point type a leg can have")
                  .format(value=leg.point_type), "point_type")
        if leg.from_point not in known:
            _fail(leg.point_no, translate("Traverse", "it is measured from point {number}, which is not "
                                          "the benchmark or an earlier point").format(number=leg.from_point),
                  "from_point")
        if leg.north_reference not in NORTH_REFERENCE:
            _fail(leg.point_no, translate("Traverse", "unknown north reference \"{value}\"")
                  .format(value=leg.north_reference), "north_reference")
        distance = leg.distance_m
        if distance is None or not math.isfinite(float(distance)) or float(distance) <= 0:
            _fail(leg.point_no, translate("Traverse", "distance \"{value}\" must be a number of metres, "
                                          "more than 0").format(value=distance), "distance_m")
        if leg.slope_deg is not None and not (math.isfinite(float(leg.slope_deg))
                                              and abs(float(leg.slope_deg)) < 90):
            _fail(leg.point_no, translate("Traverse", "slope \"{value}\" must be between -90 and 90 degrees")
                  .format(value=leg.slope_deg), "slope_deg")
        _check_length(leg, max_leg_m)
        known.add(leg.point_no)
    perimeter = [leg for leg in legs if leg.point_type in PERIMETER_POINT_TYPES]
    if not perimeter or perimeter[0].point_type != "start":
        raise MineActionError(translate("Traverse", "the perimeter must begin with a start point"),
                              field="point_type")
    for leg in perimeter[1:]:
        if leg.point_type == "start":
            _fail(leg.point_no, translate("Traverse", "a perimeter has only one start point"), "point_type")
    for leg in perimeter[:-1]:
        if leg.point_type == "end":
            _fail(leg.point_no, translate("Traverse", "the end point must be the last perimeter point"),
                  "point_type")
    if closing == CLOSE_ON_START and perimeter[-1].point_type != "end":
        raise MineActionError(translate(
            "Traverse", "the perimeter has no end point: record the last leg, back to the start "
            "point, as the end point, or state that the closing side was not measured"),
            field="point_type")
    if closing not in (CLOSE_ON_START, CLOSE_UNMEASURED):
        raise ValueError(closing)
    return perimeter


def _chain(point_no, from_of):
    """Point numbers from ``point_no`` back to the benchmark (inclusive)."""
    chain = [point_no]
    while from_of.get(chain[-1]) is not None:
        chain.append(from_of[chain[-1]])
    return chain


def _depths(from_of):
    """{point: len(_chain(point))} in linear time: a leg's from-point is the
    benchmark or an earlier leg (``_validate``), whose depth is known."""
    depth = {number: 1 for number, parent in from_of.items() if parent is None}
    for number, parent in from_of.items():
        if parent is not None:
            depth[number] = depth[parent] + 1
    return depth


def compute_traverse(benchmark, legs, survey_date=None, declination_deg=None, grid_crs=None,
                     adjust=False, tolerance=None, closing=CLOSE_ON_START, benchmark_no=0,
                     max_leg_m=DEFAULT_MAX_LEG_M):
    """Compute a surveyed perimeter. See the module docstring for the rules.

    ``benchmark``: (lon, lat) or text in any ``core.coordinates`` format.
    ``declination_deg``: manual declination (east +), overrides the model.
    ``grid_crs``: CRS of grid bearings (e.g. ``EPSG:32642``); needed only if a
    leg uses grid north. ``tolerance``: a ``Tolerance``; required to adjust.
    ``max_leg_m``: the programme's longest leg (horizontal m); a longer one is
    refused. None or 0 leaves only ``LOCAL_SURVEY_LIMIT_M``, which always holds.
    """
    legs = list(legs)
    perimeter_legs = _validate(legs, benchmark_no, closing, max_leg_m)
    bm_lon, bm_lat = coordinates.parse_position(benchmark, point=benchmark_no)
    if adjust and tolerance is None:
        raise MineActionError(translate(
            "Traverse", "set a misclosure tolerance before asking for the traverse to be adjusted"))
    if adjust and closing == CLOSE_UNMEASURED:
        raise MineActionError(translate(
            "Traverse", "the closing side was not measured, so there is no misclosure to adjust"))

    magnetic = any(leg.north_reference == "magnetic" for leg in legs)
    declination = None
    if magnetic or declination_deg is not None:
        declination = compute_declination(bm_lon, bm_lat, survey_date, manual=declination_deg)

    raw = {benchmark_no: (bm_lon, bm_lat)}
    computed = {}
    for leg in legs:
        number = leg.point_no
        bearing = bearings.parse_bearing(leg.bearing, leg.bearing_unit, point=number)
        start = raw[leg.from_point]
        applied_declination = applied_convergence = None
        if leg.north_reference == "magnetic":
            applied_declination = declination.degrees
            true_bearing = bearings.normalize(bearing + applied_declination)
        elif leg.north_reference == "grid":
            if not grid_crs:
                _fail(number, translate("Traverse", "a grid bearing needs the map projection (grid) it "
                                        "refers to"), "north_reference")
            applied_convergence = coordinates.meridian_convergence(start[0], start[1], grid_crs)
            true_bearing = bearings.normalize(bearing + applied_convergence)
        else:
            true_bearing = bearing
        horizontal = _horizontal(leg)
        raw[number] = geodesy.direct(start[0], start[1], true_bearing, horizontal)
        computed[number] = dict(bearing_deg=bearing, true_bearing_deg=true_bearing,
                                declination_deg=applied_declination,
                                convergence_deg=applied_convergence,
                                horizontal_distance_m=horizontal)

    frame = LocalFrame(bm_lon, bm_lat)
    local = dict(zip(raw, frame.to_local_many(raw.values())))
    from_of = {leg.point_no: leg.from_point for leg in legs}
    from_of[benchmark_no] = None
    length_of = {number: values["horizontal_distance_m"] for number, values in computed.items()}

    start_no = perimeter_legs[0].point_no
    end_no = perimeter_legs[-1].point_no
    closure = None
    corrections = {}
    if closing == CLOSE_ON_START:
        closure, corrections = _closure(start_no, end_no, raw, local, from_of, length_of)

    warnings = []
    within = tolerance.accepts(closure) if (tolerance is not None and closure is not None) else None
    adjusted = False
    if adjust:
        if not closure.adjustable:
            raise MineActionError(translate(
                "Traverse", "the end point {end} was not surveyed through the start point {start}, so "
                "the compass rule cannot distribute the misclosure").format(end=end_no, start=start_no))
        if within:
            adjusted = True
        else:
            warnings.append(translate(
                "Traverse", "The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the "
                "tolerance: the traverse was not adjusted.").format(
                    misclosure=closure.misclosure_m, precision=closure.precision))
    elif within is False:
        warnings.append(translate(
            "Traverse", "The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the "
            "tolerance.").format(misclosure=closure.misclosure_m, precision=closure.precision))

    final = dict(raw)
    if adjusted:
        moved = [number for number, (de, dn) in corrections.items()
                 if not (de == 0.0 and dn == 0.0)]
        final.update(zip(moved, frame.to_lonlat_many(
            (local[n][0] + corrections[n][0], local[n][1] + corrections[n][1]) for n in moved)))
        final[end_no] = raw[start_no]  # exact closure, free of round-off

    def surveyed(number, point_type, from_point, **values):
        de, dn = corrections.get(number, (0.0, 0.0))
        return SurveyedPoint(number, point_type, from_point, *final[number], *raw[number],
                             correction_east_m=de, correction_north_m=dn, **values)

    bm_point = surveyed(benchmark_no, "benchmark", None)
    points = tuple(surveyed(leg.point_no, leg.point_type, leg.from_point,
                            north_reference=leg.north_reference, **computed[leg.point_no])
                   for leg in legs)

    vertices = [leg.point_no for leg in perimeter_legs]
    if closing == CLOSE_ON_START:
        vertices = vertices[:-1]
    if len(vertices) < 3:
        raise MineActionError(translate(
            "Traverse", "a perimeter needs at least three distinct points, this one has {count}")
            .format(count=len(vertices)))
    _refuse_crossings(vertices, frame.to_local_many(final[n] for n in vertices))
    polygon = Polygon([final[number] for number in vertices])
    return TraverseResult(bm_point, points, tuple(vertices), polygon, geodesy.area_m2(polygon),
                          closure, within, adjusted, declination, grid_crs, tuple(warnings))


def _closure(start_no, end_no, raw, local, from_of, length_of):
    """Misclosure figures and Bowditch corrections (per point, local plane)."""
    _azimuth, misclosure = geodesy.inverse(*raw[end_no], *raw[start_no])
    de = local[end_no][0] - local[start_no][0]
    dn = local[end_no][1] - local[start_no][1]
    end_chain, start_chain = _chain(end_no, from_of), _chain(start_no, from_of)
    loop = [n for n in end_chain if n not in start_chain] + [n for n in start_chain if n not in end_chain]
    loop_length = sum(length_of[n] for n in loop)
    precision = loop_length / misclosure if misclosure > 0 else math.inf
    adjustable = start_no in end_chain and loop_length > 0
    corrections = {}
    if adjustable:
        path = list(reversed(end_chain[:end_chain.index(start_no)]))  # after SP, up to EP
        cumulative = 0.0
        for number in path:
            cumulative += length_of[number]
            share = cumulative / loop_length
            corrections[number] = (-share * de, -share * dn)
        for number in sorted(length_of, key=_depths(from_of).get):
            if number not in corrections:
                corrections[number] = corrections.get(from_of[number], (0.0, 0.0))
    closure = Closure(misclosure, de, dn, loop_length, precision, tuple(loop), adjustable)
    return closure, corrections


def _refuse_crossings(vertices, plane):
    """Raise if any two sides of the ring cross, overlap or touch.

    Only pairs of sides whose envelopes meet can meet (an STRtree finds
    them); those are tested as a pair-by-pair loop would, and the first
    failing pair in (i, j) order is named, so a 100-side ring costs a few
    hundred tests instead of 4950.
    """
    count = len(vertices)
    ends = np.asarray(plane, dtype=float)
    sides = shapely.linestrings(np.stack([ends, np.roll(ends, -1, axis=0)], axis=1))
    first, second = shapely.STRtree(sides).query(sides)
    keep = first < second
    first, second = first[keep], second[keep]
    meeting = shapely.intersection(sides[first], sides[second])
    adjacent = (second == first + 1) | ((first == 0) & (second == count - 1))
    bad = ~shapely.is_empty(meeting) & ~(adjacent & (shapely.get_type_id(meeting) == 0))
    if not bad.any():
        return
    i, j = min(zip(first[bad].tolist(), second[bad].tolist()))
    raise MineActionError(translate(
        "Traverse", "the perimeter crosses itself: the side from point {a} to point {b} meets "
        "the side from point {c} to point {d}").format(
            a=vertices[i], b=vertices[(i + 1) % count],
            c=vertices[j], d=vertices[(j + 1) % count]))


# ---------------------------------------------------------------- plausibility


def distant_benchmarks(benchmarks, limit_m=BENCHMARK_SPREAD_M):
    """[(key, metres)] of the benchmarks more than ``limit_m`` from the median
    position of all of them (``benchmarks``: {key: (lon, lat)}), in input order.

    The median (per coordinate) is robust: one stray benchmark does not move it,
    so only the stray one is named. Fewer than two benchmarks: nothing to compare.
    """
    if len(benchmarks) < 2:
        return []
    first = next(iter(benchmarks.values()))[0]
    # longitudes unwrapped round the first one, so a table across 180° has a median
    lons = sorted((lon - first + 180.0) % 360.0 - 180.0 + first
                  for lon, _lat in benchmarks.values())
    lats = sorted(lat for _lon, lat in benchmarks.values())
    middle = len(lons) // 2
    if len(lons) % 2:
        centre = lons[middle], lats[middle]
    else:
        centre = ((lons[middle - 1] + lons[middle]) / 2, (lats[middle - 1] + lats[middle]) / 2)
    far = []
    for key, (lon, lat) in benchmarks.items():
        metres = geodesy.inverse(centre[0], centre[1], lon, lat)[1]
        if metres > limit_m:
            far.append((key, metres))
    return far


# ---------------------------------------------------------------- inverse


@dataclass(frozen=True)
class SurveyRow:
    point_no: int
    point_type: str
    from_point: int  # None for the benchmark
    lon: float
    lat: float
    true_bearing_deg: float  # None for the benchmark
    magnetic_bearing_deg: float  # None when no declination is known
    grid_bearing_deg: float
    distance_m: float
    mgrs: str
    utm: str
    latlon: str


@dataclass(frozen=True)
class SurveyTable:
    rows: tuple
    declination: object  # Declination used for magnetic bearings, or None
    grid_crs: str

    def legs(self, north_reference="magnetic"):
        """The table as ``Leg`` rows (bearings in degrees from ``north_reference``)."""
        key = {"magnetic": "magnetic_bearing_deg", "true": "true_bearing_deg",
               "grid": "grid_bearing_deg"}[north_reference]
        return [Leg(row.point_no, row.point_type, row.from_point, getattr(row, key), row.distance_m,
                    "deg", north_reference) for row in self.rows[1:]]


def survey_table(polygon, benchmark, survey_date=None, declination_deg=None, grid_crs=None,
                 first_point_no=1, benchmark_no=0, mgrs_precision=5):
    """The field table of a polygon (lon/lat): BM -> SP, then round the ring, back to SP.

    The first ring vertex is the start point; the last row is the end point,
    the leg closing on the start point (``CLOSE_ON_START``), so feeding
    ``legs()`` to ``compute_traverse`` reproduces the polygon. Grid bearings
    refer to ``grid_crs`` (default: the benchmark's UTM zone). Magnetic
    bearings need a survey date or a manual declination, else they are None.
    """
    if polygon.geom_type != "Polygon" or polygon.is_empty or len(polygon.interiors):
        raise MineActionError(translate(
            "Traverse", "a survey table needs a single polygon without holes"))
    ring = list(polygon.exterior.coords)[:-1]
    bm_lon, bm_lat = coordinates.parse_position(benchmark, point=benchmark_no)
    if grid_crs is None:
        utm = coordinates.lonlat_to_utm(bm_lon, bm_lat)
        grid_crs = utm.crs
    declination = None
    if survey_date is not None or declination_deg is not None:
        declination = compute_declination(bm_lon, bm_lat, survey_date, manual=declination_deg)

    def row(number, point_type, from_point, position, previous):
        lon, lat = position[0], position[1]
        true = magnetic = grid = distance = None
        if previous is not None:
            true, distance = geodesy.inverse(previous[0], previous[1], lon, lat)
            grid = bearings.normalize(
                true - coordinates.meridian_convergence(previous[0], previous[1], grid_crs))
            if declination is not None:
                magnetic = bearings.normalize(true - declination.degrees)
        return SurveyRow(number, point_type, from_point, lon, lat, true, magnetic, grid, distance,
                         coordinates.lonlat_to_mgrs(lon, lat, mgrs_precision),
                         coordinates.format_utm(lon, lat), coordinates.format_latlon(lon, lat))

    rows = [row(benchmark_no, "benchmark", None, (bm_lon, bm_lat), None)]
    previous_no, previous = benchmark_no, (bm_lon, bm_lat)
    for index, vertex in enumerate(ring):
        number = first_point_no + index
        rows.append(row(number, "start" if index == 0 else "turning", previous_no, vertex, previous))
        previous_no, previous = number, vertex
    rows.append(row(first_point_no + len(ring), "end", previous_no, ring[0], previous))
    return SurveyTable(tuple(rows), declination, grid_crs)


__all__ = ["CLOSE_ON_START", "CLOSE_UNMEASURED", "DEFAULT_MAX_LEG_M", "LOCAL_SURVEY_LIMIT_M",
           "BENCHMARK_SPREAD_M", "Leg", "Tolerance", "SurveyedPoint", "Closure",
           "TraverseResult", "distant_benchmarks", "compute_traverse", "SurveyRow", "SurveyTable",
           "survey_table"]
