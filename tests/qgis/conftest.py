"""Fixtures for tests that need a real QgsApplication (pytest-qgis)."""

import gc
import sys

import pytest

sys.path.append("/usr/share/qgis/python/plugins")  # QGIS's own processing plugin


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test's report says which QGIS settings file the run used and
    what it held: two suites once shared one file (pytest-qgis keeps it in the
    checkout), and values one removed looked like a plugin bug in the other."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.when == "call":
        report.sections.append(("QGIS settings", _settings_state()))


def _settings_state():
    import os
    try:
        from qgis.PyQt.QtCore import QSettings
        settings = QSettings()
        settings.sync()
        name = settings.fileName()
        lines = ["file {} status {}".format(name, int(settings.status()))]
        for path in (name, name + ".lock", os.path.dirname(name)):
            lines.append("{}: {}".format(path, os.stat(path) if os.path.exists(path) else "missing"))
        lines.append("open file descriptors {}".format(len(os.listdir("/proc/self/fd"))))
        lines.append("groups {}".format(settings.childGroups()))
        return "\n".join(lines)
    except Exception as error:  # a diagnostic never hides the failure itself
        return "could not read: {!r}".format(error)


@pytest.fixture(scope="session", autouse=True)
def collect_before_qgis_exits(qgis_app):
    """Torn down before pytest-qgis's qgis_app (which it depends on): free
    the layers and projects tests left behind while QGIS is still running."""
    yield
    from qgis.core import QgsProject
    QgsProject.instance().clear()
    gc.collect()


@pytest.fixture()
def provider(qgis_app, qgis_processing):
    """The Mine Action provider, registered for one test only (the plugin
    lifecycle tests must start without it)."""
    from qgis.core import QgsApplication
    from mine_action_mapper.processing.provider import MineActionProvider
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("mineaction")
    if existing is not None:
        yield existing
        return
    instance = MineActionProvider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture(scope="session")
def profile(tmp_path_factory):
    """A QGIS profile with the packaged plugin installed and enabled, for
    qgis_process (built once per session)."""
    from qgis_process_runner import make_profile  # tests/fixtures
    return make_profile(tmp_path_factory.mktemp("qgis_process"))


@pytest.fixture()
def iface(qgis_iface):
    """pytest-qgis's interface, completed with the calls the plugin makes that
    the stand-in lacks; docks really go into its main window, and options
    pages are listed in ``qgis_iface.options_factories``."""
    window = qgis_iface.mainWindow()
    qgis_iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
    qgis_iface.removeDockWidget = lambda dock: window.removeDockWidget(dock)
    qgis_iface.options_factories = []
    qgis_iface.registerOptionsWidgetFactory = qgis_iface.options_factories.append
    qgis_iface.unregisterOptionsWidgetFactory = qgis_iface.options_factories.remove
    return qgis_iface


@pytest.fixture()
def add_rows():
    """``add_rows(path, table, rows)``: write rows (dicts; a shapely
    ``geometry``, dates as datetime.date) into a database table through an
    edit session, with the data model's defaults filled in."""
    def add(path, table, rows):
        import datetime
        from qgis.core import QgsVectorLayerUtils
        from qgis.PyQt.QtCore import QDate
        from mine_action_mapper.store.database import open_layer
        from mine_action_mapper.store.features import from_shapely
        layer = open_layer(path, table)
        features = []
        for row in rows:
            feature = QgsVectorLayerUtils.createFeature(layer)
            for name, value in row.items():
                if name == "geometry":
                    geometry = from_shapely(value)
                    geometry.convertToMultiType()
                    feature.setGeometry(geometry)
                elif isinstance(value, datetime.date):
                    feature[name] = QDate(value.year, value.month, value.day)
                else:
                    feature[name] = value
            features.append(feature)
        assert layer.startEditing() and layer.addFeatures(features)
        assert layer.commitChanges(), layer.commitErrors()
    return add


#: {kind: (path, what making it returned)} of the GeoPackages made once per run
_MADE_ONCE = {}


def _copy_of_made_once(kind, target, make, tmp_path_factory):
    """Copy into ``target`` the GeoPackage ``make(path)`` writes, made for the
    first test that asks for this ``kind`` and copied for the next (making
    one takes a second or more: stored styles, algorithms). Returns what
    ``make`` returned."""
    import shutil
    if kind not in _MADE_ONCE:
        path = tmp_path_factory.mktemp(kind) / "programme.gpkg"
        _MADE_ONCE[kind] = (str(path), make(path))
    path, result = _MADE_ONCE[kind]
    shutil.copyfile(path, target)
    return result


