"""Land release invariants on random and adversarial geometries.

Shapes snap to a coarse grid (0.001° ≈ 110 m) so touching, nested and
duplicate hazards and activities are common; tiny, invalid (bow-tie) and
degenerate shapes are mixed in, and dates repeat so ties are frequent.
"""

import datetime
import os

import shapely
from hypothesis import HealthCheck, given, settings, strategies as st
from shapely.geometry import Polygon, box

from mine_action_mapper.core import land_release as lr
from mine_action_mapper.core.geodesy import area_m2
from mine_action_mapper.core.polygon_ops import densify, repair
from mine_action_mapper.core.vocabulary import OUTCOMES_BY_ACTIVITY

X0, Y0, STEP = 30.0, 10.0, 0.001
PAIRS = [(kind, outcome) for kind, outcomes in OUTCOMES_BY_ACTIVITY.items()
         for outcome in outcomes]
DAYS = [datetime.date(2020, 1, 1) + datetime.timedelta(days=100 * k) for k in range(6)]
SETTINGS = settings(max_examples=int(os.environ.get("LAND_RELEASE_EXAMPLES", 60)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def close(a, b, size):
    """Equal within round-off of ellipsoidal sums (geodesic edges split)."""
    return abs(a - b) <= 0.05 + 1e-7 * size


@st.composite
def shapes(draw):
    i, j = draw(st.integers(0, 8)), draw(st.integers(0, 8))
    x, y = X0 + i * STEP, Y0 + j * STEP
    kind = draw(st.sampled_from(["box", "box", "box", "tiny", "bowtie", "triangle"]))
    if kind == "box":
        w, h = draw(st.integers(1, 5)), draw(st.integers(1, 5))
        return box(x, y, x + w * STEP, y + h * STEP)
    if kind == "tiny":  # a few cm to a few m across
        size = draw(st.sampled_from([1e-7, 5e-7, 3e-6, 2e-5]))
        return box(x, y, x + size, y + STEP)
    if kind == "bowtie":
        w = draw(st.integers(1, 4)) * STEP
        return Polygon([(x, y), (x + w, y + w), (x + w, y), (x, y + w)])
    corners = [(X0 + draw(st.integers(0, 12)) * STEP, Y0 + draw(st.integers(0, 12)) * STEP)
               for _ in range(3)]
    return Polygon(corners)


@st.composite
def scenarios(draw):
    n_hazards = draw(st.integers(1, 5))
    hazards = [lr.Hazard("H%d" % k, draw(shapes()), draw(st.sampled_from(["SHA", "CHA"])),
                         draw(st.sampled_from(DAYS[:3])))
               for k in range(n_hazards)]
    if n_hazards > 1 and draw(st.booleans()):  # an exact duplicate record
        hazards[-1] = lr.Hazard("H-dup", hazards[0].geometry, hazards[0].hazard_class,
                                hazards[0].date_of_information)
    activities = []
    for k in range(draw(st.integers(0, 7))):
        kind, outcome = draw(st.sampled_from(PAIRS))
        link = draw(st.sampled_from([None, None] + [h.hazard_id for h in hazards]))
        activities.append(lr.Activity("A%d" % k, kind, outcome, draw(st.sampled_from(DAYS)),
                                      draw(shapes()), link, "ORG"))
    return hazards, activities


def _ledger_close(one, other):
    assert one.keys() == other.keys()
    for key, row in one.items():
        twin = other[key]
        assert row.status == twin.status
        for name in ("original_m2", "cancelled_m2", "reduced_ta_m2", "reduced_nta_m2",
                     "cleared_m2", "remaining_sha_m2", "remaining_cha_m2"):
            assert close(getattr(row, name), getattr(twin, name), row.original_m2), name


@SETTINGS
@given(scenarios())
def test_original_equals_remaining_plus_released(scenario):
    result = lr.release_land(*scenario)
    for row in result.ledger.values():
        assert close(row.original_m2, row.released_m2 + row.remaining_m2, row.original_m2)
        assert min(row.released_m2, row.remaining_m2) >= 0
        touched = any(e.hazard_id == row.hazard_id for e in result.history)
        if touched:
            assert row.status != "open"
            assert (row.status == "closed") == (row.remaining_m2 <= result.tolerance_m2)
        else:
            assert row.status == row.status_before
        released = sum(p.area_m2 for p in result.released if p.hazard_id == row.hazard_id)
        assert close(released, row.released_m2, row.original_m2)


@SETTINGS
@given(scenarios())
def test_no_square_metre_is_counted_twice(scenario):
    hazards, activities = scenario
    result = lr.release_land(hazards, activities)
    pieces = [p.geometry for p in result.released] + [p.geometry for p in result.remaining]
    counted = sum(p.area_m2 for p in result.released) + sum(p.area_m2 for p in result.remaining)
    ground = area_m2(densify(shapely.union_all(pieces))) if pieces else 0.0
    assert close(counted, ground, counted)
    hazard_ground = area_m2(shapely.union_all([repair(h.geometry)[0] for h in hazards]))
    originals = sum(row.original_m2 for row in result.ledger.values())
    assert close(originals, hazard_ground, hazard_ground)
    for part in result.released:  # released land lies in its hazard, once
        assert part.area_m2 > result.tolerance_m2


@SETTINGS
@given(scenarios(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_row_order(scenario, random):
    hazards, activities = scenario
    first = lr.release_land(hazards, activities)
    hazards, activities = list(hazards), list(activities)
    random.shuffle(hazards)
    random.shuffle(activities)
    second = lr.release_land(hazards, activities)
    _ledger_close(first.ledger, second.ledger)
    assert [(p.hazard_id, p.activity_id, p.from_class) for p in first.released] == [
        (p.hazard_id, p.activity_id, p.from_class) for p in second.released]
    assert [f.sort_key() for f in first.flags] == [f.sort_key() for f in second.flags]
    assert first.history == second.history


@SETTINGS
@given(scenarios())
def test_running_again_on_the_output_changes_nothing(scenario):
    hazards, activities = scenario
    first = lr.release_land(hazards, activities)
    again = lr.release_land(first.as_hazards(), activities)
    assert again.released == []
    for hazard_id, row in first.ledger.items():
        twin = again.ledger[hazard_id]
        assert twin.status == row.status
        assert close(twin.original_m2, row.remaining_m2, row.original_m2)
        assert close(twin.remaining_sha_m2, row.remaining_sha_m2, row.original_m2)
        assert close(twin.remaining_cha_m2, row.remaining_cha_m2, row.original_m2)
