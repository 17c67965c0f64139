"""Land release statistics per period and group, from the engine's counting.

Nothing here measures land. Released and confirmed areas are the engine's
release history events (stored rows plus the replay of activities not yet
applied); a hazard's land at the end is the engine's remaining land. The
land a hazard held on any earlier day follows from those alone: its land at
the end plus every release after that day (a confirmation after it moves the
area back from CHA to SHA). So every m² is counted once, by the method that
released it first, and the consistency row holds by construction:

    remaining at start - released + newly recorded + reclassified = remaining at end

(``reclassified`` is SHA land confirmed as CHA: it moves between the rows of
a grouping by hazard class and sums to zero over both.)

A hazard counts from the day it was recorded (``recorded_day``: its survey
date, never after its first event). Groups: a hazard's region, district,
organisation, contamination and class. Released land is grouped by the
organisation of the activity that released it and by the class it left;
remaining land and the consistency rows by the hazard's reporting
organisation and the class it holds, so that they balance.

Tables (``STATISTICS_TABLES``) are plain lists of dicts, one key per column,
read by the Processing algorithm (layers, XLSX workbook) and later by the
treaty report.
"""

import datetime
from dataclasses import dataclass, field as dc_field

from .disaggregated_stats import INTEGER_COLUMNS as PEOPLE_INTEGERS, PEOPLE_TABLES
from .i18n import translate

GROUPS = ("region", "district", "organisation", "contamination", "hazard_class")
SPLITS = ("year", "quarter", "month", "whole")
RELEASING = ("cancelled", "reduced_ta", "reduced_nta", "cleared")
CLASSES = ("SHA", "CHA")

_PERIOD = ("period", "period_start", "period_end")
_COUNTS = ("sha_count", "sha_m2", "cha_count", "cha_m2", "remaining_count", "remaining_m2")
#: table name -> (columns before the groups, columns after them)
STATISTICS_TABLES = {
    "released": (_PERIOD, tuple(o + "_m2" for o in RELEASING) + ("released_m2",)),
    "remaining": (_PERIOD, _COUNTS),
    "remaining_as_of": (("as_of",), _COUNTS),
    "eo": (_PERIOD, ("eo_category", "found", "destroyed")),
    "consistency": (_PERIOD, ("remaining_start_m2", "released_m2", "recorded_m2",
                              "reclassified_m2", "remaining_end_m2", "difference_m2")),
}
# the people tables (core.disaggregated_stats): their categories and counts
STATISTICS_TABLES.update({name: (_PERIOD, categories + counts)
                          for name, (categories, counts) in PEOPLE_TABLES.items()})
#: columns holding dates or whole numbers (the others after the groups are m²)
DATE_COLUMNS = ("period_start", "period_end", "as_of")
INTEGER_COLUMNS = ("sha_count", "cha_count", "remaining_count", "found",
                   "destroyed") + PEOPLE_INTEGERS


def table_columns(table, group_by):
    """Every column of ``table`` for a grouping (a subset of GROUPS)."""
    before, after = STATISTICS_TABLES[table]
    return before + tuple(group_by) + after


# ---------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class HazardAccount:
    """One engine hazard (an SHA and its re-registered CHA are one)."""

    hazard_id: str
    recorded: datetime.date
    remaining_sha_m2: float  # the engine's land after every event
    remaining_cha_m2: float
    attributes: dict = dc_field(default_factory=dict)  # region, district, ...


@dataclass(frozen=True)
class ReleaseEvent:
    """A ``released`` or ``confirmed`` release history event (base codes)."""

    hazard_id: str
    event_date: datetime.date
    event: str
    outcome: str
    from_class: str
    area_m2: float
    organisation: str = None


@dataclass(frozen=True)
class Find:
    """An EO find: its quantity, and whether it was destroyed."""

    hazard_id: str  # engine hazard, or None
    find_date: datetime.date
    eo_category: str
    quantity: int
    destroyed: bool
    organisation: str = None  # of its activity, if any
    hazard_class: str = None  # of the record it names


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime.date
    end: datetime.date


