"""Apply the plugin's map styles (styles/<table>.qml) to a layer.

Only the renderer, labelling and rendering settings reach the layer, so its
attribute form is never touched: a style file is loaded into a scratch layer
and those parts are copied over, because QGIS 3.22's loadNamedStyle resets
field defaults and constraints whatever categories it is asked to load.

The styles are built by scripts/build_styles.py. Their rule labels are English
(the vocabulary's ``Term.label`` and the group labels below); ``apply_symbology``
replaces them with the translated labels, so the legend speaks the user's
language. SVG markers are embedded in the QML as ``base64:`` data, so a style
renders wherever the plugin is installed and inside a GeoPackage opened without
the plugin.

``match_table`` decides which mine action table an arbitrary layer looks like
(see docs/symbology.md, "How layers are matched").
"""

import os
import re

from qgis.core import (QgsMapLayer, QgsRuleBasedRenderer,
                       QgsVectorLayer, QgsWkbTypes)

from ..core import schema, vocabulary
from ..core.errors import OutputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..store.lookups import base_codes, lookups_beside
from ..store.sources import source_of

CONTEXT = "Symbology"
STYLES_DIR = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Symbology3D
              | QgsMapLayer.StyleCategory.Labeling | QgsMapLayer.StyleCategory.Rendering
              | QgsMapLayer.StyleCategory.Diagrams)

#: the tables that have a map style, in layer-tree order
STYLED_TABLES = ("eo_finds", "accidents", "site_points", "survey_points", "access_routes", "tasks",
                 "land_release_activities", "hazards")

#: English labels of the grouping rules of the styles (not vocabulary terms)
GROUP_LABELS = {
    "hazard_polygons": QT_TRANSLATE_NOOP("Symbology", "Hazardous areas (1:50,000 and larger)"),
    "hazard_class": QT_TRANSLATE_NOOP("Symbology", "Class (fill)"),
    "hazard_status": QT_TRANSLATE_NOOP("Symbology", "Status (outline)"),
    "hazard_markers": QT_TRANSLATE_NOOP("Symbology", "Hazard markers (smaller than 1:50,000)"),
    "other_class": QT_TRANSLATE_NOOP("Symbology", "Other class"),
    "other": QT_TRANSLATE_NOOP("Symbology", "Other"),
    "survey_points": QT_TRANSLATE_NOOP("Symbology", "Survey points (1:25,000 and larger)"),
    "review": QT_TRANSLATE_NOOP("Symbology", "Awaiting the national centre's review"),
    "accident_killed": QT_TRANSLATE_NOOP("Symbology", "Accident: people killed"),
    "accident_injured": QT_TRANSLATE_NOOP("Symbology", "Accident: people injured"),
    "accident_none": QT_TRANSLATE_NOOP("Symbology", "Accident: no casualty recorded"),
}

#: fields a layer must have (any letter case) to match a table by its fields,
#: with the geometry type it must have; the fields the style itself reads
SIGNATURES = {
    "hazards": (QgsWkbTypes.GeometryType.PolygonGeometry, ("hazard_id", "hazard_class", "status")),
    "land_release_activities": (QgsWkbTypes.GeometryType.PolygonGeometry,
                                ("activity_id", "outcome")),
    "tasks": (QgsWkbTypes.GeometryType.PolygonGeometry, ("task_id", "task_type", "status")),
    "survey_points": (QgsWkbTypes.GeometryType.PointGeometry, ("point_no", "point_type")),
    "eo_finds": (QgsWkbTypes.GeometryType.PointGeometry, ("find_id", "eo_category")),
    "accidents": (QgsWkbTypes.GeometryType.PointGeometry, ("accident_id", "accident_date")),
    "site_points": (QgsWkbTypes.GeometryType.PointGeometry, ("site_type",)),
    "access_routes": (QgsWkbTypes.GeometryType.LineGeometry, ("route_type",)),
}


def style_path(table):
    return os.path.join(STYLES_DIR, table + ".qml")


def _translations():
    """English rule label -> label in the user's language."""
    table = {}
    for vocab in vocabulary.ALL:
        for term in vocab.terms:
            table[term.label] = translate("Vocabulary", term.label)
    for label in GROUP_LABELS.values():
        table[label] = translate("Symbology", label)
    return table


