"""Ground areas and lengths on the WGS84 ellipsoid: the one way to measure.

Mine action figures are square metres of ground. They are never taken from
planar coordinates in degrees or from a projected CRS's distortion; every area
and length in the plugin comes from these functions, which take shapely
geometries in longitude/latitude (EPSG:4326 axis order x=lon, y=lat).
"""

import math
from functools import lru_cache

import numpy as np
import shapely
from pyproj import Geod

from .polygon_ops import explode, rowwise

GEOD = Geod(ellps="WGS84")

_A = 6378137.0  # WGS84 semi-major axis, m
_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563)  # first eccentricity²
_E = math.sqrt(_E2)
#: projection centres are kept off the poles, where the oblique formulas divide by 0
_MAX_CENTRE_LAT = 89.999
#: geometries measured per numpy batch
_BLOCK = 4096


def _q(sin_phi):
    """Snyder's q(φ), the authalic-latitude function of the WGS84 ellipsoid."""
    e_sin = _E * sin_phi
    return (1 - _E2) * (sin_phi / (1 - e_sin * e_sin) + np.arctanh(e_sin) / _E)


_QP = float(_q(1.0))
_RQ = _A * math.sqrt(_QP / 2)  # radius of the sphere of equal area


def areas_m2(geometries):
    """Ellipsoidal areas in m² of lon/lat geometries (array-like): polygonal
    parts only, holes subtracted, 0 for empty, None and non-polygonal input.

    Each geometry is projected (numpy, vectorised) to the ellipsoidal Lambert
    azimuthal equal-area projection centred on its own first vertex (Snyder,
    Map Projections, eq. 24-13 to 24-19) and measured by the shoelace formula
    there. The projection is equal-area, so the only difference from the
    geodesic polygon is the edge model (straight in the projection, not
    geodesic); near the centre, on densified edges, that is far below a mm².
    Centring on the geometry itself makes an area independent of what it is
    measured with, and keeps coordinates small (no cancellation). Agreement
    with pyproj's ``Geod`` and geographiclib: tests/core/test_geodesy.py.
    """
    geometries = np.asarray(geometries, dtype=object).ravel()
    return rowwise(_areas_m2_blocks, geometries, min_rows=_BLOCK // 2)


def _areas_m2_blocks(geometries):
    if len(geometries) > _BLOCK:  # bounded temporaries: a dozen float arrays per vertex
        return np.concatenate([_areas_m2(geometries[start:start + _BLOCK])
                               for start in range(0, len(geometries), _BLOCK)])
    return _areas_m2(geometries)


def _areas_m2(geometries):
    out = np.zeros(len(geometries))
    parts, owner = explode(geometries)
    keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    if not keep.all():
        parts, owner = parts[keep], owner[keep]
    if not len(parts):
        return out
    if shapely.get_num_interior_rings(parts).any():
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        lonlat, ring = shapely.get_coordinates(rings, return_index=True)
    else:  # a polygon without holes has its exterior ring's coordinates: no clone
        rings, ring_part = parts, np.arange(len(parts))
        lonlat, ring = shapely.get_coordinates(parts, return_index=True)
    x, y = _laea_about_first_vertex(lonlat, owner[ring_part[ring]])
    # shoelace per ring; every ring is closed (its last vertex repeats the first)
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    cross[ring[1:] != ring[:-1]] = 0.0
    ring_area = np.abs(np.bincount(ring[:-1], cross, minlength=len(rings))) / 2
    exterior = np.ones(len(rings), dtype=bool)
    exterior[1:] = ring_part[1:] != ring_part[:-1]
    ring_area[~exterior] *= -1
    return out + np.bincount(owner[ring_part], ring_area, minlength=len(out))


def areas_m2_upto(geometries, limit_m2):
    """``areas_m2`` where the area may be at most ``limit_m2``, ``inf`` where a
    cheap lower bound already exceeds it. Why: a threshold (a sliver, a
    hazard left with nothing) needs the exact area only near the threshold,
    and most pieces are far above it.

    Lower bound: the planar lon/lat area (GEOS) times the smallest ground
    area of a square degree over the geometry's latitudes (M·N·cos φ falls
    with |φ|), halved as a margin for the edge model. Geometries wider or
    taller than 1°, or beyond 85°, are always measured."""
    geometries = np.asarray(geometries, dtype=object).ravel()
    out = np.full(len(geometries), np.inf)
    if not len(geometries):
        return out
    bounds = shapely.bounds(geometries)
    with np.errstate(invalid="ignore"):  # empty and None have NaN bounds
        phi = np.radians(np.maximum(np.abs(bounds[:, 1]), np.abs(bounds[:, 3])))
        sin2 = np.sin(phi) ** 2
        square_degree_m2 = (np.radians(1.0) ** 2 * _A * _A * (1 - _E2) * np.cos(phi)
                            / (1 - _E2 * sin2) ** 2)
        lower = 0.5 * shapely.area(geometries) * square_degree_m2
        small = ((bounds[:, 2] - bounds[:, 0] <= 1.0) & (bounds[:, 3] - bounds[:, 1] <= 1.0)
                 & (phi <= np.radians(85.0)))
        near = ~(small & (lower > limit_m2))
    out[near] = areas_m2(geometries[near])
    return out


def _laea_about_first_vertex(lonlat, group):
    """Oblique ellipsoidal LAEA (x, y) in m of every vertex, centred on the
    first vertex of its group; ``group`` is sorted."""
    starts = np.flatnonzero(np.diff(group)) + 1
    first = np.zeros(len(starts) + 1, dtype=np.intp)
    first[1:] = starts
    which = np.repeat(np.arange(len(first)), np.diff(first, append=len(group)))
    lon = np.radians(lonlat[:, 0])
    sin_b = np.minimum(1.0, np.maximum(-1.0, _q(np.sin(np.radians(lonlat[:, 1]))) / _QP))
    cos_b = np.sqrt(1.0 - sin_b * sin_b)
    phi1 = np.radians(np.minimum(_MAX_CENTRE_LAT, np.maximum(-_MAX_CENTRE_LAT,
                                                             lonlat[first, 1])))
    sin_b1 = (_q(np.sin(phi1)) / _QP)[which]
    cos_b1 = np.sqrt(1.0 - sin_b1 * sin_b1)
    m1 = (np.cos(phi1) / np.sqrt(1 - _E2 * np.sin(phi1) ** 2))[which]
    d = _A * m1 / (_RQ * cos_b1)
    dlon = (lon - lon[first][which] + np.pi) % (2 * np.pi) - np.pi
    b = _RQ * np.sqrt(2 / (1 + sin_b1 * sin_b + cos_b1 * cos_b * np.cos(dlon)))
    half = np.sin(dlon / 2)
    # cosβ1·sinβ − sinβ1·cosβ·cosΔλ, written without cancellation near the centre
    north = sin_b * cos_b1 - cos_b * sin_b1 + 2 * sin_b1 * cos_b * half * half
    return b * d * cos_b * np.sin(dlon), (b / d) * north


def area_m2(geometry):
    """Ellipsoidal area in m2 of a (multi)polygon in lon/lat; 0 for others.

    The same measure as ``areas_m2`` (one geometry), so parts measured one by
    one add up exactly like parts measured together.
    """
    if geometry is None or geometry.is_empty:
        return 0.0
    return float(areas_m2([geometry])[0])


def length_m(geometry):
    """Ellipsoidal length in m of a line (or perimeter of a polygon)."""
    if geometry is None or geometry.is_empty:
        return 0.0
    return GEOD.geometry_length(geometry)


@lru_cache(maxsize=4096)
def direct(lon, lat, azimuth_deg, distance_m):
    """Geodesic direct problem: the point ``distance_m`` from (lon, lat) on
    true azimuth ``azimuth_deg``. Returns (lon, lat). Remembered: the survey
    dock recomputes a traverse on every edit, and the legs an edit did not
    move come back with the same arguments."""
    lon2, lat2, _back = GEOD.fwd(lon, lat, azimuth_deg, distance_m)
    return lon2, lat2


def inverse(lon1, lat1, lon2, lat2):
    """Geodesic inverse problem: (true azimuth 0..360, distance m) from 1 to 2."""
    azimuth, _back, distance = GEOD.inv(lon1, lat1, lon2, lat2)
    return azimuth % 360.0, distance


def segment_lengths_m(lonlat):
    """Geodesic lengths in m of the segments between consecutive lon/lat
    vertices (an (n, 2) array): n - 1 lengths."""
    lonlat = np.asarray(lonlat, dtype=float)
    if len(lonlat) < 2:
        return np.zeros(0)
    _az, _back, distance = GEOD.inv(lonlat[:-1, 0], lonlat[:-1, 1], lonlat[1:, 0], lonlat[1:, 1])
    return np.asarray(distance, dtype=float)
