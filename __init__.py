"""Mine Action Mapper: QGIS plugin entry point.

Kept import-light: QGIS (and qgis_process) import this module first, and
the dependency guard in plugin.py must run before anything needs shapely or
pyproj.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import MineActionMapperPlugin
    return MineActionMapperPlugin(iface)
