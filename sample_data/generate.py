"""Developer tool: generate the fictional Examplia sample programme (the CSVs here).

EVERY RECORD THIS SCRIPT WRITES IS INVENTED. "Examplia", its mine action
centre, operators, teams, places and hazards do not exist; the coordinates put
the programme in open prairie grassland around 50.05 N, 108.8 W only because
that area exercises the geodesy (UTM zone 12N / MGRS 12U, magnetic declination
about 11-12 degrees east, grid convergence about +1.7 degrees). It is NOT a real
hazard location.

The shipped CSVs in ``sample_data/`` are the output of this script; it is
deterministic (no clock, no unseeded randomness), so running it again gives the
same bytes. It is not used by the plugin at run time. Run it from anywhere::

    .venv/bin/python sample_data/generate.py            # rewrite sample_data/*.csv
    .venv/bin/python sample_data/generate.py --out DIR  # write elsewhere
    .venv/bin/python sample_data/generate.py --summary  # also print closures

How the survey tables are made: each hazard has TRUE perimeter vertices
(defined below in metres in UTM zone 12N around an anchor). For every leg the
true azimuth and ground distance come from the geodesic inverse
(``core.geodesy.inverse``); the azimuth is turned into what the surveyor's
compass read (magnetic: minus the WMM declination of the survey date from
``pygeomag``, or minus the manual declination recorded for the 2006 survey;
grid: minus the UTM 12N meridian convergence from pyproj; true: unchanged),
a small seeded observation error is added, and the value is rounded the way a
surveyor writes it (whole or half degrees, 10 mils, 0.1 m of tape). The
perimeter is replayed from the recorded values to get the misclosure each
table will show; the seed for each hazard is the first (from a fixed base)
whose misclosure falls in the window chosen for it. One hazard (EX-HA-0007)
then gets a deliberate tape-reading blunder. Expected results are written to
``expected_closures.json`` for tests of the traverse code.

The truth polygons are NOT written for surveyed hazards (their ``wkt`` is
empty: the traverse computation must rebuild them); only the digitised hazard
(EX-HA-0008) carries geometry. Activity, task, EO-find, site and route
geometry is derived from the truth polygons so it sits sensibly on them.
"""

import argparse
import csv
import datetime
import json
import math
import random
import sys
from pathlib import Path

from pygeomag import GeoMag, calculate_decimal_year
from pyproj import Proj, Transformer
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import transform as shapely_transform, unary_union

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "scripts"))
import plugin_package  # noqa: E402  scripts/plugin_package.py


def _load_core():
    plugin_package.load()
    from mine_action_mapper.core import geodesy, schema, vocabulary
    return geodesy, schema, vocabulary


geodesy, schema, vocabulary = _load_core()

FICTION = ("FICTIONAL SAMPLE DATA: invented record of the imaginary Examplia "
           "programme; not a real hazard location.")

# ---------------------------------------------------------------- frames
UTM = Proj("EPSG:32612")
TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32612", always_xy=True)
TO_LL = Transformer.from_crs("EPSG:32612", "EPSG:4326", always_xy=True)
CENTRE_LL = (-108.8, 50.05)
E0, N0 = (round(v) for v in TO_UTM.transform(*CENTRE_LL))
ZONE, BAND = 12, "U"


def local(x, y):
    """Local metres (east, north of the programme centre) -> UTM 12N."""
    return (E0 + x, N0 + y)


def ll(e, n):
    return TO_LL.transform(e, n)


def geom_ll(geom):
    return shapely_transform(lambda x, y, z=None: TO_LL.transform(x, y), geom)


# ---------------------------------------------------------------- north references
WMM_FILES = ((2010.0, 2015.0, "WMM_2010.COF"), (2015.0, 2020.0, "WMM_2015v2.COF"),
             (2020.0, 2025.0, "WMM_2020.COF"), (2025.0, 2030.0, "WMM_2025.COF"))
_GEOMAG = {}


def wmm_model(date):
    year = calculate_decimal_year(datetime.datetime(date.year, date.month, date.day))
    for low, high, name in WMM_FILES:
        if low <= year < high:
            return name, year
    return None, year


def declination(lon, lat, date):
    """WMM declination (degrees, east positive) at sea level on ``date``."""
    name, year = wmm_model(date)
    if name is None:
        raise ValueError(f"{date} is outside every WMM model")
    if name not in _GEOMAG:
        _GEOMAG[name] = GeoMag(coefficients_file="wmm/" + name)
    return _GEOMAG[name].calculate(lat, lon, 0.0, year).d


def convergence(lon, lat):
    """UTM 12N meridian convergence (degrees); grid bearing = true - this."""
    return UTM.get_factors(lon, lat).meridian_convergence


# ---------------------------------------------------------------- coordinate text
MGRS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used
MGRS_ROWS = "ABCDEFGHJKLMNPQRSTUV"


