"""Coverage rules: where activities, finds and accidents lie against the hazards, and
hazards against each other. Overlaps of at most the programme's sliver size
are overlay round-off, as in the land release engine.

Each rule takes a whole table at once: one spatial index query with a
predicate for all its features, one vectorised overlay and one area call
for all the pairs found, never a loop of shapely calls per feature."""

import numpy as np
import shapely
from shapely.strtree import STRtree

from .. import geodesy
from ..polygon_ops import rowwise
from ..i18n import QT_TRANSLATE_NOOP
from .geometry import has_polygon
from .rules import Problem, message


def _geometries(records):
    return np.array([record.geometry for record in records], dtype=object)


class Areas:
    """The polygonal records of a table, made valid once, in a spatial index."""

    def __init__(self, records):
        rows = np.flatnonzero(has_polygon(_geometries(records)))
        try:
            shapes = shapely.make_valid(_geometries(records)[rows])
        except shapely.errors.GEOSException:  # one by one: skip those GEOS cannot repair
            kept, shapes = [], []
            for row in rows:
                try:
                    shapes.append(shapely.make_valid(records[row].geometry))
                except shapely.errors.GEOSException:
                    continue
                kept.append(row)
            rows, shapes = kept, np.array(shapes, dtype=object)
        self.records = [records[row] for row in rows]
        self.shapes = shapes
        self.tree = STRtree(shapes)

    def touched(self, geometries):
        """Per row of ``geometries``: does it intersect any of the shapes?"""
        out = np.zeros(len(geometries), dtype=bool)
        out[self.tree.query(geometries, predicate="intersects")[0]] = True
        return out


def activities_outside(records, hazards, sliver_m2, label):
    """C01: each activity that overlaps no hazard by more than a sliver."""
    rows = np.flatnonzero(has_polygon(_geometries(records)))
    shapes = shapely.make_valid(_geometries(records)[rows])
    mine, theirs = hazards.tree.query(shapes, predicate="intersects")
    overlaps = rowwise(shapely.intersection, shapes[mine], hazards.shapes[theirs])
    inside = np.zeros(len(rows), dtype=bool)
    inside[mine[geodesy.areas_m2_upto(overlaps, sliver_m2) > sliver_m2]] = True
    return [Problem("C01", records[row].table, records[row].fid, label(records[row]), None,
                    message(QT_TRANSLATE_NOOP("Quality", "The activity overlaps no hazard.")),
                    shapes[k]) for k, row in enumerate(rows) if not inside[k]]


def _points_outside(records, indexes):
    """The rows of ``records`` whose point lies in none of ``indexes``' Areas."""
    points = _geometries(records)
    rows = np.flatnonzero(~(shapely.is_missing(points) | shapely.is_empty(points)))
    inside = np.zeros(len(rows), dtype=bool)
    for areas in indexes:
        inside |= areas.touched(points[rows])
    return rows[~inside]


def finds_outside(records, hazards, activities, label):
    """C02: each find inside no hazard and no activity."""
    return [Problem("C02", records[row].table, records[row].fid, label(records[row]), None,
                    message(QT_TRANSLATE_NOOP(
                        "Quality", "The find lies in no hazard and no activity.")),
                    records[row].geometry)
            for row in _points_outside(records, (hazards, activities))]


def accidents_outside(records, hazards, label):
    """C04: each accident inside no hazard: direct evidence of one not recorded."""
    return [Problem("C04", records[row].table, records[row].fid, label(records[row]), None,
                    message(QT_TRANSLATE_NOOP(
                        "Quality", "The accident lies in no recorded hazard.")),
                    records[row].geometry)
            for row in _points_outside(records, (hazards,))]


def hazard_overlaps(hazards, sliver_m2, labels):
    """C03: each pair of hazards overlapping by more than a sliver, reported
    on the later feature, at the overlap."""
    first, second = hazards.tree.query(hazards.shapes, predicate="intersects")
    pairs = first < second
    first, second = first[pairs], second[pairs]
    overlaps = shapely.intersection(hazards.shapes[first], hazards.shapes[second])
    found = []
    for earlier_no, later_no, overlap, area in zip(first, second, overlaps,
                                                   geodesy.areas_m2(overlaps)):
        if area <= sliver_m2:
            continue
        earlier, later = hazards.records[earlier_no], hazards.records[later_no]
        found.append(Problem("C03", later.table, later.fid, labels[later.fid], None, message(
            QT_TRANSLATE_NOOP("Quality", "Overlaps hazard {other} by {area:.1f} m²."),
            other=labels[earlier.fid], area=float(area)), overlap))
    return found
