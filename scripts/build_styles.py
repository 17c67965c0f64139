"""Developer tool: build the mine action map styles (styles/<table>.qml).

Run from the repository root after changing a colour, a rule or an SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_styles.py [--sheet docs/img/symbols.png]

The renderers are built with the PyQGIS API and saved with
``QgsVectorLayer.saveNamedStyle`` (symbology, labelling and rendering only, never
forms). Rule labels are the English vocabulary labels (core/vocabulary.py) and
the group labels of styles/symbology.py; the colours are core/palette.py; the plugin translates them when it loads
a style. SVG markers (styles/symbols/*.svg) are embedded as ``base64:`` data, so
a style needs no file on disk: it renders wherever the plugin is installed, and
inside a GeoPackage opened in a QGIS without the plugin.

Before writing, the script checks that the land release colours stay apart for
colour-blind readers (Machado et al. 2009 simulation, see docs/symbology.md)
and stops if they do not.
"""

import argparse
import base64
import math
import os
from pathlib import Path

import plugin_package  # scripts/plugin_package.py

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # fixed XML attribute order: reproducible QML


plugin_package.load()

from qgis.core import (QgsApplication, QgsCentroidFillSymbolLayer,  # noqa: E402
                       QgsFillSymbol, QgsLineSymbol, QgsLinePatternFillSymbolLayer,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsPointPatternFillSymbolLayer,
                       QgsProperty, QgsRuleBasedRenderer, QgsSimpleFillSymbolLayer,
                       QgsSimpleLineSymbolLayer, QgsSimpleMarkerSymbolLayer,
                       QgsSimpleMarkerSymbolLayerBase, QgsSvgMarkerSymbolLayer,
                       QgsSymbolLayer, QgsTextBufferSettings, QgsTextFormat,
                       QgsUnitTypes, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QPointF, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

from mine_action_mapper.core import palette, schema, vocabulary  # noqa: E402
from mine_action_mapper.styles import symbology  # noqa: E402
from mine_action_mapper.store.fields import qgs_fields  # noqa: E402

SYMBOLS = ROOT / "styles" / "symbols"
MM = QgsUnitTypes.RenderUnit.RenderMillimeters

# --- the palette: core/palette.py (docs/symbology.md) ---------------------------
PEN = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine,
       "dash_dot": Qt.PenStyle.DashDotLine}


# --- colour-blind check ------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB
_CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(value):
    value /= 255.0
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lab(rgb_linear):
    r, g, b = (min(max(v, 0.0), 1.0) for v in rgb_linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def simulate(hex_colour, deficiency):
    """CIELAB of ``hex_colour`` as seen with ``deficiency``."""
    colour = QColor(hex_colour)
    rgb = [_linear(colour.red()), _linear(colour.green()), _linear(colour.blue())]
    matrix = _CVD[deficiency]
    return _lab([sum(matrix[row][col] * rgb[col] for col in range(3)) for row in range(3)])


CHECKED = ("normal", "protanopia", "deuteranopia")  # tritanopia is reported only


def cvd_report(colours, minimum=20.0):
    """Smallest CIE76 distance between any two ``colours`` for each vision type;
    raises when one of the ``CHECKED`` types falls under ``minimum``."""
    report = {}
    for deficiency in _CVD:
        labs = {name: simulate(colour, deficiency) for name, colour in colours.items()}
        names = sorted(labs)
        report[deficiency] = min(
            (math.dist(labs[a], labs[b]), a, b)
            for index, a in enumerate(names) for b in names[index + 1:])
    for deficiency, (distance, a, b) in report.items():
        if deficiency in CHECKED and distance < minimum:
            raise SystemExit("{} and {} are only {:.1f} apart for {}".format(
                a, b, distance, deficiency))
    return report


# --- symbol helpers ------------------------------------------------------------------
def make(symbol_class, layers):
    """A symbol made of ``layers``. Built with appendSymbolLayer, which hands
    each layer to the symbol (the list constructor does not transfer ownership
    in the 3.22 bindings, and the layers would be freed twice)."""
    symbol = symbol_class()
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def svg_data(name):
    return "base64:" + base64.b64encode((SYMBOLS / (name + ".svg")).read_bytes()).decode("ascii")


def svg_layer(name, size, fill=None):
    layer = QgsSvgMarkerSymbolLayer(svg_data(name), size)
    layer.setSizeUnit(MM)
    if fill:
        layer.setFillColor(QColor(fill))
    layer.setStrokeColor(QColor("#000000"))
    return layer


def svg_marker(name, size=5.0):
    return make(QgsMarkerSymbol, [svg_layer(name, size)])


def simple_marker(shape, size, fill, stroke="#000000", stroke_width=0.4):
    layer = QgsSimpleMarkerSymbolLayer(shape, size)
    layer.setSizeUnit(MM)
    layer.setColor(QColor(fill))
    layer.setStrokeColor(QColor(stroke))
    layer.setStrokeWidth(stroke_width)
    layer.setStrokeWidthUnit(MM)
    return make(QgsMarkerSymbol, [layer])


def line_layer(colour, width, style=Qt.PenStyle.SolidLine, offset=0.0):
    layer = QgsSimpleLineSymbolLayer(QColor(colour), width, style)
    layer.setWidthUnit(MM)
    layer.setOffset(offset)
    layer.setOffsetUnit(MM)
    layer.setPenCapStyle(Qt.PenCapStyle.FlatCap if style != Qt.PenStyle.SolidLine
                         else Qt.PenCapStyle.RoundCap)
    return layer


def fill_layer(colour, alpha):
    fill = QColor(colour)
    fill.setAlpha(alpha)
    layer = QgsSimpleFillSymbolLayer(fill, Qt.BrushStyle.SolidPattern, QColor(0, 0, 0, 0),
                                     Qt.PenStyle.NoPen)
    return layer


def outline_layer(colour, width, style=Qt.PenStyle.SolidLine):
    layer = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.BrushStyle.NoBrush, QColor(colour),
                                     style, width)
    layer.setStrokeWidthUnit(MM)
    layer.setPenJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return layer


