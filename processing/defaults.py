"""Parameter defaults from the project and the settings.

Desktop: when the project holds a mine action database (the layer group that
``styles.project.load_database`` makes), an algorithm dialog opens with that
database's layers and file already chosen, and with its settings. QGIS asks
``initAlgorithm`` for the definitions each time it makes an algorithm for a
dialog, so the defaults follow the project. Without such a project
(qgis_process, a new project) inputs have no default and settings come from
the user's defaults, so nothing changes for scripts.

Settings rule: Processing fixes a parameter's default when the algorithm is
made, before the user picks the database. So a setting parameter left at
its default means "the chosen database's setting": at run time it takes the
database's own value (else the user default, else the built-in one). A value
typed in that differs from the default is used as given.
"""

from contextlib import contextmanager

from ..core.errors import MineActionError
from ..core.settings import Settings
from ..store import loaded
from ..store.log import log
from ..store.settings_store import effective_settings
from ..store.sources import geopackage_file, postgres_table

#: what was read while the provider makes its algorithms ({key: value}), else None
_held = None


@contextmanager
def held():
    """Within the block the project's database and its settings are read once.
    The provider makes its two dozen algorithms in a row, each asking for
    both: reading the project's layers and the database's settings table
    every time cost a quarter of a second per load with a database loaded."""
    global _held
    outer = _held
    if _held is None:  # a block inside another keeps the outer one's reads
        _held = {}
    try:
        yield
    finally:
        _held = outer


def _once(key, read):
    if _held is None:
        return read()
    if key not in _held:
        _held[key] = read()
    return _held[key]


def loaded_database():
    """The mine action database loaded in the current project
    (``store.loaded.loaded_database``), read once while ``held``."""
    return _once("loaded database", loaded.loaded_database)


def current_settings(database=None):
    """Settings for parameter defaults: the loaded database's, else the
    user's defaults, else the built-in ones."""
    database = database if database is not None else loaded_database()
    return _once(("settings", database.ref), lambda: _settings_of(database))


def _settings_of(database):
    try:
        return effective_settings(database.database)
    except MineActionError as error:  # a bad stored value must not hide the algorithm
        log(str(error))
        return Settings()


def left_at_default(algorithm, parameters, name, value):
    """True when parameter ``name`` was not given or given as its default."""
    given = parameters.get(name)
    if given is None:
        return True
    default = algorithm.parameterDefinition(name).defaultValue()
    if isinstance(value, float) and default is not None:
        try:
            return abs(value - float(default)) < 1e-9
        except (TypeError, ValueError):
            return False
    return value == default


def chosen_setting(algorithm, parameters, name, value, key, database, convert=None):
    """The value to use for setting parameter ``name`` whose value as read is
    ``value``: when it was left at its default, the chosen ``database``'s
    (layer or path) setting ``key``, passed through ``convert`` into the
    parameter's form (e.g. None -> 0 for "no limit"); else ``value``."""
    if not left_at_default(algorithm, parameters, name, value):
        return value
    setting = getattr(effective_settings(database), key)
    return convert(setting) if convert is not None else setting


def source_database(algorithm, parameters, name, context):
    """The GeoPackage path or PostGIS DatabaseRef a layer parameter reads from, or None."""
    from qgis.core import QgsProcessingFeatureSourceDefinition
    value = parameters.get(name)
    if value is None:
        return None
    if isinstance(value, QgsProcessingFeatureSourceDefinition):  # "selected only" etc.
        value = value.source.staticValue()  # QGIS 3.22 resolves no layer from the definition
    layer = algorithm.parameterAsVectorLayer({name: value}, name, context)
    located = postgres_table(layer)
    return located[0] if located is not None else geopackage_file(layer)
