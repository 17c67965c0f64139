"""Apply the plugin's map styles (styles/<table>.qml) to a layer.

Only the symbology, labelling and rendering categories are loaded, so a
layer's attribute form is never overwritten by a style file.
"""

import os

from qgis.core import QgsMapLayer

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles")
CATEGORIES = (QgsMapLayer.Symbology | QgsMapLayer.Symbology3D | QgsMapLayer.Labeling
              | QgsMapLayer.Rendering | QgsMapLayer.Diagrams)


def style_path(table):
    return os.path.join(STYLES_DIR, table + ".qml")


def apply_symbology(layer, table):
    """Style ``layer`` as the mine action ``table``; False if no style exists."""
    path = style_path(table)
    if not os.path.exists(path):
        return False
    message, ok = layer.loadNamedStyle(path, CATEGORIES)
    if not ok:
        raise ValueError(message)
    layer.triggerRepaint()
    return True
