"""Print layout templates of task orders and the national overview.

``scripts/build_layouts.py`` calls ``build_*`` and saves the result as
``layouts/*.qpt``; ``layouts.layout_fill`` loads a template and fills it for
one task. A template holds the page, the frames and the empty items, each
with a stable item id (``ITEM_*``); every text is set at fill time, through
``translate``, so a template carries no language.

Positions are in millimetres on the page (x, y, width, height).
"""

import os

from qgis.core import (QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemManualTable, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemShape,
                       QgsLayoutMeasurement, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable,
                       QgsLayoutTableColumn, QgsLegendStyle, QgsPrintLayout,
                       QgsReadWriteContext, QgsTextFormat, QgsUnitTypes, QgsFillSymbol,
                       QgsLayoutItemMapGrid)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

LAYOUTS_DIR = os.path.dirname(os.path.abspath(__file__))

A4_PORTRAIT = "a4_portrait"
A3_LANDSCAPE = "a3_landscape"
PAPERS = (A4_PORTRAIT, A3_LANDSCAPE)
PAGE_SIZES = {A4_PORTRAIT: (210.0, 297.0), A3_LANDSCAPE: (420.0, 297.0)}
OVERVIEW = "national_overview_a3_landscape"

# item ids shared by the templates and the fill code
MAIN_MAP, OVERVIEW_MAP, LEGEND = "main_map", "overview_map", "legend"
TITLE, SUBTITLE, TITLE_TABLE = "title", "subtitle", "title_table"
SCALEBAR, SCALE_TEXT, NORTH_ARROW = "scalebar", "scale_text", "north_arrow"
DECLINATION_PICTURE, DECLINATION_TEXT, DECLINATION_TITLE = (
    "declination_picture", "declination_text", "declination_title")
POINTS_TITLE, POINTS_TABLE = "points_title", "points_table"
GRID_NOTE, FOOTER, DISCLAIMER = "grid_note", "footer", "disclaimer"
OVERVIEW_TITLE, LEGEND_TITLE = "overview_title", "legend_title"
SUMMARY_TITLE, SUMMARY_TABLE, RELEASE_TABLE, RELEASE_TITLE = (
    "summary_title", "summary_table", "release_table", "release_title")
MAIN_GRID = "utm_grid"

FONT_FAMILY = "DejaVu Sans"
INK = QColor(20, 20, 20)

#: task order geometry per paper: item id -> (x, y, width, height) in mm
TASK_ORDER_FRAMES = {
    A4_PORTRAIT: {
        "border": (6, 6, 198, 285),
        TITLE: (10, 9, 82, 7),
        SUBTITLE: (10, 17, 82, 10),
        TITLE_TABLE: (94, 9, 106, 31),
        MAIN_MAP: (17, 46, 120, 104),
        LEGEND: (145, 44, 55, 110),
        SCALEBAR: (17, 155, 62, 8),
        SCALE_TEXT: (84, 155, 40, 5),
        GRID_NOTE: (17, 164, 183, 4),
        OVERVIEW_TITLE: (10, 170, 52, 4),
        OVERVIEW_MAP: (10, 175, 52, 41),
        DECLINATION_TITLE: (66, 170, 134, 4),
        DECLINATION_PICTURE: (66, 175, 31.5, 41),
        DECLINATION_TEXT: (100, 175, 78, 41),
        NORTH_ARROW: (184, 176, 12, 18),
        POINTS_TITLE: (10, 219, 190, 4),
        POINTS_TABLE: (10, 223.5, 190, 47),
        FOOTER: (10, 272, 190, 6),
        DISCLAIMER: (10, 279, 190, 9),
    },
    A3_LANDSCAPE: {
        "border": (6, 6, 408, 285),
        MAIN_MAP: (17, 15, 262, 196),
        POINTS_TITLE: (10, 219, 270, 4),
        POINTS_TABLE: (10, 224, 270, 60),
        TITLE: (288, 10, 122, 8),
        SUBTITLE: (288, 19, 122, 11),
        TITLE_TABLE: (288, 32, 122, 30),
        OVERVIEW_TITLE: (288, 65, 122, 4),
        OVERVIEW_MAP: (288, 70, 122, 52),
        LEGEND: (288, 125, 122, 70),
        DECLINATION_TITLE: (288, 198, 122, 4),
        DECLINATION_PICTURE: (288, 203, 34, 30),
        DECLINATION_TEXT: (325, 203, 70, 30),
        NORTH_ARROW: (398, 204, 10, 15),
        SCALEBAR: (288, 236, 70, 8),
        SCALE_TEXT: (362, 237, 48, 5),
        GRID_NOTE: (288, 246, 122, 8),
        FOOTER: (288, 255, 122, 10),
        DISCLAIMER: (288, 266, 122, 18),
    },
}

