"""Fill a task order layout (``layouts/task_order_*.qpt``) for one task.

``TaskOrderMaps`` owns the map layers of one export run: its own instances of
the database tables, filtered to the task with subset strings (the data are
never modified), two memory layers made from the turning point table
(turning points and benchmark), and unfiltered hazards for the overview.
``fill_task_order(layout, maps, order, folder)`` then sets every item of the
layout: maps and their extents, the UTM grid, the declination diagram, the
tables and all texts (translated here, never stored in the template).
"""

import math
import os

from qgis.core import (QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsExpression, QgsFeatureRequest,
                       QgsLayerTreeLayer, QgsMapLayerStyle,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsPointXY,
                       QgsProject, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings,
                       QgsVectorLayer, QgsVectorLayerSimpleLabeling,
                       QgsLayoutPoint, QgsLayoutSize, QgsScaleBarSettings, QgsUnitTypes)
from qgis.PyQt.QtGui import QColor

from ..core import coordinates, schema, vocabulary
from ..core.i18n import translate
from . import layout_templates as t
from ..store.database import open_layer
from ..core.north import drawn_angles, mils
from .declination_diagram import diagram_svg
from .layout_direction import table_cells
from .text_fit import fit_page
from ..store.features import WGS84, new_feature, point_geometry
from ..store.fields import qgs_field
from ..styles.symbology import apply_symbology
from ..core.benchmark import CONTROL_POINT, FIRST_VERTEX, SURVEYED

#: map scales a task order may use (1 : value)
NICE_SCALES = (500, 1000, 1250, 2000, 2500, 5000, 7500, 10000, 12500, 20000, 25000, 50000,
               100000, 200000, 250000, 500000, 1000000, 2000000)
#: grid intervals (m) a task order may use
GRID_INTERVALS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000,
                  100000)
#: the smallest distance (mm on paper) between two grid lines, so labels never touch
MIN_GRID_SPACING_MM = 22.0
#: site types kept out of the main map's extent (they may be kilometres away)
FAR_SITES = ("medical_facility",)

SUPERSCRIPT = {"0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶",
               "7": "⁷", "8": "⁸", "9": "⁹"}


# ------------------------------------------------------------------ scales


def nice_scale(required):
    """The first nice scale denominator at least ``required``."""
    for scale in NICE_SCALES:
        if scale >= required:
            return scale
    return int(math.ceil(required / 1e6) * 1e6)


def grid_interval(scale):
    """The smallest grid interval at least ``MIN_GRID_SPACING_MM`` apart on paper."""
    for interval in GRID_INTERVALS:
        if interval * 1000.0 / scale >= MIN_GRID_SPACING_MM:
            return interval
    return GRID_INTERVALS[-1]


def grid_label(value, interval):
    """MGRS-style label of a grid line: the kilometre digits inside the 100 km
    square, the metres as superscript when the interval is below 1 km
    (654300 -> '54³⁰⁰', 5546000 at 1 km -> '46')."""
    value = int(round(value))
    inside = value % 100000
    text = "{:02d}".format(inside // 1000)
    if interval < 1000:
        text += "".join(SUPERSCRIPT[c] for c in "{:03d}".format(inside % 1000))
    return text


def grid_label_expression(interval):
    """The same label as a QGIS expression over @grid_number (for the grid item)."""
    km = "lpad(to_string(floor((round(@grid_number) % 100000) / 1000)), 2, '0')"
    if interval >= 1000:
        return km
    metres = "lpad(to_string(round(@grid_number) % 1000), 3, '0')"
    mapping = ", ".join("'{}', '{}'".format(k, v) for k, v in SUPERSCRIPT.items())
    return "{} || replace({}, map({}))".format(km, metres, mapping)


# ------------------------------------------------------------------ layers


def _quoted_filter(field, value):
    return "{} = {}".format(QgsExpression.quotedColumnRef(field), QgsExpression.quotedValue(value))


def _marker(shape, color, size, outline="20,20,20"):
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": str(size),
                                         "outline_color": outline, "outline_width": "0.3"})


