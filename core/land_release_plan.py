"""The land release life of a hazard record, in plain Python.

Between the engine (``core.land_release``, which reasons about hazards) and a
mine action database (records, release history rows) sit a few rules, kept
here so that they are unit-tested without QGIS; ``store.land_release_io``
only reads and writes.

Confirmed parts: the engine keeps an SHA's confirmed land as part of the same
hazard. A mine action database stores it as IMSMA does: the SHA record keeps
its suspected part, and the confirmed part is re-registered as a CHA record
whose ``parent_hazard_id`` names the SHA (its ID is the SHA's ID plus
``CONFIRMED_SUFFIX``, EX-HA-0002 -> EX-HA-0002-CHA, made unique when a
record already has it). ``hazard_inputs`` merges such a pair back into one
engine hazard (the CHA record's land as ``confirmed_geometry``), and
``plan_update`` splits it again, so the round trip is exact (see
docs/land-release.md, "Database update"). The link is explicit: an ID that
merely ends in ``-CHA`` is an ordinary hazard.

``plan_update`` turns a result into the changes a database needs (hazard
geometry, area, class, status, date of information; new CHA records; release
history rows). ``stored_ledger`` and ``hazard_timeline`` give a hazard's
account and activities from its plain history and activity rows (the dock);
``next_activity_id`` proposes the ID of a new activity.
"""

from dataclasses import dataclass, field as dc_field

import shapely

from . import geodesy, vocabulary
from .codes import stored_code, to_base
from .i18n import translate
from .land_release import Hazard, LedgerRow, release_land

CONFIRMED_SUFFIX = "-CHA"
#: attributes a re-registered CHA record copies from its SHA record
COPIED_FIELDS = ("name", "contamination", "evidence", "survey_date", "organisation",
                 "region", "district", "locality", "land_use", "depth_cm")
#: release history fields ``stored_ledger`` and ``hazard_timeline`` read
HISTORY_ROW_FIELDS = ("hazard_id", "activity_id", "event_date", "event", "outcome", "area_m2")
#: activity fields ``hazard_timeline`` reads
TIMELINE_FIELDS = ("activity_id", "hazard_id", "end_date", "activity_type", "outcome",
                   "organisation")
#: read too when the table has it (a database from before the review lacks it)
TIMELINE_REVIEW_FIELD = "review_status"

_EMPTY = shapely.Polygon()


@dataclass
class HazardRecord:
    """One feature of a hazards layer, with stored and base codes."""

    fid: int
    hazard_id: str
    hazard_class: str  # as stored
    status: str  # as stored
    base_class: str
    base_status: str
    date_of_information: object
    geometry: object  # lon/lat, empty when the feature has none
    attributes: dict = dc_field(default_factory=dict)
    parent_hazard_id: str = None  # the SHA this CHA record is the confirmed part of


@dataclass
class HazardInputs:
    """Engine hazards plus how they map back to records."""

    hazards: list
    records: dict  # hazard_id -> HazardRecord
    family: dict  # record hazard_id -> engine hazard_id
    codes: dict
    grouped: dict  # engine hazard_id -> its records (members_by_family)

    def members(self, family_id):
        """The records of an engine hazard, by record ID (grouped once: a
        scan of every record per hazard made a national update quadratic)."""
        return list(self.grouped.get(family_id, ()))


def members_by_family(records, family):
    """{engine hazard ID: its records, by record ID}."""
    grouped = {}
    for key, value in sorted(family.items()):
        grouped.setdefault(value, []).append(records[key])
    return grouped


def families(records):
    """{record hazard_id: engine hazard_id}: an SHA record and the CHA record
    whose ``parent_hazard_id`` names it are one engine hazard, named by the
    SHA; every other record is its own hazard (a second CHA record naming the
    same SHA, or a link to a missing or non-SHA record, stands alone)."""
    family, claimed = {}, set()
    for hazard_id in sorted(records):
        record = records[hazard_id]
        parent = record.parent_hazard_id
        if parent in records and parent != hazard_id and record.base_class == "CHA" \
                and records[parent].base_class == "SHA" and parent not in claimed:
            family[hazard_id] = parent
            claimed.add(parent)
        else:
            family[hazard_id] = hazard_id
    return family


def confirmed_part_id(hazard_id, existing_ids):
    """The ID of a new record for the confirmed part of ``hazard_id``:
    ``<id>-CHA``, or ``<id>-CHA-2``... when a record already has it."""
    candidate = hazard_id + CONFIRMED_SUFFIX
    number = 2
    while candidate in existing_ids:
        candidate = "{}{}-{}".format(hazard_id, CONFIRMED_SUFFIX, number)
        number += 1
    return candidate


