"""Upgrading a 0.1.0 database, and the explicit SHA -> CHA link it brings.

The fixture tests/fixtures/examplia-0.1.0.gpkg.gz is the sample programme
exactly as Mine Action Mapper 0.1.0 left it after README's demo (its update
re-registered EX-HA-0002's confirmed part as EX-HA-0002-CHA)."""

import datetime
import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
import shapely
from qgis.core import QgsProcessingException

from mine_action_mapper.core.codes import default_base_codes
from mine_action_mapper.core import schema, vocabulary
from mine_action_mapper.core.schema import SCHEMA_VERSION
from mine_action_mapper.store import migrate
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import to_shapely
from mine_action_mapper.store import land_release_io as records
from mine_action_mapper.store.lookups import base_codes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "examplia-0.1.0.gpkg.gz"
D = datetime.date
#: the ledger 0.1.0 printed for EX-HA-0002 in README's demo (m²)
LEDGER_0_1 = {"original_m2": 149195, "cancelled_m2": 32460, "reduced_nta_m2": 31666,
              "remaining_sha_m2": 32323, "remaining_cha_m2": 52746}


@pytest.fixture()
def old_db(tmp_path):
    path = tmp_path / "examplia-0.1.0.gpkg"
    with gzip.open(FIXTURE, "rb") as source, open(path, "wb") as target:
        shutil.copyfileobj(source, target)
    return str(path)


def _rows(path, exclude_columns=()):
    """Every row of every user table, without the given columns (a collection,
    or {table: columns}: a name added to one table may be an old column of
    another, such as organisation)."""
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents ORDER BY table_name")]
        dump = {}
        for table in tables:
            excluded = exclude_columns.get(table, ()) if isinstance(exclude_columns, dict) \
                else exclude_columns
            columns = [row[1] for row in connection.execute(
                'PRAGMA table_info("{}")'.format(table)) if row[1] not in excluded]
            dump[table] = sorted(connection.execute('SELECT {} FROM "{}"'.format(
                ", ".join('"{}"'.format(c) for c in columns), table)).fetchall(), key=repr)
        return dump


def _version(path):
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()[0]


def _run(algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters)


