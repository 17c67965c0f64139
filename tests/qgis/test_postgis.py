"""The mine action database on a real PostgreSQL/PostGIS server (the
``postgis`` fixture): create, open, probe, and no lost update."""

import difflib

import pytest
from qgis.core import (QgsFieldConstraints, QgsGeometry, QgsProject, QgsVectorLayer,
                       QgsVectorLayerUtils)

from mine_action_mapper.core import schema, vocabulary
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import database_state, postgis as store_postgis
from mine_action_mapper.store.database import create_postgis, lookup_rows, open_layer
from mine_action_mapper.store.reference import DatabaseRef, postgres_ref
from mine_action_mapper.store.sources import database_of, postgres_table
from mine_action_mapper.styles.project import group_name, load_database

pytestmark = pytest.mark.usefixtures("clean_slate")

def _schema_exists(server, name):
    return bool(server.rows("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,)))


def _hazard(layer, hazard_id, **values):
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature["hazard_id"] = hazard_id
    for name, value in values.items():
        feature[name] = value
    geometry = QgsGeometry.fromWkt("MULTIPOLYGON(((30 10, 30.01 10, 30.01 10.01, 30 10)))")
    feature.setGeometry(geometry)
    assert layer.startEditing() and layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


# ---------------------------------------------------------------- create
def test_every_table_field_index_and_lookup_is_created(pg_database, postgis):
    name = pg_database.schema
    for item in schema.LAYERS:
        layer = open_layer(pg_database, item.name)
        extra = [schema.ROW_VERSION] if item.name in schema.VERSIONED else []
        assert layer.fields().names() == ["fid"] + item.field_names() + extra
        if item.geometry:
            assert layer.crs().authid() == "EPSG:4326"
    kinds = dict(postgis.rows("SELECT f_table_name, type FROM geometry_columns "
                              "WHERE f_table_schema = %s", (name,)))
    assert kinds == {item.name: item.geometry.upper() for item in schema.LAYERS if item.geometry}
    indexes = {row[0] for row in postgis.rows(
        "SELECT indexname FROM pg_indexes WHERE schemaname = %s", (name,))}
    assert {"uq_hazards_hazard_id", "uq_hazards_uuid", "uq_lookups_code",
            "uq_schema_info_key", "sidx_hazards_geom"} <= indexes
    rows = postgis.rows('SELECT vocabulary, code, label, base_code, active FROM "{}".lookups'
                 .format(name))
    assert {(r[0], r[1]) for r in rows} == {(v.name, t.code) for v in vocabulary.ALL
                                           for t in v.terms}
    assert all(row[1] == row[3] and row[4] is True for row in rows)
    assert database_state.check(pg_database, writing=True).version == schema.SCHEMA_VERSION


def test_constraints_hold_for_any_client(pg_database, postgis):
    import psycopg2
    table = '"{}".hazards'.format(pg_database.schema)
    postgis.rows("INSERT INTO {} (uuid, hazard_id, hazard_class, status, "
                 "date_of_information) VALUES ('u1', 'H-1', 'SHA', 'open', "
                 "'2024-01-01')".format(table))
    for values in ("('u2', 'H-1', 'SHA', 'open', '2024-01-01', NULL)",  # duplicate ID
                   "('u3', 'H-3', NULL, 'open', '2024-01-01', NULL)",  # no class
                   "('u4', 'H-4', 'SHA', 'open', '2024-01-01', -5)"):  # negative depth
        with pytest.raises(psycopg2.Error):
            postgis.rows("INSERT INTO {} (uuid, hazard_id, hazard_class, status, "
                         "date_of_information, depth_cm) VALUES {}".format(table, values))
    assert postgis.rows("SELECT hazard_id, row_version FROM {}".format(table)) == [("H-1", 1)]


def test_plain_qgis_opens_the_stored_forms_and_styles(pg_database, postgis):
    styles = postgis.rows("SELECT f_table_name, f_geometry_column, useasdefault FROM "
                          "public.layer_styles WHERE f_table_schema = %s",
                   (pg_database.schema,))
    assert sorted(row[0] for row in styles) == sorted(item.name for item in schema.LAYERS)
    assert all(row[2] for row in styles)
    assert {row[0]: row[1] for row in styles}["lookups"] is None
    source, provider = pg_database.layer_source("hazards")
    layer = QgsVectorLayer(source, "plain", provider)  # as QGIS opens it, without the plugin
    fields = layer.fields()
    index = fields.indexOf("hazard_class")
    assert layer.attributeAlias(index) == "Class"
    setup = layer.editorWidgetSetup(index)
    assert setup.type() == "ValueRelation"
    assert setup.config()["LayerProviderName"] == "postgres"
    assert 'table="{}"."lookups"'.format(pg_database.schema) in setup.config()["LayerSource"]
    assert fields.at(fields.indexOf("hazard_id")).constraints().constraintStrength(
        QgsFieldConstraints.Constraint.ConstraintUnique) == QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    version = layer.defaultValueDefinition(fields.indexOf(schema.ROW_VERSION))
    assert version.expression() == schema.ROW_VERSION_ON_UPDATE and version.applyOnUpdate()
    assert layer.renderer().type() != "singleSymbol"  # the plugin's symbology


def _style(layer):
    """The layer's whole style (symbology, form, ...) as QML text."""
    from qgis.PyQt.QtXml import QDomDocument
    document = QDomDocument()
    assert not layer.exportNamedStyle(document)
    return document.toString()


def test_opening_reads_the_stored_styles_at_once_as_qgis_does(pg_database, postgis):
    """Opening reads every stored style in one query (open_layers,
    store.postgis.default_styles): each layer gets what QGIS itself loads."""
    from mine_action_mapper.store.database import open_layers
    layers = open_layers(pg_database, {item.name: item.title for item in schema.LAYERS})
    for item in schema.LAYERS:
        plain = open_layer(pg_database, item.name, layers[item.name].name())
        ours, qgis = _style(layers[item.name]), _style(plain)
        assert ours == qgis, "\n".join(difflib.unified_diff(
            ours.splitlines(), qgis.splitlines(), item.name, "QGIS", lineterm="", n=0))
    hazards = layers["hazards"]
    assert hazards.defaultValueDefinition(hazards.fields().indexOf(
        schema.ROW_VERSION)).expression() == schema.ROW_VERSION_ON_UPDATE


def test_quoted_schema_name_is_created_and_loaded(pg_schema, provider, postgis):
    ref = create_postgis(pg_schema('Examplia "National" 100% DB'))
    assert _schema_exists(postgis, 'Examplia "National" 100% DB')
    group, layers = load_database(ref, QgsProject.instance())
    assert group.name() == 'Mine action: Examplia "National" 100% DB'
    assert all(layer.isValid() for layer in layers.values())
    assert layers["lookups"].featureCount() == len(lookup_rows())


def test_a_failure_leaves_no_half_made_schema(pg_schema, postgis):
    ref = pg_schema()
    rows = lookup_rows()
    with pytest.raises(MineActionError) as caught:  # a duplicate lookup: unique index
        store_postgis.create(ref, lookup_rows=rows + rows[:1])
    assert ref.schema in str(caught.value) and "Nothing was written" in str(caught.value)
    assert not _schema_exists(postgis, ref.schema)
    if postgis.rows("SELECT to_regclass('public.layer_styles')")[0][0]:  # made by others
        assert not postgis.rows("SELECT 1 FROM public.layer_styles WHERE "
                                "f_table_schema = %s", (ref.schema,))


def test_an_existing_schema_is_used_only_when_empty(pg_schema, postgis):
    used, empty = pg_schema(), pg_schema()
    postgis.rows('CREATE SCHEMA "{0}"; CREATE TABLE "{0}".mine (a int); '
                 'INSERT INTO "{0}".mine VALUES (7)'.format(used.schema))
    with pytest.raises(MineActionError, match="not empty"):
        create_postgis(used)
    assert postgis.rows('SELECT a FROM "{}".mine'.format(used.schema)) == [(7,)]
    postgis.rows('CREATE SCHEMA "{}"'.format(empty.schema))
    create_postgis(empty)
    assert database_state.probe(empty).version == schema.SCHEMA_VERSION


# ---------------------------------------------------------------- probe
def _refused(ref, reason, writing=False):
    with pytest.raises(database_state.DatabaseError) as caught:
        database_state.check(ref, writing)
    assert caught.value.reason == reason, str(caught.value)
    return str(caught.value)


def test_probe_tells_each_bad_database_apart(pg_database, pg_schema, postgis):
    from postgis_server import free_port  # tests/fixtures
    down = DatabaseRef(conninfo=postgis.conninfo().replace(
        "port={}".format(postgis.port), "port={}".format(free_port())),
        schema="national", name="down")
    assert "connection 'down', schema 'national'" in _refused(down, "unreachable")
    wrong = DatabaseRef(conninfo=postgis.conninfo().replace(postgis.password, "not-it"),
                        schema="national")
    assert "password" in _refused(wrong, "password")
    missing = pg_schema()
    assert "schema '{}'".format(missing.schema) in _refused(missing, "missing")
    foreign = pg_schema()
    postgis.rows('CREATE SCHEMA "{0}"; CREATE TABLE "{0}".roads (a int)'.format(
        foreign.schema))
    assert "not a mine action database" in _refused(foreign, "foreign")
    table = '"{}".schema_info'.format(pg_database.schema)
    postgis.rows("UPDATE {} SET value = '99' WHERE key = 'schema_version'".format(table))
    assert "newer" in _refused(pg_database, "newer", writing=True)
    postgis.rows("UPDATE {} SET value = '1' WHERE key = 'schema_version'".format(table))
    assert "older" in _refused(pg_database, "older", writing=True)
    state = database_state.probe(pg_database)
    assert state.older and pg_database.schema in database_state.open_notice(state)
    _, layers = load_database(pg_database, QgsProject.instance())  # read-only, as a GeoPackage
    assert all(layer.readOnly() for layer in layers.values())


# ---------------------------------------------------------------- sources
def test_postgres_sources_name_their_database(pg_database, postgis):
    layer = open_layer(pg_database, "hazards")
    ref, table = postgres_table(layer)
    assert (ref, table) == (pg_database, "hazards")
    assert database_of(layer) == pg_database
    text = "dbname='mam_test' host=h port=5 user='u' table=\"a b\".\"hazards\" (geom)"
    for prefix in ("", "postgres://", "postgis:"):
        ref, table = postgres_table(prefix + text)
        assert (ref.schema, table, ref.uri().host()) == ("a b", "hazards", "h")
    ref, table = postgres_table("service='national' table=\"s\".\"lookups\"")
    assert ref.uri().service() == "national" and table == "lookups"
    assert postgres_table("/data/programme.gpkg|layername=hazards") is None


# ---------------------------------------------------------------- algorithms
def test_create_and_open_algorithms_take_a_connection_and_schema(
        saved_connection, pg_schema, provider, postgis):
    from qgis import processing
    ref = pg_schema('National "DB"')
    processing.run("mineaction:createdatabase", {
        "CONNECTION": saved_connection, "SCHEMA": ref.schema, "OPEN": False})
    assert database_state.probe(postgres_ref(saved_connection, ref.schema)).version \
        == schema.SCHEMA_VERSION
    result = processing.run("mineaction:opendatabase", {
        "CONNECTION": saved_connection, "SCHEMA": ref.schema})
    assert result["GROUP"] == group_name(ref)
    group = QgsProject.instance().layerTreeRoot().findGroup(result["GROUP"])
    assert len(group.findLayerIds()) == len(schema.LAYERS)
    with pytest.raises(Exception, match="not empty"):
        processing.run("mineaction:createdatabase", {
            "CONNECTION": saved_connection, "SCHEMA": ref.schema, "OPEN": False})


# ---------------------------------------------------------------- no lost update
def test_the_second_of_two_editors_is_refused_and_nothing_is_lost(pg_database, postgis):
    source, provider = pg_database.layer_source("hazards")
    _hazard(QgsVectorLayer(source, "setup", provider), "H-7", name="Old name")
    officer_a = QgsVectorLayer(source, "A", provider)
    officer_b = QgsVectorLayer(source, "B", provider)
    feature_a = next(officer_a.getFeatures())
    feature_b = next(officer_b.getFeatures())  # both opened at version 1
    assert feature_a["row_version"] == feature_b["row_version"] == 1
    fields = officer_a.fields()
    assert officer_a.startEditing() and officer_b.startEditing()
    assert officer_a.changeAttributeValue(feature_a.id(), fields.indexOf("status"), "closed")
    # B edits the same hazard from version 1 before A saves
    assert officer_b.changeAttributeValue(feature_b.id(), fields.indexOf("status"), "suspended")
    assert officer_b.changeAttributeValue(feature_b.id(), fields.indexOf("name"), "B's name")
    assert officer_a.changeAttributeValue(feature_a.id(), fields.indexOf("region"), "North")
    moved = QgsGeometry.fromWkt("MULTIPOLYGON(((30 10, 30.02 10, 30.02 10.02, 30 10)))")
    assert officer_a.changeGeometry(feature_a.id(), moved)
    assert officer_a.commitChanges(), officer_a.commitErrors()
    assert postgis.rows('SELECT status, region, row_version FROM "{}".hazards'.format(
        pg_database.schema)) == [("closed", "North", 2)]

    assert not officer_b.commitChanges()
    errors = " ".join(officer_b.commitErrors())
    assert "hazards H-7: changed by another editor since you opened it (now version 2)" \
        in errors, errors
    assert store_postgis.is_conflict(errors)
    officer_b.rollBack()
    assert postgis.rows('SELECT name, status, region, row_version FROM "{}".hazards'.format(
        pg_database.schema)) == [("Old name", "closed", "North", 2)]

    reloaded = QgsVectorLayer(source, "B again", provider)  # B reloads: the save goes in
    feature = next(reloaded.getFeatures())
    assert reloaded.startEditing()
    assert reloaded.changeAttributeValue(feature.id(), fields.indexOf("name"), "B's name")
    assert reloaded.commitChanges(), reloaded.commitErrors()
    assert postgis.rows('SELECT name, status, row_version FROM "{}".hazards'.format(
        pg_database.schema)) == [("B's name", "closed", 3)]
    assert feature["status"] == "closed"


def test_a_geometry_edit_alone_carries_the_version(pg_database, postgis):
    source, provider = pg_database.layer_source("hazards")
    layer = QgsVectorLayer(source, "setup", provider)
    _hazard(layer, "H-8")
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    assert layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(
        "MULTIPOLYGON(((31 10, 31.01 10, 31.01 10.01, 31 10)))"))
    assert layer.commitChanges(), layer.commitErrors()
    assert postgis.rows('SELECT row_version, ST_XMin(geom) FROM "{}".hazards'.format(
        pg_database.schema)) == [(2, 31.0)]


def test_raw_sql_clients_must_name_the_version_they_make(pg_database, postgis):
    import psycopg2
    table = '"{}".hazards'.format(pg_database.schema)
    postgis.rows("INSERT INTO {} (uuid, hazard_id, hazard_class, status, "
                 "date_of_information, row_version) VALUES ('u9', 'H-9', 'SHA', 'open', "
                 "'2024-01-01', 41)".format(table))
    assert postgis.rows("SELECT row_version FROM {}".format(table)) == [(1,)]  # always 1
    with pytest.raises(psycopg2.Error, match="hazards H-9: changed by another editor"):
        postgis.rows("UPDATE {} SET status = 'closed'".format(table))  # unaware client
    postgis.rows("UPDATE {} SET status = 'closed', row_version = %s".format(table), (2,))
    with pytest.raises(psycopg2.Error, match=r"now version 2"):  # stale: read 1, makes 2
        postgis.rows("UPDATE {} SET status = 'open', row_version = %s".format(table), (2,))
    assert postgis.rows("SELECT status, row_version FROM {}".format(table)) \
        == [("closed", 2)]
    activities = '"{}".land_release_activities'.format(pg_database.schema)
    postgis.rows("INSERT INTO {} (uuid, activity_id, activity_type, outcome, end_date) "
                 "VALUES ('a1', 'ACT-1', 'clearance', 'cleared', '2024-02-01')".format(
                       activities))
    with pytest.raises(psycopg2.Error, match="land_release_activities ACT-1"):
        postgis.rows("UPDATE {} SET team = 'T2'".format(activities))


# ---------------------------------------------------------------- same code path
def _values(layer, skip=("fid", "uuid", "created_at", schema.ROW_VERSION)):
    from mine_action_mapper.store.features import python_value
    rows = []
    for feature in layer.getFeatures():
        row = {name: python_value(feature[name]) for name in layer.fields().names()
               if name not in skip}
        row["geometry"] = feature.geometry().asWkt(7)
        rows.append(row)
    return sorted(rows, key=repr)


def test_import_records_writes_the_same_rows_as_into_a_geopackage(
        saved_connection, pg_schema, database, provider):
    """The GeoPackage import (the tested path) is the reference."""
    from pathlib import Path
    from qgis import processing
    from mine_action_mapper.store.database import create_postgis
    sample = Path(__file__).resolve().parents[2] / "sample_data"
    ref = create_postgis(pg_schema())
    for table in ("land_release_activities", "eo_finds", "tasks", "site_points",
                  "access_routes", "accidents"):
        records = str(sample / (table + ".csv"))
        into_pg = processing.run("mineaction:importrecords", {
            "INPUT": records, "CONNECTION": saved_connection, "SCHEMA": ref.schema,
            "TABLE": table, "SOURCE_CRS": "EPSG:4326"})
        into_gpkg = processing.run("mineaction:importrecords", {
            "INPUT": records, "DATABASE": database, "TABLE": table,
            "SOURCE_CRS": "EPSG:4326"})
        assert into_pg["COUNT"] == into_gpkg["COUNT"] > 0
        assert _values(open_layer(ref, table)) == _values(open_layer(database, table))
    with pytest.raises(Exception, match="already"):  # the unique IDs hold on the server too
        processing.run("mineaction:importrecords", {
            "INPUT": str(sample / "tasks.csv"), "CONNECTION": saved_connection,
            "SCHEMA": ref.schema, "TABLE": "tasks", "SOURCE_CRS": "EPSG:4326"})


def test_compute_land_release_reads_a_postgis_database_and_its_lookups(
        pg_database, database, provider, add_rows):
    """A programme's own class, known only to each database's lookups, and the
    same records in a GeoPackage (the reference) give the same ledger."""
    import datetime
    import shapely
    from qgis import processing
    square = shapely.box(30.0, 10.0, 30.01, 10.01)
    for target in (pg_database, database):
        add_rows(target, "lookups", [dict(
            vocabulary="hazard_class", code="DHA", label="Defined Hazardous Area",
            base_code="CHA", sort_order=5, active=True)])
        add_rows(target, "hazards", [dict(
            hazard_id="H1", hazard_class="DHA", status="open",
            date_of_information=datetime.date(2020, 1, 1), geometry=square)])
        add_rows(target, "land_release_activities", [dict(
            activity_id="A1", activity_type="clearance", outcome="cleared",
            end_date=datetime.date(2021, 3, 1), hazard_id="H1",
            geometry=shapely.box(30.0, 10.0, 30.002, 10.004))])
    ledgers = []
    for target in (pg_database, database):
        out = processing.run("mineaction:computelandrelease", {
            "HAZARDS": open_layer(target, "hazards"),
            "ACTIVITIES": open_layer(target, "land_release_activities"),
            "TOLERANCE": 1.0, "REMAINING": "memory:", "RELEASED": "memory:",
            "LEDGER": "memory:", "HISTORY": "memory:", "QA": "memory:"})
        [part] = list(out["RELEASED"].getFeatures())
        assert part["from_class"] == "CHA"  # DHA read through the database's lookups
        ledgers.append([f.attributes() for f in out["LEDGER"].getFeatures()])
    assert ledgers[0] == ledgers[1] and ledgers[0]


def test_dialogs_are_prefilled_with_a_loaded_postgis_database(saved_connection, pg_database,
                                                              provider):
    """A project that opened a PostGIS database is the loaded database: the
    algorithms open on its layers, its QGIS connection and its schema."""
    from qgis.core import QgsApplication
    from mine_action_mapper.store.loaded import loaded_database
    from mine_action_mapper.store.settings_store import database_values, write_database
    _group, layers = load_database(pg_database, QgsProject.instance())
    loaded = loaded_database()
    assert loaded.ref == pg_database and loaded.path is None

    def defaults(algorithm_id):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(
            "mineaction:" + algorithm_id)
        return {definition.name(): definition.defaultValue()
                for definition in algorithm.parameterDefinitions()}
    for algorithm in ("exporttaskorders", "exportoverview", "importrecords", "updatedatabase"):
        values = defaults(algorithm)
        assert (values["CONNECTION"], values["SCHEMA"], values["DATABASE"]) == (
            saved_connection, pg_database.schema, None), algorithm
    assert defaults("computelandrelease")["HAZARDS"] == layers["hazards"].id()
    assert defaults("exporttaskorders")["TASKS"] == layers["tasks"].id()
    # its settings are stored in its schema_info, as in a GeoPackage
    write_database(loaded.database, {"authority": "Examplia National MAC"})
    assert database_values(pg_database)["authority"] == "Examplia National MAC"
    assert defaults("exportoverview")["AUTHORITY"] == "Examplia National MAC"
