"""Numbers shown in panels, in the user's locale (1 234,5 in French, not 1,234.5)."""

from qgis.PyQt.QtCore import QLocale


def number_text(value, decimals=0):
    """``value`` with ``decimals`` digits and the locale's separators."""
    return QLocale().toString(float(value or 0.0), "f", decimals)


def area_text(value):
    """A ground area in whole square metres, e.g. '12 345 m²'."""
    return number_text(value, 0) + " m²"
