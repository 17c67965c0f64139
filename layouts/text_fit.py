"""Texts that fit their frames in every language.

A translation is often longer than its English (Ukrainian, Portuguese and
Russian by a fifth or more), and a bilingual page carries two texts in each
frame. The templates' sizes are right for English; when a filled text would
run out of its frame, its font is made smaller, step by step, down to
``MINIMUM`` of the template's size. The template's size is kept on the item,
so every page of an atlas starts again from it.
"""

from qgis.core import QgsLayoutExporter, QgsLayoutUtils, QgsLegendStyle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QFont

from ..store.languages import SEPARATOR

MINIMUM = 0.6
STEP = 0.92
TEMPLATE_SIZE = "mine_action_template_font_size"
PAINTED = "mine_action_painted"


# ------------------------------------------------------------- measuring
def wrapped_height_mm(font, text, width_mm):
    """Height of ``text`` in ``font`` word-wrapped to ``width_mm``, as QGIS
    draws a label; None when one word alone is wider than the frame."""
    lines = 0
    for paragraph in (text or "").split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if QgsLayoutUtils.textWidthMM(font, word) > width_mm:
                return None
            candidate = line + " " + word if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
                lines += 1
                line = word
            else:
                line = candidate
        lines += 1
    return QgsLayoutUtils.textHeightMM(font, "\n".join(["x"] * lines))


def _label_font(label):
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return font
    return QFont(label.font())


def _set_label_size(label, size):
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        text_format.setSize(size)
        label.setTextFormat(text_format)
    else:
        font = QFont(label.font())
        font.setPointSizeF(size)
        label.setFont(font)


def label_fits(label):
    """Whether the label's text, wrapped, fits inside its frame."""
    size = label.sizeWithUnits()
    width = size.width() - 2 * label.marginX()
    height = wrapped_height_mm(_label_font(label), label.text(), width)
    return height is not None and height <= size.height() - 2 * label.marginY() + 1e-6


# ---------------------------------------------------------------- fitting
def _template_size(item, current):
    stored = item.customProperty(TEMPLATE_SIZE)
    if stored is None:
        item.setCustomProperty(TEMPLATE_SIZE, current)
        return current
    return float(stored)


def fit_label(label):
    """Shrink the label's font until its text fits; returns the size used."""
    full = _template_size(label, _label_font(label).pointSizeF())
    size = full
    _set_label_size(label, size)
    while not label_fits(label) and size * STEP >= full * MINIMUM:
        size *= STEP
        _set_label_size(label, size)
    return size


def table_fits(table, frame):
    return table.totalHeight() <= frame.sizeWithUnits().height() + 1e-6


def fit_table(table, frame, minimum=MINIMUM):
    """Shrink a table's fonts until its rows fit its first frame."""
    full = _template_size(table, table.contentTextFormat().size())
    header = table.headerTextFormat().size() / table.contentTextFormat().size()

    def resize(size):
        for getter, setter, factor in (
                (table.contentTextFormat, table.setContentTextFormat, 1.0),
                (table.headerTextFormat, table.setHeaderTextFormat, header)):
            text_format = getter()
            text_format.setSize(size * factor)
            setter(text_format)
        table.refresh()
    size = full
    resize(size)
    while not table_fits(table, frame) and size * STEP >= full * minimum:
        size *= STEP
        resize(size)
    return size


#: a table that may run on to further pages (the turning points) is read in
#: the field: it shrinks a little, then continues on the next page
RUN_ON_MINIMUM = 0.85


LEGEND_STYLES = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                 QgsLegendStyle.Style.SymbolLabel)


def _legend_sizes(legend):
    if hasattr(legend.rstyle(QgsLegendStyle.Style.SymbolLabel), "textFormat"):
        return {style: legend.rstyle(style).textFormat().size() for style in LEGEND_STYLES}
    return {style: legend.styleFont(style).pointSizeF() for style in LEGEND_STYLES}


def _set_legend_sizes(legend, sizes):
    for style, size in sizes.items():
        if hasattr(legend.rstyle(style), "textFormat"):
            text_format = legend.rstyle(style).textFormat()
            text_format.setSize(size)
            legend.rstyle(style).setTextFormat(text_format)
        else:
            font = QFont(legend.styleFont(style))
            font.setPointSizeF(size)
            legend.setStyleFont(style, font)


def legend_content_mm(legend):
    """(width, height) the legend's content needs; the item keeps its size.
    A legend measures its content only once it has been painted (it needs the
    output's resolution), so a first measure paints it to a tiny image."""
    if not legend.customProperty(PAINTED, False):
        QgsLayoutExporter(legend.layout()).renderRegionToImage(
            legend.sceneBoundingRect(), QSize(8, 8), 10)
        legend.setCustomProperty(PAINTED, True)
    keep_size, keep_mode = legend.sizeWithUnits(), legend.resizeToContents()
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    needed = legend.sizeWithUnits()
    legend.setResizeToContents(keep_mode)
    if not keep_mode:
        legend.attemptResize(keep_size)
    return needed.width(), needed.height()


def fit_legend(legend, width_mm, height_mm):
    """Shrink the legend's fonts until its content fits ``width_mm`` by
    ``height_mm``."""
    stored = legend.customProperty(TEMPLATE_SIZE)
    full = _legend_sizes(legend) if stored is None else {
        style: float(size) for style, size in zip(LEGEND_STYLES, str(stored).split(";"))}
    if stored is None:
        legend.setCustomProperty(TEMPLATE_SIZE, ";".join(str(full[s]) for s in LEGEND_STYLES))
    # the two texts of a bilingual entry go on two lines
    legend.setWrapString(SEPARATOR)
    factor = 1.0
    _set_legend_sizes(legend, full)
    while factor * STEP >= MINIMUM:
        width, height = legend_content_mm(legend)
        if width <= width_mm + 1e-6 and height <= height_mm + 1e-6:
            break
        factor *= STEP
        _set_legend_sizes(legend, {style: full[style] * factor for style in LEGEND_STYLES})
    return factor


def fit_page(layout, frames):
    """Fit every label, legend and table of a filled page to its template
    frame (``frames``: item id -> x, y, width, height in mm)."""
    from qgis.core import (QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend,
                           QgsLayoutMultiFrame)
    for item_id, (_x, _y, width, height) in frames.items():
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemLabel):
            fit_label(item)
        elif isinstance(item, QgsLayoutItemLegend):
            fit_legend(item, width, height)
        elif isinstance(item, QgsLayoutFrame) and item.multiFrame() is not None:
            table = item.multiFrame()
            runs_on = table.resizeMode() == QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage
            fit_table(table, item, RUN_ON_MINIMUM if runs_on else MINIMUM)