def palette_line(line):
    """A line symbol layer drawing a ``palette.Line``."""
    layer = line_layer(line.colour, line.width, PEN[line.style])
    if line.dashes:
        layer.setUseCustomDashPattern(True)
        layer.setCustomDashVector(list(line.dashes))
        layer.setCustomDashPatternUnit(MM)
    return layer


def palette_outline(line):
    """A polygon outline symbol layer drawing a ``palette.Line``."""
    return outline_layer(line.colour, line.width, PEN[line.style])


def centroid_layer(marker, enabled_expression=None):
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(marker)
    layer.setPointOnSurface(True)
    layer.setPointOnAllParts(False)
    if enabled_expression:
        layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyLayerEnabled,
                                     QgsProperty.fromExpression(enabled_expression))
    return layer


def hatch_layer(colour, angle, distance=2.0, width=0.35):
    layer = QgsLinePatternFillSymbolLayer()
    layer.setLineAngle(angle)
    layer.setDistance(distance)
    layer.setDistanceUnit(MM)
    layer.setSubSymbol(make(QgsLineSymbol, [line_layer(colour, width)]))
    return layer


def dots_layer(colour, distance=2.0, size=0.6):
    layer = QgsPointPatternFillSymbolLayer()
    layer.setDistanceX(distance)
    layer.setDistanceY(distance)
    layer.setDistanceXUnit(MM)
    layer.setDistanceYUnit(MM)
    layer.setSubSymbol(simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, size, colour,
                                     colour, 0))
    return layer


_RULE_KEYS = []


def rule(label, filter_expression=None, symbol=None, min_scale=0, max_scale=0,
         else_rule=False, children=()):
    """A QgsRuleBasedRenderer rule. QGIS's scale naming: ``min_scale`` is the
    most zoomed-out denominator at which the rule still draws, ``max_scale``
    the denominator at or below which it stops."""
    # the constructor's elseRule, not setIsElse(): in 3.22 setIsElse(False)
    # still replaces the filter with "ELSE"
    item = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "ELSE" if else_rule else
                                     (filter_expression or ""), label, "", else_rule)
    item.setMinimumScale(min_scale)
    item.setMaximumScale(max_scale)
    _RULE_KEYS.append(None)  # stable keys keep the QML diff of a rebuild small
    item.setRuleKey("{{mam-rule-{:03d}}}".format(len(_RULE_KEYS)))
    for child in children:
        item.appendChild(child)
    return item


def renderer(*rules):
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("{mam-rule-root}")
    for item in rules:
        root.appendChild(item)
    return QgsRuleBasedRenderer(root)


def code_filter(field, code):
    return "\"{}\" = '{}'".format(field, code)


