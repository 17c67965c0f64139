"""The safe geometry fixes of geocheck's toolbox, and nothing else.

Per ring: a vertex repeating the one before (the closing vertex repeating
the first included) is removed, and when the ring's last two vertices repeat
its first two they are removed. Neither changes the area a ring encloses,
so the fixes need no judgement; everything else is the check's to report.
Works in any CRS: only coordinates that repeat exactly are removed.
"""

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..i18n import QT_TRANSLATE_NOOP

CONSECUTIVE = "consecutive_duplicate"
REPEATED_START = "repeated_first_two"
KINDS = {
    CONSECUTIVE: QT_TRANSLATE_NOOP("Quality", "a vertex repeating the one before it"),
    REPEATED_START: QT_TRANSLATE_NOOP("Quality", "the last two vertices repeating the "
                                      "first two"),
}


@dataclass(frozen=True)
class Removal:
    part: int  # 1-based
    ring: int  # 0: exterior, then holes
    kind: str
    x: float
    y: float


def repaired_ring(coords):
    """(closed vertex array, [(kind, (x, y))]) of one ring's fixes."""
    removed = []
    vertices = np.asarray(coords, dtype=float)
    if len(vertices) > 1 and np.array_equal(vertices[0], vertices[-1]):
        vertices = vertices[:-1]
    changed = True
    while changed:
        changed = False
        if len(vertices) > 1:
            same = np.zeros(len(vertices), dtype=bool)
            same[1:] = np.all(vertices[1:] == vertices[:-1], axis=1)
            if np.array_equal(vertices[-1], vertices[0]):
                same[-1] = True
            if same.any():
                removed += [(CONSECUTIVE, tuple(v)) for v in vertices[same]]
                vertices = vertices[~same]
                changed = True
        if len(vertices) >= 5 and np.array_equal(vertices[-2:], vertices[:2]):
            removed += [(REPEATED_START, tuple(v)) for v in vertices[-2:]]
            vertices = vertices[:-2]
            changed = True
    if len(vertices):
        vertices = np.vstack([vertices, vertices[:1]])
    return vertices, removed


def repair(geometry):
    """(repaired geometry of the same type, [Removal]); a geometry that
    needs no fix, or is not polygonal, comes back as it is."""
    if geometry is None or geometry.is_empty or geometry.geom_type not in (
            "Polygon", "MultiPolygon"):
        return geometry, []
    polygons, removals = [], []
    for number, polygon in enumerate(shapely.get_parts(geometry), start=1):
        rings = []
        for ring_no, ring in enumerate([polygon.exterior, *polygon.interiors]):
            vertices, removed = repaired_ring(shapely.get_coordinates(ring, include_z=False))
            removals += [Removal(number, ring_no, kind, float(x), float(y))
                         for kind, (x, y) in removed]
            rings.append(vertices)
        if any(len(ring) < 4 for ring in rings):
            polygons.append(polygon)  # too few vertices left: G02's, not a safe fix
            removals = [r for r in removals if r.part != number]
            continue
        polygons.append(Polygon(rings[0], rings[1:]))
    if not removals:
        return geometry, []
    if geometry.geom_type == "Polygon":
        return polygons[0], removals
    return MultiPolygon(polygons), removals
