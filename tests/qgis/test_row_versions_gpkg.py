"""No lost update on a GeoPackage: two officers open one file (as on a shared
drive) through QGIS's own OGR provider, and SQLite's triggers
(store/row_versions.py) refuse the save made from an old version."""

import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer, QgsVectorLayerUtils

from mine_action_mapper.store import row_versions

pytestmark = pytest.mark.usefixtures("clean_slate")

SQUARE = "MULTIPOLYGON(((30 10, 30.01 10, 30.01 10.01, 30 10)))"


def _rows(path, query, values=()):
    with sqlite3.connect(path) as connection:
        return connection.execute(query, values).fetchall()


def _officer(path, name):
    """A layer as QGIS opens it: the stored form and its defaults load."""
    layer = QgsVectorLayer("{}|layername=hazards".format(path), name, "ogr")
    assert layer.isValid()
    return layer


def _add_hazard(path, hazard_id, **values):
    layer = _officer(path, "setup")
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature["hazard_id"] = hazard_id
    for name, value in values.items():
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromWkt(SQUARE))
    assert layer.startEditing() and layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def test_the_second_of_two_editors_is_refused_and_nothing_is_lost(database):
    _add_hazard(database, "H-7", name="Old name", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    assert _rows(database, "SELECT row_version FROM hazards") == [(1,)]
    officer_a, officer_b = _officer(database, "A"), _officer(database, "B")
    feature_a, feature_b = next(officer_a.getFeatures()), next(officer_b.getFeatures())
    fields = officer_a.fields()
    assert officer_a.startEditing() and officer_b.startEditing()
    assert officer_a.changeAttributeValue(feature_a.id(), fields.indexOf("status"), "closed")
    assert officer_b.changeAttributeValue(feature_b.id(), fields.indexOf("name"), "B's name")
    assert officer_b.changeAttributeValue(feature_b.id(), fields.indexOf("region"), "South")
    assert officer_a.changeGeometry(feature_a.id(), QgsGeometry.fromWkt(
        "MULTIPOLYGON(((30 10, 30.02 10, 30.02 10.02, 30 10)))"))
    assert officer_a.commitChanges(), officer_a.commitErrors()
    saved = _rows(database, "SELECT name, status, row_version, geom FROM hazards")
    assert [row[:3] for row in saved] == [("Old name", "closed", 2)]

    assert not officer_b.commitChanges()  # from version 1, after A saved version 2
    errors = " ".join(officer_b.commitErrors())
    assert "hazards: changed by another editor since you opened it" in errors, errors
    assert row_versions.is_conflict(errors)
    officer_b.rollBack()
    assert _rows(database, "SELECT name, status, row_version, geom FROM hazards") == saved

    again = _officer(database, "B again")  # B reloads: the save goes in
    feature = next(again.getFeatures())
    assert again.startEditing()
    assert again.changeAttributeValue(feature.id(), fields.indexOf("name"), "B's name")
    assert again.commitChanges(), again.commitErrors()
    assert _rows(database, "SELECT name, status, row_version FROM hazards") == [
        ("B's name", "closed", 3)]


def test_a_geometry_edit_alone_carries_the_version(database):
    _add_hazard(database, "H-8", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    layer = _officer(database, "editor")
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    assert layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(
        "MULTIPOLYGON(((31 10, 31.01 10, 31.01 10.01, 31 10)))"))
    assert layer.commitChanges(), layer.commitErrors()
    assert _rows(database, "SELECT row_version FROM hazards") == [(2,)]


def test_known_gap_qgis_writes_a_stale_geometry_before_its_refused_version(database):
    """QGIS's OGR provider (3.22, 3.40 and 3.44) commits a changed geometry
    in a transaction of its own, before the attributes that carry the
    version: a stale save's attributes are refused, its geometry is already
    written (docs/postgis.md). This test fails the day QGIS writes both at
    once: then tighten the rule."""
    _add_hazard(database, "H-8", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    stale, editor = _officer(database, "stale"), _officer(database, "editor")
    assert stale.startEditing() and editor.startEditing()
    fid = next(stale.getFeatures()).id()
    assert stale.changeGeometry(fid, QgsGeometry.fromWkt(
        "MULTIPOLYGON(((32 10, 32.01 10, 32.01 10.01, 32 10)))"))
    assert editor.changeAttributeValue(fid, editor.fields().indexOf("name"), "Saved")
    assert editor.commitChanges(), editor.commitErrors()
    assert not stale.commitChanges()
    stale.rollBack()
    [(name, version, geometry)] = _rows(database, "SELECT name, row_version, geom FROM hazards")
    assert (name, version) == ("Saved", 2)
    written = _officer(database, "check")
    assert next(written.getFeatures()).geometry().boundingBox().xMinimum() == 32.0


def test_sql_clients_must_name_the_version_they_make(database):
    _add_hazard(database, "H-9", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    from mine_action_mapper.store.migrate import register_gpkg_functions
    with sqlite3.connect(database) as connection:
        register_gpkg_functions(connection)  # what the GeoPackage's R-tree triggers call
        with pytest.raises(sqlite3.IntegrityError, match="hazards: changed by another"):
            connection.execute("UPDATE hazards SET status = 'closed'")  # unaware client
        connection.execute("UPDATE hazards SET status = 'closed', row_version = 2")
        with pytest.raises(sqlite3.IntegrityError, match="changed by another editor"):
            connection.execute("UPDATE hazards SET status = 'open', row_version = 2")
        connection.execute("UPDATE hazards SET status = 'suspended', row_version = -3")
        connection.execute("INSERT INTO lookups (vocabulary, code, label, base_code) "
                           "VALUES ('hazard_class', 'DHA', 'Defined', 'CHA')")
        with pytest.raises(sqlite3.IntegrityError, match="lookups: changed by another"):
            connection.execute("UPDATE lookups SET label = 'x' WHERE code = 'DHA'")
    assert _rows(database, "SELECT status, row_version FROM hazards") == [("suspended", 3)]
    assert _rows(database, "SELECT row_version FROM lookups WHERE code = 'DHA'") == [(1,)]