def test_upgrade_links_the_re_registered_part_and_keeps_every_record(old_db, provider):
    before = _rows(old_db)
    result = _run("upgradedatabase", {"DATABASE": old_db})
    assert (result["FROM_VERSION"], result["TO_VERSION"]) == (1, SCHEMA_VERSION)
    assert _version(old_db) == str(SCHEMA_VERSION)
    added = {item.name: [field.name for version in range(2, SCHEMA_VERSION + 1)
                         for layer, field in schema.fields_since(version) if layer is item]
             + [schema.ROW_VERSION] for item in schema.LAYERS}
    after = _rows(old_db, exclude_columns=added)
    new_lookups = {(vocab.name, term.code) for vocab in (
        vocabulary.REVIEW_STATUS, vocabulary.ACCIDENT_ACTIVITY) for term in vocab}
    for table in before:
        if table == "lookups":  # the lookups of schema 3's and 4's new vocabularies are added
            assert {row[1:3] for row in after[table]} == \
                {row[1:3] for row in before[table]} | new_lookups
            assert [row for row in after[table] if row[1:3] not in new_lookups] == \
                before[table]
        elif table not in ("schema_info", "layer_styles"):  # styles are saved anew
            assert after[table] == before[table], table
    for layer, field in schema.fields_since(3):  # every stored record counts as approved
        with sqlite3.connect(old_db) as connection:
            values = {row[0] for row in connection.execute('SELECT "{}" FROM "{}"'.format(
                field.name, layer.name))}
        assert values <= ({"approved"} if field.name == "review_status" else {None}), \
            (layer.name, field.name)
    for table in schema.VERSIONED:  # every stored row starts at version 1
        with sqlite3.connect(old_db) as connection:
            assert {row[0] for row in connection.execute('SELECT row_version FROM "{}"'
                                                         .format(table))} <= {1}, table
    for item in schema.LAYERS:  # the fields of a database created today
        names = open_layer(old_db, item.name).fields().names()
        assert sorted(names) == sorted(["fid"] + item.field_names() + (
            [schema.ROW_VERSION] if item.name in schema.VERSIONED else [])), item.name
    assert _rows(old_db)["accidents"] == []  # schema 4's table, empty
    names = open_layer(old_db, "land_release_activities").fields().names()
    assert names[names.index("review_status"):names.index(schema.ROW_VERSION) + 1] == [
        "review_status", "reviewed_by", "reviewed_at", schema.ROW_VERSION]  # as created
    with sqlite3.connect(old_db) as connection:  # schema 4: unique when set
        indexes = dict(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())
    for table in ("hazards", "land_release_activities", "eo_finds"):
        assert 'WHERE "external_id" IS NOT NULL' in indexes["uq_{}_external_id".format(table)]
    with sqlite3.connect(old_db) as connection:
        links = dict(connection.execute(
            "SELECT hazard_id, parent_hazard_id FROM hazards").fetchall())
        styles = connection.execute(
            "SELECT styleQML FROM layer_styles WHERE f_table_name = 'hazards'").fetchall()
    assert links.pop("EX-HA-0002-CHA") == "EX-HA-0002"
    assert set(links.values()) == {None}
    assert len(styles) == 1 and "parent_hazard_id" in styles[0][0]  # the new form
    assert 'type="RuleRenderer"' in styles[0][0]  # and the map style, not forms only

    # the hazard's account reads back exactly as 0.1.0 kept it
    codes = base_codes(open_layer(old_db, "lookups"))
    inputs = records.read_hazards(open_layer(old_db, "hazards"), codes,
                                  extra_fields=records.UPDATE_FIELDS)
    assert inputs.family["EX-HA-0002-CHA"] == "EX-HA-0002"
    row = records.stored_ledger(inputs, "EX-HA-0002", open_layer(old_db, "release_history"))
    for name, value in LEDGER_0_1.items():
        assert getattr(row, name) == pytest.approx(value, abs=1.0), name

    # running it again changes nothing
    state = _rows(old_db)
    again = _run("upgradedatabase", {"DATABASE": old_db})
    assert again["FROM_VERSION"] == again["TO_VERSION"] == SCHEMA_VERSION
    assert _rows(old_db) == state


@pytest.mark.parametrize("step", range(2, SCHEMA_VERSION + 1))
def test_a_failed_upgrade_leaves_the_database_as_it_was(old_db, provider, step):
    before = Path(old_db).read_bytes()
    with pytest.raises(RuntimeError):
        migrate.upgrade(old_db, fail_after_step=step)
    assert Path(old_db).read_bytes() == before
    assert _version(old_db) == "1"


def test_an_upgraded_database_updates_its_confirmed_part_in_place(old_db, provider,
                                                                  add_rows):
    _run("upgradedatabase", {"DATABASE": old_db})
    cha = open_layer(old_db, "hazards")
    [shape] = [to_shapely(f.geometry()) for f in cha.getFeatures()
               if f["hazard_id"] == "EX-HA-0002-CHA"]
    piece = shapely.intersection(shape, shapely.buffer(shape.representative_point(), 0.0003))
    add_rows(old_db, "land_release_activities", [{
        "activity_id": "EX-LR-0900", "activity_type": "clearance", "outcome": "cleared",
        "start_date": D(2025, 1, 1), "end_date": D(2025, 2, 1), "hazard_id": "EX-HA-0002-CHA",
        "organisation": "EXMAC", "geometry": piece}])
    out = _run("updatedatabase", {"DATABASE": old_db})
    assert out["HAZARDS_ADDED"] == 0  # no EX-HA-0002-CHA-2: the link is followed
    with sqlite3.connect(old_db) as connection:
        ids = [row[0] for row in connection.execute("SELECT hazard_id FROM hazards")]
        history = connection.execute(
            "SELECT hazard_id, event, outcome FROM release_history "
            "WHERE activity_id = 'EX-LR-0900'").fetchall()
    assert sorted(ids) == sorted(set(ids)) and "EX-HA-0002-CHA-2" not in ids
    assert ("EX-HA-0002", "released", "cleared") in history