def labeling(expression, size=8.0, bold=True, colour="#000000", placement=None,
             max_scale_denominator=0, offset_mm=None, quadrant=None):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = not expression.isidentifier()
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setSizeUnit(MM)
    halo.setColor(QColor("#FFFFFF"))
    text.setBuffer(halo)
    settings.setFormat(text)
    if placement is not None:
        settings.placement = placement
    if quadrant is not None:
        settings.quadOffset = quadrant
    if offset_mm is not None:
        settings.xOffset, settings.yOffset = offset_mm
        settings.offsetUnits = MM
    settings.dist = 1.0
    settings.distUnits = MM
    settings.centroidInside = True
    if max_scale_denominator:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale_denominator  # most zoomed out shown
        settings.maximumScale = 0
    return QgsVectorLayerSimpleLabeling(settings)


def label(vocab, code):
    return vocab.term(code).label  # English source text: translated at load


# --- the styles ------------------------------------------------------------------------
POLYGON_SCALE = 50000  # hazards are polygons at 1:50,000 and larger scales
SURVEY_SCALE = 25000  # survey benchmarks and turning points at 1:25,000 and larger
HAZARD_LABEL_SCALE = 250000
NOT_CLOSED = "\"status\" IS NULL OR \"status\" <> 'closed'"
CLOSED = "\"status\" = 'closed'"


def danger_marker(colour, size):
    return make(QgsMarkerSymbol, [svg_layer("hazard", size, fill=colour)])


def closed_marker(size):
    return simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, size, palette.CLOSED_GREEN,
                         palette.BLACK, 0.3)


def hazards_style():
    group = symbology.GROUP_LABELS
    classes = [(label(vocabulary.HAZARD_CLASS, code), code_filter("hazard_class", code),
                colour, False) for code, colour in palette.HAZARD_CLASS.items()]
    classes.append((group["other_class"], None, palette.OTHER, True))
    fills = [rule(text, expression, make(QgsFillSymbol, [
        fill_layer(colour, palette.HALF),
        centroid_layer(danger_marker(colour, 4.0), NOT_CLOSED),
        centroid_layer(closed_marker(2.0), CLOSED)]), else_rule=other)
        for text, expression, colour, other in classes]
    outlines = [
        rule(label(vocabulary.HAZARD_STATUS, code), code_filter("status", code),
             make(QgsFillSymbol, [palette_outline(line) for line in lines]))
        for code, lines in palette.HAZARD_STATUS.items()]
    markers = [rule(text, expression, make(QgsFillSymbol, [
        centroid_layer(danger_marker(colour, 5.0), NOT_CLOSED),
        centroid_layer(closed_marker(2.6), CLOSED)]), else_rule=other)
        for text, expression, colour, other in classes]
    render = renderer(
        rule(group["hazard_polygons"], min_scale=POLYGON_SCALE, children=[
            rule(group["hazard_class"], children=fills),
            rule(group["hazard_status"], children=outlines)]),
        rule(group["hazard_markers"], max_scale=POLYGON_SCALE, children=markers))
    labels = labeling("hazard_id", size=8.0, colour="#7F0000",
                      placement=QgsPalLayerSettings.Placement.OverPoint,
                      quadrant=QgsPalLayerSettings.QuadrantPosition.QuadrantAboveRight,
                      offset_mm=(1.5, -1.5), max_scale_denominator=HAZARD_LABEL_SCALE)
    return render, labels


PENDING = "\"review_status\" <> '{}'".format(vocabulary.APPROVED)


def review_rules(symbol_for):
    """The group of rules that mark records awaiting review (a rule per
    pending status, ``symbol_for(line)`` drawing its palette line over the
    record's own symbol), placed after a style's own rules."""
    children = [rule(label(vocabulary.REVIEW_STATUS, code), code_filter("review_status", code),
                     symbol_for(line)) for code, line in palette.REVIEW_STATUS.items()]
    return rule(symbology.GROUP_LABELS["review"], PENDING, children=children)


def pending_area(line):
    """An area awaiting review: washed out, with the status's outline."""
    return make(QgsFillSymbol, [fill_layer(palette.WHITE, palette.PENDING_WASH),
                                palette_line(line)])


def pending_point(line, size=6.0):
    """A point awaiting review: a ring in the status's line around its symbol."""
    layer = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, size)
    layer.setSizeUnit(MM)
    layer.setColor(QColor(0, 0, 0, 0))
    layer.setStrokeColor(QColor(line.colour))
    layer.setStrokeWidth(line.width)
    layer.setStrokeWidthUnit(MM)
    layer.setStrokeStyle(PEN[line.style])
    return make(QgsMarkerSymbol, [layer])


