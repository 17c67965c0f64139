"""The one place converting QGIS features to land release engine inputs and
engine results back to QGIS features.

Reading: hazards and activities come from any layer or Processing source
(``features.read_records``), their codes are turned into base codes
(``store.lookups``) so the engine only sees built-in meanings, and a bad
record raises a translated ``MineActionError`` naming the feature and the
field.

Confirmed parts: the engine keeps an SHA's confirmed land as part of the same
hazard. A mine action database stores it as IMSMA does: the SHA record keeps
its suspected part, and the confirmed part is re-registered as a CHA record
whose ID is the SHA's ID plus ``CONFIRMED_SUFFIX`` (EX-HA-0002 ->
EX-HA-0002-CHA). Reading merges such a pair back into one engine hazard (the
CHA record's land as ``confirmed_geometry``), and ``plan_update`` splits it
again, so the round trip is exact (see docs/land-release.md, "Database
update").

Writing: ``plan_update`` turns a result into the changes a database needs
(hazard geometry, area, class, status, date of information; new CHA records;
release history rows); ``apply_to_providers`` writes them straight to the data
providers (inside a transaction, see processing/update_database.py) and
``apply_to_edit_buffers`` through the layers' undoable edit buffers (the dock).
"""

import datetime
import uuid
from dataclasses import dataclass, field as dc_field

import shapely
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProject,
                       QgsVectorLayerUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import geodesy, schema
from ..core.i18n import translate
from ..core.errors import MineActionError
from ..core.land_release import Activity, Hazard, LedgerRow, release_land
from .features import WGS84, from_shapely, python_value as _plain, read_records
from .lookups import base_codes, stored_code, to_base
from .fields import fields_of

CONFIRMED_SUFFIX = "-CHA"
HAZARD_FIELDS = ("hazard_id", "hazard_class", "status", "date_of_information")
ACTIVITY_FIELDS = ("activity_id", "activity_type", "outcome", "end_date")
ACTIVITY_OPTIONAL = ("hazard_id", "organisation")
#: attributes a re-registered CHA record copies from its SHA record
COPIED_FIELDS = ("name", "contamination", "evidence", "survey_date", "organisation",
                 "region", "district", "locality", "land_use", "depth_cm")
#: what ``plan_update`` needs to read besides HAZARD_FIELDS
UPDATE_FIELDS = COPIED_FIELDS + ("original_area_m2",)

_EMPTY = shapely.Polygon()


# ------------------------------------------------------------------ reading
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


@dataclass
class HazardInputs:
    """Engine hazards plus how they map back to records."""

    hazards: list
    records: dict  # hazard_id -> HazardRecord
    family: dict  # record hazard_id -> engine hazard_id
    codes: dict

    def members(self, family_id):
        return [self.records[key] for key, value in sorted(self.family.items())
                if value == family_id]


def _name(attributes, key, fid):
    value = attributes.get(key)
    if value is None or str(value).strip() == "":
        return translate("LandRelease", "feature {fid}").format(fid=fid)
    return str(value)


def _require_fields(source, names, layer_name):
    present = set(source.fields().names())
    for name in names:
        if name not in present:
            raise MineActionError(translate(
                "LandRelease", "The layer {layer} has no field {field}.").format(
                    layer=layer_name, field=name), field=name)


def _base(codes, vocabulary_name, value, feature, field):
    if value is None or str(value).strip() == "":
        raise MineActionError(translate(
            "LandRelease", "{feature}: field {field} is empty.").format(
                feature=feature, field=field), feature=feature, field=field)
    known = codes.get(vocabulary_name, {})
    if value not in known:
        raise MineActionError(translate(
            "LandRelease", "{feature}: unknown code '{value}' in field {field} "
            "(expected one of {codes}).").format(
                feature=feature, value=value, field=field,
                codes=", ".join(sorted(known))), feature=feature, field=field)
    return to_base(codes, vocabulary_name, value)


def _source_name(source):
    name = getattr(source, "sourceName", None) or getattr(source, "name", None)
    return name() if callable(name) else str(source)


