"""Settings kept per database (schema_info) and per user (QgsSettings of the
throw-away test profile), which value wins, the options page and the docks."""

import os
import sqlite3

import pytest
from qgis.core import QgsProject, QgsSettings

from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.core.schema import SCHEMA_VERSION
from mine_action_mapper.core.settings import PAPERS, Settings
from mine_action_mapper.core.traverse import Tolerance
from mine_action_mapper.layouts import layout_templates
from mine_action_mapper.styles.project import load_database
from mine_action_mapper.store.settings_store import (
    clear_user, database_values, effective_settings, task_order_language, user_settings,
    write_database, write_user)


pytestmark = pytest.mark.usefixtures("clean_slate")


def _rows(path):
    with sqlite3.connect(path) as connection:
        return dict(connection.execute(
            "SELECT key, value FROM schema_info WHERE key LIKE 'setting.%'").fetchall())


def test_user_defaults_round_trip_in_the_test_profile():
    assert QgsSettings().fileName().startswith(os.environ["QGIS_CUSTOM_CONFIG_PATH"])
    assert user_settings() == Settings()
    chosen = Settings(min_precision=400.0, max_misclosure_m=1.5, authority="Examplia MAC",
                      paper="a3_landscape", language="fr")
    write_user(chosen)
    assert QgsSettings().value("mine_action_mapper/min_precision") == "400"
    assert user_settings() == chosen
    clear_user()
    assert user_settings() == Settings()


# a new database holds the language it was created in (English here)
CREATED = {"language": "en"}


