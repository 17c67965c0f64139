"""Polygon clean-up helpers shared by the land release engine and its QA.

Geometry work is done in lon/lat degrees (topology is exact enough at hazard
scale); every area comes from ``geodesy.areas_m2``.

Why densify: a polygon edge is straight in lon/lat, but an ellipsoidal area
follows another edge model (geodesic, or straight in an equal-area projection
about the polygon). When a cut splits one edge into two, the two models no
longer match and the parts' areas stop adding up to the whole (0.1 m² for a
440 m edge at 10° N, several m² for 1 km at 35°). Densifying every input edge
to ``SEGMENT_DEG`` first makes the models coincide to well under a
centimetre, so parts add up.
"""

import os
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

import numpy as np
import shapely

#: longest edge kept before measuring (about 55 m of latitude)
SEGMENT_DEG = 0.0005


#: shapely runs GEOS without the GIL: big overlay batches are split over cores
WORKERS = min(4, os.cpu_count() or 1)
_POOL = ThreadPoolExecutor(WORKERS) if WORKERS > 1 else None
_SPLIT_ROWS = 512
#: ``serial`` is set in the threads of ``concurrently``: they already share the cores
_LOCAL = threading.local()


def rowwise(function, *arrays, min_rows=_SPLIT_ROWS):
    """``function(*arrays)`` (a vectorised call on aligned arrays, e.g. a
    shapely binary ufunc), the rows shared out between threads when there are
    at least ``min_rows`` of them."""
    n = len(arrays[0])
    if _POOL is None or n < min_rows or getattr(_LOCAL, "serial", False):
        return function(*arrays)
    bounds = np.linspace(0, n, WORKERS + 1).astype(int)
    parts = _POOL.map(lambda k: function(*(a[bounds[k]:bounds[k + 1]] for a in arrays)),
                      range(WORKERS))
    return np.concatenate(list(parts))


def query_pairs(tree, geometries, predicate="intersects"):
    """``tree.query(geometries, predicate)`` (input index, tree index), the
    input shared out between threads: the query runs without the GIL, and
    the halves are joined in input order, so the pairs and their order are
    those of one call."""
    n = len(geometries)
    if _POOL is None or n < _SPLIT_ROWS or getattr(_LOCAL, "serial", False):
        return tree.query(geometries, predicate=predicate)
    bounds = np.linspace(0, n, WORKERS + 1).astype(int)
    parts = list(_POOL.map(
        lambda k: tree.query(geometries[bounds[k]:bounds[k + 1]], predicate=predicate),
        range(WORKERS)))
    return (np.concatenate([found[0] + bounds[k] for k, found in enumerate(parts)]),
            np.concatenate([found[1] for found in parts]))


def concurrently(function, count, poll):
    """``function(k, stop)`` for k in range(count), each in a thread of its own
    (GEOS and numpy run without the GIL, so one thread's Python overlaps the
    other's geometry work). The calling thread calls ``poll()`` every 0.1 s;
    when it raises (or a function does), ``stop`` (a threading.Event the
    functions check between steps) is set and the exception re-raised once
    every thread has returned."""
    stop = threading.Event()

    def serial(k):
        _LOCAL.serial = True
        return function(k, stop)
    with ThreadPoolExecutor(count, thread_name_prefix="concurrently") as threads:
        futures = [threads.submit(serial, k) for k in range(count)]
        try:
            while True:
                done, pending = wait(futures, 0.1, FIRST_EXCEPTION)
                if not pending or any(f.exception() for f in done):
                    break
                poll()
        finally:
            stop.set()
            wait(futures)
        return [f.result() for f in futures]


def object_array(values):
    """A 1-d object array of ``values`` (geometries, records). Why not
    ``np.array(values, dtype=object)``: numpy inspects every element for
    nested sequences first, 0.15 s for 60,000 geometries; ``fromiter`` only
    stores them (numpy >= 1.23; older ones take the loop)."""
    values = values if isinstance(values, (list, tuple)) else list(values)
    try:
        return np.fromiter(values, dtype=object, count=len(values))
    except (TypeError, ValueError):
        array = np.empty(len(values), dtype=object)
        for index, value in enumerate(values):
            array[index] = value
        return array


def explode(geometries):
    """(parts, row of each part) like ``shapely.get_parts(..., return_index=True)``
    but single geometries are passed through, not cloned: only multi-part
    rows are split (most rows of an overlay result are single polygons)."""
    geometries = np.asarray(geometries, dtype=object)
    multi = shapely.get_type_id(geometries) >= 4
    if not multi.any():  # a new array: callers may overwrite their input
        return geometries.copy(), np.arange(len(geometries))
    parts, sub = shapely.get_parts(geometries[multi], return_index=True)
    rows = np.concatenate([np.flatnonzero(~multi), np.flatnonzero(multi)[sub]])
    order = np.argsort(rows, kind="stable")
    return np.concatenate([geometries[~multi], parts])[order], rows[order]


def densify(geometries):
    """Geometries with no edge longer than ``SEGMENT_DEG`` (vectorised, the
    rows of a big array shared out between threads)."""
    if isinstance(geometries, np.ndarray) and geometries.ndim == 1:
        return rowwise(lambda part: shapely.segmentize(part, SEGMENT_DEG), geometries)
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


def polygonal_all(geometries):
    """``polygonal`` of every geometry of an object array (in place, returned);
    only the rare non-polygonal results are touched one by one."""
    kinds = shapely.get_type_id(geometries)
    for index in np.flatnonzero(~np.isin(kinds, (3, 6))):
        geometries[index] = polygonal(geometries[index])
    return geometries


def repair_all(geometries):
    """(densified polygonal geometries, was_invalid mask), vectorised:
    ``make_valid`` only where needed."""
    geometries = (np.array(geometries, dtype=object) if isinstance(geometries, np.ndarray)
                  else object_array(geometries))
    invalid = ~rowwise(shapely.is_valid, geometries)
    if invalid.any():
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    return densify(polygonal_all(geometries)), invalid


def repair(geometry):
    """(densified polygonal geometry, was_invalid) of one geometry."""
    fixed, invalid = repair_all([geometry])
    return fixed[0], bool(invalid[0])