def read_hazard_records(source, codes, transform_context=None, feedback=None,
                        extra_fields=()):
    """HazardRecords of every feature of ``source`` (layer or feature source)."""
    _require_fields(source, HAZARD_FIELDS, _source_name(source))
    names = list(HAZARD_FIELDS) + [name for name in extra_fields
                                   if name in source.fields().names()]
    records = {}
    for fid, attributes, shape in read_records(source, names, transform_context, feedback):
        feature = _name(attributes, "hazard_id", fid)
        if attributes.get("hazard_id") in (None, ""):
            raise MineActionError(translate(
                "LandRelease", "{feature}: field {field} is empty.").format(
                    feature=feature, field="hazard_id"), feature=feature,
                field="hazard_id")
        hazard_id = str(attributes["hazard_id"])
        if hazard_id in records:
            raise MineActionError(translate(
                "LandRelease", "{feature}: the identifier is used twice.").format(
                    feature=hazard_id), feature=hazard_id, field="hazard_id")
        records[hazard_id] = HazardRecord(
            fid, hazard_id, attributes["hazard_class"], attributes["status"],
            _base(codes, "hazard_class", attributes["hazard_class"], feature,
                  "hazard_class"),
            _base(codes, "hazard_status", attributes["status"], feature, "status"),
            attributes["date_of_information"],
            shape if shape is not None else _EMPTY,
            {name: attributes.get(name) for name in extra_fields})
    return records


def _family_status(statuses):
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
    record (``<id>-CHA``) become one hazard whose confirmed part is the CHA
    record's land."""
    family = {}
    for hazard_id, record in records.items():
        parent = hazard_id[:-len(CONFIRMED_SUFFIX)] \
            if hazard_id.endswith(CONFIRMED_SUFFIX) else None
        if parent in records and record.base_class == "CHA" \
                and records[parent].base_class == "SHA":
            family[hazard_id] = parent
        else:
            family[hazard_id] = hazard_id
    hazards = []
    for hazard_id in sorted(set(family.values())):
        members = [records[key] for key, value in sorted(family.items())
                   if value == hazard_id]
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
            _family_status([record.base_status, confirmed.base_status]),
            None if confirmed.geometry.is_empty else confirmed.geometry))
    return HazardInputs(hazards, records, family, codes)


def read_hazards(source, codes=None, transform_context=None, feedback=None,
                 extra_fields=()):
    """``HazardInputs`` (engine hazards and their records) from ``source``;
    ``codes`` is ``store.lookups.base_codes(...)`` (built-in codes if None)."""
    codes = codes if codes is not None else base_codes(None)
    records = read_hazard_records(source, codes, transform_context, feedback,
                                  extra_fields)
    return hazard_inputs(records, codes)


def read_activities(source, codes=None, transform_context=None, feedback=None,
                    family=None, skip_ids=()):
    """(engine activities, {activity_id: stored outcome}) from ``source``.

    ``family`` maps a hazard record ID to its engine hazard (a link to a
    re-registered CHA record acts on its whole hazard); ``skip_ids`` are
    activities left out (already in the release history)."""
    codes = codes if codes is not None else base_codes(None)
    _require_fields(source, ACTIVITY_FIELDS, _source_name(source))
    present = source.fields().names()
    names = list(ACTIVITY_FIELDS) + [n for n in ACTIVITY_OPTIONAL if n in present]
    activities, outcomes = [], {}
    for fid, attributes, shape in read_records(source, names, transform_context, feedback):
        feature = _name(attributes, "activity_id", fid)
        activity_id = attributes.get("activity_id")
        if activity_id in (None, ""):
            raise MineActionError(translate(
                "LandRelease", "{feature}: field {field} is empty.").format(
                    feature=feature, field="activity_id"), feature=feature,
                field="activity_id")
        activity_id = str(activity_id)
        if activity_id in skip_ids:
            continue
        link = attributes.get("hazard_id") or None
        if link is not None and family is not None:
            link = family.get(link, link)
        activities.append(Activity(
            activity_id,
            _base(codes, "activity_type", attributes["activity_type"], feature,
                  "activity_type"),
            _base(codes, "release_outcome", attributes["outcome"], feature, "outcome"),
            attributes["end_date"], shape, link, attributes.get("organisation")))
        outcomes[activity_id] = attributes["outcome"]
    return activities, outcomes


