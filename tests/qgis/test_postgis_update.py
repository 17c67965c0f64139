"""*Update mine action database* on PostGIS (the real test server): the same
result as on a GeoPackage, the hazards it changes locked for its
transaction, row versions respected, the date-of-information rule, and the
faults a national database meets (a role lacking a privilege, a code added
to the lookups on the server after the project was opened)."""

import datetime

import psycopg2
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProject

from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import land_release_io
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.land_release_update import (plan_database_update,
                                                          write_in_transaction)
from mine_action_mapper.store.reference import DatabaseRef
from qgis_process_runner import pending_programme  # tests/fixtures

pytestmark = pytest.mark.usefixtures("clean_slate")
D = datetime.date


def _run(name, parameters):
    from qgis import processing
    return processing.run("mineaction:" + name, parameters)


def _table(ref, name):
    return '"{}"."{}"'.format(ref.schema, name)


def _values(layer, skip=("fid", "uuid", "created_at", "recorded_at", "row_version")):
    rows = []
    for feature in layer.getFeatures():
        row = {name: python_value(feature[name]) for name in layer.fields().names()
               if name not in skip}
        if layer.isSpatial():
            row["geometry"] = feature.geometry().asWkt(6)
        rows.append(row)
    return sorted(rows, key=repr)


def _dump(server, ref):
    return {name: server.rows("SELECT t::text FROM {} t ORDER BY fid".format(
        _table(ref, name))) for name in ("hazards", "release_history")}


@pytest.fixture()
def pending(pg_database, postgis, provider):
    """The sample programme on the server, no update applied yet."""
    pending_programme({"CONNECTION": postgis.conninfo(), "SCHEMA": pg_database.schema})
    return pg_database


def test_the_update_writes_what_it_writes_into_a_geopackage(pending, postgis, database):
    """The GeoPackage update (the tested path) is the reference."""
    pending_programme({"DATABASE": database})
    on_server = _run("updatedatabase", {"CONNECTION": postgis.conninfo(),
                                        "SCHEMA": pending.schema})
    in_file = _run("updatedatabase", {"DATABASE": database})
    assert on_server == in_file and on_server["HISTORY_ROWS"] > 0
    for table in ("hazards", "release_history"):
        assert _values(open_layer(pending, table)) == _values(open_layer(database, table))
    versions = dict(postgis.rows("SELECT hazard_id, row_version FROM {}".format(
        _table(pending, "hazards"))))
    changed = {row[0] for row in postgis.rows("SELECT DISTINCT hazard_id FROM {} WHERE "
                                              "area_m2 IS NOT NULL".format(
                                                   _table(pending, "release_history")))}
    assert {versions[h] for h in changed if h in versions} == {2}  # one write each
    again = _run("updatedatabase", {"CONNECTION": postgis.conninfo(),
                                    "SCHEMA": pending.schema})
    assert (again["HAZARDS_UPDATED"], again["HISTORY_ROWS"]) == (0, 0)


def _while_writing(monkeypatch, postgis, observe):
    """Run ``observe(cursor, connection)`` as another officer, on a
    connection of its own, at the moment the update starts writing (its
    locks taken, its provider calls next); rolled back and closed after."""
    write = land_release_io.apply_to_providers

    def observed(*args, **kwargs):
        other = postgis.connect()
        try:
            with other.cursor() as cursor:
                observe(cursor, other)
        finally:
            other.rollback()
            other.close()
        return write(*args, **kwargs)
    monkeypatch.setattr(land_release_io, "apply_to_providers", observed)


def test_the_hazards_are_locked_while_the_update_writes(pending, postgis, monkeypatch):
    plan, layers = plan_database_update(pending)
    fids = sorted(plan.read_versions)
    seen = []

    def observe(cursor, _other):  # another officer tries to take a changed hazard
        with pytest.raises(psycopg2.errors.LockNotAvailable):
            cursor.execute("SELECT 1 FROM {} WHERE fid = %s FOR UPDATE NOWAIT".format(
                _table(pending, "hazards")), (fids[0],))
        seen.append("locked")
    _while_writing(monkeypatch, postgis, observe)
    write_in_transaction(plan, layers["hazards"], layers["release_history"],
                         database=pending)
    assert seen == ["locked"]
    assert postgis.rows("SELECT 1 FROM {} WHERE fid = %s FOR UPDATE NOWAIT".format(
        _table(pending, "hazards")), (fids[0],)) == [(1,)]  # released at the end


