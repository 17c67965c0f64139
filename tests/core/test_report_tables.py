"""The national report's tables on a hand-built programme whose figures are
known: every cell is the statistics' own, each treaty keeps its own
contamination, and totals add up."""

import datetime

import pytest

from mine_action_mapper.core import land_release_stats as stats
from mine_action_mapper.core import report_tables as rt

D = datetime.date


def _data(year, as_of=None):
    accounts = [
        stats.HazardAccount("H1", D(2020, 1, 1), 600.0, 0.0,
                            {"region": "North", "contamination": "ap_mines"}),
        stats.HazardAccount("H2", D(2020, 6, 1), 0.0, 300.0,
                            {"region": "South", "contamination": "cluster_munitions"}),
        stats.HazardAccount("H3", D(2022, 2, 1), 50.0, 0.0,
                            {"region": "North", "contamination": "uxo"}),
    ]
    events = [stats.ReleaseEvent("H1", D(2021, 5, 1), "released", "cancelled", "SHA", 400.0),
              stats.ReleaseEvent("H2", D(2024, 3, 1), "released", "cleared", "CHA", 200.0)]
    finds = [stats.Find("H2", D(2024, 6, 1), "submunition", 3, True)]
    as_of = as_of or D(year, 12, 31)
    start, end = rt.reporting_period(year, as_of)
    tables = stats.land_release_statistics(accounts, events, finds,
                                           stats.periods(D(2020, 1, 1), end, "year"),
                                           as_of, rt.GROUP_BY)
    return rt.ReportData(tables, stats.Period(str(year), start, end), as_of)


def _table(key):
    return next(table for table in rt.REPORT_TABLES if table.key == key)


def test_treaty_tables_keep_their_own_contamination():
    data = _data(2024)
    assert rt.table_rows(_table("apmbc_remaining"), data) == [
        ["North", 1, 600.0, 0, 0.0, 1, 600.0], ["Total", 1, 600.0, 0, 0.0, 1, 600.0]]
    assert rt.table_rows(_table("ccm_remaining"), data) == [
        ["South", 0, 0.0, 1, 300.0, 1, 300.0], ["Total", 0, 0.0, 1, 300.0, 1, 300.0]]
    assert rt.table_rows(_table("ccm_released"), data) == [
        ["South", 0.0, 0.0, 200.0, 200.0], ["Total", 0.0, 0.0, 200.0, 200.0]]
    released = rt.table_rows(_table("apmbc_released"), data)
    assert released == [] and rt.is_empty(_table("apmbc_released"), released)
    # 2021: the cancellation is the APMBC's, in its year only
    assert rt.table_rows(_table("apmbc_released"), _data(2021))[0] == [
        "North", 400.0, 0.0, 0.0, 400.0]


def test_national_summary():
    rows = {row[0]: row[1:] for row in rt.table_rows(_table("summary"), _data(2024))}
    assert rows["Hazardous areas remaining"] == [3, 950.0]
    assert rows["of which suspected hazardous areas (SHA)"] == [2, 650.0]
    assert rows["of which confirmed hazardous areas (CHA)"] == [1, 300.0]
    assert rows["Land cleared"] == [None, 200.0]
    assert rows["Land released in the period"] == [None, 200.0]
    assert rows["Land released since records began"] == [None, 600.0]
    assert rows["Explosive ordnance items destroyed in the period"] == [3, None]
    assert rows["Hazardous areas newly recorded in the period"] == [None, 0.0]
    recorded = {row[0]: row[1:] for row in rt.table_rows(_table("summary"), _data(2022))}
    assert recorded["Hazardous areas newly recorded in the period"] == [None, 50.0]
    assert rt.table_rows(_table("eo"), _data(2024)) == [
        ["Submunition", 3, 3], ["Total", 3, 3]]


def test_remaining_at_an_earlier_as_of_date():
    data = _data(2024, D(2024, 2, 1))  # before the clearance of H2
    assert rt.table_rows(_table("ccm_remaining"), data)[0] == [
        "South", 0, 0.0, 1, 500.0, 1, 500.0]
    assert data.period.end == D(2024, 2, 1)


def test_cells_and_dates():
    assert rt.format_number(1234567.4) == "1,234,567"
    assert rt.format_number(1234567.5, "\u202f") == "1\u202f234\u202f568"
    assert rt.format_cell(None, rt.M2) == rt.NOT_APPLICABLE
    assert rt.format_cell("North", rt.TEXT) == "North"
    with pytest.raises(ValueError, match="2023-12-31 is before the reporting year 2024"):
        rt.reporting_period(2024, D(2023, 12, 31))