def activities_style():
    rules = []
    for code, (colour, alpha, pattern, outline) in palette.RELEASE_OUTCOME.items():
        layers = []
        if alpha:
            layers.append(fill_layer(colour, alpha))
        if pattern == "hatch45":
            layers.append(hatch_layer(colour, 45))
        elif pattern == "hatch135":
            layers.append(hatch_layer(colour, 135, distance=1.6, width=0.3))
        elif pattern == "cross":
            layers += [hatch_layer(colour, 45, 1.8, 0.3), hatch_layer(colour, 135, 1.8, 0.3)]
        elif pattern == "dots":
            layers.append(dots_layer(palette.DOTS, 1.8, 0.45))
        layers.append(outline_layer(outline, 0.5))
        rules.append(rule(label(vocabulary.RELEASE_OUTCOME, code), code_filter("outcome", code),
                          make(QgsFillSymbol, layers)))
    rules.append(rule(symbology.GROUP_LABELS["other"], symbol=make(QgsFillSymbol,
        [outline_layer("#000000", 0.4, Qt.PenStyle.DotLine)]), else_rule=True))
    rules.append(review_rules(pending_area))
    return renderer(*rules), None


SURVEY_SYMBOLS = {
    "benchmark": lambda: svg_marker("benchmark", 4.5),
    "reference": lambda: svg_marker("reference", 5.0),
    "start": lambda: simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Diamond, 3.6, "#000000"),
    "turning": lambda: svg_marker("turning", 3.2),
    "intermediate": lambda: simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, 2.0,
                                          "#FFFFFF", "#000000", 0.5),
    "end": lambda: simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Square, 2.4,
                                 "#FFFFFF", "#000000", 0.5),
    "evidence": lambda: simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Star, 4.2,
                                      "#D55E00", "#000000", 0.4),
    "usage": lambda: simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Cross2, 3.4,
                                   "#D55E00", "#000000", 0.9),
}


def survey_points_style():
    children = [rule(label(vocabulary.POINT_TYPE, code), code_filter("point_type", code),
                     SURVEY_SYMBOLS[code]()) for code in vocabulary.POINT_TYPE.codes()]
    children.append(rule(symbology.GROUP_LABELS["other"], symbol=simple_marker(
        QgsSimpleMarkerSymbolLayerBase.Shape.Circle, 1.6, "#808080"), else_rule=True))
    children.append(review_rules(lambda line: pending_point(line, 5.0)))
    render = renderer(rule(symbology.GROUP_LABELS["survey_points"], min_scale=SURVEY_SCALE,
                           children=children))
    labels = labeling("point_no", size=7.0, bold=False,
                      placement=QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint,
                      max_scale_denominator=SURVEY_SCALE)
    return render, labels


EO_SYMBOLS = {"ap_mine": "eo_ap_mine", "av_mine": "eo_av_mine", "submunition": "eo_submunition",
              "projectile": "eo_ordnance", "mortar": "eo_ordnance", "grenade": "eo_ordnance",
              "rocket": "eo_ordnance", "aircraft_bomb": "eo_ordnance", "ied": "eo_ied",
              "sa_ammunition": "eo_other", "other_uxo": "eo_other"}


def eo_finds_style():
    rules = [rule(label(vocabulary.EO_CATEGORY, code), code_filter("eo_category", code),
                  svg_marker(EO_SYMBOLS[code], 3.6)) for code in vocabulary.EO_CATEGORY.codes()]
    rules.append(rule(symbology.GROUP_LABELS["other"], symbol=svg_marker("eo_other", 3.6),
                      else_rule=True))
    rules.append(review_rules(pending_point))
    return renderer(*rules), None


def _casualties(outcome):
    """A QGIS expression: the ``outcome`` (killed, injured) of every group
    recorded, above zero (a count not recorded is no casualty)."""
    return "(({}) > 0)".format(" + ".join(
        'coalesce("{}_{}", 0)'.format(outcome, group) for group in schema.CASUALTY_GROUPS))


