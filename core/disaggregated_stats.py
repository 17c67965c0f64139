"""People in the statistics: beneficiaries, team composition and casualties
by sex and age (and disability), per period and group.

Each table is long: one row per period, group and category, with

* ``people``: the sum of the count over the records that recorded it;
* ``recorded``: how many records gave the count (zero included);
* ``not_recorded``: how many left it empty.

A count not recorded (NULL) is never read as zero: 12 women over 3
activities of which 2 recorded women is ``people`` 12, ``recorded`` 2,
``not_recorded`` 1, and a statistician decides how to read the gap.

Records (``Count``) are what the database holds: the land release
activities that released land (their beneficiaries, dated by the handover,
else the end of the activity), every activity (its team, dated by its end)
and the accidents (their killed and injured, dated by the accident). Only
approved records count, as in land release. Groups: the organisation of the
record, and the region, district, contamination and class of the hazard it
names (empty when it names none).
"""

from dataclasses import dataclass, field as dc_field

from . import schema

#: beneficiary categories, in report order (persons with disabilities are
#: also counted in the four groups of sex and age)
BENEFICIARY_CATEGORIES = ("women", "girls", "boys", "men", "persons_with_disabilities")
TEAM_CATEGORIES = ("women", "men")
CASUALTY_OUTCOMES = ("killed", "injured")
CASUALTY_CATEGORIES = schema.CASUALTY_GROUPS

#: table -> (category columns before the counts, the count columns)
PEOPLE_TABLES = {
    "beneficiaries": (("category",), ("people", "recorded", "not_recorded")),
    "team": (("category",), ("people", "recorded", "not_recorded")),
    "casualties": (("outcome", "category"), ("people", "recorded", "not_recorded")),
}
INTEGER_COLUMNS = ("people", "recorded", "not_recorded")

#: data model field of each (table, category) count
_BENEFICIARY_FIELD = dict(zip(BENEFICIARY_CATEGORIES, schema.BENEFICIARY_FIELDS))
_TEAM_FIELD = dict(zip(TEAM_CATEGORIES, schema.TEAM_FIELDS))


@dataclass(frozen=True)
class Count:
    """One record's counts: its day, group values and {field: count or None}."""

    day: object  # datetime.date, or None (then it is in no period)
    groups: dict = dc_field(default_factory=dict)
    counts: dict = dc_field(default_factory=dict)


def _categories(table):
    """[(category values, data model field)] of a table, in report order."""
    if table == "beneficiaries":
        return [((c,), _BENEFICIARY_FIELD[c]) for c in BENEFICIARY_CATEGORIES]
    if table == "team":
        return [((c,), _TEAM_FIELD[c]) for c in TEAM_CATEGORIES]
    return [((o, c), "{}_{}".format(o, c)) for o in CASUALTY_OUTCOMES
            for c in CASUALTY_CATEGORIES]


def _sort_key(key):
    return tuple("" if value is None else str(value) for value in key)


def people_table(table, records, period_list, group_by=()):
    """The rows of ``table`` (PEOPLE_TABLES) over ``records`` (Counts): every
    period x group seen x category, so that a missing row never hides a zero."""
    categories = _categories(table)
    keys = {tuple(record.groups.get(name) for name in group_by) for record in records}
    cells = {}
    for record in records:
        if record.day is None:
            continue
        key = tuple(record.groups.get(name) for name in group_by)
        for period in period_list:
            if not period.start <= record.day <= period.end:
                continue
            for values, name in categories:
                cell = cells.setdefault((period.label, key, values), [0, 0, 0])
                value = record.counts.get(name)
                if value is None:
                    cell[2] += 1
                else:
                    cell[0] += int(value)
                    cell[1] += 1
    names = PEOPLE_TABLES[table][0]
    rows = []
    for period in period_list:
        for key in sorted(keys, key=_sort_key):
            for values, _name in categories:
                people, recorded, missing = cells.get((period.label, key, values), (0, 0, 0))
                row = {"period": period.label, "period_start": period.start,
                       "period_end": period.end}
                row.update(zip(group_by, key))
                row.update(zip(names, values))
                row.update(people=people, recorded=recorded, not_recorded=missing)
                rows.append(row)
    return rows


def people_statistics(beneficiaries, teams, casualties, period_list, group_by=()):
    """{table: rows} of the three tables, from their Counts."""
    return {"beneficiaries": people_table("beneficiaries", beneficiaries, period_list,
                                          group_by),
            "team": people_table("team", teams, period_list, group_by),
            "casualties": people_table("casualties", casualties, period_list, group_by)}
