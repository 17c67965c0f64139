"""Right-to-left pages: a layout mirrored for Arabic (and other RTL scripts).

A reader of a right-to-left script starts at the right: the title block, the
tables and the texts move to the mirrored place on the page and their texts
align right. Only the furniture moves; what a map, the north arrow, the
declination diagram and the scale bar show is geography and stays as it is.
Qt shapes and orders the letters of each line itself (bidirectional text).
"""

from qgis.core import (QgsLayoutFrame, QgsLayoutItem, QgsLayoutItemLabel,
                       QgsLayoutItemLegend, QgsLayoutItemManualTable, QgsLayoutItemPage,
                       QgsLegendStyle,
                       QgsLayoutPoint, QgsLayoutTableColumn, QgsTableCell, QgsUnitTypes)
from qgis.PyQt.QtCore import Qt

MIRRORED = "mine_action_mirrored"


def mirror_for_right_to_left(layout, frames, page_width):
    """Mirror the items of ``layout`` across its page and align its texts
    right; calling it again does nothing. ``frames`` is the template's
    geometry (item id -> x, y, width, height in mm): items are placed from it,
    since a table's or scale bar's own size follows its content."""
    if layout.customProperty(MIRRORED, False):
        return
    tables = set()
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or isinstance(item, QgsLayoutItemPage) \
                or item.id() not in frames:
            continue
        x, y, width, _height = frames[item.id()]
        item.attemptMove(QgsLayoutPoint(page_width - x - width, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters),
                         useReferencePoint=False, page=max(item.page(), 0))
        if isinstance(item, QgsLayoutItemLabel) and item.hAlign() != Qt.AlignmentFlag.AlignHCenter:
            item.setHAlign(Qt.AlignmentFlag.AlignRight)
        elif isinstance(item, QgsLayoutItemLegend):
            _align_legend_right(item)
        elif isinstance(item, QgsLayoutFrame) and \
                isinstance(item.multiFrame(), QgsLayoutItemManualTable):
            tables.add(item.multiFrame())
    for table in tables:
        # the columns read from the right: their widths follow them, and
        # ``table_cells`` reverses the cells each time a table is filled
        table.setColumnWidths(list(reversed(table.columnWidths())))
    layout.setCustomProperty(MIRRORED, True)


def _align_legend_right(legend):
    """Symbols on the right, their texts against them, the title right."""
    legend.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setTitleAlignment(Qt.AlignmentFlag.AlignRight)
    for style in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
        legend.rstyle(style).setAlignment(Qt.AlignmentFlag.AlignRight)


def is_mirrored(layout):
    return bool(layout.customProperty(MIRRORED, False))


def table_cells(layout, headers, rows):
    """Header columns and cell rows of a manual table of ``layout``: as given,
    or read from the right and aligned right on a mirrored page."""
    mirrored = is_mirrored(layout)
    order = (lambda values: list(reversed(values))) if mirrored else list
    columns = []
    for header in order(headers):
        column = QgsLayoutTableColumn(header)
        if mirrored:
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    cells = []
    for row in rows:
        cells.append([])
        for value in order(row):
            cell = QgsTableCell(value)
            if mirrored:
                cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
            cells[-1].append(cell)
    return columns, cells