def family_status(statuses):
    """The status of a hazard whose records have ``statuses`` (base codes)."""
    if all(status == "closed" for status in statuses):
        return "closed"
    if all(status == "open" for status in statuses):
        return "open"
    return "worked_on"


def _later(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda d: d.isoformat() if hasattr(d, "isoformat") else str(d))


def hazard_inputs(records, codes):
    """Engine hazards from records: an SHA record and its re-registered CHA
    record (linked by ``parent_hazard_id``) become one hazard whose confirmed part is the CHA
    record's land (``families``)."""
    family = families(records)
    grouped = members_by_family(records, family)
    hazards = []
    for hazard_id in sorted(grouped):
        members = grouped[hazard_id]
        record = records[hazard_id]
        if len(members) == 1:
            hazards.append(Hazard(hazard_id, record.geometry, record.base_class,
                                  record.date_of_information, record.base_status))
            continue
        confirmed = members[1] if members[0] is record else members[0]
        day = _later(record.date_of_information, confirmed.date_of_information)
        land = shapely.union(record.geometry, confirmed.geometry)
        hazards.append(Hazard(
            hazard_id, land, "SHA", day,
            family_status([record.base_status, confirmed.base_status]),
            None if confirmed.geometry.is_empty else confirmed.geometry))
    return HazardInputs(hazards, records, family, codes, grouped)


@dataclass
class HazardChange:
    """A hazard record to update (``fid``) or add (``fid`` None)."""

    fid: object
    hazard_id: str
    geometry: object  # lon/lat
    attributes: dict


@dataclass
class UpdatePlan:
    hazards: list  # HazardChange
    history: list  # dicts of RELEASE_HISTORY values
    result: object
    #: {fid: (row version, hazard ID)} of the records ``hazards`` changes, as
    #: read before the plan was made (store.land_release_update checks them)
    read_versions: dict = dc_field(default_factory=dict)

    def is_empty(self):
        return not self.hazards and not self.history


def _last_change(result):
    days = {}
    for event in result.history:
        day = days.get(event.hazard_id)
        if day is None or event.event_date > day:
            days[event.hazard_id] = event.event_date
    return days


def plan_update(inputs, result, outcomes=None):
    """The database changes for ``result`` (computed from ``inputs``).

    Only hazards the result changed are touched, so an empty replay plans
    nothing. An SHA's remaining suspected land stays in its record; its
    confirmed land goes to its linked CHA record (added when missing, with
    ``parent_hazard_id`` set; see ``confirmed_part_id``). A
    record whose land is gone is ``closed``; the others take the hazard's
    status. Codes are written as the programme stores them."""
    codes, outcomes = inputs.codes, outcomes or {}
    changed = _last_change(result)
    after = {hazard.hazard_id: hazard for hazard in result.as_hazards()}
    remaining = {}
    for part in result.remaining:
        remaining.setdefault(part.hazard_id, {})[part.hazard_class] = part.geometry
    changes = []
    for hazard_id in sorted(changed):
        parts = remaining.get(hazard_id, {})
        sha, cha = parts.get("SHA", _EMPTY), parts.get("CHA", _EMPTY)
        status = result.ledger[hazard_id].status
        record = inputs.records[hazard_id]
        day = after[hazard_id].date_of_information
        members = inputs.members(hazard_id)

        def change(target, land, klass_base, new=False):
            area = geodesy.area_m2(land)
            empty = land.is_empty or area <= result.tolerance_m2
            # land re-registered in the other record: this one is closed
            base_status = "closed" if empty else status
            attributes = {
                "hazard_class": stored_code(codes, "hazard_class", klass_base,
                                            target.hazard_class if target else None),
                "status": stored_code(codes, "hazard_status", base_status,
                                      target.status if target else None),
                "date_of_information": day,
                "area_m2": area,
            }
            if target is not None and target.attributes.get("original_area_m2") is None:
                # first update of a record entered without it: its area until now
                attributes["original_area_m2"] = geodesy.area_m2(target.geometry)
            if new:
                attributes["original_area_m2"] = attributes["area_m2"]
                attributes["parent_hazard_id"] = hazard_id
                attributes["remarks"] = translate(
                    "LandRelease", "Confirmed part of {hazard}, re-registered from "
                    "the land release history on {date}.").format(
                        hazard=hazard_id, date=day.isoformat())
                for name in COPIED_FIELDS:
                    if record.attributes.get(name) is not None:
                        attributes[name] = record.attributes[name]
            return HazardChange(None if new else target.fid,
                                target.hazard_id if target else
                                confirmed_part_id(hazard_id, inputs.records), land, attributes)

        if record.base_class == "CHA":
            changes.append(change(record, polygonal_union(sha, cha), "CHA"))
            continue
        changes.append(change(record, sha, "SHA"))
        confirmed = [m for m in members if m is not record]
        if confirmed:
            changes.append(change(confirmed[0], cha, "CHA"))
        elif not cha.is_empty:
            changes.append(change(None, cha, "CHA", new=True))
    history = []
    for event in result.history:
        values = event.as_record()
        record = inputs.records.get(event.hazard_id)
        for key in ("from_class", "to_class"):
            if values[key] is not None:
                values[key] = stored_code(codes, "hazard_class", values[key],
                                          record.hazard_class if record else None)
        for key in ("from_status", "to_status"):
            if values[key] is not None:
                values[key] = stored_code(codes, "hazard_status", values[key],
                                          record.status if record else None)
        if values["outcome"] is not None:
            values["outcome"] = stored_code(codes, "release_outcome", values["outcome"],
                                            outcomes.get(event.activity_id))
        history.append(values)
    return UpdatePlan(changes, history, result)