def applied_activity_ids(history_layer):
    """IDs of activities that already have rows in a release history table."""
    ids = set()
    for feature in history_layer.getFeatures():
        value = feature["activity_id"]
        if value not in (None, "") and not (isinstance(value, QVariant) and value.isNull()):
            ids.add(str(value))
    return ids


# ------------------------------------------------------------ result outputs
def _fields(*specs):
    return fields_of(specs)


S, D, T = schema.STRING, schema.REAL, schema.DATE

REMAINING_FIELDS = (("hazard_id", S), ("hazard_class", S), ("status", S),
                    ("area_m2", D))
RELEASED_FIELDS = (("hazard_id", S), ("activity_id", S), ("activity_type", S),
                   ("outcome", S), ("release_date", T), ("from_class", S),
                   ("organisation", S), ("area_m2", D))
LEDGER_FIELDS = (("hazard_id", S), ("hazard_class", S), ("original_m2", D),
                 ("cancelled_m2", D), ("reduced_ta_m2", D), ("reduced_nta_m2", D),
                 ("cleared_m2", D), ("released_m2", D), ("confirmed_m2", D),
                 ("remaining_sha_m2", D), ("remaining_cha_m2", D),
                 ("remaining_m2", D), ("status_before", S), ("status", S))
HISTORY_FIELDS = (("hazard_id", S), ("activity_id", S), ("event_date", T),
                  ("event", S), ("outcome", S), ("area_m2", D), ("from_class", S),
                  ("to_class", S), ("from_status", S), ("to_status", S),
                  ("organisation", S))
QA_FIELDS = (("code", S), ("message", S), ("hazard_id", S), ("activity_id", S),
             ("related_id", S), ("area_m2", D))


def output_fields(kind):
    """QgsFields of an output: remaining, released, ledger, history or qa."""
    return _fields(*{"remaining": REMAINING_FIELDS, "released": RELEASED_FIELDS,
                     "ledger": LEDGER_FIELDS, "history": HISTORY_FIELDS,
                     "qa": QA_FIELDS}[kind])


def _qvalue(value):
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # a numpy scalar: Qt cannot store it as it is
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


def _feature(fields, values, shape=None):
    feature = QgsFeature(fields)
    feature.setAttributes([_qvalue(values.get(fields.at(i).name()))
                           for i in range(fields.count())])
    if shape is not None:
        geometry = from_shapely(shape)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    return feature


def remaining_features(result):
    fields = output_fields("remaining")
    return [_feature(fields, {"hazard_id": part.hazard_id,
                              "hazard_class": part.hazard_class,
                              "status": result.ledger[part.hazard_id].status,
                              "area_m2": part.area_m2}, part.geometry)
            for part in result.remaining]


def released_features(result):
    fields = output_fields("released")
    return [_feature(fields, {"hazard_id": part.hazard_id,
                              "activity_id": part.activity_id,
                              "activity_type": part.activity_type,
                              "outcome": part.outcome,
                              "release_date": part.release_date,
                              "from_class": part.from_class,
                              "organisation": part.organisation,
                              "area_m2": part.area_m2}, part.geometry)
            for part in result.released]


def ledger_features(result):
    fields = output_fields("ledger")
    features = []
    for hazard_id in sorted(result.ledger):
        row = result.ledger[hazard_id]
        values = dict(row.__dict__)
        values.update(released_m2=row.released_m2, remaining_m2=row.remaining_m2)
        features.append(_feature(fields, values))
    return features


def history_features(result):
    fields = output_fields("history")
    return [_feature(fields, event.as_record()) for event in result.history]


