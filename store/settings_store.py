"""Where settings live and which value wins.

A programme's settings travel with its database: rows ``setting.<key>`` of the
``schema_info`` table, so every officer opening the GeoPackage (or the copy
sent to the field) gets the same tolerances. A user's own defaults, used for
databases without a value, are kept in QgsSettings under
``mine_action_mapper/<key>`` (the user's QGIS profile). The effective value
is the database's, else the user's, else the built-in default
(``core.settings.Settings``).
"""

from qgis.core import QgsFeature, QgsSettings

from ..core import schema
from ..core.i18n import translate
from ..core.errors import MineActionError
from ..core.settings import KEYS, Settings
from . import languages
from .reference import SETTING_PREFIX
from .sources import database_of

DATABASE_PREFIX = SETTING_PREFIX
USER_GROUP = "mine_action_mapper"


# ------------------------------------------------------------------ user
def user_values():
    """{key: str} of the settings this user has set."""
    settings = QgsSettings()
    values = {}
    for key in KEYS:
        name = "{}/{}".format(USER_GROUP, key)
        if settings.contains(name):
            values[key] = str(settings.value(name, "") or "")
    return values


def user_settings():
    """Built-in defaults overridden by this user's own defaults."""
    return Settings.from_dict(user_values())


def write_user(settings):
    """Keep ``settings`` (a validated Settings) as this user's defaults."""
    store = QgsSettings()
    for key, value in settings.validated().to_dict().items():
        store.setValue("{}/{}".format(USER_GROUP, key), value)


def clear_user():
    """Forget this user's defaults (the built-in ones apply again)."""
    store = QgsSettings()
    for key in KEYS:
        store.remove("{}/{}".format(USER_GROUP, key))


# -------------------------------------------------------------- database
def database_values(layer_or_path):
    """{key: str} of the settings stored in a database; {} when it holds none
    or is not a mine action database (e.g. a CSV survey table)."""
    path = database_of(layer_or_path)
    if path is None:
        return {}
    try:
        layer = _open_layer(path, schema.SCHEMA_INFO.name)
    except MineActionError:
        return {}
    values = {}
    for feature in layer.getFeatures():
        key = str(feature["key"] or "")
        if key.startswith(DATABASE_PREFIX) and key[len(DATABASE_PREFIX):] in KEYS:
            value = feature["value"]
            values[key[len(DATABASE_PREFIX):]] = "" if value is None else str(value)
    return values


def write_database(layer_or_path, values):
    """Store ``values`` {key: str, or None to remove the database's own value}
    in the database, in one edit of its schema_info table. They are validated
    first (MineActionError naming the setting); nothing is written if one is
    bad or the edit fails."""
    path = database_of(layer_or_path)
    if path is None:
        raise MineActionError(translate(
            "Settings", "{source} is not a mine action database: its settings cannot be "
            "stored.").format(source=layer_or_path))
    unknown = [key for key in values if key not in KEYS]
    if unknown:
        raise MineActionError(translate("Settings", "Unknown setting {key}.").format(
            key=unknown[0]), field=unknown[0])
    kept = dict(database_values(path), **{k: v for k, v in values.items() if v is not None})
    Settings.from_dict(kept)  # raises on a bad value before anything is written
    layer = _open_layer(path, schema.SCHEMA_INFO.name)
    existing = {feature["key"]: feature.id() for feature in layer.getFeatures()}
    value_index = layer.fields().indexOf("value")
    if not layer.startEditing():
        raise MineActionError(translate(
            "Settings", "The settings of {path} cannot be edited.").format(path=path))
    for key, value in values.items():
        name = DATABASE_PREFIX + key
        if value is None:
            if name in existing:
                layer.deleteFeature(existing[name])
        elif name in existing:
            layer.changeAttributeValue(existing[name], value_index, str(value))
        else:
            feature = QgsFeature(layer.fields())
            feature["key"], feature["value"] = name, str(value)
            layer.addFeature(feature)
    if not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise MineActionError(translate(
            "Settings", "The settings of {path} were not saved: {error}").format(
                path=path, error=errors))


# ------------------------------------------------------------- effective
def effective_settings(layer_or_path=None):
    """The settings that apply to a database (or to work outside one):
    database value, else user default, else built-in default."""
    return Settings.from_dict(database_values(layer_or_path), base=user_settings())


def task_order_language(settings):
    """The language code task orders are printed in: the setting, else the
    language QGIS runs in."""
    return settings.language or languages.ui_language()


def _open_layer(path, table):
    """``store.database.open_layer``, imported when a database is read: the
    algorithms' parameter defaults read settings while QGIS starts, and
    store.database brings GDAL's bindings and shapely."""
    from .database import open_layer
    return open_layer(path, table)