def _points_layer(name, label_size, symbol):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes([qgs_field("point_no", schema.INTEGER),
                                        qgs_field("label", schema.STRING)])
    layer.updateFields()
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    settings.dist = 0.8
    text = t.text_format(label_size, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.displayAll = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _styled_copy(path, table):
    """A memory copy of a database table, styled as the map draws it.

    The maps filter their layers to one task at a time; a subset string on the
    database's own layer makes QGIS reopen the GeoPackage for update, which
    switches its journal to WAL and so changes the file. Copies leave the
    database as it was."""
    source = open_layer(path, table, schema.BY_NAME[table].translated_title())
    apply_symbology(source, table, required=True)  # with the programme's own codes
    copy = source.materialize(QgsFeatureRequest())
    copy.setName(source.name())
    style = QgsMapLayerStyle()
    style.readFromLayer(source)
    style.writeToLayer(copy)
    return copy


class TaskOrderMaps:
    """The map layers of one export run, from the database at ``path``."""

    TABLES = ("hazards", "tasks", "access_routes", "site_points")

    def __init__(self, path, project=None):
        self.project = project or QgsProject()
        self.layers = {table: _styled_copy(path, table) for table in self.TABLES}
        self.all_hazards = _styled_copy(path, "hazards")
        self.turning_points = _points_layer(
            translate("TaskOrder", "Turning points"), 7.5,
            _marker("circle", "255,255,255", 2.2, "0,0,0"))
        self.benchmark = _points_layer(
            translate("TaskOrder", "Benchmark"), 8,
            _marker("triangle", "0,70,180", 3.4, "0,0,0"))
        for layer in self.main_layers() + [self.all_hazards]:
            self.project.addMapLayer(layer, False)

    def main_layers(self):
        """Layers of the main map, top first (also the legend's order)."""
        return [self.benchmark, self.turning_points, self.layers["site_points"],
                self.layers["access_routes"], self.layers["tasks"], self.layers["hazards"]]

    def overview_layers(self):
        return [self.layers["site_points"], self.layers["access_routes"],
                self.layers["tasks"], self.all_hazards]

    def show_task(self, order):
        """Filter the layers to ``order``'s task and rebuild the point layers."""
        self.layers["tasks"].setSubsetString(_quoted_filter("task_id", order.task_id))
        self.layers["site_points"].setSubsetString(_quoted_filter("task_id", order.task_id))
        self.layers["access_routes"].setSubsetString(_quoted_filter("task_id", order.task_id))
        self.layers["hazards"].setSubsetString(
            _quoted_filter("hazard_id", order.hazard_id or ""))
        benchmark_label = translate("TaskOrder", "BM")
        turning = []
        for row in order.rows:
            if row.point_type == "benchmark" or row.point_type == "end":
                continue  # the end point re-observes the start point
            turning.append((row.point_no, str(row.point_no), row.lon, row.lat))
        bm = order.rows[0]
        _replace_points(self.turning_points, turning)
        _replace_points(self.benchmark, [(bm.point_no, benchmark_label, bm.lon, bm.lat)])


def _replace_points(layer, points):
    provider = layer.dataProvider()
    provider.truncate()
    provider.addFeatures([new_feature(layer.fields(), {"point_no": number, "label": label},
                                      point_geometry(lon, lat))
                          for number, label, lon, lat in points])
    layer.updateExtents()
    layer.triggerRepaint()


# ------------------------------------------------------------------ texts


def _label(schema_layer, field, value):
    """Translated label of a coded value (the value itself when not coded)."""
    if value is None or value == "":
        return "—"
    lookup = schema_layer.field(field).lookup
    if lookup and lookup in vocabulary.BY_NAME:
        return vocabulary.BY_NAME[lookup].label(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _alias(schema_layer, field):
    return schema_layer.field(field).translated_alias()


def title_rows(order):
    task, hazard = order.task, order.hazard
    T, H = schema.TASKS, schema.HAZARDS

    def pair(layer, record, field):
        return [_alias(layer, field), _label(layer, field, record.get(field))]

    return [
        pair(T, task, "task_id") + pair(H, hazard or {"hazard_id": order.hazard_id}, "hazard_id"),
        pair(T, task, "task_type") + pair(H, hazard, "hazard_class"),
        pair(T, task, "priority") + pair(H, hazard, "contamination"),
        pair(T, task, "organisation") + pair(H, hazard, "name"),
        pair(T, task, "team") + pair(H, hazard, "locality"),
        pair(T, task, "issue_date") + pair(T, task, "start_date"),
        pair(T, task, "due_date") + pair(T, task, "status"),
    ]


def _bearing(value):
    if value is None:
        return "—"
    # 359.96 prints as 000.0, not 360.0
    return translate("TaskOrder", "{value}°").format(value="{:05.1f}".format(round(value, 1) % 360.0))


def point_headers(columns=t.POINT_COLUMNS):
    headers = dict(zip(t.POINT_COLUMNS, [translate("TaskOrder", "Point"), translate("TaskOrder", "Type"),
            translate("TaskOrder", "From"), translate("TaskOrder", "Magnetic bearing"),
            translate("TaskOrder", "Grid bearing"), translate("TaskOrder", "Distance (m)"),
            translate("TaskOrder", "MGRS"), translate("TaskOrder", "UTM"),
            translate("TaskOrder", "Latitude / longitude (WGS 84)")]))
    return [headers[name] for name in columns]


def point_rows(order, columns=t.POINT_COLUMNS):
    rows = []
    for row in order.rows:
        cells = dict(zip(t.POINT_COLUMNS, [
            str(row.point_no),
            vocabulary.POINT_TYPE.label(row.point_type),
            "" if row.from_point is None else str(row.from_point),
            _bearing(row.magnetic_bearing_deg),
            _bearing(row.grid_bearing_deg),
            "" if row.distance_m is None else "{:.1f}".format(row.distance_m),
            row.mgrs, row.utm, row.latlon,
        ]))
        rows.append([cells[name] for name in columns])
    return rows


def _side(value):
    return translate("TaskOrder", "east") if value >= 0 else translate("TaskOrder", "west")


def _angle(value):
    return "{:.1f}".format(abs(value))


def declination_lines(order, factor):
    north = order.north
    gma = north.grid_magnetic_deg
    lines = [
        translate("TaskOrder", "Magnetic declination: {angle}° {side} ({mils} mils)").format(
            angle=_angle(north.declination_deg), side=_side(north.declination_deg),
            mils="{:.0f}".format(abs(mils(north.declination_deg)))),
        translate("TaskOrder", "Grid convergence: {angle}° {side}").format(
            angle=_angle(north.convergence_deg), side=_side(north.convergence_deg)),
        translate("TaskOrder", "Grid–magnetic angle: {angle}° {side} ({mils} mils)").format(
            angle=_angle(gma), side=_side(gma), mils="{:.0f}".format(abs(mils(gma)))),
        (translate("TaskOrder", "Magnetic bearing = grid bearing − {angle}°") if gma >= 0 else
         translate("TaskOrder", "Magnetic bearing = grid bearing + {angle}°")).format(
            angle=_angle(gma)),
        translate("TaskOrder", "At the benchmark on {date} ({model}).").format(
            date=order.work_date.isoformat(),
            model=north.model if north.model != "manual" else translate("TaskOrder", "entered by hand")),
        translate("TaskOrder", "GN grid north (map up), TN true north, MN magnetic north."),
    ]
    if factor > 1.0:
        lines.append(translate("TaskOrder", "Diagram not to scale: angles drawn ×{factor}.")
                     .format(factor="{:.1f}".format(factor)))
    return lines


def _crs_name(crs):
    return crs.description() or crs.authid()


def mgrs_squares(order, extent, transform):
    """The 100 km squares (e.g. '12U XA') the main map covers."""
    squares = []
    for x in (extent.xMinimum(), extent.center().x(), extent.xMaximum()):
        for y in (extent.yMinimum(), extent.center().y(), extent.yMaximum()):
            point = transform.transform(QgsPointXY(x, y))
            square = coordinates.lonlat_to_mgrs(point.x(), point.y(), 0)
            if square not in squares:
                squares.append(square)
    return squares


# ------------------------------------------------------------------ fill


def set_table(table, headers, rows):
    columns, cells = table_cells(table.layout(), headers, rows)
    table.setHeaders(columns)
    table.setTableContents(cells)


def _item(layout, item_id):
    item = layout.itemById(item_id)
    if item is None:
        raise KeyError(item_id)
    return item


def _transform(source, target):
    return QgsCoordinateTransform(source, target, QgsProject.instance().transformContext())


def _extent(shapes, to_grid, margin, min_size_m=60.0):
    box = None
    for shape in shapes:
        if shape is None or shape.is_empty:
            continue
        minx, miny, maxx, maxy = shape.bounds
        rect = to_grid.transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
        if box is None:
            box = QgsRectangle(rect)
        else:
            box.combineExtentWith(rect)
    width = max(box.width(), min_size_m) * (1 + 2 * margin)
    height = max(box.height(), min_size_m) * (1 + 2 * margin)
    centre = box.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def fit_map(map_item, extent, scale=None):
    """Centre ``map_item`` on ``extent`` at the nice scale that shows it all."""
    width_mm, height_mm = map_item.rect().width(), map_item.rect().height()
    if scale is None:
        required = max(extent.width() / width_mm, extent.height() / height_mm) * 1000.0
        scale = nice_scale(required)
    half_w = scale * width_mm / 2000.0
    half_h = scale * height_mm / 2000.0
    centre = extent.center()
    map_item.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h,
                                    centre.x() + half_w, centre.y() + half_h))
    return scale


