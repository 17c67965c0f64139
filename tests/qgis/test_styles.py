"""Mine action symbology: the styles stored in a new database (a GeoPackage's
layer_styles, PostGIS's public.layer_styles), translated legend labels,
embedded SVG markers, the apply-styles algorithm and rendered maps."""

import base64
import csv
import datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.qgis

ROOT = Path(__file__).resolve().parents[2]
STYLED = ("hazards", "land_release_activities", "survey_points", "eo_finds", "accidents",
          "site_points", "access_routes", "tasks")


def _rules(layer):
    from qgis.core import QgsRuleBasedRenderer
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer), layer.name()
    return renderer.rootRule().descendants()


def _rule(layer, label, parent_label=None):
    for rule in _rules(layer):
        if rule.label() == label and (
                parent_label is None or rule.parent().label() == parent_label):
            return rule
    raise AssertionError("no rule {!r} under {!r}".format(label, parent_label))


def _memory_layer(table, rows, geometry=None):
    """A memory layer of a schema table filled with ``rows`` (dicts with a
    ``wkt`` key, or ``geometry`` given separately)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from mine_action_mapper.core import schema
    from mine_action_mapper.store.fields import qgs_fields
    item = schema.BY_NAME[table]
    layer = QgsVectorLayer(item.geometry + "?crs=EPSG:4326", table, "memory")
    layer.dataProvider().addAttributes(list(qgs_fields(item)))
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for name, value in row.items():
            if name in item.field_names() and value and item.field(name).kind == schema.STRING:
                feature[name] = value
        feature.setGeometry(row["geometry"] if "geometry" in row
                            else QgsGeometry.fromWkt(row["wkt"]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _csv(table):
    with open(ROOT / "sample_data" / (table + ".csv"), encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture()
def english():
    from mine_action_mapper.core import i18n
    i18n.set_translator(None)
    yield
    i18n.set_translator(None)


@pytest.fixture()
def stored_layers(any_database, english):
    """Every styled table of a new database on each backend, opened as QGIS
    opens it (the default style stored in the GeoPackage, or in PostGIS's
    public.layer_styles, is applied by QGIS itself)."""
    from mine_action_mapper.store.database import open_layer
    return {table: open_layer(any_database, table) for table in STYLED}


def test_every_styled_table_has_a_rule_based_default_style(stored_layers):
    for table, layer in stored_layers.items():
        rules = [rule for rule in _rules(layer) if rule.symbol() is not None]
        assert len(rules) >= 3, table


def test_hazard_fills_outlines_and_scale_ranges(stored_layers):
    from qgis.PyQt.QtCore import Qt
    layer = stored_layers["hazards"]
    polygons = _rule(layer, "Hazardous areas (1:50,000 and larger)")
    markers = _rule(layer, "Hazard markers (smaller than 1:50,000)")
    # QGIS: minimumScale = most zoomed-out denominator still drawn
    assert (polygons.minimumScale(), polygons.maximumScale()) == (50000, 0)
    assert (markers.minimumScale(), markers.maximumScale()) == (0, 50000)
    assert polygons.isScaleOK(10000) and not polygons.isScaleOK(100000)
    assert markers.isScaleOK(100000) and not markers.isScaleOK(10000)

    for code, colour in (("CHA", "#ff0000"), ("SHA", "#f4a718")):
        rule = _rule(layer, layer_label("HAZARD_CLASS", code), "Class (fill)")
        assert rule.filterExpression() == "\"hazard_class\" = '{}'".format(code)
        fill = rule.symbol().symbolLayer(0)
        assert fill.layerType() == "SimpleFill"
        assert fill.color().name() == colour
        assert fill.color().alpha() in (127, 128)  # 50 % transparent
        assert fill.strokeStyle() == Qt.PenStyle.NoPen

    expected = {"open": ("#ff0000", Qt.PenStyle.SolidLine),
                "worked_on": ("#f4a718", Qt.PenStyle.DashLine),
                "closed": ("#99ff00", Qt.PenStyle.SolidLine)}
    for code, (colour, pen) in expected.items():
        rule = _rule(layer, layer_label("HAZARD_STATUS", code), "Status (outline)")
        assert rule.filterExpression() == "\"status\" = '{}'".format(code)
        outline = rule.symbol().symbolLayer(rule.symbol().symbolLayerCount() - 1)
        assert outline.strokeColor().name() == colour
        assert outline.strokeStyle() == pen
        assert outline.brushStyle() == Qt.BrushStyle.NoBrush

    cha_marker = _rule(layer, layer_label("HAZARD_CLASS", "CHA"),
                       "Hazard markers (smaller than 1:50,000)")
    centroid = cha_marker.symbol().symbolLayer(0)
    assert centroid.layerType() == "CentroidFill"
    svg = centroid.subSymbol().symbolLayer(0)
    assert svg.layerType() == "SvgMarker" and svg.fillColor().name() == "#ff0000"


def test_survey_points_only_at_large_scales_with_numbers(stored_layers):
    layer = stored_layers["survey_points"]
    group = _rule(layer, "Survey points (1:25,000 and larger)")
    assert (group.minimumScale(), group.maximumScale()) == (25000, 0)
    labels = {rule.label() for rule in group.children()}
    for code in ("benchmark", "reference", "start", "turning", "intermediate", "end",
                 "evidence", "usage"):
        assert layer_label("POINT_TYPE", code) in labels
    settings = layer.labeling().settings()
    assert layer.labelsEnabled() and settings.fieldName == "point_no"
    assert settings.scaleVisibility and settings.minimumScale == 25000
    hazard_labels = layer_label_settings(stored_layers["hazards"])
    assert hazard_labels.fieldName == "hazard_id"
    assert hazard_labels.format().buffer().enabled()


def test_land_release_outcomes_are_distinct(stored_layers):
    layer = stored_layers["land_release_activities"]
    seen = set()
    for code in ("cancelled", "reduced_ta", "reduced_nta", "cleared", "confirmed"):
        rule = _rule(layer, layer_label("RELEASE_OUTCOME", code))
        assert rule.filterExpression() == "\"outcome\" = '{}'".format(code)
        kinds = tuple(rule.symbol().symbolLayer(i).layerType()
                      for i in range(rule.symbol().symbolLayerCount()))
        angles = tuple(rule.symbol().symbolLayer(i).lineAngle()
                       for i in range(rule.symbol().symbolLayerCount())
                       if rule.symbol().symbolLayer(i).layerType() == "LinePatternFill")
        colour = rule.symbol().symbolLayer(0).color().name()
        seen.add((kinds, angles))
        assert colour not in {"#ff0000", "#f4a718"}  # never a hazard colour
    assert len(seen) == 5  # five different patterns: they part in greyscale too


@pytest.mark.parametrize("table", ("land_release_activities", "eo_finds", "survey_points",
                                   "site_points", "accidents"))
def test_records_awaiting_review_have_their_own_legend_entries(stored_layers, table):
    """Submitted and returned records are drawn over their own symbol in the
    palette's pending lines, and the legend names them; approved ones are not."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature
    from qgis.PyQt.QtCore import Qt
    from mine_action_mapper.core import palette
    from mine_action_mapper.styles.symbology import GROUP_LABELS
    layer = stored_layers[table]
    group = _rule(layer, GROUP_LABELS["review"])
    pens = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
    for code, line in palette.REVIEW_STATUS.items():
        rule = _rule(layer, layer_label("REVIEW_STATUS", code), GROUP_LABELS["review"])
        assert rule.filterExpression() == "\"review_status\" = '{}'".format(code)
        last = rule.symbol().symbolLayer(rule.symbol().symbolLayerCount() - 1)
        if table == "land_release_activities":
            assert rule.symbol().symbolLayer(0).color().alpha() == palette.PENDING_WASH
            assert last.color().name() == line.colour.lower()
            assert last.penStyle() == pens[line.style]
        else:
            assert last.strokeStyle() == pens[line.style]
    feature = QgsFeature(layer.fields())
    context = QgsExpressionContext()
    for status, pending in (("approved", False), ("submitted", True), ("returned", True)):
        feature["review_status"] = status
        context.setFeature(feature)
        assert bool(QgsExpression(group.filterExpression()).evaluate(context)) is pending
    legend = [item.label() for item in layer.renderer().legendSymbolItems()]
    assert "Submitted, awaiting review" in legend and "Returned to the operator" in legend, legend