def translate_legend(layer):
    """Replace the English rule labels of ``layer``'s rule-based renderer with
    their translation; labels it does not know are left alone."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    table = _translations()
    for rule in renderer.rootRule().descendants():
        if rule.label() in table:
            rule.setLabel(table[rule.label()])


def _styled_scratch_layer(path, layer):
    """A memory layer of ``layer``'s geometry type with the style at ``path``."""
    uri = "{}?crs={}".format(QgsWkbTypes.displayString(layer.wkbType()),
                             layer.crs().authid())
    scratch = QgsVectorLayer(uri, "scratch", "memory")
    message, ok = scratch.loadNamedStyle(path, CATEGORIES)
    if not ok:
        raise OutputError(translate("Symbology", "The style {path} cannot be read: {error}")
                          .format(path=path, error=message))
    return scratch


_RULE = re.compile(r"^\"(\w+)\" = '([^']*)'$")  # "field" = 'code'


def widen_rules(layer, table, codes):
    """Let each style rule that tests a built-in code also take the
    programme's own codes with that meaning (``codes``: {vocabulary: {code:
    base_code}}, see core.codes), so a class "DHA" added with base code
    CHA is drawn as a CHA. Returns the number of rules widened."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return 0
    item = schema.BY_NAME[table]
    widened = 0
    for rule in renderer.rootRule().descendants():
        match = _RULE.match(rule.filterExpression() or "")
        if not match:
            continue
        field, base = match.groups()
        try:
            vocabulary_name = item.field(field).lookup
        except KeyError:
            continue
        extras = sorted(code for code, meaning in codes.get(vocabulary_name, {}).items()
                        if meaning == base and code != base)
        if extras:
            rule.setFilterExpression('"{}" IN ({})'.format(
                field, ", ".join("'{}'".format(code.replace("'", "''"))
                                 for code in [base] + extras)))
            widened += 1
    return widened


def apply_symbology(layer, table, required=False):
    """Style ``layer`` as the mine action ``table``; False if no style exists
    (an OutputError instead when ``required``: a print layout must draw as the
    map does). A layer of a mine action database also draws the programme's
    own codes as the built-in codes they mean."""
    path = style_path(table)
    if not os.path.exists(path):
        if required:
            raise OutputError(translate(
                "Symbology", "The map style {path} is missing from the plugin.").format(path=path))
        return False
    scratch = _styled_scratch_layer(path, layer)
    layer.setRenderer(scratch.renderer().clone())
    labeling = scratch.labeling()
    layer.setLabeling(labeling.clone() if labeling is not None else None)
    layer.setLabelsEnabled(scratch.labelsEnabled())
    layer.setScaleBasedVisibility(scratch.hasScaleBasedVisibility())
    layer.setMinimumScale(scratch.minimumScale())
    layer.setMaximumScale(scratch.maximumScale())
    layer.setOpacity(scratch.opacity())
    translate_legend(layer)
    widen_rules(layer, table, base_codes(lookups_beside(layer)))
    layer.triggerRepaint()
    return True


def _normalised(name):
    return "".join(char if char.isalnum() else "_" for char in name.strip().lower())


def match_table(layer):
    """The mine action table ``layer`` corresponds to, or None.

    In order: the table name in the layer's source (a GeoPackage or database
    table), the layer's name (table name or English / translated layer title),
    then its fields: the first table whose ``SIGNATURES`` fields are all present
    (letter case ignored) with the same geometry type."""
    if not layer.isSpatial():
        return None
    geometry = layer.geometryType()
    source = source_of(layer)
    names = {_normalised(source.table if source else ""), _normalised(layer.name())}
    for table in STYLED_TABLES:
        item = schema.BY_NAME[table]
        known = {_normalised(table), _normalised(item.title),
                 _normalised(item.translated_title())}
        if names & known and SIGNATURES[table][0] == geometry:
            return table
    fields = {name.lower() for name in layer.fields().names()}
    for table in STYLED_TABLES:
        wanted_geometry, wanted_fields = SIGNATURES[table]
        if wanted_geometry == geometry and set(wanted_fields) <= fields:
            return table
    return None
