"""Land release statistics: a hand-built programme with known areas per year
and method (independent areas from pyproj's geodesic polygons), the period
cuts, and the consistency row on random histories (hypothesis)."""

import datetime
import os

import pytest
import shapely
from hypothesis import HealthCheck, given, settings, strategies as st
from pyproj import Geod
from shapely.geometry import box

from mine_action_mapper.core import land_release as lr
from mine_action_mapper.core import land_release_stats as stats
from mine_action_mapper.core.vocabulary import OUTCOMES_BY_ACTIVITY

D = datetime.date
GEOD = Geod(ellps="WGS84")


def geodesic_m2(x0, y0, x1, y1, steps=200):
    """Independent reference: the lon/lat box's area from pyproj's geodesic
    polygon, its edges split finely (straight lon/lat edges)."""
    xs = [x0 + (x1 - x0) * k / steps for k in range(steps)] + [x1] * steps + \
        [x1 - (x1 - x0) * k / steps for k in range(steps)] + [x0] * steps
    ys = [y0] * steps + [y0 + (y1 - y0) * k / steps for k in range(steps)] + \
        [y1] * steps + [y1 - (y1 - y0) * k / steps for k in range(steps)]
    return abs(GEOD.polygon_area_perimeter(xs, ys)[0])


def run(hazards, activities, period_list, as_of, group_by=(), attributes=None):
    result = lr.release_land(hazards, activities, today=D(2026, 12, 1))
    events = stats.release_events(e.as_record() for e in result.history)
    accounts = stats.hazard_accounts(
        result.ledger, events, attributes,
        information_days={h.hazard_id: h.date_of_information for h in hazards})
    return result, stats.land_release_statistics(accounts, events, [], period_list,
                                                 as_of, group_by)


# The worked example of docs/land-release.md, plus a CHA recorded in 2021 in
# another region and cleared in halves in 2021 and 2022.
HZ1 = (30.000, 10.000, 30.010, 10.010)
HZ2 = (30.020, 10.000, 30.024, 10.004)


def example():
    hazards = [lr.Hazard("HZ-1", box(*HZ1), "SHA", D(2020, 1, 1)),
               lr.Hazard("HZ-2", box(*HZ2), "CHA", D(2021, 3, 1))]
    activities = [
        lr.Activity("NTS-1", "nts", "cancelled", D(2020, 6, 1), box(30.000, 10.0, 30.003, 10.01), None, "NPA"),
        lr.Activity("TS-1", "ts", "confirmed", D(2021, 1, 1), box(30.003, 10.0, 30.008, 10.01), None, "HALO"),
        lr.Activity("TS-2", "ts", "reduced_ta", D(2021, 6, 1), box(30.006, 10.0, 30.010, 10.01), None, "HALO"),
        lr.Activity("CL-1", "clearance", "cleared", D(2022, 1, 1), box(30.003, 10.0, 30.007, 10.01), None, "MAG"),
        lr.Activity("CL-2", "clearance", "cleared", D(2021, 9, 1), box(30.020, 10.0, 30.022, 10.004), "HZ-2", "MAG"),
        lr.Activity("CL-3", "clearance", "cleared", D(2022, 9, 1), box(30.022, 10.0, 30.024, 10.002), "HZ-2", "MAG"),
    ]
    attributes = {"HZ-1": {"region": "North"}, "HZ-2": {"region": "South"}}
    return hazards, activities, attributes


def strip(x0, x1, y0=10.0, y1=10.01):
    return geodesic_m2(x0, y0, x1, y1)