# --------------------------------------------------------------------- periods
def _month_start(year, month):
    return datetime.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def periods(start, end, split="year"):
    """The periods from ``start`` to ``end`` (both included), cut at calendar
    years, quarters or months (the first and last may be partial), or one
    period for ``whole``."""
    if start is None or end is None or end < start:
        raise ValueError(translate(
            "Statistics", "The reporting period must end on or after the day it starts."))
    if split not in SPLITS:
        raise ValueError(split)
    if split == "whole":
        return [Period("{}/{}".format(start.isoformat(), end.isoformat()), start, end)]
    months = {"year": 12, "quarter": 3, "month": 1}[split]
    out = []
    first = start.month - (start.month - 1) % months
    cursor = datetime.date(start.year, first, 1)
    while cursor <= end:
        following = _month_start(cursor.year, cursor.month + months)
        if split == "year":
            label = str(cursor.year)
        elif split == "quarter":
            label = "{}-Q{}".format(cursor.year, (cursor.month - 1) // 3 + 1)
        else:
            label = "{}-{:02d}".format(cursor.year, cursor.month)
        out.append(Period(label, max(cursor, start),
                          min(following - datetime.timedelta(days=1), end)))
        cursor = following
    return out


# ------------------------------------------------------------------ accounting
def recorded_day(survey_day, first_event_day, information_day=None):
    """The day a hazard counts from: its survey date (no later than its first
    event); without one, its first event, else its date of information. The
    date of information alone is not enough once the hazard has events: an
    update moves it to the hazard's last change."""
    if survey_day is not None:
        return min(survey_day, first_event_day or survey_day)
    return first_event_day or information_day or datetime.date.min


def _key(values, group_by):
    return tuple(values.get(name) for name in group_by)


def _sort_key(key):
    return tuple("" if value is None else str(value) for value in key)


class Statistics:
    """The statistics tables (``tables``: name -> list of row dicts)."""

    def __init__(self, accounts, events, finds, period_list, as_of, group_by=(),
                 tolerance_m2=1.0):
        unknown = [name for name in group_by if name not in GROUPS]
        if unknown:
            raise ValueError(unknown)
        self.group_by = tuple(group_by)
        self.periods = list(period_list)
        self.as_of = as_of
        self.tolerance_m2 = tolerance_m2
        by_hazard = {}
        for event in events:
            if event.event in ("released", "confirmed"):
                by_hazard.setdefault(event.hazard_id, []).append(event)
        self._accounts = {a.hazard_id: a for a in accounts}
        self._events = [e for e in events if e.event in ("released", "confirmed")]
        self._day_periods = {}
        # each hazard's group key per class row (None: classes not split)
        self._keys = [{klass: self._hazard_keys(account, klass) for klass in self._classes()}
                      for account in accounts]
        self._groups = {key for keys in self._keys for key in keys.values()}
        # the groups in row order; each hazard's for its SHA and for its CHA land
        self._group_keys = sorted(self._groups, key=_sort_key)
        number = {key: k for k, key in enumerate(self._group_keys)}
        by_class = "hazard_class" in self.group_by
        from .hazard_land import HazardLand  # numpy: not at the plugin's start-up
        self._lands = HazardLand(accounts, by_hazard, [
            (number[keys["SHA" if by_class else None]], number[keys["CHA" if by_class else None]])
            for keys in self._keys], len(self._group_keys))
        self.tables = {
            "released": self._released(),
            "remaining": self._remaining_per_period(),
            "remaining_as_of": self._remaining_as_of(),
            "eo": self._eo(list(finds)),
            "consistency": self._consistency(),
        }

    # groups ---------------------------------------------------------------
    def _hazard_keys(self, account, klass):
        values = dict(account.attributes, hazard_class=klass)
        return _key(values, self.group_by)

    def _classes(self):
        """The classes a row stands for: each on its own when grouped by class."""
        return CLASSES if "hazard_class" in self.group_by else (None,)

    def _hazard_groups(self):
        return set(self._groups)

    def _period_row(self, period, key):
        row = {"period": period.label, "period_start": period.start,
               "period_end": period.end}
        row.update(zip(self.group_by, key))
        return row

    def _periods_of(self, day):
        """The periods that hold ``day`` (remembered: events share their days)."""
        found = self._day_periods.get(day)
        if found is None:
            found = self._day_periods[day] = [
                period for period in self.periods if period.start <= day <= period.end]
        return found

    # tables ---------------------------------------------------------------
    def _released(self):
        sums = {}
        keys = self._hazard_groups()
        for event in self._events:
            if event.event != "released" or event.outcome not in RELEASING:
                continue
            account = self._accounts[event.hazard_id]
            values = dict(account.attributes, hazard_class=event.from_class)
            if event.organisation:
                values["organisation"] = event.organisation
            key = _key(values, self.group_by)
            keys.add(key)
            for period in self._periods_of(event.event_date):
                cell = sums.setdefault((period.label, key), dict.fromkeys(RELEASING, 0.0))
                cell[event.outcome] += event.area_m2
        rows = []
        for period in self.periods:
            for key in sorted(keys, key=_sort_key):
                cell = sums.get((period.label, key), dict.fromkeys(RELEASING, 0.0))
                row = self._period_row(period, key)
                row.update({o + "_m2": cell[o] for o in RELEASING})
                row["released_m2"] = sum(cell.values())
                rows.append(row)
        return rows

    def _land_at(self, day):
        """{group key: [sha count, sha m², cha count, cha m²]} at the end of ``day``."""
        return dict(zip(self._group_keys, self._lands.held(day, self.tolerance_m2)))

    @staticmethod
    def _count_columns(cell):
        return {"sha_count": cell[0], "sha_m2": cell[1], "cha_count": cell[2],
                "cha_m2": cell[3], "remaining_count": cell[0] + cell[2],
                "remaining_m2": cell[1] + cell[3]}

    def _remaining_per_period(self):
        rows = []
        for period in self.periods:
            for key, cell in sorted(self._land_at(period.end).items(),
                                    key=lambda item: _sort_key(item[0])):
                row = self._period_row(period, key)
                row.update(self._count_columns(cell))
                rows.append(row)
        return rows

    def _remaining_as_of(self):
        rows = []
        for key, cell in sorted(self._land_at(self.as_of).items(),
                                key=lambda item: _sort_key(item[0])):
            row = {"as_of": self.as_of}
            row.update(zip(self.group_by, key))
            row.update(self._count_columns(cell))
            rows.append(row)
        return rows

    def _eo(self, finds):
        sums = {}
        for find in finds:
            account = self._accounts.get(find.hazard_id)
            values = dict(account.attributes) if account else {}
            if find.organisation:
                values["organisation"] = find.organisation
            values["hazard_class"] = find.hazard_class
            key = _key(values, self.group_by)
            for period in (self._periods_of(find.find_date) if find.find_date is not None
                           else ()):
                cell = sums.setdefault((period.label, key, find.eo_category), [0, 0])
                cell[0] += find.quantity or 0
                cell[1] += (find.quantity or 0) if find.destroyed else 0
        rows = []
        for period in self.periods:
            for (label, key, category), (found, destroyed) in sorted(
                    sums.items(), key=lambda item: (_sort_key(item[0][1]),
                                                    str(item[0][2] or ""))):
                if label != period.label:
                    continue
                row = self._period_row(period, key)
                row.update(eo_category=category, found=found, destroyed=destroyed)
                rows.append(row)
        return rows

    def _consistency(self):
        """Per period and group: land at the day before the start, released,
        newly recorded and reclassified in the period, land at the end."""
        rows = []
        for period in self.periods:
            cells = dict(zip(self._group_keys, self._lands.balance(
                period.start, period.end, moves="hazard_class" in self.group_by)))
            for key in sorted(cells, key=_sort_key):
                start, released, recorded, moved, end = cells[key]
                row = self._period_row(period, key)
                row.update(remaining_start_m2=start, released_m2=released,
                           recorded_m2=recorded, reclassified_m2=moved,
                           remaining_end_m2=end,
                           difference_m2=start - released + recorded + moved - end)
                rows.append(row)
        return rows


def land_release_statistics(accounts, events, finds, period_list, as_of, group_by=(),
                            tolerance_m2=1.0):
    """The statistics tables: {name: [row dicts]} (see STATISTICS_TABLES)."""
    return Statistics(accounts, events, finds, period_list, as_of, group_by,
                      tolerance_m2).tables


# ------------------------------------------------------------ from the engine
def release_events(history_records):
    """ReleaseEvents from release history records (dicts of its fields, base
    codes; the engine's ``HistoryEvent.as_record()`` or stored rows)."""
    out = []
    for row in history_records:
        if row["event"] not in ("released", "confirmed"):
            continue
        out.append(ReleaseEvent(row["hazard_id"], row["event_date"], row["event"],
                                row.get("outcome"), row.get("from_class"),
                                row.get("area_m2") or 0.0, row.get("organisation")))
    return out


def hazard_accounts(ledger, events, attributes=None, survey_days=None,
                    information_days=None):
    """HazardAccounts from the engine's ``ledger`` (its remaining SHA/CHA
    land), the ReleaseEvents and, per hazard, its group ``attributes``, its
    survey date and its date of information (``recorded_day``)."""
    attributes, survey_days = attributes or {}, survey_days or {}
    information_days = information_days or {}
    first = {}
    for event in events:
        day = first.get(event.hazard_id)
        if day is None or event.event_date < day:
            first[event.hazard_id] = event.event_date
    return [HazardAccount(hazard_id, recorded_day(survey_days.get(hazard_id),
                                                  first.get(hazard_id),
                                                  information_days.get(hazard_id)),
                          row.remaining_sha_m2, row.remaining_cha_m2,
                          dict(attributes.get(hazard_id, {})))
            for hazard_id, row in sorted(ledger.items())]
