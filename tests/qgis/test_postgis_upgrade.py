"""Upgrading a PostGIS mine action database in place, in one transaction,
on the real test server (the ``postgis`` fixture).

A schema 2 database is built faithfully from a current one: the fields
schemas 3 and later added (``core.schema.fields_since``), the lookups of its new
vocabulary and its version are taken back, and its stored styles marked,
so the test sees them replaced."""

import pytest

from mine_action_mapper.core import schema, vocabulary
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import database_state, migrate
from mine_action_mapper.store.reference import postgres_ref

pytestmark = pytest.mark.usefixtures("clean_slate")

V2_STYLE = "schema 2 style"


def _columns(server, ref, table):
    return [row[0] for row in server.rows(
        "SELECT column_name FROM information_schema.columns WHERE "
                "table_schema = %s AND table_name = %s ORDER BY ordinal_position",
        (ref.schema, table))]


#: the vocabularies each schema version added
NEW_VOCABULARIES = {3: vocabulary.REVIEW_STATUS, 4: vocabulary.ACCIDENT_ACTIVITY}


def make_schema(server, ref, version):
    """Take the current database ``ref`` back to schema ``version`` (2 or
    3), with records: the tables, fields and vocabularies later versions
    added are taken away."""
    name = '"{}"'.format(ref.schema.replace('"', '""'))
    for later in range(schema.SCHEMA_VERSION, version, -1):
        for layer in schema.layers_since(later):
            server.rows('DROP TABLE {}."{}"'.format(name, layer.name))
            server.rows("DELETE FROM public.layer_styles WHERE f_table_schema = %s AND "
                         "f_table_name = %s", (ref.schema, layer.name))
        for layer, field in schema.fields_since(later):
            server.rows('ALTER TABLE {}."{}" DROP COLUMN "{}"'.format(name, layer.name,
                                                                       field.name))
        server.rows("DELETE FROM {}.lookups WHERE vocabulary = %s".format(name),
             (NEW_VOCABULARIES[later].name,))
    server.rows("UPDATE {}.schema_info SET value = %s WHERE key = 'schema_version'"
         .format(name), (str(version),))
    server.rows("UPDATE public.layer_styles SET description = %s WHERE f_table_schema = %s",
         (V2_STYLE, ref.schema))


def make_schema_2(server, ref):
    """Take the current database ``ref`` back to schema 2, with records."""
    name = '"{}"'.format(ref.schema.replace('"', '""'))
    make_schema(server, ref, 2)
    server.rows("INSERT INTO {}.hazards (uuid, hazard_id, hazard_class, status, "
                 "date_of_information, geom) VALUES ('u1', 'H-1', 'SHA', 'open', "
                 "'2024-01-01', ST_Multi(ST_MakeEnvelope(30, 10, 30.01, 10.01, 4326)))"
         .format(name))
    server.rows("INSERT INTO {}.land_release_activities (uuid, activity_id, "
                "activity_type, outcome, end_date, hazard_id, organisation) VALUES "
                "('a1', 'ACT-1', 'clearance', 'cleared', '2024-02-01', 'H-1', 'NGO')"
         .format(name))
    server.rows("INSERT INTO {}.eo_finds (uuid, find_id, eo_category, quantity, "
                "find_date) VALUES ('f1', 'F-1', 'uxo', 2, '2024-02-02')".format(name))
    assert database_state.probe(ref).version == 2


def _dump(server, ref):
    """Every table's rows (as text) and the stored styles' descriptions."""
    name = '"{}"'.format(ref.schema.replace('"', '""'))
    tables = {row[0] for row in server.rows("SELECT table_name FROM "
                                     "information_schema.tables WHERE table_schema = %s",
                                     (ref.schema,))}
    dump = {item.name: sorted(row[0] for row in server.rows(
        'SELECT t::text FROM {}."{}" t'.format(name, item.name)))
        for item in schema.LAYERS if item.name in tables}
    dump["tables"] = sorted(tables)
    dump["styles"] = sorted(server.rows(
        "SELECT f_table_name, description FROM public.layer_styles "
                "WHERE f_table_schema = %s", (ref.schema,)))
    return dump