def test_hand_built_programme_per_year_and_method():
    hazards, activities, attributes = example()
    years = stats.periods(D(2020, 1, 1), D(2022, 12, 31), "year")
    _result, tables = run(hazards, activities, years, D(2022, 12, 31),
                          attributes=attributes)
    released = {row["period"]: row for row in tables["released"]}
    expected = {
        "2020": {"cancelled_m2": strip(30.000, 30.003)},
        "2021": {"reduced_ta_m2": strip(30.006, 30.010),
                 "cleared_m2": geodesic_m2(30.020, 10.0, 30.022, 10.004)},
        "2022": {"cleared_m2": strip(30.003, 30.006)
                 + geodesic_m2(30.022, 10.0, 30.024, 10.002)},
    }
    for year, areas in expected.items():
        for column in ("cancelled_m2", "reduced_ta_m2", "reduced_nta_m2", "cleared_m2"):
            assert released[year][column] == pytest.approx(areas.get(column, 0.0),
                                                           rel=1e-4, abs=1e-6), (year, column)
    remaining = {row["period"]: row for row in tables["remaining"]}
    # end of 2020: HZ-1 less the west strip, all SHA; HZ-2 not recorded yet
    assert remaining["2020"]["sha_m2"] == pytest.approx(strip(30.003, 30.010), rel=1e-4)
    assert (remaining["2020"]["sha_count"], remaining["2020"]["cha_count"]) == (1, 0)
    # end of 2021: HZ-1's CHA 30.003-30.006 and HZ-2's east half, both CHA
    assert remaining["2021"]["sha_m2"] == pytest.approx(0.0, abs=0.01)
    assert remaining["2021"]["cha_m2"] == pytest.approx(
        strip(30.003, 30.006) + geodesic_m2(30.022, 10.0, 30.024, 10.004), rel=1e-4)
    assert remaining["2021"]["cha_count"] == 2
    # end of 2022: HZ-2's north-east quarter remains
    assert remaining["2022"]["cha_m2"] == pytest.approx(
        geodesic_m2(30.022, 10.002, 30.024, 10.004), rel=1e-4)
    assert (remaining["2022"]["sha_count"], remaining["2022"]["cha_count"]) == (0, 1)
    consistency = {row["period"]: row for row in tables["consistency"]}
    assert consistency["2021"]["recorded_m2"] == pytest.approx(
        geodesic_m2(*HZ2), rel=1e-4)
    for row in tables["consistency"]:
        assert row["difference_m2"] == pytest.approx(0.0, abs=1e-6)
    assert tables["remaining_as_of"][0]["cha_m2"] == pytest.approx(
        remaining["2022"]["cha_m2"])


def test_grouping_by_region_organisation_and_class():
    hazards, activities, attributes = example()
    years = stats.periods(D(2020, 1, 1), D(2022, 12, 31), "year")
    result, tables = run(hazards, activities, years, D(2022, 12, 31),
                         ("region", "organisation", "hazard_class"), attributes)
    rows = {(r["period"], r["region"], r["organisation"], r["hazard_class"]): r
            for r in tables["released"]}
    # TS-2 reduced HZ-1's east: SHA land east of 30.008, CHA land TS-1 confirmed west of it
    assert rows[("2021", "North", "HALO", "SHA")]["reduced_ta_m2"] == pytest.approx(
        strip(30.008, 30.010), rel=1e-4)
    assert rows[("2021", "North", "HALO", "CHA")]["reduced_ta_m2"] == pytest.approx(
        strip(30.006, 30.008), rel=1e-4)
    assert rows[("2022", "South", "MAG", "CHA")]["cleared_m2"] == pytest.approx(
        geodesic_m2(30.022, 10.0, 30.024, 10.002), rel=1e-4)
    # every grouping adds up to the ledger
    total = sum(r["released_m2"] for r in tables["released"])
    assert total == pytest.approx(sum(row.released_m2 for row in result.ledger.values()),
                                  abs=1e-6)
    consistency = [r for r in tables["consistency"] if r["period"] == "2021"]
    assert sum(r["reclassified_m2"] for r in consistency) == pytest.approx(0.0, abs=1e-6)
    assert any(abs(r["reclassified_m2"]) > 1 for r in consistency)
    for row in tables["consistency"]:
        assert row["difference_m2"] == pytest.approx(0.0, abs=1e-6)