def _empty_geopackage(tmp_path, tmp_path_factory):
    """A fresh, empty, styled mine action GeoPackage in ``tmp_path``."""
    from mine_action_mapper.store.database import create_geopackage
    from mine_action_mapper.styles.symbology import apply_symbology
    path = str(tmp_path / "programme.gpkg")
    _copy_of_made_once("empty", path, lambda made: create_geopackage(
        str(made), style=apply_symbology), tmp_path_factory)
    return path


@pytest.fixture()
def database(tmp_path, tmp_path_factory, provider):
    """A fresh, empty mine action GeoPackage."""
    return _empty_geopackage(tmp_path, tmp_path_factory)


@pytest.fixture()
def clean_slate(qgis_app):
    """The test starts and ends with an empty current project and without
    user defaults (settings), whatever it loads or sets."""
    from qgis.core import QgsProject
    from mine_action_mapper.store.settings_store import clear_user
    clear_user()
    QgsProject.instance().clear()
    yield
    clear_user()
    QgsProject.instance().clear()


@pytest.fixture(scope="session")
def postgis():
    """A PostgreSQL/PostGIS server: the one MAM_TEST_PG_* names, else a
    throw-away one started for the session (tests/fixtures/postgis_server.py).
    Never skipped: a server that cannot start fails the tests that need it."""
    from postgis_server import PostgisServer, ServerError  # tests/fixtures
    try:
        server = PostgisServer.from_environment() or PostgisServer.start()
    except ServerError as error:
        pytest.fail("the PostgreSQL test server is not available: {}".format(error))
    yield server
    server.stop()


@pytest.fixture()
def pg_schema(postgis, request):
    """``make(name=None)``: a DatabaseRef to a schema of the test server that
    does not exist yet (unique per test; ``name`` quoted as given)."""
    import re
    from mine_action_mapper.store.reference import DatabaseRef
    base = re.sub(r"\W+", "_", request.node.name)[:40]
    made = []

    def make(name=None):
        name = name or "t_{}_{}".format(base, len(made))
        made.append(name)
        return DatabaseRef(conninfo=postgis.conninfo(), schema=name)
    return make


@pytest.fixture()
def pg_database(pg_schema, provider):
    """A fresh, empty mine action database on the test server, styled."""
    from mine_action_mapper.store.database import create_postgis
    from mine_action_mapper.styles.symbology import apply_symbology
    return create_postgis(pg_schema(), style=apply_symbology)


@pytest.fixture()
def saved_connection(postgis):
    """The name of a QGIS PostgreSQL connection to the test server, saved."""
    from qgis.core import QgsProviderRegistry
    name = "Examplia national (tests)"
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(postgis.conninfo(), {
        "saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, name)
    yield name
    metadata.deleteConnection(name)


def _new_backend(request, tmp_path):
    """A Backend (tests/fixtures/backends.py) for ``request.param`` whose
    database does not exist yet: a GeoPackage in ``tmp_path``, or a new schema
    on the session's server (its name quoted: capitals and a space)."""
    import backends  # tests/fixtures
    if request.param == backends.GPKG:
        return backends.gpkg_backend(tmp_path / "programme.gpkg")
    import secrets
    make = request.getfixturevalue("pg_schema")
    return backends.postgis_backend(make("Programme {}".format(secrets.token_hex(4))))


@pytest.fixture(params=["gpkg", "postgis"])
def backend(request, tmp_path, tmp_path_factory, provider):
    """The sample programme in a fresh mine action database on each backend,
    made by the real algorithms (createdatabase, hazardpolygonsfromsurvey,
    importrecords: the demo's steps 1-3). The GeoPackage is made once per
    run and each test gets its own copy of the file (a PostGIS schema is
    made anew, which is quick)."""
    import backends  # tests/fixtures
    made = _new_backend(request, tmp_path)
    if made.is_postgis:
        made.imported = backends.import_sample(made)
        return made
    imported = _copy_of_made_once(
        "sample", made.database,
        lambda path: backends.import_sample(backends.gpkg_backend(path)), tmp_path_factory)
    made.imported = dict(imported)
    return made


@pytest.fixture(params=["gpkg", "postgis"])
def any_database(request, tmp_path, tmp_path_factory, provider):
    """A fresh, empty, styled mine action database on each backend: the
    GeoPackage path or the PostGIS DatabaseRef (what ``add_rows`` and the
    store functions take)."""
    from mine_action_mapper.store.database import create_postgis
    from mine_action_mapper.styles.symbology import apply_symbology
    if request.param == "gpkg":
        return _empty_geopackage(tmp_path, tmp_path_factory)
    import secrets
    schema = request.getfixturevalue("pg_schema")("Programme {}".format(secrets.token_hex(4)))
    return create_postgis(schema, style=apply_symbology)