def layer_label(vocabulary_name, code):
    from mine_action_mapper.core import vocabulary
    return getattr(vocabulary, vocabulary_name).term(code).label


def layer_label_settings(layer):
    assert layer.labelsEnabled()
    return layer.labeling().settings()


def test_an_accident_is_drawn_by_its_worst_recorded_outcome(stored_layers):
    """Exactly one casualty rule draws each accident: killed over injured
    over none; a count not recorded (NULL) is no casualty."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature
    from mine_action_mapper.core import palette
    from mine_action_mapper.styles.symbology import GROUP_LABELS
    layer = stored_layers["accidents"]
    rules = {key: _rule(layer, GROUP_LABELS["accident_" + key])
             for key in ("killed", "injured", "none")}
    for key, item in rules.items():
        assert item.symbol().symbolLayer(0).color().name() == palette.ACCIDENT[key].lower()
    context = QgsExpressionContext()
    context.setFields(layer.fields())
    for values, expected in (({}, "none"), ({"killed_unknown": 0}, "none"),
                             ({"injured_girls": 2}, "injured"),
                             ({"injured_men": 1, "killed_boys": 1}, "killed"),
                             ({"killed_women": 1}, "killed")):
        feature = QgsFeature(layer.fields())
        feature.setValid(True)
        for name, value in values.items():
            feature[name] = value
        context.setFeature(feature)
        drawn = [key for key, item in rules.items()
                 if QgsExpression(item.filterExpression()).evaluate(context)]
        assert drawn == [expected], values


def test_svg_markers_are_embedded_and_valid(stored_layers):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtSvg import QSvgRenderer
    missing, _ = QgsApplication.svgCache().svgAsImage(
        "/nonexistent/missing.svg", 64, QColor("red"), QColor("black"), 1, 1)
    count = 0
    for table, layer in stored_layers.items():
        for rule in _rules(layer):
            if rule.symbol() is None:
                continue
            for symbol_layer in _all_symbol_layers(rule.symbol()):
                if symbol_layer.layerType() != "SvgMarker":
                    continue
                count += 1
                path = symbol_layer.path()
                assert path.startswith("base64:"), (table, rule.label(), path[:60])
                data = base64.b64decode(path[len("base64:"):])
                assert QSvgRenderer(QByteArray(data)).isValid(), (table, rule.label())
                image, _ = QgsApplication.svgCache().svgAsImage(
                    path, 64, QColor("red"), QColor("black"), 1, 1)
                assert image != missing, (table, rule.label())
    assert count >= 20


def _all_symbol_layers(symbol):
    for index in range(symbol.symbolLayerCount()):
        layer = symbol.symbolLayer(index)
        yield layer
        if layer.subSymbol() is not None:
            yield from _all_symbol_layers(layer.subSymbol())


def test_legend_labels_are_translated(tmp_path, english):
    from mine_action_mapper.core import i18n
    from mine_action_mapper.styles import symbology
    fake = {("Vocabulary", "Confirmed Hazardous Area (CHA)"): "Zone dangereuse confirmée (ZDC)",
            ("Vocabulary", "Worked on"): "En cours de traitement",
            ("Symbology", "Class (fill)"): "Classe (remplissage)"}
    i18n.set_translator(lambda context, text: fake.get((context, text), text))
    layer = _memory_layer("hazards", [])
    assert symbology.apply_symbology(layer, "hazards")
    labels = [rule.label() for rule in _rules(layer)]
    assert labels.count("Zone dangereuse confirmée (ZDC)") == 2  # fill and marker
    assert "En cours de traitement" in labels and "Classe (remplissage)" in labels
    assert "Confirmed Hazardous Area (CHA)" not in labels
    # labels without a translation stay in English
    assert "Suspected Hazardous Area (SHA)" in labels
    # the style file itself keeps the English source text
    with open(symbology.style_path("hazards"), encoding="utf-8") as handle:
        assert "Confirmed Hazardous Area (CHA)" in handle.read()


def test_apply_styles_algorithm_matches_by_fields(provider, english):
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer
    from mine_action_mapper.store.fields import qgs_field
    # an IMSMA-like export: other layer name, upper-case fields, extra fields
    exported = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "IMSMA export 2024", "memory")
    exported.dataProvider().addAttributes([
        qgs_field(name, "string") for name in ("HAZARD_ID", "HAZARD_CLASS", "STATUS",
                                               "PROVINCE")])
    exported.updateFields()
    finds = QgsVectorLayer("Point?crs=EPSG:4326&field=find_id:string&field=eo_category:string",
                           "finds from the field", "memory")
    unrelated = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "wells", "memory")
    for layer in (exported, finds, unrelated):
        QgsProject.instance().addMapLayer(layer)
    original_renderer = unrelated.renderer().type()
    try:
        result = processing.run("mineaction:applystyles",
                                {"LAYERS": [exported.id(), finds.id(), unrelated.id()]})
        assert set(result["STYLED"]) == {exported.id(), finds.id()}
        assert "IMSMA export 2024: styled as Hazardous areas" in result["REPORT"]
        assert "finds from the field: styled as Explosive ordnance finds" in result["REPORT"]
        assert "wells: matches no mine action table" in result["REPORT"]
        assert _rule(exported, "Hazard markers (smaller than 1:50,000)") is not None
        assert _rule(finds, layer_label("EO_CATEGORY", "ap_mine")) is not None
        assert unrelated.renderer().type() == original_renderer
        assert exported.featureCount() == 0 and exported.fields().count() == 4  # data untouched
    finally:
        for layer in (exported, finds, unrelated):
            QgsProject.instance().removeMapLayer(layer.id())


def test_apply_styles_defaults_to_the_loaded_database(backend, provider, english, clean_slate):
    """With a database opened in the project (on either backend), the
    algorithm's default layers are its styled tables; a style reset by the
    user comes back."""
    from qgis import processing
    from qgis.core import QgsApplication, QgsProject, QgsSingleSymbolRenderer, QgsSymbol
    from mine_action_mapper.styles.project import load_database
    _group, layers = load_database(backend.database, QgsProject.instance())
    hazards = layers["hazards"]
    stored = [rule.label() for rule in _rules(hazards)]  # from the database's own style
    hazards.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(
        hazards.geometryType())))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mineaction:applystyles")
    default = algorithm.parameterDefinition("LAYERS").defaultValue()  # what the dialog shows
    result = processing.run(algorithm, {"LAYERS": default})
    assert set(result["STYLED"]) == {layers[table].id() for table in STYLED}
    assert "styled as Hazardous areas" in result["REPORT"]
    assert [rule.label() for rule in _rules(hazards)] == stored
    assert hazards.featureCount() == backend.imported["hazards"]  # data untouched


def test_match_table_by_name_and_geometry(english):
    from qgis.core import QgsVectorLayer
    from mine_action_mapper.styles.symbology import match_table
    by_name = QgsVectorLayer("LineString?crs=EPSG:4326", "Access routes", "memory")
    assert match_table(by_name) == "access_routes"
    wrong_geometry = QgsVectorLayer("Point?crs=EPSG:4326", "hazards", "memory")
    assert match_table(wrong_geometry) is None


# --- rendered maps -----------------------------------------------------------------------


def _sample_hazards():
    """Hazards of the sample programme: the digitised hazard's own polygon, and
    for surveyed hazards the union of their activities and tasks (their traverse
    polygons are computed elsewhere)."""
    from qgis.core import QgsGeometry
    parts = {}
    for table in ("land_release_activities", "tasks"):
        for row in _csv(table):
            if row["hazard_id"]:
                parts.setdefault(row["hazard_id"], []).append(QgsGeometry.fromWkt(row["wkt"]))
    rows = []
    for row in _csv("hazards"):
        if row["wkt"]:
            rows.append(row)
        elif row["hazard_id"] in parts:
            rows.append(dict(row, geometry=QgsGeometry.unaryUnion(parts[row["hazard_id"]])))
    return rows


def _render(layer, centre, scale, path, size=400, dpi=96):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                           QgsRectangle)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    utm = QgsCoordinateReferenceSystem("EPSG:32612")
    to_utm = QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(utm)
    settings.setOutputSize(QSize(size, size))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor("white"))
    middle = to_utm.transform(centre)
    half = size / dpi * 0.0254 * scale / 2
    settings.setExtent(QgsRectangle(middle.x() - half, middle.y() - half,
                                    middle.x() + half, middle.y() + half))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(path))
    assert abs(settings.scale() - scale) / scale < 0.01

    def where(point):
        projected = settings.mapToPixel().transform(to_utm.transform(point))
        return int(round(projected.x())), int(round(projected.y()))

    def pixel(point):
        return image.pixelColor(*where(point))
    pixel.where = where
    return image, pixel


@pytest.fixture()
def sample_hazards(english):
    from mine_action_mapper.styles import symbology
    layer = _memory_layer("hazards", _sample_hazards())
    assert symbology.apply_symbology(layer, "hazards")
    return layer


def _feature(layer, hazard_id):
    return next(f for f in layer.getFeatures() if f["hazard_id"] == hazard_id)


def test_render_cha_interior_is_red_at_10000(sample_hazards, tmp_path):
    from qgis.core import QgsPointXY
    feature = _feature(sample_hazards, "EX-HA-0001")  # CHA, worked on
    geometry = feature.geometry()
    marker_at = geometry.pointOnSurface().asPoint()
    image, pixel = _render(sample_hazards, geometry.centroid().asPoint(), 10000,
                           tmp_path / "hazards_10k.png")
    # interior points well away from the centroid marker and the outline
    box = geometry.boundingBox()
    inside = []
    for i in range(1, 12):
        for j in range(1, 12):
            point = QgsPointXY(box.xMinimum() + box.width() * i / 12,
                               box.yMinimum() + box.height() * j / 12)
            probe = geometry.buffer(-0.0002, 4)  # ~15-20 m in from the outline
            far = abs(point.x() - marker_at.x()) > 0.0004 or abs(point.y() - marker_at.y()) > 0.0003
            if probe.contains(point) and far:
                inside.append(point)
    assert len(inside) >= 5
    # #FF0000 at 50 % over white is (255, 127, 127); the hazard-ID label and
    # its halo may cover a few probes
    red = [point for point in inside if _is_half_red(pixel(point))]
    assert len(red) >= 0.75 * len(inside), [pixel(point).name() for point in inside]
    outside = QgsPointXY(box.xMaximum() + box.width(), box.yMaximum() + box.height())
    assert pixel(outside).name() == "#ffffff"


def test_render_hazard_is_a_marker_at_100000(sample_hazards, tmp_path):
    feature = _feature(sample_hazards, "EX-HA-0003")  # CHA, open
    geometry = feature.geometry()
    centre = geometry.pointOnSurface().asPoint()
    image, pixel = _render(sample_hazards, centre, 100000, tmp_path / "hazards_100k.png")
    # the polygon is a few pixels across at 1:100,000; the marker is 5 mm
    # (about 19 px): red pixels reach well beyond the polygon's own extent
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    utm = QgsCoordinateTransform(sample_hazards.crs(), QgsCoordinateReferenceSystem("EPSG:32612"),
                                 QgsProject.instance())
    extent = utm.transformBoundingBox(geometry.boundingBox())
    settings_scale = 0.0254 / 96 * 100000  # metres per pixel
    cx0, cy0 = pixel.where(centre)
    window = 24  # pixels around the hazard: no other hazard's marker in reach
    red = [(x, y) for x in range(cx0 - window, cx0 + window)
           for y in range(cy0 - window, cy0 + window)
           if _is_red(image.pixelColor(x, y))]
    xs = [x for x, _ in red]
    ys = [y for _, y in red]
    assert red, "no marker drawn"
    polygon_px = max(extent.width(), extent.height()) / settings_scale
    assert polygon_px < 10
    assert max(xs) - min(xs) >= max(12, polygon_px + 4) and max(ys) - min(ys) >= 10
    # pure, opaque red marker (the polygon fill would be 50 % red, pinkish)
    assert any(image.pixelColor(x, y).name() == "#ff0000" for x, y in red)
    # the skull is white inside the red triangle
    cx, cy = (min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2
    window = [image.pixelColor(x, y) for x in range(cx - 4, cx + 5) for y in range(cy - 4, cy + 5)]
    assert any(colour.lightness() > 240 for colour in window)


def _is_half_red(colour):
    return colour.red() > 240 and 110 < colour.green() < 145 and 110 < colour.blue() < 145


def _is_red(colour):
    return colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


def test_applying_a_style_keeps_the_form(any_database):
    """A style never resets a database layer's defaults, constraints or widgets
    (QGIS 3.22's loadNamedStyle does, whatever categories it is given)."""
    from mine_action_mapper.store.database import open_layer
    from mine_action_mapper.styles.symbology import apply_symbology
    layer = open_layer(any_database, "hazards")
    index = layer.fields().indexOf("status")
    before = (layer.defaultValueDefinition(index).expression(),
              int(layer.fieldConstraints(index)), layer.editorWidgetSetup(index).type(),
              layer.constraintExpression(layer.fields().indexOf("depth_cm")))
    assert before[0] == "'open'" and before[1] != 0
    assert apply_symbology(layer, "hazards")
    after = (layer.defaultValueDefinition(index).expression(),
             int(layer.fieldConstraints(index)), layer.editorWidgetSetup(index).type(),
             layer.constraintExpression(layer.fields().indexOf("depth_cm")))
    assert after == before


def test_programme_codes_are_drawn_as_their_base_codes(any_database, add_rows):
    """A class "DHA" added with base code CHA is drawn by the CHA rule, both
    when the database is opened and when styles are applied again."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsProject
    from mine_action_mapper.store.database import open_layer
    from mine_action_mapper.styles.project import load_database
    from mine_action_mapper.styles.symbology import apply_symbology
    import shapely
    database = any_database
    add_rows(database, "lookups", [
        dict(vocabulary="hazard_class", code="DHA", label="Defined Hazardous Area",
             base_code="CHA", sort_order=9, active=True),
        dict(vocabulary="release_outcome", code="area_cleared", label="Area cleared",
             base_code="cleared", sort_order=9, active=True)])
    add_rows(database, "hazards", [dict(
        hazard_id="H-DHA", hazard_class="DHA", status="open",
        date_of_information=datetime.date(2024, 1, 1),
        geometry=shapely.box(-108.8, 50.05, -108.79, 50.06))])

    def rules_taking(layer):
        """Labels of the rules whose filter takes the layer's (only) feature."""
        feature = next(layer.getFeatures())
        context = QgsExpressionContext()
        context.setFeature(feature)
        return [rule.label() for rule in layer.renderer().rootRule().descendants()
                if rule.filterExpression() and not rule.isElse()
                and QgsExpression(rule.filterExpression()).evaluate(context)]

    project = QgsProject()
    _group, layers = load_database(database, project)
    assert "Confirmed Hazardous Area (CHA)" in rules_taking(layers["hazards"])
    activities = layers["land_release_activities"]
    filters = [rule.filterExpression() for rule in activities.renderer().rootRule().descendants()]
    assert "\"outcome\" IN ('cleared', 'area_cleared')" in filters

    hazards = open_layer(database, "hazards")
    assert apply_symbology(hazards, "hazards")
    assert "Confirmed Hazardous Area (CHA)" in rules_taking(hazards)
    # a built-in code's rule is left exactly as the style file wrote it
    assert "\"hazard_class\" = 'SHA'" in [
        rule.filterExpression() for rule in hazards.renderer().rootRule().descendants()]
