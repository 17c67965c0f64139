"""No lost update on a GeoPackage: two officers open one file (as on a shared
drive) through QGIS's own OGR provider, and SQLite's triggers
(store/row_versions.py) refuse the save made from an old version."""

import sqlite3

import pytest
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsVectorLayer,
                       QgsVectorLayerUtils)

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


def _add_hazard(path, hazard_id, wkt=SQUARE, **values):
    layer = _officer(path, "setup")
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature["hazard_id"] = hazard_id
    for name, value in values.items():
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
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


def _extent(path):
    layer = _officer(path, "check")
    return next(layer.getFeatures()).geometry().boundingBox().xMinimum()


def _found_at(path, x):
    """Feature ids a spatial filter (the GeoPackage's R-tree) finds near x, 10."""
    layer = _officer(path, "index")
    box = QgsRectangle(x + 0.001, 10.001, x + 0.002, 10.002)
    return [feature["hazard_id"] for feature in layer.getFeatures(
        QgsFeatureRequest().setFilterRect(box))]


def test_a_stale_geometry_is_refused_with_its_attributes(database):
    """QGIS's OGR provider (3.22, 3.40 and 3.44) saves a changed geometry in
    a transaction of its own, before the attributes that carry the version:
    the geometry is held until they come (store/row_versions.py), so a stale
    save is refused whole and the other officer's record stays."""
    _add_hazard(database, "H-8", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    stale, editor = _officer(database, "stale"), _officer(database, "editor")
    assert stale.startEditing() and editor.startEditing()
    fid = next(stale.getFeatures()).id()
    assert stale.changeGeometry(fid, QgsGeometry.fromWkt(
        "MULTIPOLYGON(((32 10, 32.01 10, 32.01 10.01, 32 10)))"))
    assert editor.changeGeometry(fid, QgsGeometry.fromWkt(
        "MULTIPOLYGON(((31 10, 31.01 10, 31.01 10.01, 31 10)))"))
    assert editor.changeAttributeValue(fid, editor.fields().indexOf("name"), "Saved")
    assert editor.commitChanges(), editor.commitErrors()
    assert (_extent(database), _found_at(database, 31)) == (31.0, ["H-8"])

    assert not stale.commitChanges()
    assert row_versions.is_conflict(" ".join(stale.commitErrors()))
    [(name, version)] = _rows(database, "SELECT name, row_version FROM hazards")
    assert (name, row_versions.version_read(version)) == ("Saved", 2)
    assert _extent(database) == 31.0  # the editor's geometry, not the stale one
    assert (_found_at(database, 31), _found_at(database, 32)) == (["H-8"], [])
    assert not stale.commitChanges()  # saving again is refused again
    stale.rollBack()
    assert _extent(database) == 31.0

    again = _officer(database, "reloaded")  # a save from the version now stored
    assert again.startEditing()
    assert again.changeAttributeValue(fid, again.fields().indexOf("status"), "closed")
    assert again.commitChanges(), again.commitErrors()
    assert _rows(database, "SELECT name, status, row_version FROM hazards") == [
        ("Saved", "closed", 3)]
    assert _extent(database) == 31.0
    assert _rows(database, "SELECT count(*) FROM " + row_versions.HELD_TABLE) == [(0,)]


def test_two_saves_of_geometries_in_turn_both_go_in(database):
    _add_hazard(database, "H-8", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    for number, x in enumerate((33, 34), start=2):
        layer = _officer(database, "editor")
        fid = next(layer.getFeatures()).id()
        assert layer.startEditing()
        assert layer.changeGeometry(fid, QgsGeometry.fromWkt(
            "MULTIPOLYGON((({0} 10, {0}.01 10, {0}.01 10.01, {0} 10)))".format(x)))
        assert layer.commitChanges(), layer.commitErrors()
        assert _rows(database, "SELECT row_version FROM hazards") == [(number,)]
        assert (_extent(database), _found_at(database, x)) == (x, ["H-8"])


def test_a_held_geometry_too_old_is_not_written(database):
    """A geometry UPDATE whose versioned UPDATE does not follow soon (a
    client that changes only a geometry and stops) is never written."""
    _add_hazard(database, "H-8", hazard_class="SHA", status="open",
                date_of_information="2024-01-01")
    _add_hazard(database, "H-9", wkt="MULTIPOLYGON(((35 10, 35.01 10, 35.01 10.01, 35 10)))",
                hazard_class="SHA", status="open", date_of_information="2024-01-01")
    from mine_action_mapper.store.migrate import register_gpkg_functions
    with sqlite3.connect(database) as connection:
        register_gpkg_functions(connection)
        [(other,)] = connection.execute("SELECT geom FROM hazards WHERE hazard_id = 'H-9'")
        connection.execute("DELETE FROM hazards WHERE hazard_id = 'H-9'")
        [(geometry,)] = connection.execute("SELECT geom FROM hazards").fetchall()
        connection.execute("UPDATE hazards SET geom = ?", (other,))  # no version: held
        [(held, version)] = connection.execute("SELECT geom, row_version FROM hazards")
        assert (held, row_versions.version_read(version)) == (geometry, 1)
        connection.execute("UPDATE {} SET held_at = held_at - 1".format(row_versions.HELD_TABLE))
        with pytest.raises(sqlite3.IntegrityError, match="changed by another editor"):
            connection.execute("UPDATE hazards SET status = 'closed', row_version = -2")
        # a client that read the marked row writes its change, without the geometry
        connection.execute("UPDATE hazards SET status = 'closed', row_version = ?",
                           (version + 1,))
    assert _rows(database, "SELECT status, row_version, geom FROM hazards") == [
        ("closed", 2, geometry)]


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