@pytest.fixture()
def v2_database(pg_database, postgis):
    make_schema_2(postgis, pg_database)
    return pg_database


def test_a_schema_2_database_is_upgraded_keeping_every_record(
        v2_database, postgis, saved_connection, provider):
    from qgis import processing
    ref = v2_database
    kept = {item.name: postgis.rows('SELECT uuid, row_version FROM "{}"."{}"'.format(
        ref.schema, item.name)) for item in (schema.HAZARDS, schema.ACTIVITIES,
                                              schema.EO_FINDS)}
    from mine_action_mapper.processing.database_choice import database_parameters
    chosen = postgres_ref(saved_connection, ref.schema)  # as the desktop's Upgrade… runs it
    assert database_parameters(chosen, "DATABASE") == {"CONNECTION": saved_connection,
                                                       "SCHEMA": ref.schema}
    result = processing.run("mineaction:upgradedatabase",
                            database_parameters(chosen, "DATABASE"))
    assert (result["FROM_VERSION"], result["TO_VERSION"]) == (2, schema.SCHEMA_VERSION)
    assert database_state.check(postgres_ref(saved_connection, ref.schema),
                                writing=True).version == schema.SCHEMA_VERSION
    for layer in schema.LAYERS:  # the columns of a database created today
        names = _columns(postgis, ref, layer.name)
        assert [n for n in names if n in layer.field_names()] == layer.field_names()
    for table, rows in kept.items():  # same records, row versions untouched
        assert postgis.rows('SELECT uuid, row_version FROM "{}"."{}"'.format(
            ref.schema, table)) == rows
    assert postgis.rows('SELECT review_status, reviewed_by, reviewed_at FROM '
                        '"{}".land_release_activities'.format(ref.schema)) == [
        ("approved", None, None)]
    import psycopg2
    with pytest.raises(psycopg2.Error, match="review_status"):  # NOT NULL, as created
        postgis.rows('UPDATE "{}".eo_finds SET review_status = NULL, row_version = 2'
             .format(ref.schema))
    codes = {row[0] for row in postgis.rows('SELECT code FROM "{}".lookups WHERE '
                                            "vocabulary = 'review_status'".format(ref.schema))}
    assert codes == set(vocabulary.REVIEW_STATUS.codes())
    styles = postgis.rows("SELECT f_table_name, description, styleqml::text FROM "
                          "public.layer_styles WHERE f_table_schema = %s", (ref.schema,))
    assert sorted(row[0] for row in styles) == sorted(item.name for item in schema.LAYERS)
    assert V2_STYLE not in {row[1] for row in styles}  # each replaced, none twice
    [activities] = [row[2] for row in styles if row[0] == "land_release_activities"]
    assert 'name="review_status"' in activities
    # again: nothing changes
    before = _dump(postgis, ref)
    again = processing.run("mineaction:upgradedatabase", {
        "CONNECTION": saved_connection, "SCHEMA": ref.schema})
    assert again["FROM_VERSION"] == again["TO_VERSION"] == schema.SCHEMA_VERSION
    assert _dump(postgis, ref) == before
    indexes = dict(postgis.rows("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                 "schemaname = %s", (ref.schema,)))
    for table in ("hazards", "land_release_activities", "eo_finds"):  # unique when set
        assert "WHERE (external_id IS NOT NULL)" in indexes["uq_{}_external_id".format(table)]


def test_a_schema_3_database_is_upgraded_to_4_with_the_accidents_table(
        pg_database, postgis, saved_connection, provider):
    from qgis import processing
    ref = pg_database
    make_schema(postgis, ref, 3)
    name = '"{}"'.format(ref.schema)
    postgis.rows("INSERT INTO {}.land_release_activities (uuid, activity_id, "
                  "activity_type, outcome, end_date, organisation) VALUES "
                  "('a1', 'ACT-1', 'clearance', 'cleared', '2024-02-01', 'NGO')".format(name))
    kept = postgis.rows("SELECT t::text FROM {}.land_release_activities t".format(name))
    result = processing.run("mineaction:upgradedatabase", {
        "CONNECTION": saved_connection, "SCHEMA": ref.schema})
    assert (result["FROM_VERSION"], result["TO_VERSION"]) == (3, 4)
    for layer in schema.LAYERS:  # the columns of a database created today, in order
        assert [n for n in _columns(postgis, ref, layer.name)
                if n in layer.field_names()] == layer.field_names(), layer.name
    new = [field.name for layer, field in schema.fields_since(4)
           if layer is schema.ACTIVITIES]
    assert postgis.rows("SELECT {} FROM {}.land_release_activities".format(
        ", ".join(new), name)) == [(None,) * len(new)]  # not recorded, not zero
    assert postgis.rows("SELECT t::text FROM {}.land_release_activities t".format(name)) \
        != kept  # the new columns are in the row text ...
    assert postgis.rows("SELECT uuid, row_version FROM {}.land_release_activities"
                .format(name)) == [("a1", 1)]  # ... the row itself is untouched
    import psycopg2
    with pytest.raises(psycopg2.Error, match="killed_girls"):  # CHECK, as created
        postgis.rows("INSERT INTO {}.accidents (uuid, accident_id, accident_date, "
                      "killed_girls) VALUES ('x1', 'AC-1', '2024-01-01', -1)".format(name))
    postgis.rows("INSERT INTO {}.accidents (uuid, accident_id, accident_date, injured_men, "
                  "geom) VALUES ('x1', 'AC-1', '2024-01-01', 2, ST_SetSRID(ST_MakePoint(30, "
                  "10), 4326))".format(name))
    assert postgis.rows("SELECT review_status, row_version, killed_men, injured_men FROM "
                         "{}.accidents".format(name)) == [("approved", 1, None, 2)]
    with pytest.raises(psycopg2.Error, match="changed by another editor"):
        postgis.rows("UPDATE {}.accidents SET injured_men = 3".format(name))
    codes = {row[0] for row in postgis.rows("SELECT code FROM {}.lookups WHERE vocabulary "
                                             "= 'accident_activity'".format(name))}
    assert codes == set(vocabulary.ACCIDENT_ACTIVITY.codes())
    styles = dict(postgis.rows("SELECT f_table_name, styleqml::text FROM public.layer_styles "
                                "WHERE f_table_schema = %s", (ref.schema,)))
    assert 'name="killed_girls"' in styles["accidents"]
    assert 'name="beneficiaries_women"' in styles["land_release_activities"]


def test_a_failed_upgrade_leaves_the_database_as_it_was(v2_database, postgis):
    before = _dump(postgis, v2_database)
    columns = _columns(postgis, v2_database, "land_release_activities")
    for step in range(3, schema.SCHEMA_VERSION + 1):
        with pytest.raises(RuntimeError):
            migrate.upgrade(v2_database, fail_after_step=step)
        assert _dump(postgis, v2_database) == before
    assert _columns(postgis, v2_database, "land_release_activities") == columns
    assert database_state.probe(v2_database).version == 2


def test_a_newer_schema_is_refused_naming_connection_and_schema(
        pg_database, postgis, saved_connection, provider):
    from qgis import processing
    from qgis.core import QgsProcessingException
    postgis.rows('UPDATE "{}".schema_info SET value = %s WHERE key = %s'.format(
        pg_database.schema), (str(schema.SCHEMA_VERSION + 1), "schema_version"))
    before = _dump(postgis, pg_database)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("mineaction:upgradedatabase", {
            "CONNECTION": saved_connection, "SCHEMA": pg_database.schema})
    message = str(caught.value)
    assert "connection '{}', schema '{}'".format(saved_connection, pg_database.schema) \
        in message and "newer version" in message, message
    with pytest.raises(MineActionError, match="newer version"):
        migrate.upgrade(pg_database)
    assert _dump(postgis, pg_database) == before
