"""Submit a field copy: what the copy added or changed goes back into the
database it was made from, matched by ``uuid`` (docs/field-copy.md).

Every record of the copy is compared with its base (``store.field_copy``):
unchanged in the copy, nothing to do; changed in the copy only, updated;
changed in the database too since the copy was made, a conflict, reported
field by field with both values and not applied; added in the copy,
inserted. A record the database already holds with the copy's values (a
second submission) is left alone, so submitting twice changes nothing. A
record deleted in the copy is reported and kept: a field copy never deletes
from the national database. Every written record first passes the checks of
*Import records* (``store.importer.RowChecker``); one that fails is rejected,
named with its field, and the others go in. All writes are one transaction.
"""

from dataclasses import dataclass, field as dataclass_field

from qgis.core import QgsGeometry

from ..core import schema
from ..core.errors import DatabaseError, MineActionError
from ..core.i18n import translate
from . import database_state, field_copy
from .database import open_layer
from .features import change_features, python_value, qgs_value
from .importer import RowChecker
from .reference import reference
from .transaction import in_one_transaction

INSERTED, UPDATED, CONFLICT, REJECTED, KEPT = (
    "inserted", "updated", "conflict", "rejected", "deleted_in_copy")
#: values the submission computes itself (from the geometry): never a difference
COMPUTED = ("area_m2", "original_area_m2")
REPORT_FIELDS = (("outcome", schema.STRING), ("table_name", schema.STRING),
                 ("record", schema.STRING), ("uuid", schema.STRING),
                 ("field", schema.STRING), ("copy_value", schema.STRING),
                 ("database_value", schema.STRING), ("message", schema.STRING))


@dataclass
class Outcome:
    """One line of the report."""
    outcome: str
    table_name: str
    record: str
    uuid: str
    field: str = ""
    copy_value: str = ""
    database_value: str = ""
    message: str = ""

    def as_row(self):
        return {name: getattr(self, name) for name, _kind in REPORT_FIELDS}


@dataclass
class Submission:
    """What a submission writes, and what it reports."""
    outcomes: list = dataclass_field(default_factory=list)
    inserts: dict = dataclass_field(default_factory=dict)  # table -> [QgsFeature]
    updates: dict = dataclass_field(default_factory=dict)  # table -> {fid: (attrs, geom)}
    layers: dict = dataclass_field(default_factory=dict)  # table -> database layer

    def count(self, outcome):
        """Records with ``outcome`` (a conflict counts once, however many fields)."""
        return len({(o.table_name, o.uuid) for o in self.outcomes if o.outcome == outcome})

    def is_empty(self):
        return not any(self.inserts.values()) and not any(self.updates.values())


def _label(model, feature):
    names = schema.record_key(model)
    parts = [python_value(feature[name]) for name in names]
    return " / ".join("" if part is None else str(part) for part in parts)


def _shown(model, feature, name):
    if feature is None:
        return ""
    if name == "geometry":
        geometry = feature.geometry()
        return "" if geometry.isNull() else geometry.asWkt(7)
    value = python_value(feature[name])
    if value is None:
        return "NULL"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def differences(model, ours, theirs, added=False):
    """The fields (and 'geometry') whose values differ between two value
    dicts (``field_copy.values_of``). ``added``: ``ours`` is a record added
    in the copy, whose empty fields the database filled with its defaults."""
    names = [f.name for f in model.fields if f.name not in COMPUTED]
    if model.geometry:
        names.append("geometry")
    defaults = {f.name for f in model.fields if f.default}
    return [name for name in names if ours.get(name) != theirs.get(name)
            and not (added and ours.get(name) is None and name in defaults)]


def _check_source(info, ref, copy_path):
    target = field_copy.identity(field_copy.schema_info(ref))
    if info.get(field_copy.INFO_PREFIX + "source_id") != target:
        raise DatabaseError(translate(
            "FieldCopy", "{copy} is a field copy of another database ({source}, copied "
            "{copied}), not of {database}: nothing was submitted. Submit it to the "
            "database it was made from.").format(
                copy=copy_path, source=info.get(field_copy.INFO_PREFIX + "source") or "?",
                copied=info.get(field_copy.INFO_PREFIX + "copied_at") or "?",
                database=ref.label()), feature=copy_path)


def plan_submission(copy_path, database, today=None, feedback=None):
    """The ``Submission`` of the field copy at ``copy_path`` into ``database``
    (a path or DatabaseRef); nothing is written. DatabaseError when the copy
    is not a field copy of that database, or the database cannot be written."""
    info, base = field_copy.read_copy(copy_path)
    ref = reference(database)
    database_state.check(ref, writing=True)
    _check_source(info, ref, copy_path)
    lookups = open_layer(ref, schema.LOOKUPS.name)
    plan = Submission()
    for number, model in enumerate(field_copy.COPIED):
        if feedback is not None:
            if feedback.isCanceled():
                return plan
            feedback.setProgress(90.0 * number / len(field_copy.COPIED))
        copy_layer = open_layer(copy_path, model.name)
        target = open_layer(ref, model.name)
        plan.layers[model.name] = target
        stored = {python_value(f["uuid"]): f for f in target.getFeatures()}
        checker = RowChecker(copy_layer, target, model.name, lookups, today=today)
        same_crs = copy_layer.crs() == target.crs()
        seen = set()
        for feature in copy_layer.getFeatures():
            uuid = python_value(feature["uuid"])
            seen.add(uuid)
            _plan_record(plan, model, feature, base.get((model.name, uuid)),
                         stored.get(uuid), checker, target, same_crs)
        for (table, uuid), _row in sorted(base.items()):
            if table == model.name and uuid not in seen:
                kept = stored.get(uuid)
                plan.outcomes.append(Outcome(
                    KEPT, model.name, _label(model, kept) if kept is not None else "",
                    uuid, message=translate(
                        "FieldCopy", "deleted in the field copy; kept in the database "
                        "(a field copy never deletes: delete it there if it must go)")))
    return plan


