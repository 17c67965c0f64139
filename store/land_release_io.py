"""Land release records through QGIS: reading features into the inputs of
``core.land_release_plan`` and the engine, writing results and database
updates back.

Reading: hazards and activities come from any layer or Processing source
(``features.read_records``), their codes are turned into base codes
(``core.codes``) so the engine only sees built-in meanings, and a bad
record raises a translated ``InputError`` naming the feature and the field.

Writing: ``output_fields`` and the ``*_features`` functions give the
Processing outputs; ``apply_to_providers`` writes an ``UpdatePlan`` straight
to the data providers (inside a transaction, see
processing/update_database.py) and ``apply_to_edit_buffers`` through the
layers' undoable edit buffers (the dock).
"""

import shapely

from ..core import geodesy, land_release_plan as plan_rules, schema, vocabulary
from ..core.codes import to_base
from ..core.errors import DatabaseError, InputError, OutputError
from ..core.i18n import translate
from ..core.land_release import Activity
from ..core.land_release_plan import (COPIED_FIELDS, HISTORY_ROW_FIELDS, TIMELINE_FIELDS,
                                      HazardRecord)
from .features import (attribute_map, change_features, from_shapely, layer_feature,
                       layer_features, layer_geometry, new_feature, python_value,
                       read_records)
from .fields import fields_of
from .lookups import base_codes

HAZARD_FIELDS = ("hazard_id", "hazard_class", "status", "date_of_information")
#: read when the layer has it: the link of a re-registered confirmed part
PARENT_FIELD = "parent_hazard_id"
ACTIVITY_FIELDS = ("activity_id", "activity_type", "outcome", "end_date")
ACTIVITY_OPTIONAL = ("hazard_id", "organisation")
#: read when the layer has it: only approved activities release land
REVIEW_FIELD = "review_status"
#: what ``plan_update`` needs to read besides HAZARD_FIELDS
UPDATE_FIELDS = COPIED_FIELDS + ("original_area_m2",)

_EMPTY = shapely.Polygon()
#: hazards changed per provider call: a GeoPackage holds each geometry until
#: its versioned attributes follow (store/row_versions.py, at most
#: HELD_SECONDS), so a batch is kept well under that at any load
CHANGE_BATCH = 500


# ------------------------------------------------------------------ reading
def _name(attributes, key, fid):
    value = attributes.get(key)
    if value is None or str(value).strip() == "":
        return translate("LandRelease", "feature {fid}").format(fid=fid)
    return str(value)


def _require_fields(source, names, layer_name):
    present = set(source.fields().names())
    for name in names:
        if name not in present:
            raise InputError(translate(
                "LandRelease", "The layer {layer} has no field {field}.").format(
                    layer=layer_name, field=name), field=name)