def _legend(layout, layers):
    legend = _item(layout, t.LEGEND)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addChildNode(QgsLayerTreeLayer(layer))
    legend.setTitle(translate("TaskOrder", "Legend"))
    legend.updateLegend()
    return legend


def fill_task_order(layout, maps, order, folder):
    """Fill ``layout`` for ``order`` (a TaskOrder); the declination diagram SVG
    is written into ``folder``. Returns a dict of what was drawn (for tests
    and the report): scale, grid interval, grid CRS, drawn angles, factor."""
    maps.show_task(order)
    grid_crs = QgsCoordinateReferenceSystem(order.grid_crs)
    to_grid = _transform(WGS84, grid_crs)
    to_wgs84 = _transform(grid_crs, WGS84)
    from shapely.geometry import Point
    near = [order.area, Point(order.benchmark)]
    near += [shape for attributes, shape in order.sites
             if attributes.get("site_type") not in FAR_SITES]
    main = _item(layout, t.MAIN_MAP)
    main.setCrs(grid_crs)
    main.setLayers(maps.main_layers())
    main.setKeepLayerSet(True)
    scale = fit_map(main, _extent(near, to_grid, 0.12))
    main.setScale(scale)
    grid = main.grids().grid(0)
    interval = grid_interval(scale)
    grid.setCrs(grid_crs)
    grid.setIntervalX(interval)
    grid.setIntervalY(interval)
    grid.setOffsetX(0)
    grid.setOffsetY(0)
    grid.setAnnotationExpression(grid_label_expression(interval))
    grid.setEnabled(True)

    overview = _item(layout, t.OVERVIEW_MAP)
    overview.setCrs(grid_crs)
    overview.setLayers(maps.overview_layers())
    overview.setKeepLayerSet(True)
    wide = [order.area] + [shape for _a, shape in order.sites] + [shape for _a, shape in order.routes]
    overview_extent = _extent(wide, to_grid, 0.15)
    main_extent = main.extent()
    minimum = 6.0 * max(main_extent.width(), main_extent.height())
    if overview_extent.width() < minimum:
        overview_extent.scale(minimum / overview_extent.width())
    fit_map(overview, overview_extent)

    _item(layout, t.TITLE).setText(translate("TaskOrder", "FIELD TASK ORDER"))
    _item(layout, t.SUBTITLE).setText(order.task_id)
    set_table(t.frame_by_id(layout, t.TITLE_TABLE), [""] * 4, title_rows(order))
    t.frame_by_id(layout, t.TITLE_TABLE).setIncludeTableHeader(False)
    _item(layout, t.OVERVIEW_TITLE).setText(translate("TaskOrder", "Location"))
    _item(layout, t.SCALE_TEXT).setText(translate("TaskOrder", "Scale 1:{scale}").format(
        scale="{:,}".format(scale)))
    squares = mgrs_squares(order, main.extent(), to_wgs84)
    _item(layout, t.GRID_NOTE).setText(translate(
        "TaskOrder", "Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid "
        "labels give the MGRS digits in 100 km square {squares}: kilometres, then metres "
        "in small figures.").format(
            zone=order.zone, hemisphere=translate("TaskOrder", "N") if order.northern
            else translate("TaskOrder", "S"), crs=order.grid_crs, interval="{:,}".format(interval),
            squares=", ".join(squares)))

    drawn, factor = drawn_angles(order.north)
    svg_path = os.path.join(folder, "declination_{}.svg".format(_safe(order.task_id)))
    with open(svg_path, "w", encoding="utf-8") as handle:
        handle.write(diagram_svg(order.north, {
            "grid": translate("TaskOrder", "GN"), "true": translate("TaskOrder", "TN"),
            "magnetic": translate("TaskOrder", "MN")}))
    picture = _item(layout, t.DECLINATION_PICTURE)
    picture.setPicturePath(svg_path)
    picture.refreshPicture()
    _item(layout, t.DECLINATION_TITLE).setText(translate("TaskOrder", "North and declination"))
    _item(layout, t.DECLINATION_TEXT).setText("\n".join(declination_lines(order, factor)))

    _item(layout, t.POINTS_TITLE).setText(_points_title(order))
    table = t.frame_by_id(layout, t.POINTS_TABLE)
    columns = t.point_columns(layout.customProperty("paper", t.A4_PORTRAIT))
    set_table(table, point_headers(columns), point_rows(order, columns))
    paper = layout.customProperty("paper", t.A4_PORTRAIT)
    set_scalebar(_item(layout, t.SCALEBAR), scale, t.TASK_ORDER_FRAMES[paper][t.SCALEBAR][2] - 10)

    _legend(layout, maps.main_layers())
    task = order.task
    _item(layout, t.FOOTER).setText(translate(
        "TaskOrder", "Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees "
        "from the point before; distances horizontal, in metres. Issued by {authority} on "
        "{date}, version {version}.").format(
            crs_name=_crs_name(grid_crs), crs=order.grid_crs,
            authority=task.get("issued_by") or "—",
            date=_label(schema.TASKS, "issue_date", task.get("issue_date")),
            version=task.get("version") or 1))
    _item(layout, t.DISCLAIMER).setText(translate(
        "TaskOrder", "SAFETY: this map supports the task briefing and does not replace the "
        "marking on the ground, the site survey or the national mine action standards. "
        "Boundaries and positions are approximate; contamination may lie outside them. "
        "Enter only cleared or marked safe lanes."))
    fit_page(layout, t.TASK_ORDER_FRAMES[paper])
    continue_within_margins(table, t.TASK_ORDER_FRAMES[paper]["border"], t.PAGE_SIZES[paper][1])
    layout.refresh()
    return {"scale": scale, "grid_interval": interval, "grid_crs": order.grid_crs,
            "drawn_angles": drawn, "factor": factor, "svg": svg_path,
            "mgrs_squares": squares}