#: the national overview (A3 landscape)
OVERVIEW_FRAMES = {
    "border": (6, 6, 408, 285),
    MAIN_MAP: (12, 12, 264, 272),
    TITLE: (282, 10, 128, 8),
    SUBTITLE: (282, 19, 128, 10),
    LEGEND: (282, 32, 128, 78),
    SUMMARY_TITLE: (282, 112, 128, 5),
    SUMMARY_TABLE: (282, 118, 128, 50),
    RELEASE_TITLE: (282, 172, 128, 5),
    RELEASE_TABLE: (282, 178, 128, 40),
    SCALEBAR: (282, 222, 80, 9),
    NORTH_ARROW: (398, 220, 9, 13),
    FOOTER: (282, 236, 128, 16),
    DISCLAIMER: (282, 254, 128, 30),
}

#: the turning point table's columns and their relative widths
POINT_COLUMNS = ("point", "type", "from", "magnetic", "grid", "distance", "mgrs", "utm", "latlon")
#: relative widths per paper; a width of 0 hides the column (no room on A4)
POINT_COLUMN_WEIGHTS = {A4_PORTRAIT: (9, 20, 9, 19, 19, 17, 41, 0, 56),
                        A3_LANDSCAPE: (8, 20, 8, 18, 18, 16, 36, 36, 50)}


def point_columns(paper):
    """The turning point table's columns on ``paper``."""
    return [name for name, weight in zip(POINT_COLUMNS, POINT_COLUMN_WEIGHTS[paper]) if weight]


def text_format(size, bold=False, color=INK):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