def _base(codes, vocabulary_name, value, feature, field):
    if value is None or str(value).strip() == "":
        raise InputError(translate(
            "LandRelease", "{feature}: field {field} is empty.").format(
                feature=feature, field=field), feature=feature, field=field)
    known = codes.get(vocabulary_name, {})
    if value not in known:
        raise InputError(translate(
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
    present = source.fields().names()
    names = list(HAZARD_FIELDS) + [name for name in extra_fields + (PARENT_FIELD,)
                                   if name in present]
    records = {}
    for fid, attributes, shape in read_records(source, names, transform_context, feedback):
        feature = _name(attributes, "hazard_id", fid)
        if attributes.get("hazard_id") in (None, ""):
            raise InputError(translate(
                "LandRelease", "{feature}: field {field} is empty.").format(
                    feature=feature, field="hazard_id"), feature=feature,
                field="hazard_id")
        hazard_id = str(attributes["hazard_id"])
        if hazard_id in records:
            raise InputError(translate(
                "LandRelease", "{feature}: the identifier is used twice.").format(
                    feature=hazard_id), feature=hazard_id, field="hazard_id")
        if (shape is None or shape.is_empty) and _base(
                codes, "hazard_status", attributes["status"], feature, "status") != "closed":
            # it would count as 0 m² remaining: contamination silently lost
            raise InputError(translate(
                "LandRelease", "{feature}: the hazard has no geometry, so its land is "
                "unknown (only a closed hazard may have none). Give it its polygon "
                "(draw it, import it or compute it from its survey table).").format(
                    feature=hazard_id), feature=hazard_id, field="geometry")
        records[hazard_id] = HazardRecord(
            fid, hazard_id, attributes["hazard_class"], attributes["status"],
            _base(codes, "hazard_class", attributes["hazard_class"], feature,
                  "hazard_class"),
            _base(codes, "hazard_status", attributes["status"], feature, "status"),
            attributes["date_of_information"],
            shape if shape is not None else _EMPTY,
            {name: attributes.get(name) for name in extra_fields},
            attributes.get(PARENT_FIELD) or None)
    return records


def read_hazards(source, codes=None, transform_context=None, feedback=None,
                 extra_fields=()):
    """``HazardInputs`` (engine hazards and their records) from ``source``;
    ``codes`` is ``store.lookups.base_codes(...)`` (built-in codes if None)."""
    codes = codes if codes is not None else base_codes(None)
    records = read_hazard_records(source, codes, transform_context, feedback,
                                  extra_fields)
    return plan_rules.hazard_inputs(records, codes)


def is_approved(codes, value, feature):
    """Whether an activity's review status lets it release land: approved,
    or empty (a record from before the review existed, or from a source
    without the field). A submitted or returned one waits for the national
    centre (docs/postgis.md)."""
    if value is None or str(value).strip() == "":
        return True
    return _base(codes, "review_status", value, feature, REVIEW_FIELD) == vocabulary.APPROVED


def read_activities(source, codes=None, transform_context=None, feedback=None,
                    family=None, skip_ids=(), pending=None):
    """(engine activities, {activity_id: stored outcome}) from ``source``.

    ``family`` maps a hazard record ID to its engine hazard (a link to a
    re-registered CHA record acts on its whole hazard); ``skip_ids`` are
    activities left out (already in the release history). Only approved
    activities are read: the IDs of the others (submitted or returned,
    awaiting the national centre's review) are appended to ``pending``."""
    codes = codes if codes is not None else base_codes(None)
    _require_fields(source, ACTIVITY_FIELDS, _source_name(source))
    present = source.fields().names()
    names = list(ACTIVITY_FIELDS) + [n for n in ACTIVITY_OPTIONAL + (REVIEW_FIELD,)
                                     if n in present]
    activities, outcomes = [], {}
    for fid, attributes, shape in read_records(source, names, transform_context, feedback):
        feature = _name(attributes, "activity_id", fid)
        activity_id = attributes.get("activity_id")
        if activity_id in (None, ""):
            raise InputError(translate(
                "LandRelease", "{feature}: field {field} is empty.").format(
                    feature=feature, field="activity_id"), feature=feature,
                field="activity_id")
        activity_id = str(activity_id)
        if activity_id in skip_ids:
            continue
        if not is_approved(codes, attributes.get(REVIEW_FIELD), feature):
            if pending is not None:
                pending.append(activity_id)
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
        value = python_value(value)
        if value not in (None, ""):
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


def _output_feature(fields, values, shape=None):
    geometry = None
    if shape is not None:
        geometry = from_shapely(shape)
        geometry.convertToMultiType()
    return new_feature(fields, values, geometry)


def remaining_features(result):
    fields = output_fields("remaining")
    return [_output_feature(fields, {"hazard_id": part.hazard_id,
                              "hazard_class": part.hazard_class,
                              "status": result.ledger[part.hazard_id].status,
                              "area_m2": part.area_m2}, part.geometry)
            for part in result.remaining]


def released_features(result):
    fields = output_fields("released")
    return [_output_feature(fields, {"hazard_id": part.hazard_id,
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
        features.append(_output_feature(fields, values))
    return features


def history_features(result):
    fields = output_fields("history")
    return [_output_feature(fields, event.as_record()) for event in result.history]


def qa_features(result):
    fields = output_fields("qa")
    return [_output_feature(fields, {"code": flag.code, "message": flag.message,
                              "hazard_id": flag.hazard_id,
                              "activity_id": flag.activity_id,
                              "related_id": flag.related_id,
                              "area_m2": flag.area_m2})
            for flag in result.flags]


# ------------------------------------------------------------ database update
def _fail(layer, errors):
    raise OutputError(translate(
        "LandRelease", "Cannot write to table {table}: {error}").format(
            table=layer.name(), error="; ".join(errors) or "?"))


def apply_to_providers(plan, hazards_layer, history_layer, transform_context=None,
                       versions=None):
    """Write ``plan`` through the data providers (call inside a transaction):
    hazards first, then the history rows. A changed hazard is written as its
    version in ``versions`` ({fid: row version read}) + 1, the row version
    rule of both backends (store/row_versions.py)."""
    provider = hazards_layer.dataProvider()
    versions = versions or {}
    new, attributes, geometries = [], {}, {}
    for change in plan.hazards:
        geometry = layer_geometry(change.geometry, hazards_layer, transform_context)
        if change.fid is None:
            new.append((dict(change.attributes, hazard_id=change.hazard_id), geometry))
            continue
        values = dict(change.attributes)
        if change.fid in versions:
            values[schema.ROW_VERSION] = versions[change.fid] + 1
        attributes[change.fid] = attribute_map(hazards_layer.fields(), values)
        geometries[change.fid] = geometry
    fids = list(attributes)
    for start in range(0, len(fids), CHANGE_BATCH):
        batch = fids[start:start + CHANGE_BATCH]
        if not change_features(provider, {fid: attributes[fid] for fid in batch},
                               {fid: geometries[fid] for fid in batch}):
            _fail(hazards_layer, provider.errors())
    new = layer_features(hazards_layer, new)
    if new and not provider.addFeatures(new)[0]:
        _fail(hazards_layer, provider.errors())
    rows = layer_features(history_layer, [(values, None) for values in plan.history])
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
            raise DatabaseError(translate(
                "LandRelease", "Table {table} cannot be edited.").format(
                    table=layer.name()))
        layer.beginEditCommand(command_text)
        edited.append(layer)
    try:
        if activity_feature is not None:
            if not activities_layer.addFeature(activity_feature):
                _fail(activities_layer, [])
        for change in plan.hazards:
            geometry = layer_geometry(change.geometry, hazards_layer)
            if change.fid is None:
                feature = layer_feature(hazards_layer, dict(change.attributes,
                                                           hazard_id=change.hazard_id),
                                       geometry)
                if not hazards_layer.addFeature(feature):
                    _fail(hazards_layer, [])
                continue
            hazards_layer.changeGeometry(change.fid, geometry)
            for index, value in attribute_map(hazards_layer.fields(), change.attributes).items():
                hazards_layer.changeAttributeValue(change.fid, index, value)
        for feature in layer_features(history_layer, [(values, None) for values in plan.history]):
            if not history_layer.addFeature(feature):
                _fail(history_layer, [])
    except Exception:
        for layer in edited:
            layer.destroyEditCommand()
        raise
    for layer in edited:
        layer.endEditCommand()
    return edited


# ------------------------------------------------------------- one hazard (dock)
def _rows(layer, names):
    return [{name: python_value(feature[name]) for name in names}
            for feature in layer.getFeatures()]


def stored_ledger(inputs, family_id, history_layer):
    """``core.land_release_plan.stored_ledger`` from a release history layer."""
    return plan_rules.stored_ledger(inputs, family_id, _rows(history_layer, HISTORY_ROW_FIELDS))


def hazard_timeline(inputs, family_id, activities_layer, history_layer):
    """``core.land_release_plan.hazard_timeline`` from the database layers."""
    names = TIMELINE_FIELDS + tuple(
        name for name in (plan_rules.TIMELINE_REVIEW_FIELD,)
        if name in activities_layer.fields().names())
    return plan_rules.hazard_timeline(inputs, family_id,
                                      _rows(activities_layer, names),
                                      _rows(history_layer, HISTORY_ROW_FIELDS))


def next_activity_id(activities_layer, hazard_id):
    """A free activity ID for a new activity of ``hazard_id``."""
    return plan_rules.next_activity_id(
        hazard_id, (row["activity_id"] for row in _rows(activities_layer, ("activity_id",))))


def activity_feature(activities_layer, values, shape):
    """A new feature of the activities layer from stored values (a dict) and
    its lon/lat area (the layer's area_m2 is computed from it)."""
    values = dict(values, area_m2=geodesy.area_m2(shape))
    return layer_feature(activities_layer, values, layer_geometry(shape, activities_layer))