def test_the_hazards_locked_are_the_ones_changed_when_rows_are_out_of_key_order(
        pending, postgis, monkeypatch):
    """A row saved since the import sits last in its table: QGIS then numbers
    the features as it reads them, not by their key, and the lock must still
    take the rows the update changes, not the rows with those numbers."""
    postgis.rows("UPDATE {} SET remarks = 'seen', row_version = row_version + 1 "
                 "WHERE hazard_id = 'EX-HA-0001'".format(_table(pending, "hazards")))
    plan, layers = plan_database_update(pending)
    numbered = {feature.id(): python_value(feature["fid"])
                for feature in layers["hazards"].getFeatures()}
    assert any(fid != key for fid, key in numbered.items())  # the case tested
    changed = sorted(change.hazard_id for change in plan.hazards if change.fid is not None)
    seen = []

    def observe(cursor, other):
        cursor.execute("SET lock_timeout = '50ms'")
        for hazard_id in changed:
            with pytest.raises(psycopg2.errors.LockNotAvailable):
                cursor.execute("SELECT 1 FROM {} WHERE hazard_id = %s FOR UPDATE "
                               "NOWAIT".format(_table(pending, "hazards")), (hazard_id,))
            other.rollback()
            seen.append(hazard_id)
    _while_writing(monkeypatch, postgis, observe)
    write_in_transaction(plan, layers["hazards"], layers["release_history"],
                         database=pending)
    assert seen == changed


def test_a_hazard_saved_after_the_plan_was_made_stops_the_update(pending, postgis):
    plan, layers = plan_database_update(pending)
    fid = sorted(plan.read_versions)[0]
    version, hazard_id = plan.read_versions[fid]
    postgis.rows("UPDATE {} SET name = 'renamed', row_version = %s WHERE fid = %s".format(
        _table(pending, "hazards")), (version + 1, fid))  # another officer saves
    before = _dump(postgis, pending)
    with pytest.raises(MineActionError) as caught:
        write_in_transaction(plan, layers["hazards"], layers["release_history"],
                             database=pending)
    message = str(caught.value)
    assert "hazard {} was changed by another editor".format(hazard_id) in message, message
    assert "schema '{}'".format(pending.schema) in message and "nothing was written" in message
    assert _dump(postgis, pending) == before
    out = _run("updatedatabase", {"CONNECTION": postgis.conninfo(), "SCHEMA": pending.schema})
    assert out["HISTORY_ROWS"] > 0  # run again: it goes in, the rename kept
    assert postgis.rows("SELECT name, row_version FROM {} WHERE fid = %s".format(
        _table(pending, "hazards")), (fid,)) == [("renamed", version + 2)]


def test_an_older_report_never_overwrites_a_newer_record(pg_database, postgis, add_rows):
    square = shapely.box(30.0, 10.0, 30.01, 10.01)
    add_rows(pg_database, "hazards", [dict(
        hazard_id="H1", hazard_class="SHA", status="open",
        date_of_information=D(2024, 6, 1), geometry=square)])
    add_rows(pg_database, "land_release_activities", [dict(
        activity_id="OLD", activity_type="nts", outcome="cancelled",
        end_date=D(2024, 1, 15), hazard_id="H1",
        geometry=shapely.box(30.0, 10.0, 30.005, 10.01))])
    before = _dump(postgis, pg_database)["hazards"]
    _run("updatedatabase", {"CONNECTION": postgis.conninfo(), "SCHEMA": pg_database.schema})
    assert _dump(postgis, pg_database)["hazards"] == before  # the record of June stays
    add_rows(pg_database, "land_release_activities", [dict(
        activity_id="NEW", activity_type="nts", outcome="cancelled",
        end_date=D(2024, 7, 1), hazard_id="H1",
        geometry=shapely.box(30.0, 10.0, 30.005, 10.01))])
    _run("updatedatabase", {"CONNECTION": postgis.conninfo(), "SCHEMA": pg_database.schema})
    [(day, version)] = postgis.rows("SELECT date_of_information, row_version FROM {}".format(
        _table(pg_database, "hazards")))
    assert (day, version) == (D(2024, 7, 1), 2)