def _plan_record(plan, model, feature, base, stored, checker, target, same_crs):
    uuid = python_value(feature["uuid"])
    label = _label(model, feature)
    ours = field_copy.values_of(model, feature)
    theirs = field_copy.values_of(model, stored) if stored is not None else None
    if base is None:  # added in the copy
        if stored is None:
            checked = _checked(plan, model, feature, label, checker, None)
            if checked is not None:
                if same_crs and not feature.geometry().isNull():
                    checked.setGeometry(QgsGeometry(feature.geometry()))
                plan.inserts.setdefault(model.name, []).append(checked)
                plan.outcomes.append(Outcome(INSERTED, model.name, label, uuid))
            return
        changed = differences(model, ours, theirs, added=True)
        if changed:  # added here, and in the database with other values
            _conflict(plan, model, feature, stored, label, changed, translate(
                "FieldCopy", "added in the field copy and already in the database with "
                "other values"))
        return
    if field_copy.fingerprint(model, feature) == base["copy_fingerprint"]:
        return  # not changed in the copy
    if stored is None:
        plan.outcomes.append(Outcome(
            CONFLICT, model.name, label, uuid, message=translate(
                "FieldCopy", "changed in the field copy but deleted in the database "
                "since the copy was made; not applied")))
        return
    changed = differences(model, ours, theirs)
    if not changed:
        return  # the database already holds the copy's values (submitted before)
    if field_copy.fingerprint(model, stored) != base["fingerprint"]:
        _conflict(plan, model, feature, stored, label, changed, translate(
            "FieldCopy", "changed in the field copy and in the database since the copy "
            "was made; not applied"))
        return
    own = {name: python_value(stored[name]) for name in model.field_names()}
    checked = _checked(plan, model, feature, label, checker, own)
    if checked is None:
        return
    fields = target.fields()
    attributes = {fields.indexOf(name): qgs_value(python_value(checked[name]))
                  for name in changed if name != "geometry"}
    geometry = None
    if "geometry" in changed:
        geometry = QgsGeometry(feature.geometry()) if same_crs else checked.geometry()
        for name in COMPUTED:
            if fields.indexOf(name) >= 0 and name in model.field_names() and \
                    checked[name] is not None:
                attributes[fields.indexOf(name)] = checked[name]
    version = fields.indexOf(schema.ROW_VERSION)
    if version >= 0:  # the version read + 1 (docs/postgis.md)
        attributes[version] = (python_value(stored[schema.ROW_VERSION]) or 0) + 1
    plan.updates.setdefault(model.name, {})[stored.id()] = (attributes, geometry)
    plan.outcomes.append(Outcome(UPDATED, model.name, label, uuid,
                                 field=", ".join(changed)))


def _checked(plan, model, feature, label, checker, own):
    """The validated feature, or None with the rejection reported."""
    try:
        return checker.feature(feature, label, own)
    except MineActionError as error:
        plan.outcomes.append(Outcome(
            REJECTED, model.name, label, python_value(feature["uuid"]),
            field=error.field or "", copy_value=_shown(model, feature, error.field)
            if error.field in model.field_names() else "", message=str(error)))
        return None


def _conflict(plan, model, feature, stored, label, changed, message):
    uuid = python_value(feature["uuid"])
    for name in changed:
        plan.outcomes.append(Outcome(
            CONFLICT, model.name, label, uuid, field=name,
            copy_value=_shown(model, feature, name),
            database_value=_shown(model, stored, name), message=message))


def write_submission(plan):
    """Write the inserts and updates of ``plan`` in one transaction."""
    if plan.is_empty():
        return
    layers = [plan.layers[name] for name in plan.layers
              if plan.inserts.get(name) or plan.updates.get(name)]

    def write(_transaction):
        for layer in layers:
            provider = layer.dataProvider()
            features = plan.inserts.get(layer.name(), [])
            if features and not provider.addFeatures(features)[0]:
                _failed(layer)
            updates = plan.updates.get(layer.name(), {})
            attributes = {fid: values for fid, (values, _geometry) in updates.items()}
            geometries = {fid: geometry for fid, (_values, geometry) in updates.items()
                          if geometry is not None}
            # a row version counts one change (store.features.change_features)
            if updates and not change_features(provider, attributes, geometries):
                _failed(layer)
    in_one_transaction(layers, write)


def _failed(layer):
    raise DatabaseError(translate(
        "FieldCopy", "Table {table} refused the submission: {error}. Nothing was "
        "written.").format(table=layer.name(),
                           error="; ".join(layer.dataProvider().errors())))


def submit_field_copy(copy_path, database, today=None, feedback=None):
    """Plan and write the submission; returns the ``Submission``."""
    plan = plan_submission(copy_path, database, today, feedback)
    if feedback is not None and feedback.isCanceled():
        return plan
    write_submission(plan)
    return plan