def test_database_values_round_trip_in_one_edit(database):
    assert database_values(database) == CREATED
    write_database(database, {"min_precision": "1000", "authority": "Examplia MAC"})
    assert _rows(database) == {"setting.min_precision": "1000",
                               "setting.authority": "Examplia MAC", "setting.language": "en"}
    assert database_values(database) == dict(CREATED, min_precision="1000",
                                              authority="Examplia MAC")
    write_database(database, {"min_precision": "750", "authority": None})  # None removes
    assert _rows(database) == {"setting.min_precision": "750", "setting.language": "en"}
    with sqlite3.connect(database) as connection:  # the schema rows are untouched
        assert connection.execute("SELECT value FROM schema_info WHERE key = "
                                  "'schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_database_then_user_then_built_in(database, tmp_path):
    assert effective_settings(database) == Settings(language="en")
    write_user(Settings(min_precision=300.0, sliver_tolerance_m2=5.0))
    assert effective_settings(database).min_precision == 300.0
    assert effective_settings(None).min_precision == 300.0  # outside a database
    write_database(database, {"min_precision": "900"})
    settings = effective_settings(database)
    assert settings.min_precision == 900.0  # the database's own value
    assert settings.sliver_tolerance_m2 == 5.0  # the user's default
    assert settings.max_leg_m == 2000.0  # built in
    csv = tmp_path / "survey.csv"
    csv.write_text("hazard_id\nHA-1\n", encoding="utf-8")
    assert effective_settings(str(csv)).min_precision == 300.0  # not a database


def test_bad_values_are_refused_and_nothing_is_written(database, tmp_path):
    write_database(database, {"authority": "Examplia MAC"})
    with pytest.raises(MineActionError) as error:
        write_database(database, {"authority": "Other", "max_leg_m": "-10"})
    assert error.value.field == "max_leg_m"
    assert "Longest traverse leg" in str(error.value)
    assert _rows(database) == {"setting.authority": "Examplia MAC", "setting.language": "en"}
    with pytest.raises(MineActionError) as error:
        write_database(database, {"colour": "red"})
    assert "colour" in str(error.value)
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(MineActionError) as error:
        write_database(str(other), {"authority": "X"})
    assert "notes.txt" in str(error.value)


def test_settings_papers_are_the_layout_papers_and_language_follows_qgis():
    assert PAPERS == layout_templates.PAPERS
    from mine_action_mapper.store.languages import ui_language
    assert task_order_language(Settings()) == ui_language()
    assert task_order_language(Settings(language="fr")) == "fr"


# ------------------------------------------------------------ options page
def test_options_page_edits_user_and_database_values(database, iface):
    from mine_action_mapper.ui.options_page import MineActionOptionsFactory
    write_database(database, {"min_precision": "800"})
    load_database(database, QgsProject.instance())
    applied = []
    factory = MineActionOptionsFactory(iface, lambda: applied.append(True))
    assert factory.title() == "Mine Action" and not factory.icon().isNull()
    page = factory.createWidget(None)
    user, own = page.user_form, page.database_form
    assert own is not None
    assert own.checks["min_precision"].isChecked()
    assert own.editors["min_precision"].value() == 800
    assert not own.checks["authority"].isChecked()
    assert not own.editors["authority"].isEnabled()

    user.editors["min_precision"].setValue(250)
    user.editors["authority"].setText("Examplia MAC")
    user.editors["paper"].setCurrentIndex(user.editors["paper"].findData("a3_landscape"))
    own.checks["max_misclosure_m"].setChecked(True)
    own.editors["max_misclosure_m"].setValue(2.5)
    own.checks["min_precision"].setChecked(False)  # back to the user's default
    assert page.apply() is True
    assert applied == [True]

    stored = user_settings()
    assert (stored.min_precision, stored.authority, stored.paper) == (
        250.0, "Examplia MAC", "a3_landscape")
    assert database_values(database) == dict(CREATED, max_misclosure_m="2.5")
    settings = effective_settings(database)
    assert (settings.min_precision, settings.max_misclosure_m) == (250.0, 2.5)
    page.deleteLater()


def test_options_page_without_a_database_edits_user_defaults_only(iface):
    from mine_action_mapper.ui.options_page import MineActionOptionsPage
    page = MineActionOptionsPage(None, iface)
    assert page.database_form is None
    page.user_form.editors["language"].setCurrentIndex(
        page.user_form.editors["language"].findData("fr"))
    assert page.apply()
    assert user_settings().language == "fr"
    page.deleteLater()


def test_plugin_registers_and_removes_the_options_page(iface, qgis_processing):
    from mine_action_mapper import classFactory
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        assert [type(f).__name__ for f in iface.options_factories] == [
            "MineActionOptionsFactory"]
    finally:
        plugin.unload()
    assert iface.options_factories == []


# ------------------------------------------------------------------- docks
def test_traverse_dock_starts_from_the_stored_tolerance(database, iface):
    from mine_action_mapper.ui.traverse_dock import TraverseDock
    write_user(Settings(min_precision=350.0, max_misclosure_m=1.25, max_leg_m=80.0))
    dock = TraverseDock(iface)
    try:
        assert dock.precision_spin.value() == 350
        assert dock.max_spin.value() == 1.25
        assert dock.tolerance() == Tolerance(1.25, 350)
        assert dock.max_leg_m == 80.0
    finally:
        dock.cleanup()
        dock.deleteLater()
    write_database(database, {"min_precision": "1200"})
    load_database(database, QgsProject.instance())
    dock = TraverseDock(iface)
    try:
        assert dock.precision_spin.value() == 1200  # the database's own value wins
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_land_release_dock_previews_with_the_database_sliver_tolerance(
        database, iface, add_rows):
    """A 4 m² sliver is released with the built-in 1 m² tolerance and is not
    with the database's 10 m²."""
    from qgis.PyQt.QtCore import QDate
    from shapely.geometry import box
    from mine_action_mapper.core import geodesy
    from mine_action_mapper.ui.land_release_dock import LandReleaseDock
    sliver = box(30.0, 10.0, 30.0000183, 10.0000181)
    assert 3.0 < geodesy.area_m2(sliver) < 5.0
    add_rows(database, "hazards", [{"hazard_id": "HA-1", "hazard_class": "CHA",
                                    "status": "open", "geometry": box(30.0, 10.0, 30.001, 10.001),
                                    "date_of_information": QDate(2020, 1, 1)}])
    load_database(database, QgsProject.instance())
    dock = LandReleaseDock(iface)
    try:
        dock.set_hazard("HA-1")
        dock.set_activity_geometry(sliver)
        dock.activity_id_edit.setText("A-1")
        assert dock.set_choice(dock.type_combo, "clearance")
        assert dock.set_choice(dock.outcome_combo, "cleared")
        released = dock.preview().ledger["HA-1"].released_m2
        assert released == pytest.approx(geodesy.area_m2(sliver), rel=1e-6)
        write_database(database, {"sliver_tolerance_m2": "10"})
        # the dock reads settings once; the Options page's apply tells it
        # (plugin._settings_applied), as it tells the survey dock
        dock.apply_settings()
        assert dock.preview().ledger["HA-1"].released_m2 == 0.0
    finally:
        dock.cleanup()
        dock.deleteLater()
