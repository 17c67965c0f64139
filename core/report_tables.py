"""The national report's tables: what each shows, read from the statistics.

Every figure comes from ``core.land_release_stats`` (the engine's counting:
every m² once, by the method that released it first); nothing here counts or
measures. The statistics are computed once, by calendar year from the first
record to the end of the reporting period and grouped by region and
contamination (``GROUP_BY``); each table below keeps the rows it needs.

The report's tables are one list, ``REPORT_TABLES``. A table is a title, its
columns (a label and a kind: text, a count, or m²) and a function from the
``ReportData`` to its rows; the layout prints every entry in order, with a
total row when it asks for one. A new table (say, beneficiaries by sex and
age from a new statistics table) is one more entry, nothing else.

Which contamination a treaty covers (base codes of the ``contamination``
lookup, ``core.vocabulary.CONTAMINATION``):

* the Anti-Personnel Mine Ban Convention (APMBC), Article 7: areas with
  anti-personnel mines, and mixed contamination (it may hold them);
* the Convention on Cluster Munitions (CCM), Article 7: cluster munition
  remnants.
"""

import datetime
from collections import namedtuple
from dataclasses import dataclass

from . import vocabulary
from .i18n import QT_TRANSLATE_NOOP, translate
from .disaggregated_stats import CASUALTY_CATEGORIES, CASUALTY_OUTCOMES, PEOPLE_TABLES
from .land_release_stats import RELEASING

CONTEXT = "NationalReport"
GROUP_BY = ("region", "contamination")
APMBC_CONTAMINATION = ("ap_mines", "mixed")
CCM_CONTAMINATION = ("cluster_munitions",)
#: the methods of the Article 7 tables: reduction counts with and without asset
ARTICLE7_METHODS = (("cancelled", ("cancelled",)),
                    ("reduced", ("reduced_ta", "reduced_nta")),
                    ("cleared", ("cleared",)))
TEXT, COUNT, M2 = "text", "count", "m2"
#: printed for a cell that has no value (not zero: not applicable)
NOT_APPLICABLE = "–"

Column = namedtuple("Column", "label kind")


@dataclass(frozen=True)
class ReportTable:
    """One table of the report. ``rows(data)`` gives lists of cell values
    (text, int or float m², or None for a cell that does not apply);
    ``total`` adds a row summing the count and m² columns; ``empty`` is
    printed under the table when it has no row or only zeros."""

    key: str
    chapter: str
    title: str
    columns: tuple
    rows: object
    total: bool = True
    empty: str = None


class ReportData:
    """The statistics tables of one report, and the reporting period."""

    def __init__(self, tables, period, as_of):
        self.tables = tables
        self.period = period  # core.land_release_stats.Period of the report
        self.as_of = as_of

    # selections --------------------------------------------------------
    def _in_period(self, row):
        return self.period.start <= row["period_start"] <= self.period.end

    @staticmethod
    def _covered(row, contaminations):
        return contaminations is None or row.get("contamination") in contaminations

    def remaining_by_region(self, contaminations=None):
        """{region: [SHA count, SHA m², CHA count, CHA m²]} at the as-of date."""
        out = {}
        for row in self.tables["remaining_as_of"]:
            if not self._covered(row, contaminations) or not row["remaining_count"]:
                continue
            cell = out.setdefault(row["region"], [0, 0.0, 0, 0.0])
            for index, name in enumerate(("sha_count", "sha_m2", "cha_count", "cha_m2")):
                cell[index] += row[name]
        return dict(sorted(out.items(), key=lambda item: str(item[0] or "")))

    def released_by_region(self, contaminations=None):
        """{region: {method: m²}} released in the reporting period."""
        out = {}
        for row in self.tables["released"]:
            if not self._in_period(row) or not self._covered(row, contaminations) \
                    or not row["released_m2"]:
                continue
            cell = out.setdefault(row["region"], dict.fromkeys(RELEASING, 0.0))
            for method in RELEASING:
                cell[method] += row[method + "_m2"]
        return dict(sorted(out.items(), key=lambda item: str(item[0] or "")))

    def released_per_year(self, contaminations=None):
        """(years, {method: [m² per year]}) from the first year to the report's."""
        years = sorted({row["period_start"].year for row in self.tables["released"]})
        by_method = {method: [0.0] * len(years) for method in RELEASING}
        for row in self.tables["released"]:
            if self._covered(row, contaminations):
                index = years.index(row["period_start"].year)
                for method in RELEASING:
                    by_method[method][index] += row[method + "_m2"]
        return years, by_method

    def remaining_per_year(self, contaminations=None):
        """(years, [remaining m² at each year's end])."""
        sums = {}
        for row in self.tables["remaining"]:
            if self._covered(row, contaminations):
                year = row["period_end"].year
                sums[year] = sums.get(year, 0.0) + row["remaining_m2"]
        years = sorted(sums)
        return years, [sums[year] for year in years]

    def eo_in_period(self):
        """{base EO category: [found, destroyed]} in the reporting period."""
        out = {}
        for row in self.tables["eo"]:
            if self._in_period(row):
                cell = out.setdefault(row["eo_category"], [0, 0])
                cell[0] += row["found"]
                cell[1] += row["destroyed"]
        return out

    def people_in_period(self, table):
        """{category values: [people, records that recorded it, records that
        did not]} of a people table (core.disaggregated_stats) in the period."""
        names = PEOPLE_TABLES[table][0]
        out = {}
        for row in self.tables.get(table, ()):
            if self._in_period(row):
                cell = out.setdefault(tuple(row[name] for name in names), [0, 0, 0])
                for index, name in enumerate(("people", "recorded", "not_recorded")):
                    cell[index] += row[name]
        return out

    def recorded_in_period(self):
        return sum(row["recorded_m2"] for row in self.tables["consistency"]
                   if self._in_period(row))