def polygonal_union(a, b):
    if a.is_empty:
        return b
    if b.is_empty:
        return a
    return shapely.union(a, b)




# ------------------------------------------------------------- one hazard (dock)
def preview_activity(inputs, family_id, activity, tolerance_m2=1.0):
    """The engine's replay of one new ``activity`` over hazard ``family_id``
    as it stands (already applied activities are in its land)."""
    hazards = [hazard for hazard in inputs.hazards if hazard.hazard_id == family_id]
    return release_land(hazards, [activity], tolerance_m2=tolerance_m2)


def stored_ledger(inputs, family_id, history_rows):
    """The hazard's account from the database: released land by outcome from
    its release history rows (dicts of ``HISTORY_ROW_FIELDS``), remaining
    SHA/CHA from its records' land; the original area is their sum (what the
    hazard held before any release)."""
    members = inputs.members(family_id)
    member_ids = {m.hazard_id for m in members}
    record = inputs.records[family_id]
    row = LedgerRow(family_id, record.base_class)
    for event in history_rows:
        if event["hazard_id"] not in member_ids:
            continue
        outcome = to_base(inputs.codes, "release_outcome", event["outcome"])
        area = event["area_m2"] or 0.0
        if event["event"] == "released" and outcome in (
                "cancelled", "reduced_ta", "reduced_nta", "cleared"):
            setattr(row, outcome + "_m2", getattr(row, outcome + "_m2") + area)
        elif event["event"] == "confirmed":
            row.confirmed_m2 += area
    for member in members:
        area = geodesy.area_m2(member.geometry)
        if member.base_class == "CHA":
            row.remaining_cha_m2 += area
        else:
            row.remaining_sha_m2 += area
    row.original_m2 = row.released_m2 + row.remaining_m2
    row.status = family_status([m.base_status for m in members])
    return row


@dataclass
class TimelineEntry:
    end_date: object
    activity_id: str
    activity_type: str  # as stored
    outcome: str  # as stored
    organisation: str
    area_m2: float  # released or confirmed by it in this hazard (history)
    applied: bool
    review_status: str = None  # as stored; None: from before the review existed

    def pending(self, codes):
        """Whether it awaits the national centre's review (submitted or
        returned): it releases no land until approved."""
        return self.review_status not in (None, "") and to_base(
            codes, "review_status", self.review_status) != vocabulary.APPROVED


def hazard_timeline(inputs, family_id, activity_rows, history_rows):
    """Date-ordered activities of a hazard (rows: dicts of ``TIMELINE_FIELDS``
    and ``HISTORY_ROW_FIELDS``): those linked to it and those its release
    history names."""
    member_ids = {m.hazard_id for m in inputs.members(family_id)}
    history = [event for event in history_rows if event["hazard_id"] in member_ids]
    areas = {}
    for event in history:
        if event["event"] in ("released", "confirmed") and event["activity_id"]:
            areas[event["activity_id"]] = areas.get(event["activity_id"], 0.0) + (
                event["area_m2"] or 0.0)
    applied = {event["activity_id"] for event in history if event["activity_id"]}
    entries = []
    for row in activity_rows:
        activity_id = row["activity_id"]
        if row["hazard_id"] not in member_ids and activity_id not in applied:
            continue
        entries.append(TimelineEntry(
            row["end_date"], activity_id, row["activity_type"], row["outcome"],
            row["organisation"], areas.get(activity_id, 0.0), activity_id in applied,
            row.get(TIMELINE_REVIEW_FIELD)))
    entries.sort(key=lambda e: (str(e.end_date), e.activity_id or ""))
    return entries


def next_activity_id(hazard_id, existing_ids):
    """The first free ``<hazard>-LR-nn`` among ``existing_ids``."""
    existing = set(existing_ids)
    number = 1
    while "{}-LR-{:02d}".format(hazard_id, number) in existing:
        number += 1
    return "{}-LR-{:02d}".format(hazard_id, number)
