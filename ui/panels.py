"""The dock panels the plugin adds, in menu order, described without
importing them: a dock module brings the core (shapely, pyproj), so a dock is
built the first time its action opens it, not while QGIS starts.

Each dock class takes ``iface``; it may define ``cleanup()`` (remove map tools
and canvas items on unload) and ``apply_settings()`` (settings changed).
"""

import importlib
from collections import namedtuple

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP

#: ``module`` and ``class_name`` in this package; ``title`` translated in the
#: class's context (the dock's own ``self.tr`` title); ``icon`` in icons/
Panel = namedtuple("Panel", "module class_name title icon")

PANELS = (
    Panel("traverse_dock", "TraverseDock",
          QT_TRANSLATE_NOOP("TraverseDock", "Survey traverse"), "survey_traverse.svg"),
    Panel("land_release_dock", "LandReleaseDock",
          QT_TRANSLATE_NOOP("LandReleaseDock", "Land release"), "land_release.svg"),
)


def panel_title(panel):
    return QCoreApplication.translate(panel.class_name, panel.title)


def panel_class(panel):
    """The dock class (its module is imported now)."""
    module = importlib.import_module("." + panel.module, __package__)
    return getattr(module, panel.class_name)


def _open_key(panel):
    return "mine_action_mapper/ui/open/" + panel.class_name


def was_open(panel):
    """Whether the user left the panel open when QGIS last closed."""
    return QgsSettings().value(_open_key(panel), False, type=bool)


def remember_open(panel, is_open):
    QgsSettings().setValue(_open_key(panel), bool(is_open))