# ------------------------------------------------------------------- rows
def _label(text):
    return translate(CONTEXT, text)


def _remaining_rows(contaminations):
    def rows(data):
        return [[region or _label(UNKNOWN_REGION), sha, sha_m2, cha, cha_m2, sha + cha,
                 sha_m2 + cha_m2]
                for region, (sha, sha_m2, cha, cha_m2)
                in data.remaining_by_region(contaminations).items()]
    return rows


def _released_rows(contaminations):
    def rows(data):
        out = []
        for region, cell in data.released_by_region(contaminations).items():
            values = [sum(cell[m] for m in methods) for _name, methods in ARTICLE7_METHODS]
            out.append([region or _label(UNKNOWN_REGION)] + values + [sum(values)])
        return out
    return rows


def summary_rows(data):
    """The national summary: every contamination, the whole country."""
    remaining = data.remaining_by_region()
    sha = sum(cell[0] for cell in remaining.values())
    sha_m2 = sum(cell[1] for cell in remaining.values())
    cha = sum(cell[2] for cell in remaining.values())
    cha_m2 = sum(cell[3] for cell in remaining.values())
    released = dict.fromkeys(RELEASING, 0.0)
    for cell in data.released_by_region().values():
        for method in RELEASING:
            released[method] += cell[method]
    _years, per_year = data.released_per_year()
    eo = data.eo_in_period()
    rows = [
        [translate("NationalReport", "Hazardous areas remaining"), sha + cha, sha_m2 + cha_m2],
        [translate("NationalReport", "of which suspected hazardous areas (SHA)"), sha, sha_m2],
        [translate("NationalReport", "of which confirmed hazardous areas (CHA)"), cha, cha_m2],
        [translate("NationalReport", "Hazardous areas newly recorded in the period"), None,
         data.recorded_in_period()],
    ]
    for method in RELEASING:
        rows.append([_label(METHOD_LABELS[method]), None, released[method]])
    rows += [
        [translate("NationalReport", "Land released in the period"), None, sum(released.values())],
        [translate("NationalReport", "Land released since records began"), None,
         sum(sum(values) for values in per_year.values())],
        [translate("NationalReport", "Explosive ordnance items found in the period"),
         sum(cell[0] for cell in eo.values()), None],
        [translate("NationalReport", "Explosive ordnance items destroyed in the period"),
         sum(cell[1] for cell in eo.values()), None],
    ]
    return rows


def eo_rows(data):
    return [[vocabulary.EO_CATEGORY.label(category) if category else _label(UNKNOWN_CATEGORY),
             found, destroyed]
            for category, (found, destroyed) in sorted(
                data.eo_in_period().items(),
                key=lambda item: _order(vocabulary.EO_CATEGORY, item[0]))]


def beneficiary_rows(data):
    """Beneficiaries of the land handed over in the period, by sex and age
    (persons with disabilities are also in the four groups)."""
    return [[_label(PEOPLE_LABELS[category]), people, recorded, missing]
            for (category,), (people, recorded, missing)
            in data.people_in_period("beneficiaries").items()]


