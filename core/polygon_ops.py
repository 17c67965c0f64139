"""Polygon clean-up helpers shared by the land release engine and its QA.

Geometry work is done in lon/lat degrees (topology is exact enough at hazard
scale); reported areas always come from ``geodesy.area_m2``. The planar
estimate here is only a cheap screen that decides *which* pieces are worth
measuring on the ellipsoid (e.g. sliver candidates), never a reported figure.

Why densify: a polygon edge is straight in lon/lat, but ``area_m2`` measures
along geodesics, which bulge poleward from it. When a cut splits one edge
into two, the bulges no longer match and the parts' areas stop adding up to
the whole (0.1 m² for a 440 m edge at 10° N, several m² for 1 km at 35°).
Densifying every input edge to ``SEGMENT_DEG`` first makes the geodesic and
lon/lat edges coincide to well under a centimetre, so parts add up.
"""

import math

import numpy as np
import shapely

#: m² per square degree at the equator on a sphere of the WGS84 mean radius
#: (slightly generous so the screen errs on the side of measuring)
_M2_PER_DEG2 = (6378137.0 * math.pi / 180.0) ** 2
#: the screen treats a piece as a sliver candidate below this many tolerances
SCREEN_FACTOR = 4.0


#: longest edge kept before measuring (about 55 m of latitude)
SEGMENT_DEG = 0.0005


def densify(geometries):
    """Geometries with no edge longer than ``SEGMENT_DEG`` (vectorised)."""
    return shapely.segmentize(geometries, SEGMENT_DEG)


def polygonal(geometry):
    """The polygonal part of ``geometry`` as a (Multi)Polygon, or an empty
    Polygon: make_valid and overlays can return lines and points we ignore."""
    if geometry is None or geometry.is_empty:
        return shapely.Polygon()
    kind = shapely.get_type_id(geometry)
    if kind in (3, 6):  # Polygon, MultiPolygon
        return geometry
    if kind == 7:  # GeometryCollection
        parts = [part for part in shapely.get_parts(geometry)
                 if shapely.get_type_id(part) in (3, 6)]
        if not parts:
            return shapely.Polygon()
        return shapely.union_all(parts)
    return shapely.Polygon()


def repair(geometry):
    """(densified polygonal geometry, was_invalid): ``make_valid`` applied
    when needed."""
    if shapely.is_valid(geometry):
        return densify(polygonal(geometry)), False
    return densify(polygonal(shapely.make_valid(geometry))), True


def approx_m2(geometries):
    """Vectorised planar estimate in m² (within a few % at hazard scale)."""
    geometries = np.asarray(geometries, dtype=object)
    bounds = shapely.bounds(geometries)
    lat = np.nan_to_num((bounds[:, 1] + bounds[:, 3]) / 2.0)
    return shapely.area(geometries) * _M2_PER_DEG2 * np.cos(np.radians(lat))


def maybe_small(geometries, tolerance_m2):
    """Boolean mask of non-empty geometries that could measure below
    ``tolerance_m2`` and so must be measured exactly."""
    geometries = np.asarray(geometries, dtype=object)
    approx = approx_m2(geometries)
    return ~shapely.is_empty(geometries) & (approx < SCREEN_FACTOR * tolerance_m2 + 1e-9)