def qa_features(result):
    fields = output_fields("qa")
    return [_feature(fields, {"code": flag.code, "message": flag.message,
                              "hazard_id": flag.hazard_id,
                              "activity_id": flag.activity_id,
                              "related_id": flag.related_id,
                              "area_m2": flag.area_m2})
            for flag in result.flags]


# ------------------------------------------------------------ database update
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
    confirmed land goes to the ``<id>-CHA`` record (added when missing). A
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
            empty = land.is_empty or geodesy.area_m2(land) <= result.tolerance_m2
            # land re-registered in the other record: this one is closed
            base_status = "closed" if empty else status
            attributes = {
                "hazard_class": stored_code(codes, "hazard_class", klass_base,
                                            target.hazard_class if target else None),
                "status": stored_code(codes, "hazard_status", base_status,
                                      target.status if target else None),
                "date_of_information": day,
                "area_m2": geodesy.area_m2(land),
            }
            if target is not None and target.attributes.get("original_area_m2") is None:
                # first update of a record entered without it: its area until now
                attributes["original_area_m2"] = geodesy.area_m2(target.geometry)
            if new:
                attributes["original_area_m2"] = attributes["area_m2"]
                attributes["remarks"] = translate(
                    "LandRelease", "Confirmed part of {hazard}, re-registered from "
                    "the land release history on {date}.").format(
                        hazard=hazard_id, date=day.isoformat())
                for name in COPIED_FIELDS:
                    if record.attributes.get(name) is not None:
                        attributes[name] = record.attributes[name]
            return HazardChange(None if new else target.fid,
                                target.hazard_id if target else hazard_id + CONFIRMED_SUFFIX,
                                land, attributes)

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


def _layer_geometry(shape, layer, transform_context=None):
    transform = None
    if layer.crs().isValid() and layer.crs() != WGS84:
        context = transform_context or QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(WGS84, layer.crs(), context)
    geometry = from_shapely(shape, transform)
    if geometry.isNull():
        return QgsGeometry()
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geometry.convertToMultiType()
    return geometry


def _attribute_map(layer, values):
    fields = layer.fields()
    mapped = {}
    for name, value in values.items():
        index = fields.indexOf(name)
        if index >= 0:
            mapped[index] = _qvalue(value)
    return mapped


def _new_feature(layer, values, geometry=None):
    feature = QgsVectorLayerUtils.createFeature(layer)  # defaults: uuid, dates, user
    if feature.fields().indexOf("uuid") >= 0 and not feature["uuid"]:
        feature["uuid"] = str(uuid.uuid4())
    for name, value in values.items():
        if feature.fields().indexOf(name) >= 0:
            feature[name] = _qvalue(value)
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature


def _fail(layer, errors):
    raise MineActionError(translate(
        "LandRelease", "Cannot write to table {table}: {error}").format(
            table=layer.name(), error="; ".join(errors) or "?"))


def apply_to_providers(plan, hazards_layer, history_layer, transform_context=None):
    """Write ``plan`` through the data providers (call inside a transaction):
    hazards first, then the history rows."""
    provider = hazards_layer.dataProvider()
    new = []
    for change in plan.hazards:
        geometry = _layer_geometry(change.geometry, hazards_layer, transform_context)
        if change.fid is None:
            new.append(_new_feature(hazards_layer, dict(change.attributes,
                                                        hazard_id=change.hazard_id),
                                    geometry))
            continue
        if not provider.changeGeometryValues({change.fid: geometry}):
            _fail(hazards_layer, provider.errors())
        if not provider.changeAttributeValues(
                {change.fid: _attribute_map(hazards_layer, change.attributes)}):
            _fail(hazards_layer, provider.errors())
    if new and not provider.addFeatures(new)[0]:
        _fail(hazards_layer, provider.errors())
    rows = [_new_feature(history_layer, values) for values in plan.history]
    if rows:
        ok, _added = history_layer.dataProvider().addFeatures(rows)
        if not ok:
            _fail(history_layer, history_layer.dataProvider().errors())


