"""Apply land release to a mine action database, atomically.

The engine replays the activities not yet in the release history over the
hazards as stored (so an update is idempotent), and every change (hazards,
re-registered CHA records, history rows) is written in one transaction.
Used by the "Update mine action database" algorithm and by reports that
need the net released land.
"""

from qgis.core import QgsTransaction

from ..core.i18n import translate
from ..core.errors import DatabaseError
from ..core.land_release import (DEFAULT_TOLERANCE_M2, EVENT_CONFIRMED, EVENT_RELEASED,
                                 release_land)
from ..core.land_release_plan import plan_update
from . import land_release_io as records
from .database import open_layer
from .features import read_records
from .lookups import base_codes


def plan_database_update(path, tolerance_m2=DEFAULT_TOLERANCE_M2, transform_context=None,
                         progress=None, is_cancelled=None):
    """(plan, layers) for the database at ``path``: the engine replays the
    activities not yet in the release history over the hazards as stored."""
    layers = {name: open_layer(path, name) for name in (
        "hazards", "land_release_activities", "release_history", "lookups")}
    codes = base_codes(layers["lookups"])
    inputs = records.read_hazards(layers["hazards"], codes, transform_context,
                                  extra_fields=records.UPDATE_FIELDS)
    activities, outcomes = records.read_activities(
        layers["land_release_activities"], codes, transform_context,
        family=inputs.family,
        skip_ids=records.applied_activity_ids(layers["release_history"]))
    result = release_land(inputs.hazards, activities, tolerance_m2=tolerance_m2,
                          progress=progress, is_cancelled=is_cancelled)
    return plan_update(inputs, result, outcomes), layers


def write_in_transaction(plan, hazards, history, transform_context=None):
    """Write ``plan`` to the two layers of one GeoPackage in a single
    transaction; on any failure roll back and raise DatabaseError."""
    providers = [hazards.dataProvider(), history.dataProvider()]
    for provider in providers:
        # the OGR provider only opens a transaction on a dataset already open
        # for writing
        provider.enterUpdateMode()
    try:
        transaction = QgsTransaction.create({hazards, history})
        if transaction is None:
            raise DatabaseError(translate(
                "LandRelease", "The database does not support transactions; nothing "
                "was written."))
        ok, error = transaction.begin()
        if not ok:
            raise DatabaseError(translate(
                "LandRelease", "Cannot start a transaction: {error}").format(error=error))
        try:
            records.apply_to_providers(plan, hazards, history, transform_context)
            ok, error = transaction.commit()
            if not ok:
                raise DatabaseError(translate(
                    "LandRelease", "Cannot commit the changes: {error}").format(
                        error=error))
        except BaseException:
            transaction.rollback()
            raise
    finally:
        for provider in providers:
            provider.leaveUpdateMode()


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