@pytest.fixture()
def reader(pg_database, postgis):
    """The connection string of a login role that may only read the database."""
    role = "reader_{}".format(abs(hash(pg_database.schema)) % 10 ** 8)
    postgis.rows("CREATE ROLE {} LOGIN PASSWORD 'reader'".format(role))
    postgis.rows('GRANT USAGE ON SCHEMA "{0}" TO {1}; GRANT SELECT ON ALL TABLES IN '
                 'SCHEMA "{0}" TO {1}'.format(pg_database.schema, role))
    conninfo = postgis.conninfo().replace("user='{}'".format(postgis.user),
                                          "user='{}'".format(role)) \
        .replace("password='{}'".format(postgis.password), "password='reader'")
    yield conninfo
    postgis.rows('REVOKE ALL ON ALL TABLES IN SCHEMA "{0}" FROM {1}; REVOKE ALL ON '
                 'SCHEMA "{0}" FROM {1}; DROP ROLE {1}'.format(pg_database.schema, role))


def test_a_role_that_may_only_read_is_told_which_privilege_it_lacks(
        pending, postgis, reader, tmp_path):
    before = _dump(postgis, pending)
    with pytest.raises(QgsProcessingException) as caught:
        _run("updatedatabase", {"CONNECTION": reader, "SCHEMA": pending.schema})
    message = str(caught.value)
    assert "lacks the UPDATE privilege on table hazards" in message, message
    assert "reader_" in message and "Traceback" not in message
    records = tmp_path / "finds.csv"
    records.write_text("find_id,eo_category,quantity,find_date,wkt\n"
                       "F-1,other_uxo,1,2024-03-01,POINT (30 10)\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        _run("importrecords", {"INPUT": str(records), "CONNECTION": reader,
                               "SCHEMA": pending.schema, "TABLE": "eo_finds",
                               "SOURCE_CRS": "EPSG:4326"})
    assert "lacks the INSERT privilege on table eo_finds" in str(caught.value)
    postgis.rows('GRANT INSERT ON "{}".eo_finds TO {}'.format(
        pending.schema, reader.split("user='")[1].split("'")[0]))
    with pytest.raises(QgsProcessingException) as caught:  # and its key's sequence
        _run("importrecords", {"INPUT": str(records), "CONNECTION": reader,
                               "SCHEMA": pending.schema, "TABLE": "eo_finds",
                               "SOURCE_CRS": "EPSG:4326"})
    assert "lacks the USAGE privilege on sequence" in str(caught.value)
    assert _dump(postgis, pending) == before
    assert postgis.rows("SELECT count(*) FROM {}".format(_table(pending, "eo_finds"))) \
        == [(0,)]


def test_a_code_added_on_the_server_after_opening_is_accepted(pg_database, postgis,
                                                              tmp_path):
    from mine_action_mapper.styles.project import load_database
    load_database(pg_database, QgsProject.instance())  # this officer's project
    postgis.rows("INSERT INTO {} (vocabulary, code, label, base_code, sort_order, active) "
                 "VALUES ('eo_category', 'ied_x', 'Improvised device X', 'ied', 20, true)"
         .format(_table(pg_database, "lookups")))  # a second officer adds a code
    records = tmp_path / "finds.csv"
    records.write_text("find_id,eo_category,quantity,find_date,wkt\n"
                       "F-9,ied_x,1,2024-03-01,POINT (30 10)\n", encoding="utf-8")
    out = _run("importrecords", {"INPUT": str(records), "CONNECTION": postgis.conninfo(),
                                 "SCHEMA": pg_database.schema, "TABLE": "eo_finds",
                                 "SOURCE_CRS": "EPSG:4326"})
    assert out["COUNT"] == 1
    assert postgis.rows("SELECT eo_category FROM {}".format(
        _table(pg_database, "eo_finds"))) == [("ied_x",)]
    assert isinstance(pg_database, DatabaseRef)
