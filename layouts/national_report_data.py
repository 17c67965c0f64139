"""The figures of the national report, read from a mine action database.

The land release statistics' own reading (``store.statistics_io``: the
release history plus the engine's replay of activities not applied yet),
with the contamination and EO category codes taken to their base meaning so
that the treaty tables know an anti-personnel mine area from a cluster
munition one whatever codes the programme uses. Then one run of
``core.land_release_stats`` by year and by region and contamination.
"""

import datetime
from dataclasses import replace

from ..core import disaggregated_stats as people
from ..core import land_release_stats as stats
from ..core.codes import to_base
from ..core.errors import InputError
from ..core.i18n import translate
from ..core.report_tables import GROUP_BY, ReportData, reporting_period
from ..store import statistics_io
from ..store.database import open_layer
from ..store.lookups import base_codes


def read_report_data(database, year, as_of, tolerance_m2, transform_context=None,
                     progress=None, is_cancelled=None):
    """The ReportData of ``year`` at ``as_of``; InputError (translated) when
    the dates do not fit or the year has no data."""
    try:
        start, end = reporting_period(year, as_of)
    except ValueError as error:
        raise InputError(str(error), field="AS_OF") from None
    accounts, events, finds = statistics_io.read_statistics_inputs(
        database, tolerance_m2, transform_context, progress=progress,
        is_cancelled=is_cancelled)
    codes = base_codes(open_layer(database, "lookups"))
    accounts = [replace(account, attributes=dict(
        account.attributes, contamination=to_base(
            codes, "contamination", account.attributes.get("contamination"))))
        for account in accounts]
    finds = [replace(find, eo_category=to_base(codes, "eo_category", find.eo_category))
             for find in finds]
    days = [account.recorded for account in accounts
            if account.recorded != datetime.date.min]
    if not days or min(days) > end:
        raise InputError(translate(
            "NationalReport", "No hazard is recorded on or before {end}: the database has nothing "
                     "to report for {year}. Choose a later reporting year.").format(
                end=end.isoformat(), year=year), field="YEAR")
    first = datetime.date(min(days).year, 1, 1)
    tables = stats.land_release_statistics(
        accounts, events, finds, stats.periods(first, end, "year"), as_of, GROUP_BY,
        tolerance_m2)
    tables.update(people.people_statistics(
        *statistics_io.read_people_inputs(database), [stats.Period(str(year), start, end)]))
    return ReportData(tables, stats.Period(str(year), start, end), as_of)
