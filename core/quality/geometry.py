"""Geometry rules (geocheck): validity, vertices, parts, single points.

Polygon rules look at each part and ring as stored: GEOS's validity with
its reason and location (G01), fewer than 3 distinct vertices (G02), a part
repeated (G03), a vertex repeated further along its ring (G04), segments
longer than the threshold (G07), parts overlapping each other (G08). GEOS
accepts consecutive repeats, and so does the check: Repair geometries
removes them.
"""

import re

import numpy as np
import shapely
from shapely.geometry import LineString, Point

from .. import geodesy
from ..i18n import QT_TRANSLATE_NOOP, translate
from .rules import CONTEXT, Problem, message

#: GEOS validity reasons (as GEOS words them) -> English source text shown translated
GEOS_REASONS = {
    "Self-intersection": QT_TRANSLATE_NOOP("Quality", "the boundary crosses itself"),
    "Ring Self-intersection": QT_TRANSLATE_NOOP("Quality", "a ring touches itself"),
    "Too few points in geometry component": QT_TRANSLATE_NOOP(
        "Quality", "too few points"),
    "Hole lies outside shell": QT_TRANSLATE_NOOP("Quality", "a hole lies outside the polygon"),
    "Nested holes": QT_TRANSLATE_NOOP("Quality", "a hole lies inside another hole"),
    "Interior is disconnected": QT_TRANSLATE_NOOP(
        "Quality", "holes cut the polygon in pieces"),
    "Nested shells": QT_TRANSLATE_NOOP("Quality", "a part lies inside another part"),
    "Duplicate Rings": QT_TRANSLATE_NOOP("Quality", "a ring is repeated"),
    "Invalid Coordinate": QT_TRANSLATE_NOOP("Quality", "a coordinate is not a number"),
    "Ring is not closed": QT_TRANSLATE_NOOP("Quality", "a ring is not closed"),
}
_REASON = re.compile(r"^(?P<reason>[^\[]*)(\[(?P<x>\S+) (?P<y>\S+)\])?")


def parts(geometry):
    """The polygons of a (multi)polygon; [] for anything else."""
    if geometry is None or geometry.is_empty:
        return []
    return [part for part in shapely.get_parts(geometry)
            if part.geom_type == "Polygon" and not part.is_empty]


def rings(polygon):
    """(n, 2) vertex arrays of a polygon's rings, exterior first, as stored."""
    return [shapely.get_coordinates(ring) for ring in
            [polygon.exterior, *polygon.interiors]]


def open_vertices(coords):
    """A ring's vertices without its closing repeat of the first one."""
    if len(coords) > 1 and np.array_equal(coords[0], coords[-1]):
        return coords[:-1]
    return coords


def collapsed(vertices):
    """``vertices`` of a ring without consecutive repeats (around the end too)."""
    if not len(vertices):
        return vertices
    keep = np.ones(len(vertices), dtype=bool)
    keep[1:] = np.any(vertices[1:] != vertices[:-1], axis=1)
    vertices = vertices[keep]
    while len(vertices) > 1 and np.array_equal(vertices[0], vertices[-1]):
        vertices = vertices[:-1]
    return vertices


def repeated_vertices(coords):
    """[(x, y, count)] of the vertices a ring repeats further along (not
    consecutive repeats, not the closing vertex)."""
    vertices = collapsed(open_vertices(coords))
    if not len(vertices):
        return []
    unique, counts = np.unique(vertices, axis=0, return_counts=True)
    return [(float(x), float(y), int(n)) for (x, y), n in zip(unique, counts) if n > 1]


def reason(polygon):
    """(GEOS reason, location Point or None) of an invalid polygon, None when valid."""
    text = shapely.is_valid_reason(polygon)
    if text == "Valid Geometry":
        return None
    match = _REASON.match(text)
    location = None
    if match.group("x") is not None:
        try:
            location = Point(float(match.group("x")), float(match.group("y")))
        except ValueError:
            location = None
    return match.group("reason").strip(), location


def translated_reason(text):
    return translate(CONTEXT, GEOS_REASONS[text]) if text in GEOS_REASONS else text