def apply_to_edit_buffers(plan, hazards_layer, history_layer, activity_feature=None,
                          activities_layer=None, command_text=""):
    """Write ``plan`` (and a new activity feature) into the layers' edit
    buffers, one undo command per layer. Returns the layers edited."""
    edited = []
    layers = [hazards_layer, history_layer]
    if activity_feature is not None:
        layers.insert(0, activities_layer)
    for layer in layers:
        if not layer.isEditable() and not layer.startEditing():
            raise MineActionError(translate(
                "LandRelease", "Table {table} cannot be edited.").format(
                    table=layer.name()))
        layer.beginEditCommand(command_text)
        edited.append(layer)
    try:
        if activity_feature is not None:
            if not activities_layer.addFeature(activity_feature):
                _fail(activities_layer, [])
        for change in plan.hazards:
            geometry = _layer_geometry(change.geometry, hazards_layer)
            if change.fid is None:
                feature = _new_feature(hazards_layer, dict(change.attributes,
                                                           hazard_id=change.hazard_id),
                                       geometry)
                if not hazards_layer.addFeature(feature):
                    _fail(hazards_layer, [])
                continue
            hazards_layer.changeGeometry(change.fid, geometry)
            for index, value in _attribute_map(hazards_layer, change.attributes).items():
                hazards_layer.changeAttributeValue(change.fid, index, value)
        for values in plan.history:
            if not history_layer.addFeature(_new_feature(history_layer, values)):
                _fail(history_layer, [])
    except Exception:
        for layer in edited:
            layer.destroyEditCommand()
        raise
    for layer in edited:
        layer.endEditCommand()
    return edited


# ------------------------------------------------------------- one hazard (dock)
def preview_activity(inputs, family_id, activity, tolerance_m2=1.0):
    """The engine's replay of one new ``activity`` over hazard ``family_id``
    as it stands (already applied activities are in its land)."""
    hazards = [hazard for hazard in inputs.hazards if hazard.hazard_id == family_id]
    return release_land(hazards, [activity], tolerance_m2=tolerance_m2)


def _history_rows(history_layer, hazard_ids):
    rows = []
    for feature in history_layer.getFeatures():
        hazard_id = feature["hazard_id"]
        if hazard_id in hazard_ids:
            rows.append({name: _plain(feature[name]) for name in (
                "hazard_id", "activity_id", "event_date", "event", "outcome", "area_m2")})
    return rows


def stored_ledger(inputs, family_id, history_layer):
    """The hazard's account from the database: released land by outcome from
    its release history, remaining SHA/CHA from its records' land; the
    original area is their sum (what the hazard held before any release)."""
    members = inputs.members(family_id)
    record = inputs.records[family_id]
    row = LedgerRow(family_id, record.base_class)
    for event in _history_rows(history_layer, {m.hazard_id for m in members}):
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
    row.status = _family_status([m.base_status for m in members])
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


def hazard_timeline(inputs, family_id, activities_layer, history_layer):
    """Date-ordered activities of a hazard: those linked to it and those its
    release history names."""
    member_ids = {m.hazard_id for m in inputs.members(family_id)}
    history = _history_rows(history_layer, member_ids)
    areas = {}
    for event in history:
        if event["event"] in ("released", "confirmed") and event["activity_id"]:
            areas[event["activity_id"]] = areas.get(event["activity_id"], 0.0) + (
                event["area_m2"] or 0.0)
    applied = {event["activity_id"] for event in history if event["activity_id"]}
    entries = []
    for feature in activities_layer.getFeatures():
        activity_id = _plain(feature["activity_id"])
        link = _plain(feature["hazard_id"])
        if link not in member_ids and activity_id not in applied:
            continue
        entries.append(TimelineEntry(
            _plain(feature["end_date"]), activity_id, _plain(feature["activity_type"]),
            _plain(feature["outcome"]), _plain(feature["organisation"]),
            areas.get(activity_id, 0.0), activity_id in applied))
    entries.sort(key=lambda e: (str(e.end_date), e.activity_id or ""))
    return entries
