"""Apply land release to a mine action database, atomically.

The engine replays the activities not yet in the release history over the
hazards as stored (so an update is idempotent), and every change (hazards,
re-registered CHA records, history rows) is written in one transaction, on
a GeoPackage or a PostGIS database alike. The hazards it changes are locked
for the length of that transaction (``SELECT ... FOR UPDATE`` on PostGIS; a
GeoPackage is written under SQLite's lock on the whole file) and their row
versions are checked against the versions the plan was made from: a hazard
another editor saved in between stops the update, naming it, and nothing is
written. The engine's date-of-information rule (an activity that ended
before a hazard's date of information never changes it) holds on both.
Used by the "Update mine action database" algorithm and by reports that
need the net released land.
"""

from qgis.core import QgsFeatureRequest

from ..core import schema
from ..core.i18n import translate
from ..core.errors import DatabaseError
from ..core.land_release import (DEFAULT_TOLERANCE_M2, EVENT_CONFIRMED, EVENT_RELEASED,
                                 release_land)
from ..core.land_release_plan import plan_update
from . import database_state, land_release_io as records
from .database import open_layer
from .features import python_value, read_records
from .lookups import base_codes
from .reference import KEY_COLUMN, reference
from .sources import database_of
from .transaction import in_one_transaction


def plan_database_update(path, tolerance_m2=DEFAULT_TOLERANCE_M2, transform_context=None,
                         progress=None, is_cancelled=None):
    """(plan, layers) for the database at ``path`` (a GeoPackage path or a
    ``DatabaseRef``): the engine replays the activities not yet in the
    release history over the hazards as stored."""
    layers = {name: open_layer(path, name) for name in (
        "hazards", "land_release_activities", "release_history", "lookups")}
    # read first: a hazard saved while the plan is made is then refused
    versions = row_versions(layers["hazards"])
    codes = base_codes(layers["lookups"])
    inputs = records.read_hazards(layers["hazards"], codes, transform_context,
                                  extra_fields=records.UPDATE_FIELDS)
    activities, outcomes = records.read_activities(
        layers["land_release_activities"], codes, transform_context,
        family=inputs.family,
        skip_ids=records.applied_activity_ids(layers["release_history"]))
    result = release_land(inputs.hazards, activities, tolerance_m2=tolerance_m2,
                          progress=progress, is_cancelled=is_cancelled)
    plan = plan_update(inputs, result, outcomes)
    plan.read_versions = {change.fid: versions[change.fid] for change in plan.hazards
                          if change.fid in versions}
    return plan, layers


def row_versions(layer, fids=None):
    """{fid: (row version, hazard ID)} of the features ``fids`` (all when
    None) as stored now (through the layer's transaction when one is open)."""
    if layer.fields().indexOf(schema.ROW_VERSION) < 0 or fids == {}:
        return {}
    request = QgsFeatureRequest()
    if fids is not None:
        request.setFilterFids(list(fids))
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([schema.ROW_VERSION, "hazard_id"], layer.fields())
    return {feature.id(): (python_value(feature[schema.ROW_VERSION]),
                           python_value(feature["hazard_id"]))
            for feature in layer.getFeatures(request)}


def _lock(transaction, database, hazards, fids):
    """Lock the hazard rows ``fids`` (feature IDs of the layer ``hazards``)
    until the transaction ends (PostGIS; a GeoPackage's writer holds the
    whole file). Locked by their key: QGIS 3.22 numbers the features of a
    PostGIS table with a bigint key as it reads them, so a feature ID is the
    key only while the rows come in key order."""
    ref = reference(database)
    if not ref.is_postgres or not fids:
        return
    request = QgsFeatureRequest()
    request.setFilterFids(list(fids))
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([KEY_COLUMN], hazards.fields())
    keys = sorted(int(feature[KEY_COLUMN]) for feature in hazards.getFeatures(request))
    table = '"{}"."{}"'.format(ref.schema.replace('"', '""'), schema.HAZARDS.name)
    ok, error = transaction.executeSql("SELECT 1 FROM {} WHERE {} IN ({}) FOR UPDATE".format(  # nosec B608 - quoted identifiers, integer keys
        table, KEY_COLUMN, ", ".join(str(key) for key in keys)))
    if not ok:
        raise DatabaseError(translate(
            "LandRelease", "{database}: cannot lock the hazards to update: {error}. "
            "Nothing was written.").format(database=ref.label(), error=error))


def _refuse_changed(database, read, now):
    """DatabaseError naming the first hazard saved by someone else since the
    plan read it."""
    for fid in sorted(read):
        version, hazard_id = now.get(fid, (None, read[fid][1]))
        if version != read[fid][0]:
            raise DatabaseError(translate(
                "LandRelease", "{database}: hazard {hazard} was changed by another "
                "editor since the update read it (version {read}, now {now}); nothing "
                "was written. Run the update again.").format(
                    database=reference(database).label(), hazard=hazard_id,
                    read=read[fid][0], now="-" if version is None else version),
                feature=hazard_id)


def write_in_transaction(plan, hazards, history, transform_context=None, database=None):
    """Write ``plan`` to the two layers of ``database`` in a single
    transaction; on any failure roll back and raise DatabaseError. The
    plan's ``read_versions`` are checked under the lock and each changed
    hazard is written as its version + 1."""
    database = reference(database or database_of(hazards))
    database_state.require_privileges(database, {
        schema.HAZARDS.name: ("SELECT", "UPDATE", "INSERT"),
        schema.RELEASE_HISTORY.name: ("INSERT",)})
    read = plan.read_versions

    def write(transaction):
        _lock(transaction, database, hazards, read)
        _refuse_changed(database, read, row_versions(hazards, read))
        records.apply_to_providers(plan, hazards, history, transform_context,
                                   {fid: version for fid, (version, _id) in read.items()})
    in_one_transaction([hazards, history], write)


def net_areas_by_outcome(path, transform_context=None):
    """{outcome: m²} released or confirmed in a database, every m² counted
    once: what updates have written to the release history, plus what the
    engine gives for the activities not applied yet."""
    plan, layers = plan_database_update(path, transform_context=transform_context)
    areas = {}
    stored = read_records(layers["release_history"], ["event", "outcome", "area_m2"])
    pending = [event.as_record() for event in plan.result.history]
    for record in [attributes for _fid, attributes, _shape in stored] + pending:
        if record["event"] in (EVENT_RELEASED, EVENT_CONFIRMED) and record["outcome"]:
            areas[record["outcome"]] = areas.get(record["outcome"], 0.0) + \
                (record["area_m2"] or 0.0)
    return areas
