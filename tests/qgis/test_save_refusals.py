"""A save the database refuses is told on the message bar in the user's
language, naming the layer and the records (ui/save_refusals.py), on both
backends; the triggers' own text stays the stable English one."""

import pytest
from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsProject, QgsVectorLayerUtils

from mine_action_mapper.store import languages, roles, row_versions
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.reference import DatabaseRef
from mine_action_mapper.ui.save_refusals import SaveRefusals, table_item

pytestmark = pytest.mark.usefixtures("clean_slate")


def _hazard(database, hazard_id):
    layer = open_layer(database, "hazards")
    feature = QgsVectorLayerUtils.createFeature(layer)
    for name, value in dict(hazard_id=hazard_id, hazard_class="SHA", status="open",
                            date_of_information="2024-01-01").items():
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromWkt(
        "MULTIPOLYGON(((30 10, 30.01 10, 30.01 10.01, 30 10)))"))
    assert layer.startEditing() and layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def _refused(watcher, layer):
    """Save ``layer`` as QGIS's Save button does; the message the watcher tells."""
    assert not layer.commitChanges()
    QgsApplication.processEvents()  # the watcher looks once QGIS has tried
    return watcher.check(layer, table_item(layer))


def test_a_conflicting_save_is_told_naming_the_layer_and_the_hazard(any_database, iface):
    _hazard(any_database, "H-7")
    project = QgsProject.instance()
    officer_a = open_layer(any_database, "hazards", "Hazards (A)")
    officer_b = open_layer(any_database, "hazards", "Hazards (B)")
    project.addMapLayers([officer_a, officer_b])
    watcher = SaveRefusals(iface, project)
    try:
        fid = next(officer_a.getFeatures()).id()
        for layer, name in ((officer_a, "A's name"), (officer_b, "B's name")):
            assert layer.startEditing()
            assert layer.changeAttributeValue(fid, layer.fields().indexOf("name"), name)
        assert officer_a.commitChanges(), officer_a.commitErrors()
        assert QgsApplication.processEvents() is None and watcher.check(officer_a, None) is None

        assert not officer_b.commitChanges()
        assert row_versions.is_conflict(" ".join(officer_b.commitErrors()))  # the stable text
        QgsApplication.processEvents()
        told = iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
        assert any(message.startswith("Not saved:Hazards (B): H-7 changed by another editor")
                   for message in told), told
        with languages.speaking("fr"):
            french = watcher.check(officer_b, table_item(officer_b))
        assert french.startswith("Hazards (B) : H-7 ") and "Annuler" in french, french
        officer_b.rollBack()
        assert next(open_layer(any_database, "hazards").getFeatures())["name"] == "A's name"
    finally:
        watcher.unload()


def test_an_operators_save_refused_by_row_level_security_names_the_record(
        pg_database, postgis, iface):
    """An operator's record of another organisation, saved from QGIS (as the
    land release dock's edits are, with QGIS's Save): told with its ID."""
    login = "{}_operator_login".format(pg_database.schema)
    connection = postgis.connect()
    with connection, connection.cursor() as cursor:
        cursor.execute('CREATE ROLE "{}" LOGIN PASSWORD %s'.format(login), ("operator pw",))
    connection.close()
    roles.set_up(pg_database)
    roles.set_up(pg_database, login, "operator", "Examplia Demining Unit")
    operator = DatabaseRef(conninfo="dbname='{}' host={} port={} user='{}' password='operator pw' "
                                    "sslmode=disable".format(postgis.dbname, postgis.host,
                                                             postgis.port, login),
                           schema=pg_database.schema)
    layer = open_layer(operator, "land_release_activities", "Activities")
    QgsProject.instance().addMapLayer(layer)
    watcher = SaveRefusals(iface, QgsProject.instance())
    try:
        feature = QgsVectorLayerUtils.createFeature(layer)
        for name, value in dict(activity_id="ACT-9", activity_type="nts", outcome="cancelled",
                                end_date="2024-06-01",
                                organisation="Northern Clearance Group").items():
            feature[name] = value
        assert layer.startEditing() and layer.addFeature(feature)
        message = _refused(watcher, layer)
        assert message.startswith("Activities: ACT-9 not saved. "), message
        assert "its own organisation" in message, message
    finally:
        watcher.unload()
        layer.rollBack()
        QgsProject.instance().removeAllMapLayers()
        connection = postgis.connect()
        with connection, connection.cursor() as cursor:
            cursor.execute('DROP SCHEMA "{}" CASCADE'.format(pg_database.schema))
            for name in list(roles.group_names(pg_database.schema).values()) + [login]:
                cursor.execute('DROP OWNED BY "{0}"; DROP ROLE "{0}"'.format(name))
        connection.close()
