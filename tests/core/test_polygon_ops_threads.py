"""The threaded helpers give what one vectorised call gives, in its order:
the land release engine's results must not depend on how rows were shared
out between cores."""

import numpy as np
import pytest
import shapely
from hypothesis import given, settings, strategies as st

from mine_action_mapper.core import polygon_ops


def _boxes(seed, count):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 1, count), rng.uniform(0, 1, count)
    size = rng.uniform(0.001, 0.05, count)
    return shapely.box(x, y, x + size, y + size)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2 ** 32 - 1), count=st.integers(1, 3000),
       predicate=st.sampled_from(["intersects", "contains", "within", None]))
def test_query_pairs_are_the_pairs_of_one_query_in_its_order(seed, count, predicate):
    tree_geometries, query_geometries = _boxes(seed, 800), _boxes(seed + 1, count)
    tree = shapely.STRtree(tree_geometries)
    expected = tree.query(query_geometries, predicate=predicate)
    found = polygon_ops.query_pairs(tree, query_geometries, predicate=predicate)
    assert np.array_equal(found[0], expected[0]) and np.array_equal(found[1], expected[1])


def test_query_pairs_are_split_between_threads_when_there_are_enough_rows():
    """The large case goes through the pool (else the test above would prove
    nothing about the threaded path)."""
    if polygon_ops._POOL is None:
        pytest.skip("one core: nothing is split")
    calls = []
    tree = shapely.STRtree(_boxes(1, 100))

    class Counting:
        def query(self, geometries, predicate):
            calls.append(len(geometries))
            return tree.query(geometries, predicate=predicate)

    polygon_ops.query_pairs(Counting(), _boxes(2, 2000))
    assert len(calls) == polygon_ops.WORKERS and sum(calls) == 2000
