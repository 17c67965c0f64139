"""*Update mine action database* writes in a bounded number of provider calls.

A national update once made one provider call and one scan of the table per
hazard (QGIS's createFeature reads a unique field's stored values for every
new feature), an hour at 20,000 hazards (docs/performance.md). Not timed:
the calls are counted, on both backends, with batches small enough that the
sample programme needs several, and what the batches wrote is checked
against the plan (every row version the version read + 1, the planned
areas, no geometry left held on a GeoPackage).
"""

import math
import sqlite3

import processing
import pytest

from mine_action_mapper.core import schema
from mine_action_mapper.store import land_release_io
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.land_release_update import plan_database_update
from mine_action_mapper.store.row_versions import HELD_TABLE


def _spy(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args):
        calls.append(args)
        return real(*args)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_update_writes_in_batches_not_per_hazard(backend, monkeypatch):
    plan, _layers = plan_database_update(backend.database)
    changed = [change for change in plan.hazards if change.fid is not None]
    assert len(changed) > 2 and len(plan.history) > 2
    monkeypatch.setattr(land_release_io, "CHANGE_BATCH", 2)
    changes = _spy(monkeypatch, land_release_io, "change_features")
    made = _spy(monkeypatch, land_release_io, "layer_features")

    processing.run("mineaction:updatedatabase", dict(backend.where))

    assert len(changes) == math.ceil(len(changed) / 2)
    assert sorted(fid for attributes, _geometries in
                  (call[1:] for call in changes) for fid in attributes) == \
        sorted(change.fid for change in changed)
    # one batch of new features per table, whatever the number of rows
    assert [len(call[1]) for call in made] == [len(plan.hazards) - len(changed),
                                               len(plan.history)]
    # by hazard ID: a PostGIS layer opened anew numbers its features as it
    # reads them (QGIS 3.22, a bigint key), not by the key
    stored = {feature["hazard_id"]: feature
              for feature in backend.layer("hazards").getFeatures()}
    for change in changed:
        feature = stored[change.hazard_id]
        assert python_value(feature[schema.ROW_VERSION]) == \
            plan.read_versions[change.fid][0] + 1, change.hazard_id
        assert python_value(feature["area_m2"]) == pytest.approx(
            change.attributes["area_m2"], rel=1e-9), change.hazard_id
    if not backend.is_postgis:
        with sqlite3.connect(backend.database) as connection:
            assert connection.execute(
                'SELECT count(*) FROM "{}" WHERE table_name = ?'.format(HELD_TABLE),
                ("hazards",)).fetchone() == (0,)