def test_an_own_id_ending_in_cha_is_an_ordinary_hazard(database, provider, add_rows):
    """0.1.0 merged a user's own EX-HA-0100-CHA into EX-HA-0100 by its ID and
    ignored that hazard's history (issue 14); the link is now explicit."""
    sha = shapely.box(30.0, 10.0, 30.004, 10.004)
    own = shapely.box(30.01, 10.0, 30.014, 10.004)
    add_rows(database, "hazards", [
        {"hazard_id": "EX-HA-0100", "hazard_class": "SHA", "status": "open",
         "date_of_information": D(2020, 1, 1), "geometry": sha},
        {"hazard_id": "EX-HA-0100-CHA", "hazard_class": "CHA", "status": "open",
         "date_of_information": D(2020, 1, 1), "geometry": own}])
    add_rows(database, "land_release_activities", [{
        "activity_id": "A1", "activity_type": "clearance", "outcome": "cleared",
        "start_date": D(2021, 1, 1), "end_date": D(2021, 2, 1), "hazard_id": "EX-HA-0100-CHA",
        "geometry": shapely.box(30.01, 10.0, 30.012, 10.004)}])
    inputs = records.read_hazards(open_layer(database, "hazards"), default_base_codes())
    assert inputs.family == {"EX-HA-0100": "EX-HA-0100", "EX-HA-0100-CHA": "EX-HA-0100-CHA"}
    _run("updatedatabase", {"DATABASE": database})
    with sqlite3.connect(database) as connection:
        history = connection.execute(
            "SELECT hazard_id FROM release_history WHERE event = 'released'").fetchall()
    assert history == [("EX-HA-0100-CHA",)]


def test_an_older_database_is_refused_by_writers_until_upgraded(old_db, provider):
    with pytest.raises(QgsProcessingException) as error:
        _run("updatedatabase", {"DATABASE": old_db})
    assert "older version" in str(error.value) and "Upgrade mine action database" in str(
        error.value)


def test_the_desktop_offers_the_upgrade_where_it_says_read_only(old_db, iface,
                                                                 qgis_processing,
                                                                 monkeypatch):
    """Opening a 0.1.0 database: read-only layers, and a message bar item whose
    button runs Upgrade in its dialog, then loads the upgraded database."""
    import processing
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QPushButton
    from qgis.gui import QgsMessageBar
    from mine_action_mapper import classFactory
    bar = QgsMessageBar(iface.mainWindow())  # pytest-qgis's stand-in has no widgets
    monkeypatch.setattr(iface, "messageBar", lambda: bar)
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        plugin.load_database(old_db)
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().startswith(old_db)]
        assert layers and all(layer.readOnly() for layer in layers)
        buttons = [button for button in bar.findChildren(QPushButton)
                   if button.text() == "Upgrade…"]
        assert len(buttons) == 1
        # the dialog is modal: stand in for the officer who presses Run
        monkeypatch.setattr(processing, "execAlgorithmDialog",
                            lambda algorithm, parameters: processing.run(algorithm, parameters))
        buttons[0].click()
        assert _version(old_db) == str(SCHEMA_VERSION)
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().startswith(old_db)]
        assert layers and not any(layer.readOnly() for layer in layers)
    finally:
        QgsProject.instance().clear()
        plugin.unload()


def _as_of(layer, version):
    """``layer`` as schema ``version`` described it."""
    import dataclasses
    fields = tuple(field for field in layer.fields if field.since <= version)
    names = {field.name for field in fields}
    return dataclasses.replace(layer, fields=fields, form_tabs=tuple(
        (title, tuple(name for name in tab if name in names))
        for title, tab in layer.form_tabs))