def accidents_style():
    """A pentagon (not the hazard marker's triangle) filled by the worst outcome
    recorded."""
    def pentagon(colour):
        return simple_marker(QgsSimpleMarkerSymbolLayerBase.Shape.Pentagon, 4.8, colour,
                             palette.BLACK, 0.5)
    group = symbology.GROUP_LABELS
    killed, injured = _casualties("killed"), _casualties("injured")
    # explicit filters, no ELSE: the review rules below match the same records
    rules = [rule(group["accident_killed"], killed, pentagon(palette.ACCIDENT["killed"])),
             rule(group["accident_injured"], "NOT {} AND {}".format(killed, injured),
                  pentagon(palette.ACCIDENT["injured"])),
             rule(group["accident_none"], "NOT {} AND NOT {}".format(killed, injured),
                  pentagon(palette.ACCIDENT["none"]))]
    rules.append(review_rules(lambda line: pending_point(line, 6.5)))
    labels = labeling("accident_id", size=7.0, bold=False,
                      placement=QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint,
                      max_scale_denominator=SURVEY_SCALE)
    return renderer(*rules), labels


def site_points_style():
    rules = [rule(label(vocabulary.SITE_POINT_TYPE, code), code_filter("site_type", code),
                  svg_marker(palette.SITE_TYPE[code], 5.0))
             for code in vocabulary.SITE_POINT_TYPE.codes()]
    rules.append(rule(symbology.GROUP_LABELS["other"], symbol=simple_marker(
        QgsSimpleMarkerSymbolLayerBase.Shape.Square, 3.0, "#FFFFFF"), else_rule=True))
    rules.append(review_rules(lambda line: pending_point(line, 7.0)))
    return renderer(*rules), None


def access_routes_style():
    symbols = {code: make(QgsLineSymbol, [palette_line(line) for line in lines])
               for code, lines in palette.ROUTE_TYPE.items()}
    rules = [rule(label(vocabulary.ROUTE_TYPE, code), code_filter("route_type", code),
                  symbols[code]) for code in vocabulary.ROUTE_TYPE.codes()]
    rules.append(rule(symbology.GROUP_LABELS["other"], symbol=make(QgsLineSymbol,
        [palette_line(line) for line in palette.OTHER_ROUTE]), else_rule=True))
    return renderer(*rules), None


def tasks_style():
    rules = []
    for code in vocabulary.TASK_STATUS.codes():
        rules.append(rule(label(vocabulary.TASK_STATUS, code), code_filter("status", code),
                          make(QgsFillSymbol, [palette_outline(palette.task_outline(code))])))
    rules.append(rule(symbology.GROUP_LABELS["other"], symbol=make(QgsFillSymbol,
        [palette_outline(palette.task_outline(None))]), else_rule=True))
    labels = labeling("task_id", size=7.5, colour="#6B2E56",
                      placement=QgsPalLayerSettings.Placement.Line,
                      max_scale_denominator=SURVEY_SCALE)
    return renderer(*rules), labels


#: layers drawn only at this scale and larger (field detail, clutter beyond)
LAYER_MAX_DENOMINATOR = {table: POLYGON_SCALE for table in (
    "eo_finds", "site_points", "land_release_activities", "tasks")}

STYLES = {
    "hazards": hazards_style,
    "land_release_activities": activities_style,
    "survey_points": survey_points_style,
    "eo_finds": eo_finds_style,
    "accidents": accidents_style,
    "site_points": site_points_style,
    "access_routes": access_routes_style,
    "tasks": tasks_style,
}


def memory_layer(table):
    item = schema.BY_NAME[table]
    layer = QgsVectorLayer("{}?crs=EPSG:4326".format(item.geometry), table, "memory")
    layer.dataProvider().addAttributes(list(qgs_fields(item)))
    layer.updateFields()
    return layer


def build(table):
    del _RULE_KEYS[:]
    layer = memory_layer(table)
    if table in LAYER_MAX_DENOMINATOR:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(LAYER_MAX_DENOMINATOR[table])
        layer.setMaximumScale(0)
    render, labels = STYLES[table]()
    layer.setRenderer(render)
    if labels is not None:
        layer.setLabeling(labels)
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    path = symbology.style_path(table)
    message, ok = layer.saveNamedStyle(path, symbology.CATEGORIES)
    if not ok:
        raise SystemExit("{}: {}".format(path, message))
    return path


