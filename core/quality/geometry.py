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


def polygon_parts(geometries):
    """(polygons, row): the non-empty polygons of each of ``geometries`` (an
    array-like of (multi)polygons or None), and the row each comes from, in
    row order. Anything else a row holds is no part."""
    found, row = shapely.get_parts(np.asarray(geometries, dtype=object), return_index=True)
    keep = (shapely.get_type_id(found) == 3) & ~shapely.is_empty(found)
    return found[keep], row[keep]


def has_polygon(geometries):
    """Per row of ``geometries``: does it hold a non-empty polygon?"""
    out = np.zeros(len(geometries), dtype=bool)
    out[polygon_parts(geometries)[1]] = True
    return out


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


def reason(text):
    """(GEOS reason, location Point or None) from GEOS's validity ``text``
    (``shapely.is_valid_reason``), None when valid."""
    if text is None or text == "Valid Geometry":
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


class _Rings:
    """Every ring of ``polygons`` as stored (exterior first), measured for
    all rings at once. A ring is ``simple`` when its coordinates are finite,
    it is closed, and only its closing vertex repeats another: then it has
    ``count - 1`` distinct vertices and none repeated, and needs no look of
    its own. ``long``: {ring: [segment index in the ring]} of the segments
    longer than ``limit_m``, ``lengths`` by segment index in ``coords``."""

    def __init__(self, polygons, limit_m):
        rings, self.part = shapely.get_rings(polygons, return_index=True)
        self.all, ring_of = shapely.get_coordinates(rings, return_index=True)
        numbers = np.arange(len(rings))
        self.start = np.searchsorted(ring_of, numbers)
        self.count = np.searchsorted(ring_of, numbers, side="right") - self.start
        self.simple = np.zeros(len(rings), dtype=bool)
        self.long, self.lengths = {}, np.zeros(0)
        if not len(self.all):
            return
        order = np.lexsort((self.all[:, 1], self.all[:, 0], ring_of))
        ordered, ordered_ring = self.all[order], ring_of[order]
        new = np.ones(len(order), dtype=bool)
        new[1:] = (ordered_ring[1:] != ordered_ring[:-1]) | np.any(
            ordered[1:] != ordered[:-1], axis=1)
        distinct = np.bincount(ordered_ring[new], minlength=len(rings))
        finite = np.bincount(ring_of, ~np.isfinite(self.all).all(axis=1),
                             minlength=len(rings)) == 0
        last = self.start + np.maximum(self.count, 1) - 1
        closed = np.all(self.all[np.minimum(self.start, len(self.all) - 1)]
                        == self.all[np.minimum(last, len(self.all) - 1)], axis=1)
        self.simple = finite & closed & (self.count >= 4) & (distinct == self.count - 1)
        self.lengths = geodesy.segment_lengths_m(self.all)
        for index in np.flatnonzero((self.lengths > limit_m) & (ring_of[1:] == ring_of[:-1])):
            self.long.setdefault(int(ring_of[index]), []).append(
                int(index - self.start[ring_of[index]]))

    def coords(self, ring):
        return self.all[self.start[ring]:self.start[ring] + self.count[ring]]

    def vertex_facts(self, ring):
        """(distinct vertices, repeated vertices) of one ring."""
        if self.simple[ring]:
            return int(self.count[ring]) - 1, []
        coords = self.coords(ring)
        distinct = len(np.unique(coords, axis=0)) if len(coords) else 0
        return distinct, repeated_vertices(coords) if distinct >= 3 else []


def polygon_problems(records, thresholds, label):
    """Every single-record polygon problem (G01-G04, G07, G08) of
    ``records``; ``label(record)`` names a record in messages.

    Why all records at once: with tens of thousands of polygons, shapely's
    per-call overhead, not GEOS, was most of the check's time. Rings are
    measured together (``_Rings``), validity asked once for every part;
    only the rare rings that repeat a vertex are looked at one by one."""
    polygons, owner = polygon_parts([record.geometry for record in records])
    rings = _Rings(polygons, thresholds.long_segment_m)
    facts = {ring: rings.vertex_facts(ring) for ring in np.flatnonzero(~rings.simple)}
    few = np.zeros(len(polygons), dtype=bool)
    for ring, (distinct, _repeated) in facts.items():
        few[rings.part[ring]] |= distinct < 3
    checked = np.flatnonzero(~few)
    reasons = np.full(len(polygons), None, dtype=object)
    reasons[checked] = shapely.is_valid_reason(polygons[checked])
    part_rows = np.searchsorted(owner, np.arange(len(records) + 1))
    ring_rows = np.searchsorted(rings.part, np.arange(len(polygons) + 1))
    found = []
    for row, record in enumerate(records):
        first, end = part_rows[row], part_rows[row + 1]
        if first == end:
            continue
        name = label(record)

        def add(code, text, location, **values):
            found.append(Problem(code, record.table, record.fid, name, None,
                                 message(text, **values), location))

        for number, index in enumerate(range(first, end), start=1):
            repeated = []
            for ring_no, ring in enumerate(range(ring_rows[index], ring_rows[index + 1])):
                distinct, repeats = facts.get(ring) or (int(rings.count[ring]) - 1, [])
                if distinct < 3:
                    coords = rings.coords(ring)
                    add("G02", QT_TRANSLATE_NOOP(
                        "Quality", "Part {part}, ring {ring}: {count} distinct vertices."),
                        Point(coords[0]) if len(coords) else None,
                        part=number, ring=ring_no, count=distinct)
                    continue
                for x, y, count in repeats:
                    repeated.append((x, y))
                    add("G04", QT_TRANSLATE_NOOP(
                        "Quality", "Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} "
                        "appears {count} times."), Point(x, y),
                        part=number, ring=ring_no, x=x, y=y, count=count)
                for segment in rings.long.get(ring, ()):
                    start = rings.start[ring] + segment
                    add("G07", QT_TRANSLATE_NOOP(
                        "Quality", "Part {part}, ring {ring}: a segment of {length:.0f} m "
                        "(limit {limit:.0f} m)."), LineString(rings.all[start:start + 2]),
                        part=number, ring=ring_no, length=float(rings.lengths[start]),
                        limit=thresholds.long_segment_m)
            invalid = None if few[index] else reason(reasons[index])
            if invalid is not None:
                text, location = invalid
                explained = location is not None and any(
                    abs(location.x - x) < 1e-12 and abs(location.y - y) < 1e-12
                    for x, y in repeated)
                if not explained:
                    add("G01", QT_TRANSLATE_NOOP("Quality", "Part {part}: {reason}."),
                        location or polygons[index].representative_point(), part=number,
                        reason=translated_reason(text))
        if end - first > 1:
            found.extend(part_problems(record, list(polygons[first:end]), thresholds, name))
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
