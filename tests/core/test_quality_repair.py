"""Repair geometries' safe fixes (core.quality.repair): the area a ring
encloses never changes, and a second repair changes nothing."""

import shapely
from hypothesis import assume, given, settings, strategies as st
from shapely.geometry import Polygon

from mine_action_mapper.core.quality import repair
from mine_action_mapper.core.quality.geometry import repeated_vertices

# star-shaped rings: sorted angles, positive radii -> simple polygons (GEOS-valid)
angles = st.lists(st.floats(0.0, 6.28), min_size=3, max_size=12, unique=True)


@st.composite
def defective_rings(draw):
    import math
    theta = sorted(draw(angles))
    if theta[-1] - theta[0] < 0.5:
        theta.append(theta[0] + 3.2)
    radii = draw(st.lists(st.floats(1.0, 100.0), min_size=len(theta), max_size=len(theta)))
    clean = [(round(r * math.cos(t), 6), round(r * math.sin(t), 6))
             for r, t in zip(radii, theta)]
    assume(len(set(clean)) == len(clean))
    vertices = []
    for vertex in clean:
        vertices += [vertex] * draw(st.integers(1, 3))  # consecutive duplicates
    if draw(st.booleans()):
        vertices += [clean[0], clean[1]]  # the last two repeat the first two
    vertices += [clean[0]] * draw(st.integers(1, 2))  # closing vertex, maybe doubled
    return Polygon(clean), vertices


@settings(max_examples=200, deadline=None)
@given(defective_rings())
def test_repair_keeps_the_area_and_is_idempotent(case):
    clean, vertices = case
    assume(clean.is_valid and clean.area > 1e-6)
    damaged = Polygon(vertices)
    fixed, removals = repair.repair(damaged)
    assert fixed.is_valid
    assert shapely.equals(fixed, clean)
    assert abs(fixed.area - damaged.area) < 1e-6 * clean.area
    assert len(shapely.get_coordinates(fixed)) == len(clean.exterior.coords)
    assert len(removals) == len(vertices) - len(clean.exterior.coords)
    again, more = repair.repair(fixed)
    assert more == [] and again.equals_exact(fixed, 0.0)
    assert repeated_vertices(shapely.get_coordinates(fixed.exterior)) == []


def test_repair_logs_each_vertex_removed_where_it_was():
    ring = [(0, 0), (10, 0), (10, 0), (10, 10), (0, 10), (0, 0), (10, 0), (0, 0)]
    fixed, removals = repair.repair(shapely.MultiPolygon([Polygon(ring)]))
    assert fixed.geom_type == "MultiPolygon"
    assert [(r.kind, r.x, r.y) for r in removals] == [
        (repair.CONSECUTIVE, 10.0, 0.0),
        (repair.REPEATED_START, 0.0, 0.0), (repair.REPEATED_START, 10.0, 0.0)]


def test_other_defects_are_left_alone():
    bowtie = Polygon([(0, 0), (1, 0), (0, 1), (1, 1), (0, 0)])
    assert repair.repair(bowtie) == (bowtie, [])