def polygon_problems(record, thresholds, label):
    """Every single-record polygon problem of ``record`` (G01-G04, G07, G08)."""
    found = []

    def add(code, text, location, **values):
        found.append(Problem(code, record.table, record.fid, label, None,
                             message(text, **values), location))

    polygons = parts(record.geometry)
    for number, polygon in enumerate(polygons, start=1):
        few, repeated = False, []
        for ring_no, coords in enumerate(rings(polygon)):
            distinct = len(np.unique(coords, axis=0)) if len(coords) else 0
            if distinct < 3:
                few = True
                add("G02", QT_TRANSLATE_NOOP(
                    "Quality", "Part {part}, ring {ring}: {count} distinct vertices."),
                    Point(coords[0]) if len(coords) else None,
                    part=number, ring=ring_no, count=distinct)
                continue
            for x, y, count in repeated_vertices(coords):
                repeated.append((x, y))
                add("G04", QT_TRANSLATE_NOOP(
                    "Quality", "Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} "
                    "appears {count} times."), Point(x, y),
                    part=number, ring=ring_no, x=x, y=y, count=count)
            lengths = geodesy.segment_lengths_m(coords)
            for index in np.flatnonzero(lengths > thresholds.long_segment_m):
                add("G07", QT_TRANSLATE_NOOP(
                    "Quality", "Part {part}, ring {ring}: a segment of {length:.0f} m "
                    "(limit {limit:.0f} m)."), LineString(coords[index:index + 2]),
                    part=number, ring=ring_no, length=float(lengths[index]),
                    limit=thresholds.long_segment_m)
        if few:
            continue
        invalid = reason(polygon)
        if invalid is not None:
            text, location = invalid
            explained = location is not None and any(
                abs(location.x - x) < 1e-12 and abs(location.y - y) < 1e-12
                for x, y in repeated)
            if not explained:
                add("G01", QT_TRANSLATE_NOOP("Quality", "Part {part}: {reason}."),
                    location or polygon.representative_point(), part=number,
                    reason=translated_reason(text))
    found.extend(part_problems(record, polygons, thresholds, label))
    return found


def part_problems(record, polygons, thresholds, label):
    """G03 (a part repeated) and G08 (parts overlapping above the threshold,
    in % of the smaller part) between the parts of one record."""
    found = []
    if len(polygons) < 2:
        return found
    fixed = [shapely.make_valid(part) for part in polygons]
    areas = geodesy.areas_m2(fixed)
    for j in range(1, len(polygons)):
        for i in range(j):
            if shapely.equals(fixed[i], fixed[j]):
                found.append(Problem("G03", record.table, record.fid, label, None, message(
                    QT_TRANSLATE_NOOP("Quality", "Part {part} repeats part {other}."),
                    part=j + 1, other=i + 1), polygons[j]))
                break
            if not shapely.intersects(fixed[i], fixed[j]):
                continue
            overlap = shapely.intersection(fixed[i], fixed[j])
            smaller = min(areas[i], areas[j])
            area = geodesy.area_m2(overlap)
            if smaller > 0 and 100.0 * area / smaller > thresholds.part_overlap_pct:
                found.append(Problem("G08", record.table, record.fid, label, None, message(
                    QT_TRANSLATE_NOOP("Quality", "Parts {part} and {other} overlap by "
                                      "{area:.1f} m² ({percent:.1f} % of the smaller)."),
                    part=j + 1, other=i + 1, area=area, percent=100.0 * area / smaller),
                    overlap))
    return found


#: a site point is a record of its task: the same clinic listed by two tasks is two records
_SAME_RECORD = {"site_points": "task_id"}


def duplicate_points(records, labels):
    """G05: a point record at exactly the position of an earlier one of its
    table (site points: of the same task)."""
    first = {}
    found = []
    for record in records:
        geometry = record.geometry
        if geometry is None or geometry.is_empty or geometry.geom_type != "Point":
            continue
        link = _SAME_RECORD.get(record.table)
        key = (geometry.x, geometry.y, record.attributes.get(link) if link else None)
        if key in first:
            found.append(Problem("G05", record.table, record.fid, labels[record.fid], None,
                                 message(QT_TRANSLATE_NOOP(
                                     "Quality", "Same position as {other}."),
                                     other=labels[first[key]]), geometry))
        else:
            first[key] = record.fid
    return found