def casualty_rows(data):
    """Killed and injured in the period's accidents, by sex and age group,
    then how many accident records left each count empty (not recorded)."""
    cells = data.people_in_period("casualties")
    return [[_label(PEOPLE_LABELS[category])]
            + [cells.get((outcome, category), [0, 0, 0])[0] for outcome in CASUALTY_OUTCOMES]
            + [cells.get((outcome, category), [0, 0, 0])[2] for outcome in CASUALTY_OUTCOMES]
            for category in CASUALTY_CATEGORIES]


def _order(vocab, code):
    codes = vocab.codes()
    return (codes.index(code), "") if code in codes else (len(codes), str(code or ""))


UNKNOWN_REGION = QT_TRANSLATE_NOOP("NationalReport", "(no region)")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("NationalReport", "(no category)")
METHOD_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("NationalReport", "Land cancelled (non-technical survey)"),
    "reduced_ta": QT_TRANSLATE_NOOP("NationalReport", "Land reduced with technical asset"),
    "reduced_nta": QT_TRANSLATE_NOOP("NationalReport", "Land reduced without technical asset"),
    "cleared": QT_TRANSLATE_NOOP("NationalReport", "Land cleared"),
}
#: the methods as the charts' legends name them
CHART_METHOD_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("NationalReport", "Cancelled"),
    "reduced_ta": QT_TRANSLATE_NOOP("NationalReport", "Reduced (technical asset)"),
    "reduced_nta": QT_TRANSLATE_NOOP("NationalReport", "Reduced (no technical asset)"),
    "cleared": QT_TRANSLATE_NOOP("NationalReport", "Cleared"),
}

_REGION = Column(QT_TRANSLATE_NOOP("NationalReport", "Region"), TEXT)
_REMAINING_COLUMNS = (
    _REGION,
    Column(QT_TRANSLATE_NOOP("NationalReport", "SHA (number)"), COUNT),
    Column(QT_TRANSLATE_NOOP("NationalReport", "SHA (m²)"), M2),
    Column(QT_TRANSLATE_NOOP("NationalReport", "CHA (number)"), COUNT),
    Column(QT_TRANSLATE_NOOP("NationalReport", "CHA (m²)"), M2),
    Column(QT_TRANSLATE_NOOP("NationalReport", "Total (number)"), COUNT),
    Column(QT_TRANSLATE_NOOP("NationalReport", "Total (m²)"), M2),
)
_RELEASED_COLUMNS = (
    _REGION,
    Column(QT_TRANSLATE_NOOP("NationalReport", "Cancelled (m²)"), M2),
    Column(QT_TRANSLATE_NOOP("NationalReport", "Reduced (m²)"), M2),
    Column(QT_TRANSLATE_NOOP("NationalReport", "Cleared (m²)"), M2),
    Column(QT_TRANSLATE_NOOP("NationalReport", "Total released (m²)"), M2),
)
PEOPLE_LABELS = {
    "women": QT_TRANSLATE_NOOP("NationalReport", "Women"),
    "girls": QT_TRANSLATE_NOOP("NationalReport", "Girls"),
    "boys": QT_TRANSLATE_NOOP("NationalReport", "Boys"),
    "men": QT_TRANSLATE_NOOP("NationalReport", "Men"),
    "persons_with_disabilities": QT_TRANSLATE_NOOP("NationalReport",
                                                   "Persons with disabilities"),
    "unknown": QT_TRANSLATE_NOOP("NationalReport", "Sex and age not known"),
}
NO_REMAINING = QT_TRANSLATE_NOOP("NationalReport", "No such area is known or suspected at "
                                                    "the as-of date.")
NO_RELEASE = QT_TRANSLATE_NOOP("NationalReport", "No land was released in the reporting period.")

CHAPTERS = {
    "summary": QT_TRANSLATE_NOOP("NationalReport", "National summary"),
    "apmbc": QT_TRANSLATE_NOOP("NationalReport", "Anti-Personnel Mine Ban Convention, Article 7"),
    "ccm": QT_TRANSLATE_NOOP("NationalReport", "Convention on Cluster Munitions, Article 7"),
    "people": QT_TRANSLATE_NOOP("NationalReport", "People: beneficiaries and casualties"),
}