def contact_sheet(path, cell=160, columns=5):
    """PNG of every SVG symbol with its file name (docs/img/symbols.png)."""
    names = sorted(item.stem for item in SYMBOLS.glob("*.svg"))
    rows = math.ceil(len(names) / columns)
    image = QImage(QSize(cell * columns, cell * rows), QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    painter.setFont(font)
    for index, name in enumerate(names):
        x, y = (index % columns) * cell, (index // columns) * cell
        fill = palette.CHA_RED if name == "hazard" else None
        rendered, _fit = QgsApplication.svgCache().svgAsImage(
            svg_data(name), 96, QColor(fill or "#000000"), QColor("#000000"), 1, 1)
        painter.drawImage(QPointF(x + (cell - 96) / 2, y + 14), rendered)
        painter.drawText(x, y + cell - 34, cell, 24, Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    image.save(str(path))


SAMPLE_TABLES = ("hazards", "land_release_activities", "tasks", "access_routes", "accidents",
                 "site_points", "eo_finds")


def sample_layers():
    """The sample programme as styled memory layers, bottom layer first.

    Surveyed hazards have no geometry in hazards.csv (the traverse computes it);
    until it is loaded here their polygon is approximated by the union of their
    activities and tasks. The digitised hazard keeps its own polygon."""
    import csv
    from qgis.core import QgsFeature, QgsGeometry
    rows = {}
    for table in SAMPLE_TABLES:
        with open(ROOT / "sample_data" / (table + ".csv"), encoding="utf-8") as handle:
            rows[table] = list(csv.DictReader(handle))
    parts = {}
    for table in ("land_release_activities", "tasks"):
        for row in rows[table]:
            if row["hazard_id"]:
                parts.setdefault(row["hazard_id"], []).append(QgsGeometry.fromWkt(row["wkt"]))
    layers = []
    for table in SAMPLE_TABLES:
        layer = memory_layer(table)
        kinds = {item.name: item.kind for item in schema.BY_NAME[table].fields}
        features = []
        for row in rows[table]:
            feature = QgsFeature(layer.fields())
            for name, value in row.items():
                if kinds.get(name) == schema.STRING and value:
                    feature[name] = value
                elif kinds.get(name) == schema.INTEGER and value:
                    feature[name] = int(value)  # counts the styles read (accidents)
            if row.get("wkt"):
                feature.setGeometry(QgsGeometry.fromWkt(row["wkt"]))
            elif row.get("hazard_id") in parts:
                feature.setGeometry(QgsGeometry.unaryUnion(parts[row["hazard_id"]]))
            else:
                continue
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        symbology.apply_symbology(layer, table)
        layers.append(layer)
    return layers


def render(layers, centre, scale, path, size=(900, 650), dpi=96):
    """Render ``layers`` (bottom first) at 1:``scale`` around ``centre`` (a
    QgsPointXY in EPSG:4326) in UTM 12N, to a PNG at ``path``."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                           QgsRectangle)
    utm = QgsCoordinateReferenceSystem("EPSG:32612")
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))
    settings.setDestinationCrs(utm)
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor("#FFFFFF"))
    settings.setFlag(QgsMapSettings.Flag.Antialiasing, True)
    middle = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm,
                                    QgsProject.instance()).transform(centre)
    half_width = size[0] / dpi * 0.0254 * scale / 2
    half_height = size[1] / dpi * 0.0254 * scale / 2
    settings.setExtent(QgsRectangle(middle.x() - half_width, middle.y() - half_height,
                                    middle.x() + half_width, middle.y() + half_height))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(path))
    return image


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", help="also write a contact sheet PNG of the SVG symbols")
    parser.add_argument("--render", nargs="+", metavar="LAT,LON,SCALE,PNG",
                        help="also render the sample programme with the new styles")
    args = parser.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    colours = {code: spec.colour for code, spec in palette.RELEASE_OUTCOME.items()}
    for deficiency, (distance, a, b) in cvd_report(colours).items():
        print("{:13s} closest outcome colours: {} / {} (CIE76 {:.1f})".format(
            deficiency, a, b, distance))
    for table in STYLES:
        print("wrote", os.path.relpath(build(table), ROOT))
    if args.sheet:
        contact_sheet(args.sheet)
        print("wrote", args.sheet)
    if args.render:
        from qgis.core import QgsPointXY
        layers = sample_layers()
        for spec in args.render:
            lat, lon, scale, path = spec.split(",", 3)
            render(layers, QgsPointXY(float(lon), float(lat)), float(scale), path)
            print("wrote", path)
    app.exitQgis()


if __name__ == "__main__":
    main()