def qfont(size, bold=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def set_label_font(label, size, bold=False):
    """Label font on 3.22 (setFont) and later (setTextFormat)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format(size, bold))
    else:
        label.setFont(qfont(size, bold))
        label.setFontColor(INK)


def place(item, rect):
    x, y, width, height = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _added(layout, item, item_id, rect):
    """``item`` with the id ``item_id``, added to ``layout`` at ``rect`` (mm)."""
    item.setId(item_id)
    layout.addLayoutItem(item)
    place(item, rect)
    return item


def _layout(project, name, paper_size):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(paper_size[0], paper_size[1],
                                   QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return layout


def _border(layout, rect):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({
        "color": "255,255,255,0", "outline_color": "20,20,20", "outline_width": "0.5",
        "style": "no"}))
    return _added(layout, shape, "border", rect)


def _label(layout, item_id, rect, size, bold=False, halign=Qt.AlignmentFlag.AlignLeft,
           valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    set_label_font(label, size, bold)
    label.setHAlign(halign)
    label.setVAlign(valign)
    label.setMargin(0.0)
    return _added(layout, label, item_id, rect)


def _map(layout, item_id, rect, frame=True):
    item = QgsLayoutItemMap(layout)
    item.setFrameEnabled(frame)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setBackgroundColor(QColor(255, 255, 255))
    return _added(layout, item, item_id, rect)


def _table(layout, item_id, rect, headers, widths, content_size=6.5, header_size=6.5):
    table = QgsLayoutItemManualTable.create(layout)
    table.setHeaders([QgsLayoutTableColumn(header) for header in headers])
    table.setIncludeTableHeader(True)
    table.setColumnWidths(list(widths))
    table.setContentTextFormat(text_format(content_size))
    table.setHeaderTextFormat(text_format(header_size, bold=True))
    table.setCellMargin(0.7)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor(90, 90, 90))
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setResizeMode(QgsLayoutTable.ResizeMode.UseExistingFrames)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    place(frame, rect)
    table.addFrame(frame)
    return table


def _scalebar(layout, rect, linked_map):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(linked_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(2.0)
    bar.setTextFormat(text_format(6.5))
    return _added(layout, bar, SCALEBAR, rect)


def _north_arrow(layout, rect, linked_map):
    picture = QgsLayoutItemPicture(layout)
    # QGIS's own arrow, referenced by its name in the SVG search paths
    picture.setPicturePath("arrows/NorthArrow_02.svg")
    picture.setLinkedMap(linked_map)
    picture.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    return _added(layout, picture, NORTH_ARROW, rect)


def _legend(layout, rect, linked_map, size=6.5):
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(linked_map)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setSymbolWidth(5.0)
    legend.setSymbolHeight(3.2)
    legend.setBoxSpace(1.0)
    for style, font_size, bold in ((QgsLegendStyle.Style.Title, size + 1.5, True),
                                   (QgsLegendStyle.Style.Group, size, True),
                                   (QgsLegendStyle.Style.Subgroup, size, True),
                                   (QgsLegendStyle.Style.SymbolLabel, size, False)):
        legend.rstyle(style).setFont(qfont(
            size if style != QgsLegendStyle.Style.Title else font_size, bold))
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 1.2)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 0.8)
    legend.setFontColor(INK)
    return _added(layout, legend, LEGEND, rect)


def _grid(main_map):
    grid = QgsLayoutItemMapGrid(MAIN_GRID, main_map)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    grid.setGridLineColor(QColor(70, 110, 170, 200))
    grid.setGridLineWidth(0.15)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationTextFormat(text_format(6.5, color=QColor(20, 50, 110)))
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.CustomFormat)
    grid.setAnnotationFrameDistance(0.8)
    sides, directions = QgsLayoutItemMapGrid.BorderSide, QgsLayoutItemMapGrid.AnnotationDirection
    for side, direction in ((sides.Left, directions.VerticalDescending),
                            (sides.Right, directions.VerticalDescending),
                            (sides.Top, directions.Horizontal),
                            (sides.Bottom, directions.Horizontal)):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, side)
        grid.setAnnotationDirection(direction, side)
        # eastings on top and bottom, northings on the sides: no corner clashes
        grid.setAnnotationDisplay(
            QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly
            if side in (sides.Left, sides.Right)
            else QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly, side)
    grid.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.ExteriorTicks)
    grid.setFrameWidth(1.2)
    grid.setFramePenSize(0.2)
    main_map.grids().addGrid(grid)
    return grid


def build_task_order_layout(project, paper):
    """An empty task order layout for ``paper`` (A4_PORTRAIT or A3_LANDSCAPE)."""
    frames = TASK_ORDER_FRAMES[paper]
    layout = _layout(project, "task_order_" + paper, PAGE_SIZES[paper])
    _border(layout, frames["border"])
    _label(layout, TITLE, frames[TITLE], 12, bold=True)
    _label(layout, SUBTITLE, frames[SUBTITLE], 17 if paper == A4_PORTRAIT else 19, bold=True)
    _table(layout, TITLE_TABLE, frames[TITLE_TABLE], [""] * 4,
           _widths(frames[TITLE_TABLE][2], (17, 30, 19, 40)), 6.2, 6.2)
    main = _map(layout, MAIN_MAP, frames[MAIN_MAP])
    _grid(main)
    overview = _map(layout, OVERVIEW_MAP, frames[OVERVIEW_MAP])
    overview.overview().setLinkedMap(main)
    overview.overview().setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "255,0,0,40", "outline_color": "220,0,0", "outline_width": "0.6"}))
    _label(layout, OVERVIEW_TITLE, frames[OVERVIEW_TITLE], 7, bold=True)
    legend = _legend(layout, frames[LEGEND], main)
    if paper == A3_LANDSCAPE:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
    _scalebar(layout, frames[SCALEBAR], main)
    _label(layout, SCALE_TEXT, frames[SCALE_TEXT], 9, bold=True)
    _label(layout, GRID_NOTE, frames[GRID_NOTE], 6)
    _label(layout, DECLINATION_TITLE, frames[DECLINATION_TITLE], 7, bold=True)
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    _added(layout, picture, DECLINATION_PICTURE, frames[DECLINATION_PICTURE])
    _north_arrow(layout, frames[NORTH_ARROW], main)
    _label(layout, DECLINATION_TEXT, frames[DECLINATION_TEXT], 6)
    _label(layout, POINTS_TITLE, frames[POINTS_TITLE], 7, bold=True)
    weights = [weight for weight in POINT_COLUMN_WEIGHTS[paper] if weight]
    points = _table(layout, POINTS_TABLE, frames[POINTS_TABLE], [""] * len(weights),
                    _widths(frames[POINTS_TABLE][2], weights), 6.5, 6.5)
    # a long perimeter continues on a second page rather than being cut
    points.setResizeMode(QgsLayoutTable.ResizeMode.ExtendToNextPage)
    layout.setCustomProperty("paper", paper)
    _label(layout, FOOTER, frames[FOOTER], 6)
    _label(layout, DISCLAIMER, frames[DISCLAIMER], 6, bold=True)
    return layout


def build_overview_layout(project):
    frames = OVERVIEW_FRAMES
    layout = _layout(project, OVERVIEW, PAGE_SIZES[A3_LANDSCAPE])
    _border(layout, frames["border"])
    main = _map(layout, MAIN_MAP, frames[MAIN_MAP])
    _label(layout, TITLE, frames[TITLE], 14, bold=True)
    _label(layout, SUBTITLE, frames[SUBTITLE], 9)
    _legend(layout, frames[LEGEND], main, size=7)
    _label(layout, SUMMARY_TITLE, frames[SUMMARY_TITLE], 8, bold=True)
    _table(layout, SUMMARY_TABLE, frames[SUMMARY_TABLE], [""] * 4,
           _widths(frames[SUMMARY_TABLE][2], (44, 26, 18, 30)), 7, 7)
    _label(layout, RELEASE_TITLE, frames[RELEASE_TITLE], 8, bold=True)
    _table(layout, RELEASE_TABLE, frames[RELEASE_TABLE], [""] * 3,
           _widths(frames[RELEASE_TABLE][2], (62, 22, 30)), 7, 7)
    _scalebar(layout, frames[SCALEBAR], main)
    _north_arrow(layout, frames[NORTH_ARROW], main)
    _label(layout, FOOTER, frames[FOOTER], 6.5)
    _label(layout, DISCLAIMER, frames[DISCLAIMER], 6.5, bold=True)
    return layout


def _widths(total, weights):
    # column widths exclude the cell margins and grid lines QGIS adds
    usable = total - len(weights) * (2 * 0.7 + 0.15) - 0.15
    return [usable * weight / sum(weights) for weight in weights]


def template_path(name):
    return os.path.join(LAYOUTS_DIR, "task_order_{}.qpt".format(name)) if name in PAPERS \
        else os.path.join(LAYOUTS_DIR, name + ".qpt")


def save_template(layout, path):
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise IOError(path)
    return path


def load_template(project, name):
    """A QgsPrintLayout made from ``layouts/<name>.qpt``."""
    with open(template_path(name), encoding="utf-8") as handle:
        text = handle.read()
    document = QDomDocument()
    document.setContent(text)
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise IOError(template_path(name))
    return layout


def frame_by_id(layout, item_id):
    """The multiframe (table) whose frame has ``item_id``."""
    for multi in layout.multiFrames():
        for frame in multi.frames():
            if frame.id() == item_id:
                return multi
    raise KeyError(item_id)


def page_size_mm(layout):
    size = layout.pageCollection().page(0).pageSize()
    return size.width(), size.height()


__all__ = ["A4_PORTRAIT", "A3_LANDSCAPE", "PAPERS", "OVERVIEW", "build_task_order_layout",
           "build_overview_layout", "template_path", "save_template", "load_template",
           "frame_by_id"]