def mgrs_parts(e, n):
    """1 m MGRS (truncated, never rounded) for UTM 12N easting/northing."""
    e_i, n_i = int(math.floor(e)), int(math.floor(n))
    set_start = ((ZONE - 1) % 3) * 8  # column letter sets A-H, J-R, S-Z
    column = MGRS_LETTERS[set_start + e_i // 100000 - 1]
    row_offset = 5 if ZONE % 2 == 0 else 0
    row = MGRS_ROWS[(n_i // 100000 + row_offset) % 20]
    return f"{ZONE}{BAND}", column + row, e_i % 100000, n_i % 100000, (e_i, n_i)


def dms(value, positive, negative):
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    tenths = round(value * 36000)  # 0.1 arc-second
    degrees, rest = divmod(tenths, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{degrees}°{minutes:02d}'{tenths / 10:04.1f}\"{hemisphere}", \
        degrees + minutes / 60 + tenths / 36000


def coord_text(style, lon, lat):
    """(text as the surveyor entered it, (lon, lat) a parser gets back)."""
    e, n = TO_UTM.transform(lon, lat)
    if style == "latlon":
        return f"{lat:.6f}, {lon:.6f}", (round(lon, 6), round(lat, 6))
    if style == "dms":
        lat_text, lat_back = dms(lat, "N", "S")
        lon_text, lon_back = dms(lon, "E", "W")
        return f"{lat_text} {lon_text}", (-lon_back if lon < 0 else lon_back,
                                          lat_back if lat >= 0 else -lat_back)
    if style == "utm":
        e_r, n_r = round(e), round(n)
        return f"{ZONE}{BAND} {e_r} {n_r}", ll(e_r, n_r)
    if style in ("mgrs", "mgrs_compact"):
        gzd, square, east, north, (e_i, n_i) = mgrs_parts(e, n)
        if style == "mgrs":
            text = f"{gzd} {square} {east:05d} {north:05d}"
        else:
            text = f"{gzd}{square}{east:05d}{north:05d}"
        return text, ll(e_i, n_i)  # south-west corner of the 1 m square
    raise ValueError(style)


# ---------------------------------------------------------------- hazards
# Shapes: local metres relative to the hazard anchor (x east, y north), in
# perimeter (walking) order, first vertex = start point. ``survey`` holds
# the recording conventions. Dates are ISO strings.
HAZARDS = [
    dict(
        hazard_id="EX-HA-0001", name="Quillen Flats minefield", hazard_class="CHA",
        status="worked_on", contamination="ap_mines", evidence="visual_observation",
        survey_date="2013-05-14", date_of_information="2013-05-14",
        organisation="Examplia Demining Unit", region="Westmarch Region",
        district="Sallow District", locality="Quillen Flats", land_use="grazing",
        depth_cm=13, anchor=(-2500, 1500),
        shape=[(0, 0), (120, 15), (210, -10), (230, -120), (190, -210), (60, -200),
               (-10, -110)],
        story="Protective AP belt around a former observation post; mines seen "
              "on the surface by herders.",
        survey=dict(unit="deg", north="magnetic", step=1.0, coords="latlon",
                    text="{v:g}", bm_dist=22, window=(0.3, 1.0), seed=101,
                    reference=dict(bearing=210, dist=140,
                                   note="Reference point: stone cairn on Quillen knoll"))),
    dict(
        hazard_id="EX-HA-0002", name="Brannock Ridge AV belt", hazard_class="SHA",
        status="worked_on", contamination="av_mines", evidence="former_front_line",
        survey_date="2016-09-20", date_of_information="2016-09-20",
        organisation="Examplia Demining Unit", region="Westmarch Region",
        district="Sallow District", locality="Brannock Ridge", land_use="cropland",
        depth_cm=30, anchor=(1500, 2000), scale=0.955,
        shape=[(0, 0), (180, 40), (420, 20), (450, -150), (430, -330), (220, -360),
               (30, -340), (-20, -170)],
        story="Former defensive line along the ridge; AV mines suspected on the "
              "farm track approaches.",
        survey=dict(unit="mil_nato", north="magnetic", step=10.0, coords="utm",
                    text="{v:04.0f} mils", bm_dist=30, window=(1.0, 2.0), seed=202,
                    reference=dict(bearing=300, dist=160,
                                   note="Reference point: concrete culvert under Ridge Track"))),
    dict(
        hazard_id="EX-HA-0003", name="Maresby Coulee strike", hazard_class="CHA",
        status="open", contamination="cluster_munitions", evidence="visual_observation",
        survey_date="2021-08-10", date_of_information="2021-08-10",
        organisation="Westmarch Clearance Trust", region="Westmarch Region",
        district="Corrow District", locality="Maresby Coulee", land_use="grazing",
        depth_cm=20, anchor=(-1000, -1500),
        shape=[(0, 0), (90, 30), (170, 10), (180, -80), (110, -140), (20, -120)],
        story="Cluster munition strike footprint; submunitions seen in the coulee "
              "bottom.",
        survey=dict(unit="deg", north="grid", step=1.0, coords="mgrs",
                    text="{v:g}", bm_dist=30, window=None, seed=303, radial=True)),
    dict(
        hazard_id="EX-HA-0004", name="Old Ostervale depot", hazard_class="SHA",
        status="worked_on", contamination="uxo", evidence="unreliable_records",
        survey_date="2006-07-12", date_of_information="2006-07-12",
        organisation="Examplia Engineer Corps", region="Westmarch Region",
        district="Corrow District", locality="Ostervale Siding", land_use="grazing",
        depth_cm=100, anchor=(3000, -1000),
        shape=[(0, 0), (140, 0), (260, -20), (280, -160), (250, -260), (100, -250),
               (-10, -150)],
        story="Ammunition depot destroyed in an explosion; kick-out UXO suspected. "
              "2006 survey: bearings corrected with the map-sheet declination "
              "12.5 E because no WMM model covers 2006.",
        survey=dict(unit="deg", north="magnetic", step=1.0, coords="dms",
                    text="{v:g}°", bm_dist=25, window=(0.5, 1.5), seed=404,
                    manual_declination=12.5)),
    dict(
        hazard_id="EX-HA-0005", name="Tallow Creek crossing", hazard_class="CHA",
        status="worked_on", contamination="mixed", evidence="accident_known_location",
        survey_date="2023-04-18", date_of_information="2023-04-18",
        organisation="Westmarch Clearance Trust", region="Westmarch Region",
        district="Sallow District", locality="Tallow Creek", land_use="water access",
        depth_cm=20, anchor=(-3500, -800),
        shape=[(0, 0), (70, 25), (130, 5), (120, -70), (40, -90)],
        story="Ford on Tallow Creek; AV and AP mines and scattered UXO; cattle "
              "accident at the ford in 2022.",
        survey=dict(unit="mil_wp", north="magnetic", step=10.0, coords="utm",
                    text="wp", bm_dist=20, window=(0.3, 0.8), seed=505,
                    slope=dict(leg=3, deg=12.0))),
    dict(
        hazard_id="EX-HA-0006", name="Vantry Butte firing range", hazard_class="SHA",
        status="worked_on", contamination="uxo", evidence="old_survey",
        survey_date="2019-10-03", date_of_information="2019-10-03",
        organisation="Examplia Demining Unit", region="Westmarch Region",
        district="Corrow District", locality="Vantry Butte", land_use="grazing",
        depth_cm=50, anchor=(500, -3000),
        shape=[(0, 0), (200, 20), (300, 0), (300, -260), (150, -290), (10, -240),
               (-20, -110)],
        story="Impact area of a former artillery range; re-surveyed in 2019.",
        survey=dict(unit="deg", north="true", step=0.5, coords="mgrs_compact",
                    text="{v:g}°T", bm_dist=25, window=(0.5, 1.5), seed=606)),
    dict(
        hazard_id="EX-HA-0007", name="Vantry Butte south pasture", hazard_class="SHA",
        status="open", contamination="ap_mines", evidence="verbal_report",
        survey_date="2025-05-27", date_of_information="2025-05-27",
        organisation="Westmarch Clearance Trust", region="Westmarch Region",
        district="Corrow District", locality="Vantry Butte", land_use="grazing",
        depth_cm=13, anchor=(500, -3000),
        shape=[(330, -10), (460, 0), (470, -120), (400, -180), (330, -170)],
        story="Pasture east of the range reported mined by a local herder. "
              "Survey table holds a tape-reading blunder (closure fails).",
        survey=dict(unit="deg", north="magnetic", step=0.5, coords="latlon",
                    text="{v:g}", bm_dist=20, window=(0.3, 1.0), seed=707,
                    blunder=dict(leg=4, metres=-10.0))),
]

DIGITISED = dict(
    hazard_id="EX-HA-0008", name="Dunmere school path", hazard_class="SHA",
    status="worked_on", contamination="ap_mines", evidence="verbal_report",
    date_of_information="2012-10-05", organisation="Examplia Mine Action Centre",
    region="Westmarch Region", district="Sallow District", locality="Dunmere",
    land_use="footpath", depth_cm=13, anchor=(-600, 3500),
    parts=[[(0, 0), (60, 10), (70, -40), (10, -50)],
           [(110, -20), (150, -15), (155, -60), (105, -55)]],
    story="Two patches either side of the school footpath, digitised on screen "
          "from a community sketch map (no survey table).")

MAX_LEG = 50.0  # intermediate points where a perimeter leg is longer


def truth_polygon(hazard):
    ax, ay = hazard["anchor"]
    k = hazard.get("scale", 1.0)
    return Polygon([local(ax + k * x, ay + k * y) for x, y in hazard["shape"]])


def densify(vertices):
    """Perimeter vertices (UTM) with intermediates; returns [(e, n, type)]."""
    out = []
    count = len(vertices)
    for i, (e1, n1) in enumerate(vertices):
        out.append((e1, n1, "start" if i == 0 else "turning"))
        e2, n2 = vertices[(i + 1) % count]
        length = math.hypot(e2 - e1, n2 - n1)
        parts = math.ceil(length / MAX_LEG)
        for k in range(1, parts):
            out.append((e1 + (e2 - e1) * k / parts, n1 + (n2 - n1) * k / parts,
                        "intermediate"))
    return out


def benchmark_position(polygon, first, distance):
    cx, cy = polygon.centroid.coords[0]
    ex, ey = first
    scale = distance / math.hypot(ex - cx, ey - cy)
    return ex + (ex - cx) * scale, ey + (ey - cy) * scale


def recorded(survey, true_az, from_ll, date, rng, distance, slope_deg=None):
    """What the surveyor writes for a leg: (bearing, text, distance)."""
    lon, lat = from_ll
    if survey["north"] == "magnetic":
        if "manual_declination" in survey:
            ref_az = true_az - survey["manual_declination"]
        else:
            ref_az = true_az - declination(lon, lat, date)
    elif survey["north"] == "grid":
        ref_az = true_az - convergence(lon, lat)
    else:
        ref_az = true_az
    ref_az += rng.gauss(0.0, 0.3)
    circle = vocabulary.UNITS_PER_CIRCLE[survey["unit"]]
    value = (ref_az % 360.0) * circle / 360.0
    value = round(value / survey["step"]) * survey["step"] % circle
    if survey["unit"] in ("mil_nato", "mil_wp"):
        value = float(int(round(value)))
    if survey["text"] == "wp":
        text = f"{int(value) // 100}-{int(value) % 100:02d}"
    else:
        text = survey["text"].format(v=value)
    horizontal = distance + rng.gauss(0.0, 0.04 + 0.001 * distance)
    measured = horizontal / math.cos(math.radians(slope_deg)) if slope_deg else horizontal
    return value, text, round(measured, 1)


def to_true(survey, bearing, from_ll, date):
    """Inverse of ``recorded`` without errors: recorded bearing -> true azimuth."""
    lon, lat = from_ll
    degrees = bearing * 360.0 / vocabulary.UNITS_PER_CIRCLE[survey["unit"]]
    if survey["north"] == "magnetic":
        dec = survey.get("manual_declination")
        return degrees + (dec if dec is not None else declination(lon, lat, date))
    if survey["north"] == "grid":
        return degrees + convergence(lon, lat)
    return degrees


def replay(survey, rows, bm_ll, date):
    """Positions computed from the recorded table (no adjustment)."""
    positions = {0: bm_ll}
    for row in rows[1:]:
        start = positions[row["from_point"]]
        azimuth = to_true(survey, row["bearing"], start, date)
        distance = row["distance_m"]
        if row.get("slope_deg"):
            distance *= math.cos(math.radians(row["slope_deg"]))
        positions[row["point_no"]] = geodesy.direct(start[0], start[1], azimuth, distance)
    return positions


def survey_table(hazard, rng):
    survey = hazard["survey"]
    date = datetime.date.fromisoformat(hazard["survey_date"])
    polygon = truth_polygon(hazard)
    vertices = list(polygon.exterior.coords)[:-1]
    perimeter = densify(vertices)
    bm_e, bm_n = benchmark_position(polygon, vertices[0], survey["bm_dist"])
    bm_true = ll(bm_e, bm_n)
    bm_text, bm_entered = coord_text(survey["coords"], *bm_true)
    common = dict(hazard_id=hazard["hazard_id"], survey_date=hazard["survey_date"])
    rows = [dict(common, point_no=0, point_type="benchmark", coord_entered=bm_text,
                 fixed_by="gps",
                 remarks="Benchmark: painted steel picket, GPS fix (averaged)")]
    truth = {0: bm_true}

    def add(point_type, from_no, target_ll, slope=None, remarks=None):
        number = len(rows)
        from_ll = truth[from_no]
        azimuth, distance = geodesy.inverse(*from_ll, *target_ll)
        bearing, text, measured = recorded(survey, azimuth, from_ll, date, rng,
                                           distance, slope)
        row = dict(common, point_no=number, point_type=point_type, from_point=from_no,
                   bearing=bearing, bearing_text=text, bearing_unit=survey["unit"],
                   north_reference=survey["north"], distance_m=measured,
                   fixed_by="traverse")
        if "manual_declination" in survey:
            row["declination_deg"] = survey["manual_declination"]
        if slope:
            row["slope_deg"] = slope
        if remarks:
            row["remarks"] = remarks
        rows.append(row)
        truth[number] = target_ll
        return number

    reference = survey.get("reference")
    if reference:
        theta = math.radians(reference["bearing"])
        ref_ll = ll(bm_e + reference["dist"] * math.sin(theta),
                    bm_n + reference["dist"] * math.cos(theta))
        add("reference", 0, ref_ll, remarks=reference["note"])

    slope = survey.get("slope")
    if survey.get("radial"):
        for e, n, kind in perimeter:
            add(kind, 0, ll(e, n), remarks="Radial shot from BM (laser rangefinder)"
                if kind == "start" else None)
    else:
        previous = 0
        start_no = None
        legs = 0
        for e, n, kind in perimeter:
            leg_slope = slope["deg"] if slope and legs == slope["leg"] else None
            previous = add(kind, previous, ll(e, n), slope=leg_slope,
                           remarks="Slope distance on the creek bank"
                           if leg_slope else None)
            legs += 1
            if start_no is None:
                start_no = previous
        add("end", previous, truth[start_no],
            remarks=f"Closing leg: end point is the start point (point {start_no}) "
                    "re-observed")
    return rows, bm_entered, truth, perimeter


def closure(hazard, rows, bm_entered):
    survey = hazard["survey"]
    date = datetime.date.fromisoformat(hazard["survey_date"])
    positions = replay(survey, rows, bm_entered, date)
    start = next(r["point_no"] for r in rows if r["point_type"] == "start")
    end = rows[-1]["point_no"]
    perimeter = 0.0
    for row in rows:
        if row["point_type"] in ("turning", "intermediate", "end"):
            distance = row["distance_m"]
            if row.get("slope_deg"):
                distance *= math.cos(math.radians(row["slope_deg"]))
            perimeter += distance
    _az, misclosure = geodesy.inverse(*positions[start], *positions[end])
    return misclosure, perimeter


def build_survey(hazard):
    survey = hazard["survey"]
    for attempt in range(500):
        rng = random.Random(survey["seed"] * 1000 + attempt)
        rows, bm_entered, truth, perimeter = survey_table(hazard, rng)
        if survey.get("radial"):
            return rows, dict(seed_attempt=attempt, misclosure_m=None,
                              perimeter_m=None, precision=None)
        misclosure, length = closure(hazard, rows, bm_entered)
        low, high = survey["window"]
        if low <= misclosure <= high:
            break
    else:
        raise RuntimeError(f"no seed gives the misclosure window for {hazard['hazard_id']}")
    blunder = survey.get("blunder")
    if blunder:
        row = [r for r in rows if r["point_type"] in ("turning", "intermediate")][blunder["leg"]]
        row["distance_m"] = round(row["distance_m"] + blunder["metres"], 1)
        row["remarks"] = "Tape read 10 m short (blunder kept as recorded)"
        misclosure, length = closure(hazard, rows, bm_entered)
    return rows, dict(seed_attempt=attempt, misclosure_m=round(misclosure, 3),
                      perimeter_m=round(length, 1),
                      precision=f"1:{int(length / misclosure)}")


# ---------------------------------------------------------------- activities
def strip(polygon, side, fraction_from, fraction_to):
    """Part of ``polygon`` between two fractions of its extent along an axis.

    side: 'x' (west->east) or 'y' (south->north). A fraction of 0 or 1 reaches
    past the edge. The hazard's outer edges are followed 1.5 m outwards, so
    the activity still covers the perimeter the traverse computation rebuilds
    from the (slightly misclosing) table; the engine clips to the hazard."""
    minx, miny, maxx, maxy = polygon.bounds
    low, high = (minx, maxx) if side == "x" else (miny, maxy)
    a = low - 5 if fraction_from <= 0 else low + (high - low) * fraction_from
    b = high + 5 if fraction_to >= 1 else low + (high - low) * fraction_to
    cut = (box(a, miny - 5, b, maxy + 5) if side == "x"
           else box(minx - 5, a, maxx + 5, b))
    return polygon.buffer(1.5, join_style="mitre").intersection(cut)


def clean(geom):
    """MultiPolygon without slivers or spikes left by overlay (UTM metres)."""
    geom = geom.buffer(0.05, join_style="mitre").buffer(-0.05, join_style="mitre")
    geom = shapely.set_precision(geom, 0.01)
    parts = [g for g in getattr(geom, "geoms", [geom])
             if g.geom_type == "Polygon" and g.area >= 1.0]
    return MultiPolygon(parts)


def wkt(geom, digits=7):
    geom = geom_ll(geom)
    if geom.geom_type == "Polygon":
        geom = MultiPolygon([geom])

    def fmt(coords):
        return ", ".join(f"{x:.{digits}f} {y:.{digits}f}" for x, y in coords)

    if geom.geom_type == "MultiPolygon":
        rounded = shapely.set_precision(geom, 10 ** -digits)
        if not rounded.is_valid or len(rounded.geoms) != len(geom.geoms):
            raise ValueError("polygon invalid once rounded to the WKT precision")
        polys = []
        for poly in geom.geoms:
            rings = [poly.exterior] + list(poly.interiors)
            polys.append("(" + ", ".join("(" + fmt(r.coords) + ")" for r in rings) + ")")
        return "MULTIPOLYGON (" + ", ".join(polys) + ")"
    if geom.geom_type == "Point":
        return f"POINT ({geom.x:.{digits}f} {geom.y:.{digits}f})"
    if geom.geom_type == "LineString":
        return "LINESTRING (" + fmt(geom.coords) + ")"
    raise ValueError(geom.geom_type)


def random_points(polygon, count, rng, margin=3.0):
    inner = polygon.buffer(-margin)
    minx, miny, maxx, maxy = inner.bounds
    points = []
    while len(points) < count:
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if inner.contains(p):
            points.append(p)
    return points


def build():
    truths = {h["hazard_id"]: truth_polygon(h) for h in HAZARDS}
    ax, ay = DIGITISED["anchor"]
    h8 = MultiPolygon([Polygon([local(ax + x, ay + y) for x, y in part])
                       for part in DIGITISED["parts"]])
    truths["EX-HA-0008"] = h8

    # ---- hazards and survey tables
    hazard_rows, survey_rows, expected = [], [], {}
    for hazard in HAZARDS:
        rows, info = build_survey(hazard)
        survey_rows.extend(rows)
        truth = truths[hazard["hazard_id"]]
        survey = hazard["survey"]
        date = datetime.date.fromisoformat(hazard["survey_date"])
        model = ("manual" if "manual_declination" in survey
                 else wmm_model(date)[0] if survey["north"] == "magnetic" else None)
        bm = next(r for r in rows if r["point_type"] == "benchmark")
        expected[hazard["hazard_id"]] = dict(
            info, bearing_unit=survey["unit"], north_reference=survey["north"],
            declination_source=model, coord_entered=bm["coord_entered"],
            points=len(rows), radial=bool(survey.get("radial")),
            truth_area_m2=round(geodesy.area_m2(geom_ll(truth)), 0))
        hazard_rows.append(hazard_row(hazard, None))
    hazard_rows.append(hazard_row(DIGITISED, h8))
    expected["EX-HA-0008"] = dict(digitised=True,
                                  truth_area_m2=round(geodesy.area_m2(geom_ll(h8)), 0))

    # ---- land release activities
    t = truths
    a = {}
    a["EX-LR-0001"] = strip(t["EX-HA-0004"], "x", 0.0, 0.22)
    a["EX-LR-0002"] = strip(t["EX-HA-0004"], "y", 0.0, 0.45).difference(a["EX-LR-0001"])
    a["EX-LR-0003"] = strip(t["EX-HA-0002"], "y", 0.0, 0.25)
    a["EX-LR-0004"] = strip(t["EX-HA-0002"], "x", 0.55, 1.0).difference(a["EX-LR-0003"])
    a["EX-LR-0005"] = (strip(t["EX-HA-0002"], "x", 0.0, 0.55)
                       .difference(a["EX-LR-0003"])
                       .intersection(strip(t["EX-HA-0002"], "y", 0.0, 0.6)))
    a["EX-LR-0006"] = strip(t["EX-HA-0001"], "x", 0.0, 0.4)
    a["EX-LR-0007"] = strip(t["EX-HA-0001"], "x", 0.4, 0.65)
    # cleared after part of it was reduced in 2016 (overlap: counted once, QA warning)
    a["EX-LR-0008"] = strip(t["EX-HA-0004"], "y", 0.3, 0.75).difference(a["EX-LR-0001"])
    a["EX-LR-0009"] = strip(t["EX-HA-0005"], "x", 0.0, 0.5)
    # NTS block across the gap between two hazards, no hazard link
    h6, h7 = t["EX-HA-0006"], t["EX-HA-0007"]
    span = box(h6.bounds[2] - 60, h7.bounds[3] - 70, h7.bounds[0] + 50, h7.bounds[3] + 1.5)
    a["EX-LR-0010"] = span.intersection(unary_union([h6, h7]).convex_hull.buffer(1.5))
    # QA: activity with no hazard that overlaps nothing
    a["EX-LR-0011"] = Polygon([local(x, y) for x, y in
                               [(4200, 1800), (4290, 1810), (4300, 1720), (4210, 1700)]])
    # QA: NTS report dated before the hazard's (2019) date of information
    a["EX-LR-0012"] = strip(t["EX-HA-0006"], "y", 0.0, 0.2)
    a["EX-LR-0013"] = h8.geoms[1].buffer(1.5, join_style="mitre")
    for key in a:
        a[key] = clean(a[key])
    activity_rows = activities_rows(a)

    # ---- EO finds
    finds = eo_finds(a)

    # ---- tasks, sites, routes
    task_geoms = {
        "EX-TK-0001": t["EX-HA-0001"].difference(a["EX-LR-0006"]),
        "EX-TK-0002": t["EX-HA-0005"],
        "EX-TK-0003": t["EX-HA-0003"],
        "EX-TK-0004": t["EX-HA-0002"].intersection(a["EX-LR-0004"]),
    }
    task_rows = []
    for task in TASKS:
        row = {k: v for k, v in task.items() if k not in ("bm_hazard", "sites")}
        row["wkt"] = wkt(clean(task_geoms[task["task_id"]]))
        task_rows.append(row)
    benchmarks = {}
    for hazard in HAZARDS:
        polygon = truths[hazard["hazard_id"]]
        first = list(polygon.exterior.coords)[0]
        benchmarks[hazard["hazard_id"]] = benchmark_position(
            polygon, first, hazard["survey"]["bm_dist"])
    site_rows, route_rows = sites_and_routes(benchmarks, truths)

    # sanity: nothing of the safety layout inside a hazard, finds inside activities
    hazard_union = unary_union(list(truths.values()))
    for row in site_rows:
        assert not hazard_union.contains(row["_geom"]), row
    for row in route_rows:
        assert not row["_geom"].intersects(hazard_union.buffer(-0.5)), row["name"]
    for key, value in benchmarks.items():
        assert not hazard_union.contains(Point(value)), key
    assert not a["EX-LR-0011"].intersects(hazard_union)
    for row in site_rows + route_rows:
        row["wkt"] = wkt(row.pop("_geom"))

    accidents = accident_rows(truths, unary_union(list(a.values())))

    return dict(hazards=hazard_rows, survey_points=survey_rows,
                land_release_activities=activity_rows, eo_finds=finds, tasks=task_rows,
                site_points=site_rows, access_routes=route_rows,
                accidents=accidents), expected


def hazard_row(hazard, geometry):
    keys = ("hazard_id", "name", "hazard_class", "status", "contamination", "evidence",
            "date_of_information", "survey_date", "organisation", "region", "district",
            "locality", "land_use", "depth_cm")
    row = {k: hazard[k] for k in keys if k in hazard}
    how = ("Digitised from a sketch map: geometry in wkt." if geometry is not None
           else "Polygon to be computed from the survey table (wkt left empty).")
    row["remarks"] = f"{FICTION} {hazard['story']} {how}"
    row.update(_counts(schema.BENEFICIARY_FIELDS,
                       EXPECTED_BENEFICIARIES.get(hazard["hazard_id"])))
    row["wkt"] = wkt(geometry) if geometry is not None else ""
    return row


ACTIVITIES = [
    ("EX-LR-0001", "EX-HA-0004", None, "nts", "cancelled", None, "2015-04-06", "2015-04-10",
     "Examplia Demining Unit", "NTS Team 2", None,
     "Western strip cancelled: ploughed and grazed for years, no evidence."),
    ("EX-LR-0002", "EX-HA-0004", None, "ts", "reduced_ta",
     "armoured flail, 2 passes; large-loop detector", "2016-08-22", "2016-09-30",
     "Examplia Demining Unit", "Mechanical Team 1", 20,
     "Southern part reduced: no evidence found."),
    ("EX-LR-0003", "EX-HA-0002", None, "nts", "cancelled", None, "2017-05-02", "2017-05-19",
     "Examplia Demining Unit", "NTS Team 1", None,
     "Southern strip cancelled: farmer has cropped it since 2010."),
    ("EX-LR-0004", "EX-HA-0002", None, "nts", "confirmed", None, "2017-05-02", "2017-05-19",
     "Examplia Demining Unit", "NTS Team 1", None,
     "Eastern part confirmed: AV mines seen on the track verge (SHA part becomes CHA)."),
    ("EX-LR-0005", "EX-HA-0002", None, "ts", "reduced_nta", None, "2018-06-11", "2018-08-03",
     "Examplia Demining Unit", "TS Team 1", None,
     "Reduced without technical asset: systematic visual inspection and "
     "targeted investigation, no evidence."),
    ("EX-LR-0006", "EX-HA-0001", None, "clearance", "cleared", None, "2015-06-01",
     "2016-08-30", "Examplia Demining Unit", "Manual Team 3", 13,
     "Western part cleared to 13 cm."),
    ("EX-LR-0007", "EX-HA-0001", "EX-TK-0001", "clearance", "cleared", None, "2019-04-15",
     "2019-10-31", "Examplia Demining Unit", "Manual Team 3", 13,
     "Second strip cleared to 13 cm (task EX-TK-0001, partial completion)."),
    ("EX-LR-0008", "EX-HA-0004", None, "clearance", "cleared", None, "2020-05-04",
     "2020-09-25", "Examplia Demining Unit", "Battle Area Clearance Team 2", 100,
     "QA: overlaps land already reduced by EX-LR-0002 in 2016 (count once, as reduced)."),
    ("EX-LR-0009", "EX-HA-0005", "EX-TK-0002", "clearance", "cleared", None, "2024-05-06",
     "2025-06-30", "Westmarch Clearance Trust", "Manual Team A", 20,
     "Western half of the ford cleared (task EX-TK-0002, partial completion)."),
    ("EX-LR-0010", None, None, "nts", "cancelled", None, "2025-08-18", "2025-09-12",
     "Westmarch Clearance Trust", "NTS Team B", None,
     "QA: block spans EX-HA-0006 and EX-HA-0007 and has no hazard link."),
    ("EX-LR-0011", None, None, "nts", "cancelled", None, "2022-03-14", "2022-03-15",
     "Westmarch Clearance Trust", "NTS Team B", None,
     "QA: no hazard link and overlaps no hazard (mis-entered report)."),
    ("EX-LR-0012", "EX-HA-0006", None, "nts", "cancelled", None, "2017-06-12", "2017-06-16",
     "Examplia Demining Unit", "NTS Team 2", None,
     "QA: late-entered 2017 report, older than the hazard's 2019 date of information."),
    ("EX-LR-0013", "EX-HA-0008", None, "ts", "reduced_ta", "detectors, 1 m lanes",
     "2023-07-03", "2023-07-21", "Westmarch Clearance Trust", "TS Team A", 13,
     "Eastern patch reduced: no evidence found."),
]

#: the one deliberate date QA case (activity older than its hazard's information)
STALE_ACTIVITY = "EX-LR-0012"


#: activity -> team (women, men), handover date, beneficiaries (women, girls,
#: boys, men, persons with disabilities); None: not recorded (the 2015 NTS
#: team kept no beneficiary figures, the late 2017 report no team list)
PEOPLE = {
    "EX-LR-0001": ((1, 3), None, None),
    "EX-LR-0002": ((0, 6), "2016-10-14", (38, 41, 44, 35, 6)),
    "EX-LR-0003": ((2, 2), "2017-06-02", (22, 18, 20, 21, 3)),
    "EX-LR-0004": ((2, 2), None, None),  # confirmed: nothing handed over
    "EX-LR-0005": ((3, 3), "2018-08-20", (54, 60, 57, 49, 9)),
    "EX-LR-0006": ((4, 8), "2016-09-15", (112, 130, 126, 104, 14)),
    "EX-LR-0007": ((5, 7), "2019-11-20", (64, 71, 69, 60, 7)),
    "EX-LR-0008": ((2, 10), "2020-10-12", (80, 95, 90, 77, 0)),
    "EX-LR-0009": ((6, 6), "2025-07-21", (140, 152, 149, 131, 18)),
    "EX-LR-0010": ((1, 3), "2025-09-26", (30, 27, 31, 28, 2)),
    "EX-LR-0011": ((1, 3), None, None),
    "EX-LR-0012": ((None, None), None, (12, 9, 11, 14, None)),
    "EX-LR-0013": ((2, 2), "2023-08-04", (25, 23, 26, 22, 4)),
}


def _counts(names, values):
    return {name: "" if value is None else value
            for name, value in zip(names, values or (None,) * len(names))}


def activities_rows(geoms):
    rows = []
    for (activity_id, hazard_id, task_id, kind, outcome, asset, start, end, org, team,
         depth, remarks) in ACTIVITIES:
        assert outcome in vocabulary.OUTCOMES_BY_ACTIVITY[kind]
        row = dict(activity_id=activity_id, hazard_id=hazard_id or "", task_id=task_id or "",
                   activity_type=kind, outcome=outcome, technical_asset=asset or "",
                   start_date=start, end_date=end, organisation=org, team=team,
                   depth_cm="" if depth is None else depth,
                   remarks=f"{remarks} Fictional sample data.", wkt=wkt(geoms[activity_id]))
        composition, handover, beneficiaries = PEOPLE[activity_id]
        assert handover is None or handover >= end
        row.update(_counts(schema.TEAM_FIELDS, composition), handover_date=handover or "")
        row.update(_counts(schema.BENEFICIARY_FIELDS, beneficiaries))
        rows.append(row)
    return rows


#: hazard -> expected beneficiaries of its release (women, girls, boys, men,
#: persons with disabilities), from the community liaison of its survey
EXPECTED_BENEFICIARIES = {
    "EX-HA-0001": (210, 236, 228, 199, 23),
    "EX-HA-0003": (95, 102, 99, 88, 11),
    "EX-HA-0005": (160, 171, 168, 150, 19),
}

#: fictional accidents: ID, date, hazard, where in it (a strip of the
#: hazard's true polygon, in land no activity released, so that it stays
#: inside the hazard after an update), device, activity at the time,
#: casualties {field: count} (fields not named: not recorded), organisation
ACCIDENTS = [
    ("EX-AC-0001", "2014-03-22", "EX-HA-0001", ("x", 0.80, 0.95), "ap_mine", "herding",
     {"injured_boys": 1, "killed_boys": 0}, "Examplia Mine Action Centre",
     "Boy herding goats stepped on a mine; evacuated to Corrowby clinic."),
    ("EX-AC-0002", "2018-10-05", "EX-HA-0005", ("x", 0.70, 0.90), "av_mine", "travelling",
     {"killed_men": 2, "injured_women": 1, "injured_girls": 1},
     "Examplia Mine Action Centre", "Farm vehicle on the ford track."),
    ("EX-AC-0003", "2021-07-14", "EX-HA-0003", ("x", 0.30, 0.60), "submunition", "playing",
     {"killed_boys": 1, "injured_boys": 2, "killed_girls": 0, "injured_girls": 0},
     "Examplia Mine Action Centre", "Children playing with a bomblet."),
    ("EX-AC-0004", "2023-05-09", "EX-HA-0001", ("x", 0.70, 0.78), "ap_mine", "demining",
     {"injured_men": 1, "killed_men": 0}, "Examplia Demining Unit",
     "Demining accident: deminer injured while excavating a signal."),
    ("EX-AC-0005", "2024-09-30", "EX-HA-0003", ("y", 0.60, 0.90), "other_uxo", "scrap",
     {"injured_unknown": 1}, "Examplia Mine Action Centre",
     "Reported by the district office: one person injured, no details."),
]


def accident_rows(truths, released):
    """The accidents, each in its hazard and in land that remains."""
    rng = random.Random(4242)
    rows = []
    for (accident_id, date, hazard_id, (side, start, end), device, doing, casualties,
         org, story) in ACCIDENTS:
        place = strip(truths[hazard_id], side, start, end)
        point = random_points(place, 1, rng, margin=8.0)[0]
        assert truths[hazard_id].buffer(-8.0).contains(point) and \
            released.distance(point) > 8.0, accident_id
        row = dict(accident_id=accident_id, accident_date=date, device_category=device,
                   activity_at_time=doing, hazard_id=hazard_id, organisation=org,
                   remarks=f"{story} Fictional sample data.", wkt=wkt(point))
        row.update({name: casualties.get(name, "") for name in schema.CASUALTY_FIELDS})
        rows.append(row)
    return rows


FINDS = [  # activity, category, model, quantity, date, destroyed, depth
    ("EX-LR-0006", "ap_mine", "blast AP mine, plastic case (PMN-type)", 1, "2015-07-09", True, 5),
    ("EX-LR-0006", "ap_mine", "blast AP mine, plastic case (PMN-type)", 1, "2015-08-21", True, 8),
    ("EX-LR-0006", "ap_mine", "blast AP mine, plastic case (PMN-type)", 3, "2016-05-17", True, 6),
    ("EX-LR-0006", "ap_mine", "stake fragmentation AP mine (POMZ-type)", 1, "2016-06-02", True, 0),
    ("EX-LR-0006", "grenade", "hand grenade, fragmentation", 1, "2016-07-14", True, 3),
    ("EX-LR-0007", "ap_mine", "blast AP mine, plastic case (PMN-type)", 1, "2019-05-08", True, 7),
    ("EX-LR-0007", "ap_mine", "blast AP mine, plastic case (PMN-type)", 2, "2019-06-25", True, 5),
    ("EX-LR-0007", "ap_mine", "minimum-metal AP mine", 1, "2019-09-03", True, 4),
    ("EX-LR-0004", "av_mine", "AV blast mine, metal case (TM-type)", 1, "2017-05-04", False, 0),
    ("EX-LR-0004", "av_mine", "AV blast mine, metal case (TM-type)", 1, "2017-05-11", False, 10),
    ("EX-LR-0008", "projectile", "122 mm HE projectile", 2, "2020-05-19", True, 40),
    ("EX-LR-0008", "mortar", "82 mm HE mortar bomb", 3, "2020-06-10", True, 25),
    ("EX-LR-0008", "rocket", "rocket motor with warhead, 122 mm", 1, "2020-07-01", True, 60),
    ("EX-LR-0008", "sa_ammunition", "7.62 mm rounds, loose", 240, "2020-07-15", True, 5),
    ("EX-LR-0008", "other_uxo", "fuze, point detonating", 6, "2020-08-27", True, 10),
    ("EX-LR-0009", "av_mine", "AV blast mine, metal case (TM-type)", 1, "2024-06-12", True, 15),
    ("EX-LR-0009", "ap_mine", "blast AP mine, plastic case (PMN-type)", 2, "2024-08-20", True, 6),
    ("EX-LR-0009", "ap_mine", "bounding fragmentation AP mine", 1, "2024-10-02", True, 10),
    ("EX-LR-0009", "grenade", "rifle grenade", 1, "2025-04-22", True, 5),
    ("EX-LR-0009", "mortar", "60 mm HE mortar bomb", 1, "2025-05-30", True, 12),
    ("EX-LR-0009", "submunition", "bomblet, dual-purpose", 1, "2025-06-18", True, 3),
]


def eo_finds(geoms):
    rng = random.Random(9090)
    hazard_of = {a[0]: a[1] for a in ACTIVITIES}
    rows = []
    for number, (activity, category, model, quantity, date, destroyed, depth) in \
            enumerate(FINDS, start=1):
        point = random_points(geoms[activity], 1, rng)[0]
        rows.append(dict(find_id=f"EX-EO-{number:04d}", hazard_id=hazard_of[activity],
                         activity_id=activity, eo_category=category, eo_model=model,
                         quantity=quantity, find_date=date,
                         destroyed="true" if destroyed else "false", depth_cm=depth,
                         remarks="Fictional sample data." + (
                             " Left in place and marked (NTS)." if not destroyed else ""),
                         wkt=wkt(point)))
    return rows


TASKS = [
    dict(task_id="EX-TK-0001", hazard_id="EX-HA-0001", task_type="clearance",
         organisation="Examplia Demining Unit", team="Manual Team 3", priority="high",
         status="in_progress", issue_date="2019-03-18", start_date="2019-04-15",
         due_date="2026-10-30", issued_by="Examplia Mine Action Centre", version=2,
         remarks="Fictional sample data. Clear the remainder of EX-HA-0001 to 13 cm."),
    dict(task_id="EX-TK-0002", hazard_id="EX-HA-0005", task_type="clearance",
         organisation="Westmarch Clearance Trust", team="Manual Team A", priority="high",
         status="in_progress", issue_date="2024-04-22", start_date="2024-05-06",
         due_date="2025-11-28", issued_by="Examplia Mine Action Centre", version=1,
         remarks="Fictional sample data. Clearance of the Tallow Creek ford."),
    dict(task_id="EX-TK-0003", hazard_id="EX-HA-0003", task_type="clearance",
         organisation="Westmarch Clearance Trust", team="BAC Team C", priority="medium",
         status="issued", issue_date="2025-10-20", start_date="2026-04-13",
         due_date="2026-07-31", issued_by="Examplia Mine Action Centre", version=1,
         remarks="Fictional sample data. Cluster munition strike: surface and "
                 "sub-surface clearance to 20 cm."),
    dict(task_id="EX-TK-0004", hazard_id="EX-HA-0002", task_type="ts",
         organisation="Examplia Demining Unit", team="TS Team 1", priority="low",
         status="planned", issue_date="2025-11-03", start_date="2026-05-04",
         due_date="2026-06-26", issued_by="Examplia Mine Action Centre", version=1,
         remarks="Fictional sample data. Technical survey of the confirmed eastern part."),
]

# tracks (local metres): Kell Trail runs west-east at y = 0, Ridge Track
# north-south at x = 0; Corrowby Road leaves Kell Trail at x = 9000 northwards
CLINIC = (9000, 6200)
TASK_HAZARD = {"EX-TK-0001": "EX-HA-0001", "EX-TK-0002": "EX-HA-0005",
               "EX-TK-0003": "EX-HA-0003", "EX-TK-0004": "EX-HA-0002"}
CALL_SIGNS = {"EX-TK-0001": "Kestrel", "EX-TK-0002": "Heron", "EX-TK-0003": "Plover",
              "EX-TK-0004": "Curlew"}


def _out(origin, unit, distance, turn_deg=0.0):
    """Point ``distance`` m from ``origin`` along ``unit`` turned by ``turn_deg``."""
    t = math.radians(turn_deg)
    ux = unit[0] * math.cos(t) + unit[1] * math.sin(t)
    uy = -unit[0] * math.sin(t) + unit[1] * math.cos(t)
    return (origin[0] + ux * distance, origin[1] + uy * distance)


def sites_and_routes(benchmarks, truths):
    """Safety layout of each task, laid out outwards from the hazard.

    Tracks (local metres): Kell Trail runs west-east at y = 0, Ridge Track
    north-south at x = 0, Corrowby Road leaves Kell Trail at x = 9000 and runs
    north to the (fictional) clinic."""
    sites, routes = [], []
    clinic = Point(local(*CLINIC))
    for task_id, hazard_id in TASK_HAZARD.items():
        bm_e, bm_n = benchmarks[hazard_id]
        bm = (bm_e - E0, bm_n - N0)
        cx, cy = truths[hazard_id].centroid.coords[0]
        cx, cy = cx - E0, cy - N0
        norm = math.hypot(bm[0] - cx, bm[1] - cy)
        unit = ((bm[0] - cx) / norm, (bm[1] - cy) / norm)
        call = CALL_SIGNS[task_id]
        control = _out(bm, unit, 45)
        bend = _out(bm, unit, 160)
        # nearest track: Ridge Track (x = 0) or Kell Trail (y = 0)
        if abs(bend[0]) < abs(bend[1]):
            track, junction = (0.0, bend[1]), [(0.0, 0.0)]
        else:
            track, junction = (bend[0], 0.0), []
        access = LineString([local(*track), local(*bend), local(*control), local(*bm)])
        hls = _out(bm, unit, 260, 45)
        demo = _out(bm, unit, 420, -60)
        paramedic = _out(control, unit, 15, 90)
        casevac = LineString([local(*p) for p in
                              [control, bend, track] + junction
                              + [(CLINIC[0], 0.0), CLINIC]])
        common = dict(task_id=task_id, hazard_id=hazard_id)
        sites += [
            dict(site_type="control_point", name=f"{task_id} control point",
                 radio_call=f"{call} Control", **common, _geom=Point(local(*control))),
            dict(site_type="paramedic_post", name=f"{task_id} paramedic post",
                 radio_call=f"{call} Medic", **common, _geom=Point(local(*paramedic))),
            dict(site_type="hls", name=f"{task_id} HLS (flat grass, 50 m clear)",
                 radio_call=f"{call} Pad", **common, _geom=Point(local(*hls))),
            dict(site_type="demolition_site", name=f"{task_id} demolition site",
                 radio_call=f"{call} Demo", **common, _geom=Point(local(*demo))),
            dict(site_type="medical_facility", name="Corrowby Community Clinic",
                 radio_call="Corrowby Clinic", **common, _geom=clinic),
        ]
        routes += [
            dict(route_type="access", name=f"{task_id} access from track to benchmark",
                 **common, _geom=access),
            dict(route_type="casevac",
                 name=f"{task_id} casualty evacuation to Corrowby Community Clinic",
                 **common, _geom=casevac),
        ]
    for row in sites + routes:
        row["remarks"] = "Fictional sample data."
    return sites, routes


# ---------------------------------------------------------------- writing
def columns_for(layer_name, rows):
    layer = schema.BY_NAME[layer_name]
    used = {key for row in rows for key, value in row.items()
            if value not in (None, "")}
    names = [name for name in layer.field_names() if name in used]
    if layer.geometry and layer_name != "survey_points":
        names.append("wkt")
    return names


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"  # bearings, distances (0.1 m), angles: < 6 digits
    return str(value)


def write(out, tables, expected):
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = columns_for(name, rows)
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([f"{row[c]:.1f}" if c == "distance_m" and row.get(c)
                                 is not None else fmt(row.get(c)) for c in columns])
    with open(out / "expected_closures.json", "w", encoding="utf-8") as handle:
        json.dump(dict(_note=FICTION + " Misclosure of each survey table replayed "
                       "without adjustment (geodesic, declination per the table); "
                       "truth_area_m2 is the area of the generator's true polygon.",
                       hazards=expected), handle, indent=2, ensure_ascii=False,
                  sort_keys=True)
        handle.write("\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args(argv)
    tables, expected = build()
    write(args.out, tables, expected)
    if args.summary:
        for hazard_id, info in expected.items():
            print(hazard_id, json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main()