def test_periods_cut_at_quarters_months_and_the_range():
    quarters = stats.periods(D(2023, 2, 15), D(2023, 11, 3), "quarter")
    assert [(p.label, p.start, p.end) for p in quarters] == [
        ("2023-Q1", D(2023, 2, 15), D(2023, 3, 31)), ("2023-Q2", D(2023, 4, 1), D(2023, 6, 30)),
        ("2023-Q3", D(2023, 7, 1), D(2023, 9, 30)), ("2023-Q4", D(2023, 10, 1), D(2023, 11, 3))]
    months = stats.periods(D(2023, 12, 1), D(2024, 2, 29), "month")
    assert [p.label for p in months] == ["2023-12", "2024-01", "2024-02"]
    assert months[-1].end == D(2024, 2, 29)
    whole = stats.periods(D(2020, 1, 1), D(2024, 12, 31), "whole")
    assert [(p.start, p.end) for p in whole] == [(D(2020, 1, 1), D(2024, 12, 31))]
    with pytest.raises(ValueError):
        stats.periods(D(2024, 1, 2), D(2024, 1, 1))


# ------------------------------------------------------------- property test
X0, Y0, STEP = 30.0, 10.0, 0.001
PAIRS = [(kind, outcome) for kind, outcomes in OUTCOMES_BY_ACTIVITY.items()
         for outcome in outcomes]
DAYS = [D(2019, 6, 1) + datetime.timedelta(days=97 * k) for k in range(16)]
SETTINGS = settings(max_examples=int(os.environ.get("LAND_RELEASE_EXAMPLES", 60)),
                    deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def histories(draw):
    def shape():
        i, j = draw(st.integers(0, 6)), draw(st.integers(0, 6))
        w, h = draw(st.integers(1, 4)), draw(st.integers(1, 4))
        return box(X0 + i * STEP, Y0 + j * STEP, X0 + (i + w) * STEP, Y0 + (j + h) * STEP)
    hazards = [lr.Hazard("H%d" % k, shape(), draw(st.sampled_from(["SHA", "CHA"])),
                         draw(st.sampled_from(DAYS[:10])))
               for k in range(draw(st.integers(1, 4)))]
    activities = []
    for k in range(draw(st.integers(0, 8))):
        kind, outcome = draw(st.sampled_from(PAIRS))
        link = draw(st.sampled_from([None] + [h.hazard_id for h in hazards]))
        activities.append(lr.Activity("A%d" % k, kind, outcome, draw(st.sampled_from(DAYS)),
                                      shape(), link, draw(st.sampled_from(["O1", "O2"]))))
    attributes = {h.hazard_id: {"region": draw(st.sampled_from(["R1", "R2"])),
                                "organisation": draw(st.sampled_from(["O1", "O2"]))}
                  for h in hazards}
    group_by = draw(st.lists(st.sampled_from(stats.GROUPS), unique=True, max_size=3))
    split = draw(st.sampled_from(stats.SPLITS))
    start = draw(st.sampled_from(DAYS[:8]))
    end = draw(st.sampled_from([d for d in DAYS if d >= start]))
    return hazards, activities, attributes, group_by, stats.periods(start, end, split)


@SETTINGS
@given(histories())
def test_consistency_row_holds_on_random_histories(case):
    hazards, activities, attributes, group_by, period_list = case
    result, tables = run(hazards, activities, period_list, period_list[-1].end,
                         group_by, attributes)
    scale = 1e-9 * sum(row.original_m2 for row in result.ledger.values()) + 1e-6
    for row in tables["consistency"]:
        assert abs(row["difference_m2"]) <= scale, row
    # the remaining tables count land above the tolerance; the balance all of it
    ends = sum(r["remaining_end_m2"] for r in tables["consistency"])
    assert sum(r["remaining_m2"] for r in tables["remaining"]) <= ends + scale
    # released per period adds up to the ledger's release in the range
    events = [e for e in result.history if e.event == "released"
              and period_list[0].start <= e.event_date <= period_list[-1].end]
    assert sum(r["released_m2"] for r in tables["released"]) == pytest.approx(
        sum(e.area_m2 for e in events), abs=scale)
    # at the end of the last period (after every event) the land is the ledger's
    last = [r for r in tables["consistency"] if r["period"] == period_list[-1].label]
    if period_list[-1].end >= max(DAYS):
        assert sum(r["remaining_end_m2"] for r in last) == pytest.approx(
            sum(row.remaining_m2 for row in result.ledger.values()), abs=scale)
