"""People tables on a hand-built case with known counts: beneficiaries,
teams and casualties per period and group, "not recorded" kept apart
from zero, every period x group x category present."""

import datetime

from hypothesis import given, strategies as st

from mine_action_mapper.core import land_release_stats as stats, schema
from mine_action_mapper.core.disaggregated_stats import (
    BENEFICIARY_CATEGORIES, Count, people_statistics, people_table)

D = datetime.date
YEARS = stats.periods(D(2020, 1, 1), D(2021, 12, 31), "year")


def _beneficiaries(day, organisation, women, girls, boys, men, disabled):
    return Count(day, {"organisation": organisation}, dict(zip(
        schema.BENEFICIARY_FIELDS, (women, girls, boys, men, disabled))))


def _cell(rows, period, **values):
    [row] = [r for r in rows if r["period"] == period
             and all(r[k] == v for k, v in values.items())]
    return row["people"], row["recorded"], row["not_recorded"]


def test_beneficiaries_per_year_and_organisation_keep_not_recorded_apart():
    records = [
        _beneficiaries(D(2020, 3, 1), "MAG", 10, 5, 4, 9, 2),
        _beneficiaries(D(2020, 9, 1), "MAG", 2, None, 0, 3, None),  # girls not recorded
        _beneficiaries(D(2021, 1, 5), "MAG", None, None, None, None, None),
        _beneficiaries(D(2021, 6, 1), "HALO", 7, 7, 7, 7, 0),
        _beneficiaries(None, "HALO", 100, 100, 100, 100, 100),  # undated: no period
        _beneficiaries(D(2019, 12, 31), "HALO", 50, 50, 50, 50, 50),  # before the period
    ]
    rows = people_table("beneficiaries", records, YEARS, ["organisation"])
    # every period x organisation x category, even where nothing happened
    assert len(rows) == 2 * 2 * len(BENEFICIARY_CATEGORIES)
    assert _cell(rows, "2020", organisation="MAG", category="women") == (12, 2, 0)
    assert _cell(rows, "2020", organisation="MAG", category="girls") == (5, 1, 1)
    assert _cell(rows, "2020", organisation="MAG", category="boys") == (4, 2, 0)
    assert _cell(rows, "2020", organisation="MAG",
                 category="persons_with_disabilities") == (2, 1, 1)
    # a recorded zero is a recorded figure; nothing recorded is not zero recorded
    assert _cell(rows, "2021", organisation="MAG", category="women") == (0, 0, 1)
    assert _cell(rows, "2021", organisation="HALO",
                 category="persons_with_disabilities") == (0, 1, 0)
    assert _cell(rows, "2020", organisation="HALO", category="men") == (0, 0, 0)
    assert [r["category"] for r in rows[:5]] == list(BENEFICIARY_CATEGORIES)
    assert set(rows[0]) == set(stats.table_columns("beneficiaries", ["organisation"]))


def test_team_and_casualties_by_period_split_by_quarter():
    quarters = stats.periods(D(2021, 1, 1), D(2021, 6, 30), "quarter")
    teams = [Count(D(2021, 2, 1), {}, {"team_women": 3, "team_men": 5}),
             Count(D(2021, 3, 30), {}, {"team_women": None, "team_men": 4}),
             Count(D(2021, 5, 2), {}, {"team_women": 0, "team_men": 6})]
    accidents = [Count(D(2021, 4, 9), {}, {"killed_boys": 1, "injured_girls": 2,
                                           "injured_unknown": 1}),
                 Count(D(2021, 6, 30), {}, {"killed_boys": 0, "killed_men": 2})]
    tables = people_statistics([], teams, accidents, quarters)
    team = tables["team"]
    assert _cell(team, "2021-Q1", category="women") == (3, 1, 1)
    assert _cell(team, "2021-Q1", category="men") == (9, 2, 0)
    assert _cell(team, "2021-Q2", category="women") == (0, 1, 0)
    casualties = tables["casualties"]
    assert len(casualties) == 2 * 2 * len(schema.CASUALTY_GROUPS)
    assert _cell(casualties, "2021-Q2", outcome="killed", category="boys") == (1, 2, 0)
    assert _cell(casualties, "2021-Q2", outcome="killed", category="men") == (2, 1, 1)
    assert _cell(casualties, "2021-Q2", outcome="injured", category="girls") == (2, 1, 1)
    assert _cell(casualties, "2021-Q2", outcome="injured", category="unknown") == (1, 1, 1)
    assert _cell(casualties, "2021-Q1", outcome="killed", category="boys") == (0, 0, 0)
    assert tables["beneficiaries"] == []  # no record, no group: no row


COUNT = st.one_of(st.none(), st.integers(0, 500))


@given(st.lists(st.tuples(st.dates(D(2020, 1, 1), D(2021, 12, 31)),
                          st.sampled_from(["A", "B"]), st.tuples(*[COUNT] * 5)),
                max_size=30))
def test_every_record_is_counted_once_recorded_or_not(cases):
    records = [_beneficiaries(day, org, *counts) for day, org, counts in cases]
    rows = people_table("beneficiaries", records, YEARS, ["organisation"])
    for category, name in zip(BENEFICIARY_CATEGORIES, schema.BENEFICIARY_FIELDS):
        mine = [r for r in rows if r["category"] == category]
        assert sum(r["recorded"] + r["not_recorded"] for r in mine) == len(records)
        assert sum(r["people"] for r in mine) == sum(
            record.counts[name] or 0 for record in records)
        assert sum(r["not_recorded"] for r in mine) == sum(
            record.counts[name] is None for record in records)
