"""Algorithm dialogs open pre-filled with the project's mine action database,
and setting parameters follow the chosen database's settings; errors reach
the "Mine Action" log tab."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject

from mine_action_mapper.core.land_release import DEFAULT_TOLERANCE_M2
from mine_action_mapper.core.settings import Settings
from mine_action_mapper.processing.defaults import loaded_database
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.importer import csv_layer, import_records
from mine_action_mapper.store.log import TAG
from mine_action_mapper.styles.project import load_database
from mine_action_mapper.store.settings_store import write_database, write_user

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
OUTPUTS = {"REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
           "HISTORY": "memory:", "QA": "memory:"}


pytestmark = pytest.mark.usefixtures("clean_slate")


@pytest.fixture()
def sample_db(database):
    """The sample programme's activities and survey points, and its hazards
    with a geometry (the digitised one)."""
    for table in ("land_release_activities", "survey_points", "tasks"):
        with_geometry = table != "survey_points"
        source = csv_layer(str(SAMPLE / (table + ".csv")), with_geometry=with_geometry,
                           crs="EPSG:4326" if with_geometry else None)
        import_records(source, open_layer(database, table), table,
                       open_layer(database, "lookups"))
    return database


def _loaded(path):
    _group, layers = load_database(path, QgsProject.instance())
    return layers


def _defaults(algorithm_id):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "mineaction:" + algorithm_id)
    return {definition.name(): definition.defaultValue()
            for definition in algorithm.parameterDefinitions()}


def test_without_a_database_inputs_have_no_default(provider):
    assert loaded_database().path is None
    compute = _defaults("computelandrelease")
    assert compute["HAZARDS"] is None and compute["ACTIVITIES"] is None
    assert compute["TOLERANCE"] == DEFAULT_TOLERANCE_M2
    assert _defaults("updatedatabase")["DATABASE"] is None
    assert _defaults("hazardpolygonsfromsurvey")["MIN_PRECISION"] == 200.0
    assert _defaults("applystyles")["LAYERS"] is None


def test_dialogs_are_prefilled_with_the_loaded_database(sample_db, provider):
    layers = _loaded(sample_db)
    loaded = loaded_database()
    assert Path(loaded.path) == Path(sample_db).resolve()
    compute = _defaults("computelandrelease")
    assert compute["HAZARDS"] == layers["hazards"].id()
    assert compute["ACTIVITIES"] == layers["land_release_activities"].id()
    for algorithm in ("updatedatabase", "exporttaskorders", "exportoverview",
                      "importrecords", "exportrecords"):
        assert Path(_defaults(algorithm)["DATABASE"]) == Path(sample_db).resolve(), algorithm
    assert _defaults("exporttaskorders")["TASKS"] == layers["tasks"].id()
    assert _defaults("hazardpolygonsfromsurvey")["INPUT"] == layers["survey_points"].id()
    assert _defaults("declinationatpoints")["INPUT"] == layers["survey_points"].id()
    assert _defaults("surveytablefrompolygons")["INPUT"] == layers["hazards"].id()
    styled = _defaults("applystyles")["LAYERS"]
    assert layers["hazards"].id() in styled and layers["lookups"].id() not in styled
    assert _defaults("opendatabase")["INPUT"] is None  # it is for another database


def test_a_prefilled_dialog_runs_as_it_opens(database, provider, add_rows):
    """Compute land release with the values its dialog opens with (the
    dialog passes every value it shows) and only the outputs chosen."""
    import processing
    import shapely
    from qgis.PyQt.QtCore import QDate
    add_rows(database, "hazards", [dict(
        hazard_id="H1", hazard_class="SHA", status="open", date_of_information=QDate(2020, 1, 1),
        geometry=shapely.box(30.0, 10.0, 30.004, 10.004))])
    add_rows(database, "land_release_activities", [dict(
        activity_id="A1", hazard_id="H1", activity_type="nts", outcome="cancelled",
        end_date=QDate(2021, 2, 1), geometry=shapely.box(30.003, 10.0, 30.004, 10.004))])
    _loaded(database)
    parameters = {name: value for name, value in _defaults("computelandrelease").items()
                  if value is not None}
    parameters.update(OUTPUTS)
    ledger = processing.run("mineaction:computelandrelease", parameters)["LEDGER"]
    [row] = ledger.getFeatures()
    assert row["hazard_id"] == "H1" and row["cancelled_m2"] > 0


def test_setting_defaults_come_from_settings(sample_db, provider):
    write_user(Settings(min_precision=450.0, sliver_tolerance_m2=3.0, authority="Examplia MAC",
                        paper="a3_landscape"))
    assert _defaults("hazardpolygonsfromsurvey")["MIN_PRECISION"] == 450.0
    assert _defaults("computelandrelease")["TOLERANCE"] == 3.0
    assert _defaults("exportoverview")["AUTHORITY"] == "Examplia MAC"
    assert _defaults("exporttaskorders")["PAPER"] == 1
    write_database(sample_db, {"min_precision": "900", "max_misclosure_m": "4"})
    _loaded(sample_db)  # the loaded database's own values come first
    polygons = _defaults("hazardpolygonsfromsurvey")
    assert (polygons["MIN_PRECISION"], polygons["MAX_MISCLOSURE"]) == (900.0, 4.0)


def _closure_tolerances(survey_layer, **extra):
    import processing
    parameters = {"INPUT": survey_layer, "OUTPUT": "memory:", "POINTS": "memory:",
                  "REPORT": "memory:", "ADJUST": False}
    parameters.update(extra)
    report = processing.run("mineaction:hazardpolygonsfromsurvey", parameters)["REPORT"]
    return {(python_value(f["tolerance_precision"]), python_value(f["tolerance_m"]))
            for f in report.getFeatures()}


def test_a_parameter_left_at_its_default_takes_the_chosen_database_setting(
        sample_db, provider):
    write_user(Settings(min_precision=450.0))
    survey = open_layer(sample_db, "survey_points")
    # no setting in the database: the user's default
    assert _closure_tolerances(survey) == {(450.0, None)}
    write_database(sample_db, {"min_precision": "1000", "max_misclosure_m": "3"})
    # left out, or given as the default shown: the database's own values
    assert _closure_tolerances(survey) == {(1000.0, 3.0)}
    assert _closure_tolerances(survey, MIN_PRECISION=450.0) == {(1000.0, 3.0)}
    # typed in: used as given
    assert _closure_tolerances(survey, MIN_PRECISION=300.0, MAX_MISCLOSURE=1.0) == {
        (300.0, 1.0)}
    # a table outside any database: the user's default
    csv = csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False)
    assert _closure_tolerances(csv) == {(450.0, None)}


def test_algorithm_errors_are_logged_in_the_mine_action_tab(tmp_path, provider):
    import processing
    logged = []

    def record(message, tag, _level):
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        not_a_database = tmp_path / "empty.gpkg"
        from osgeo import gdal
        gdal.GetDriverByName("GPKG").Create(str(not_a_database), 0, 0, 0, gdal.GDT_Unknown)
        with pytest.raises(QgsProcessingException) as error:
            processing.run("mineaction:updatedatabase", {"DATABASE": str(not_a_database)})
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert "schema_info" in str(error.value)
    assert any(tag == TAG and "schema_info" in message for tag, message in logged)


def test_desktop_messages_go_to_the_bar_and_the_log(iface):
    from qgis.core import Qgis
    from mine_action_mapper.ui.messages import tell
    logged = []

    def record(message, tag, level):
        logged.append((tag, message, level))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        tell(iface, "Land release", "Hazard HA-1 has no geometry.", Qgis.MessageLevel.Warning)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert "Land release:Hazard HA-1 has no geometry." in iface.messageBar().get_messages(
        Qgis.MessageLevel.Warning)
    assert (TAG, "Land release: Hazard HA-1 has no geometry.", Qgis.MessageLevel.Warning) in logged


def test_the_longest_leg_setting_refuses_longer_legs(sample_db, provider):
    import processing
    survey = open_layer(sample_db, "survey_points")
    longest = max(f["distance_m"] for f in survey.getFeatures() if f["distance_m"])
    write_database(sample_db, {"max_leg_m": str(longest - 1.0)})
    result = processing.run("mineaction:hazardpolygonsfromsurvey", {
        "INPUT": survey, "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"})
    refused = [f for f in result["REPORT"].getFeatures() if f["result"] == "error"]
    assert result["FAILED"] >= 1 and len(refused) == result["FAILED"]
    assert any("longest leg" in f["warnings"] for f in refused)
    computed = processing.run("mineaction:hazardpolygonsfromsurvey", {
        "INPUT": survey, "MAX_LEG": longest, "OUTPUT": "memory:", "POINTS": "memory:",
        "REPORT": "memory:"})  # a value typed in wins over the database's
    assert computed["FAILED"] < result["FAILED"]


def test_selected_features_still_name_their_database(sample_db, provider):
    """A dialog with "Selected features only" passes a source definition."""
    from qgis.core import QgsProcessingFeatureSourceDefinition
    write_database(sample_db, {"min_precision": "1000"})
    survey = _loaded(sample_db)["survey_points"]
    survey.selectAll()
    chosen = QgsProcessingFeatureSourceDefinition(survey.id(), True)
    assert _closure_tolerances(chosen) == {(1000.0, None)}


def test_the_provider_reads_the_project_and_its_settings_once_per_load(
        sample_db, provider, monkeypatch):
    """Two dozen algorithms are made in one load; each used to read the
    project's layers and the database's settings table on its own. The
    counts are of the real functions, wrapped; the defaults stay right, and
    a later algorithm (a dialog opening) reads the settings afresh."""
    from mine_action_mapper.processing import defaults
    from mine_action_mapper.processing.registry import algorithm_classes
    from mine_action_mapper.store import loaded
    write_database(sample_db, {"min_precision": "900"})
    _loaded(sample_db)
    calls = {"settings": 0, "project": 0}

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper
    monkeypatch.setattr(defaults, "effective_settings",
                        counted("settings", defaults.effective_settings))
    monkeypatch.setattr(loaded, "loaded_database", counted("project", loaded.loaded_database))
    provider.refreshAlgorithms()  # what QGIS runs to (re)load a provider
    assert len(provider.algorithms()) == len(algorithm_classes()) > 20
    assert calls == {"settings": 1, "project": 1}
    polygons = _defaults("hazardpolygonsfromsurvey")
    assert polygons["MIN_PRECISION"] == 900.0
    assert _defaults("computelandrelease")["HAZARDS"] is not None
    write_database(sample_db, {"min_precision": "950"})
    assert _defaults("hazardpolygonsfromsurvey")["MIN_PRECISION"] == 950.0
    assert calls["settings"] == 4