@pytest.fixture()
def v3_db(old_db, provider, monkeypatch):
    """The 0.1.0 fixture upgraded by the shipped steps to schema 3 (its
    styles saved as the upgrade algorithm saves them), with a schema 3
    activity of its own: a schema 3 database as users hold them."""
    import processing
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)  # the plugin of schema 3
    monkeypatch.setattr(schema, "LAYERS", tuple(_as_of(item, 3) for item in schema.LAYERS
                                                if item.since <= 3))
    monkeypatch.setattr(vocabulary, "ALL", tuple(
        vocab for vocab in vocabulary.ALL if vocab is not vocabulary.ACCIDENT_ACTIVITY))
    processing.run("mineaction:upgradedatabase", {"DATABASE": old_db})
    monkeypatch.undo()
    assert _version(old_db) == "3"
    with sqlite3.connect(old_db) as connection:
        assert "accidents" not in {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master")}
        assert "team_women" not in {row[1] for row in connection.execute(
            "PRAGMA table_info(land_release_activities)")}
    return old_db


def test_a_schema_3_database_is_upgraded_to_4_keeping_every_record(v3_db, provider,
                                                                   add_rows):
    before = _rows(v3_db)
    result = _run("upgradedatabase", {"DATABASE": v3_db})
    assert (result["FROM_VERSION"], result["TO_VERSION"]) == (3, 4)
    added = {layer.name: [field.name for layer_, field in schema.fields_since(4)
                          if layer_ is layer] for layer in schema.LAYERS}
    after = _rows(v3_db, exclude_columns=added)
    new_lookups = {("accident_activity", code) for code in vocabulary.ACCIDENT_ACTIVITY.codes()}
    for table in before:
        if table == "lookups":
            assert [row for row in after[table] if row[1:3] not in new_lookups] == \
                before[table]
            assert {row[1:3] for row in after[table]} - {row[1:3] for row in before[table]} \
                == new_lookups
        elif table not in ("schema_info", "layer_styles"):
            assert after[table] == before[table], table
    with sqlite3.connect(v3_db) as connection:  # "not recorded", never zero
        for layer, field in schema.fields_since(4):
            assert {row[0] for row in connection.execute('SELECT "{}" FROM "{}"'.format(
                field.name, layer.name))} <= {None}, (layer.name, field.name)
        registered = connection.execute(
            "SELECT c.data_type, c.srs_id, g.geometry_type_name, e.extension_name "
            "FROM gpkg_contents c JOIN gpkg_geometry_columns g USING (table_name) "
            "JOIN gpkg_extensions e USING (table_name) "
            "WHERE table_name = 'accidents'").fetchall()
        styles = dict(connection.execute(
            "SELECT f_table_name, styleQML FROM layer_styles").fetchall())
    assert registered == [("features", 4326, "POINT", "gpkg_rtree_index")]
    assert 'name="beneficiaries_women"' in styles["land_release_activities"]
    assert 'name="killed_girls"' in styles["accidents"]
    # the new table works as a created one: QGIS writes to it, its spatial
    # index and row version follow
    add_rows(v3_db, "accidents", [{
        "accident_id": "EX-AC-0900", "accident_date": D(2024, 6, 1), "killed_boys": 1,
        "injured_women": 2, "activity_at_time": "herding", "device_category": "ap_mine",
        "geometry": shapely.Point(-108.8, 50.05)}])
    layer = open_layer(v3_db, "accidents")
    [feature] = layer.getFeatures()
    assert (feature["killed_boys"], feature["injured_women"], feature["killed_women"],
            feature["review_status"], feature[schema.ROW_VERSION]) == (1, 2, None,
                                                                       "approved", 1)
    from qgis.core import QgsFeatureSource
    assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    with sqlite3.connect(v3_db) as connection:
        assert connection.execute("SELECT count(*) FROM rtree_accidents_geom").fetchone() \
            == (1,)
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE "
                                  "table_name = 'accidents'").fetchone() == (1,)
        with pytest.raises(sqlite3.DatabaseError):  # a stale version is refused
            connection.execute("UPDATE accidents SET killed_boys = 2")


def test_a_failed_upgrade_from_3_leaves_the_database_as_it_was(v3_db):
    before = Path(v3_db).read_bytes()
    with pytest.raises(RuntimeError):
        migrate.upgrade(v3_db, fail_after_step=4)
    assert Path(v3_db).read_bytes() == before
    assert _version(v3_db) == "3"