REPORT_TABLES = (
    ReportTable("summary", "summary", QT_TRANSLATE_NOOP(
        "NationalReport",
        "Hazardous areas, land release and explosive ordnance (all contamination)"),
        (Column(QT_TRANSLATE_NOOP("NationalReport", "Indicator"), TEXT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Number"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Area (m²)"), M2)),
        summary_rows, total=False),
    ReportTable("eo", "summary", QT_TRANSLATE_NOOP(
        "NationalReport", "Explosive ordnance found and destroyed in the period, by category"),
        (Column(QT_TRANSLATE_NOOP("NationalReport", "Category"), TEXT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Found"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Destroyed"), COUNT)),
        eo_rows, empty=QT_TRANSLATE_NOOP("NationalReport", "No explosive ordnance was "
                                                           "found in the "
                                                  "reporting period.")),
    ReportTable("apmbc_remaining", "apmbc", QT_TRANSLATE_NOOP(
        "NationalReport", "Mined areas remaining, by region (anti-personnel mines and mixed "
                 "contamination)"),
        _REMAINING_COLUMNS, _remaining_rows(APMBC_CONTAMINATION), empty=NO_REMAINING),
    ReportTable("apmbc_released", "apmbc", QT_TRANSLATE_NOOP(
        "NationalReport", "Mined areas released in the period, by region and method"),
        _RELEASED_COLUMNS, _released_rows(APMBC_CONTAMINATION), empty=NO_RELEASE),
    ReportTable("ccm_remaining", "ccm", QT_TRANSLATE_NOOP(
        "NationalReport", "Areas contaminated by cluster munition remnants, by region"),
        _REMAINING_COLUMNS, _remaining_rows(CCM_CONTAMINATION), empty=NO_REMAINING),
    ReportTable("ccm_released", "ccm", QT_TRANSLATE_NOOP(
        "NationalReport", "Cluster munition contaminated areas released in the period, by region "
                 "and method"),
        _RELEASED_COLUMNS, _released_rows(CCM_CONTAMINATION), empty=NO_RELEASE),
    ReportTable("beneficiaries", "people", QT_TRANSLATE_NOOP(
        "NationalReport", "Beneficiaries of the land handed over in the period, by sex and age"),
        (Column(QT_TRANSLATE_NOOP("NationalReport", "Beneficiaries"), TEXT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "People"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Records with the count"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Records without the count"), COUNT)),
        beneficiary_rows, total=False, empty=QT_TRANSLATE_NOOP(
            "NationalReport", "No beneficiaries were recorded in the reporting period.")),
    ReportTable("casualties", "people", QT_TRANSLATE_NOOP(
        "NationalReport", "Casualties of explosive ordnance accidents in the period, by sex "
                          "and age"),
        (Column(QT_TRANSLATE_NOOP("NationalReport", "Casualties"), TEXT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Killed"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Injured"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Killed: not recorded"), COUNT),
         Column(QT_TRANSLATE_NOOP("NationalReport", "Injured: not recorded"), COUNT)),
        casualty_rows, total=False, empty=QT_TRANSLATE_NOOP(
            "NationalReport", "No casualty was recorded in the reporting period.")),
)


def table_rows(table, data):
    """The rows of ``table`` for ``data``, with its total row if it has one."""
    rows = table.rows(data)
    if table.total and rows:
        total = [translate("NationalReport", "Total")]
        for index, column in enumerate(table.columns[1:], start=1):
            total.append(sum(row[index] or 0 for row in rows)
                         if column.kind in (COUNT, M2) else None)
        rows = rows + [total]
    return rows


def is_empty(table, rows):
    """Whether ``rows`` hold nothing to report (no row, or only zeros)."""
    return not any(value for row in rows for value, column in zip(row, table.columns)
                   if column.kind != TEXT)


def format_cell(value, kind, separator=","):
    """A cell's text: whole m² and counts with the language's thousands
    ``separator``; None (not applicable) as a dash."""
    if value is None:
        return NOT_APPLICABLE
    if kind == TEXT:
        return str(value)
    return format_number(value, separator)


def format_number(value, separator=","):
    return "{:,.0f}".format(round(value) + 0.0).replace(",", separator)


def reporting_period(year, as_of):
    """(start, end) of the report on ``year``: the calendar year, up to the
    as-of date; ValueError (translated) when the as-of date is before it."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if as_of < start:
        raise ValueError(translate(
            "NationalReport", "The as-of date {as_of} is before the reporting year {year} starts: "
                     "give an as-of date on or after {start}.").format(
                as_of=as_of.isoformat(), year=year, start=start.isoformat()))
    return start, min(end, as_of)
