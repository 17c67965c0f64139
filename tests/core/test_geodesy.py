"""Ground areas: the vectorised equal-area measure against pyproj's Geod and
geographiclib.

Bound: |areas_m2 - geodesic area| <= 1e-7 * area + 1e-3 m². The relative
part covers the edge model (edges straight in a Lambert azimuthal equal-area
projection centred on the polygon instead of geodesics; on edges densified to
``SEGMENT_DEG`` the two differ by well under 1e-7 of the area). The absolute
part is the geodesic libraries' own floor: they sum per-edge areas measured
from the equator (~1e8 m² each), which leaves ~1e-4 m² of noise on any
polygon, however small (the projected measure converges smoothly instead).
"""

import math

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import MultiPolygon, Point, box
from shapely.geometry.polygon import orient

from mine_action_mapper.core.geodesy import GEOD, area_m2, areas_m2, areas_m2_upto
from mine_action_mapper.core.polygon_ops import densify


def _random_polygons(count, seed=11):
    """Star-shaped polygons, 30 m to 30 km across, anywhere from 80 S to 80 N."""
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < count:
        lat, lon = rng.uniform(-80, 80), rng.uniform(-179, 179)
        radius = math.exp(rng.uniform(math.log(15), math.log(15000)))
        n = int(rng.integers(3, 30))
        angles = np.sort(rng.uniform(0, 2 * math.pi, n))
        radii = radius * rng.uniform(0.3, 1.0, n)
        dx = radii * np.cos(angles) / (111320.0 * math.cos(math.radians(lat)))
        dy = radii * np.sin(angles) / 110574.0
        polygon = shapely.Polygon(np.c_[lon + dx, lat + dy])
        if polygon.is_valid:  # a few draws self-touch
            out.append(polygon)
    return densify(np.array(out, dtype=object))


def _geographiclib(polygon):
    """Independent geodesic polygon area (exterior ring only)."""
    area = Geodesic.WGS84.Polygon()
    for lon, lat in list(polygon.exterior.coords)[:-1]:
        area.AddPoint(lat, lon)
    return abs(area.Compute(False, True)[2])


def _bound(area):
    return 1e-7 * area + 1e-3


def test_areas_agree_with_geod_and_geographiclib():
    polygons = _random_polygons(300)
    ours = areas_m2(polygons)
    geod = np.array([abs(GEOD.geometry_area_perimeter(p)[0]) for p in polygons])
    karney = np.array([_geographiclib(p) for p in polygons])
    assert (np.abs(ours - geod) <= _bound(geod)).all()
    assert (np.abs(ours - karney) <= _bound(karney)).all()
    large = karney > 1e5  # away from the absolute floor: 1e-7 relative or better
    assert (np.abs(ours - karney)[large] / karney[large]).max() < 1e-7


def test_single_area_is_the_batched_area():
    polygons = _random_polygons(50, seed=3)
    batched = areas_m2(polygons)
    assert [area_m2(p) for p in polygons] == list(batched)
    # an area does not depend on what it is measured with
    assert list(areas_m2(polygons[::-1])) == list(batched[::-1])


def test_holes_multiparts_and_orientation():
    outer, hole = box(60.0, 35.0, 60.02, 35.02), box(60.005, 35.005, 60.01, 35.01)
    donut = densify(outer.difference(hole))
    assert area_m2(donut) == pytest.approx(area_m2(densify(outer)) - area_m2(densify(hole)),
                                           abs=1e-6)
    other = densify(box(61.0, 35.0, 61.01, 35.01))
    # rings of either orientation count positively (a signed sum would not)
    mixed = MultiPolygon([orient(donut, -1), orient(other, 1)])
    assert area_m2(mixed) == pytest.approx(area_m2(donut) + area_m2(other), abs=1e-6)
    collection = shapely.GeometryCollection(
        [other, Point(0, 0), shapely.LineString([(0, 0), (1, 1)])])
    assert area_m2(collection) == pytest.approx(area_m2(other), abs=1e-9)


def test_empty_and_non_polygonal_geometries_measure_zero():
    assert list(areas_m2([None, shapely.Polygon(), Point(1, 1),
                          shapely.LineString([(0, 0), (1, 1)])])) == [0, 0, 0, 0]
    assert len(areas_m2([])) == 0
    assert area_m2(None) == 0.0 and area_m2(shapely.Polygon()) == 0.0


def test_parts_add_up_to_the_whole():
    whole = densify(box(60.0, 35.0, 60.013, 35.011))
    knife = densify(shapely.Polygon([(59.99, 34.99), (60.02, 35.02), (60.02, 34.99)]))
    parts = [whole.intersection(knife), whole.difference(knife)]
    # each part is measured about its own centre; densified edges make that moot
    assert areas_m2(parts).sum() == pytest.approx(area_m2(whole), abs=1e-5)


def test_near_a_pole_and_across_the_antimeridian():
    polar = densify(box(10.0, 89.95, 10.5, 89.999))
    assert area_m2(polar) == pytest.approx(_geographiclib(polar), rel=1e-7, abs=1e-3)
    east, west = densify(box(179.99, 0.0, 180.0, 0.01)), densify(box(-180.0, 0.0, -179.99, 0.01))
    assert area_m2(east) == pytest.approx(area_m2(west), rel=1e-9)


def test_bounded_areas_are_exact_up_to_the_limit():
    polygons = np.concatenate([_random_polygons(300, seed=5), [
        densify(box(10.0, 84.0, 10.5, 84.5)), densify(box(179.5, 0.0, 180.5, 0.6)),
        shapely.Polygon(), None, shapely.LineString([(0, 0), (1, 1)])]])
    exact = areas_m2(polygons)
    for limit in (0.0, 1.0, 1e3, 1e5, 1e7, 1e9):
        bounded = areas_m2_upto(polygons, limit)
        finite = np.isfinite(bounded)
        # measured the same way where reported; skipped only where above the limit
        assert list(bounded[finite]) == list(exact[finite])
        assert (exact[~finite] > limit).all()
    assert np.isfinite(areas_m2_upto(polygons, 1e9)).sum() > 300  # small ones measured
    assert np.isinf(areas_m2_upto(polygons, 1.0)).sum() > 250  # big ones skipped
