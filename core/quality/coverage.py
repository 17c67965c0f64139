"""Coverage rules: where activities, finds and accidents lie against the hazards, and
hazards against each other. Overlaps of at most the programme's sliver size
are overlay round-off, as in the land release engine."""

import shapely
from shapely.strtree import STRtree

from .. import geodesy
from ..i18n import QT_TRANSLATE_NOOP
from .geometry import parts
from .rules import Problem, message


class Areas:
    """The polygonal records of a table, made valid once, in a spatial index."""

    def __init__(self, records):
        self.records, shapes = [], []
        for record in records:
            if not parts(record.geometry):
                continue
            try:
                shape = shapely.make_valid(record.geometry)
            except shapely.errors.GEOSException:
                continue
            self.records.append(record)
            shapes.append(shape)
        self.shapes = shapes
        self.tree = STRtree(shapes)

    def touching(self, geometry):
        """Indexes of the shapes that intersect ``geometry``."""
        return self.tree.query(geometry, predicate="intersects")


def activity_outside(record, hazards, sliver_m2, label):
    """C01: an activity that overlaps no hazard by more than a sliver."""
    if not parts(record.geometry):
        return []
    shape = shapely.make_valid(record.geometry)
    for index in hazards.touching(shape):
        if geodesy.area_m2(shapely.intersection(shape, hazards.shapes[index])) > sliver_m2:
            return []
    return [Problem("C01", record.table, record.fid, label, None, message(QT_TRANSLATE_NOOP(
        "Quality", "The activity overlaps no hazard.")), shape)]


def find_outside(record, hazards, activities, label):
    """C02: a find inside no hazard and no activity."""
    point = record.geometry
    if point is None or point.is_empty:
        return []
    if len(hazards.touching(point)) or len(activities.touching(point)):
        return []
    return [Problem("C02", record.table, record.fid, label, None, message(QT_TRANSLATE_NOOP(
        "Quality", "The find lies in no hazard and no activity.")), point)]


def accident_outside(record, hazards, label):
    """C04: an accident inside no hazard: direct evidence of one not recorded."""
    point = record.geometry
    if point is None or point.is_empty or len(hazards.touching(point)):
        return []
    return [Problem("C04", record.table, record.fid, label, None, message(QT_TRANSLATE_NOOP(
        "Quality", "The accident lies in no recorded hazard.")), point)]


def hazard_overlaps(hazards, sliver_m2, labels):
    """C03: each pair of hazards overlapping by more than a sliver, reported
    on the later feature, at the overlap."""
    found = []
    for first, second in zip(*hazards.tree.query(hazards.shapes, predicate="intersects")):
        if first >= second:
            continue
        overlap = shapely.intersection(hazards.shapes[first], hazards.shapes[second])
        area = geodesy.area_m2(overlap)
        if area <= sliver_m2:
            continue
        earlier, later = hazards.records[first], hazards.records[second]
        found.append(Problem("C03", later.table, later.fid, labels[later.fid], None, message(
            QT_TRANSLATE_NOOP("Quality", "Overlaps hazard {other} by {area:.1f} m²."),
            other=labels[earlier.fid], area=area), overlap))
    return found