def continue_within_margins(table, border, page_height):
    """QGIS starts a table's continuation frames at the very top of the next
    page, where printers cannot print: start them at the border's margin."""
    _x, top, _width, _height = border
    for frame in table.frames()[1:]:
        frame.attemptMove(QgsLayoutPoint(frame.positionWithUnits().x(), top,
                                         QgsUnitTypes.LayoutUnit.LayoutMillimeters),
                          useReferencePoint=False, page=frame.page())
        frame.attemptResize(QgsLayoutSize(frame.sizeWithUnits().width(), page_height - 2 * top,
                                          QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    table.recalculateFrameSizes()


def _points_title(order):
    if order.benchmark_source == SURVEYED:
        return translate("TaskOrder", "Turning points of the task area: bearing and distance "
                                      "from the point before, starting at the benchmark")
    if order.benchmark_source == CONTROL_POINT:
        return translate("TaskOrder", "Turning points of the task area: bearing and distance "
                                      "from the point before (no surveyed benchmark: "
                                      "starts at the control point)")
    if order.benchmark_source != FIRST_VERTEX:  # core.benchmark gives only these three
        raise ValueError("unknown benchmark source %r" % (order.benchmark_source,))
    return translate("TaskOrder", "Turning points of the task area: bearing and distance from "
                                  "the point before (no benchmark recorded: starts at point 1)")


def segment_length(scale, bar_mm, segments=4):
    """A nice scale bar segment (m) so ``segments`` of them fill at most ``bar_mm``."""
    ground = scale * bar_mm / 1000.0 / segments
    best = None
    for exponent in range(-1, 7):
        for base in (1, 2, 2.5, 5):
            value = base * 10 ** exponent
            if value <= ground:
                best = value
    return best or ground


def set_scalebar(bar, scale, bar_mm):
    """Four fixed segments of a nice length, the bar no longer than ``bar_mm``
    (the item shrinks to its content, so the width comes from the template)."""
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setUnitLabel(translate("TaskOrder", "m"))
    bar.setUnitsPerSegment(segment_length(scale, bar_mm))
    bar.update()


def _safe(text):
    return "".join(char if char.isalnum() or char in "-_" else "_" for char in str(text))


__all__ = ["TaskOrderMaps", "fill_task_order", "nice_scale", "grid_interval", "grid_label",
           "grid_label_expression", "point_rows", "title_rows", "declination_lines",
           "segment_length"]
