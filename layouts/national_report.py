"""The national report: A4 portrait pages for the treaty and national reports.

A title block (authority, reporting period, as-of date, source), the
national summary, the APMBC and CCM Article 7 tables and the charts, then
a place to sign. The tables are ``core.report_tables.REPORT_TABLES``, in
order: each is a heading, a table and, when it has nothing, a sentence
saying so. The charts are SVG files drawn by ``core.report_charts`` in a
temporary folder and placed as pictures.

Unlike the task order and the overview, the report has no template: its
length follows its tables, so the pages are laid out here, top to bottom,
from the same building blocks (``layouts.layout_templates``). A page break
comes before a block that would not fit. A right-to-left language mirrors
the furniture and the tables as the other layouts do
(``layouts.layout_direction``); the charts are pictures and keep their
left-to-right axes.
"""

import datetime
import os
import tempfile

from qgis.core import (QgsLayoutExporter, QgsLayoutItemPage, QgsLayoutItemPicture,
                       QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable, QgsLayoutUtils,
                       QgsPrintLayout, QgsProject, QgsUnitTypes)
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QColor

from ..core import report_charts, report_tables as rt
from ..core.errors import OutputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..store import languages
from ..store.reference import reference
from ..store.settings_store import effective_settings, task_order_language
from . import layout_templates as t
from .layout_direction import is_mirrored, mirror_for_right_to_left, table_cells
from .task_order import pdf_settings
from .text_fit import wrapped_height_mm

CONTEXT = rt.CONTEXT
PAGE = t.PAGE_SIZES[t.A4_PORTRAIT]
MARGIN = 15.0
WIDTH = PAGE[0] - 2 * MARGIN
TOP, BOTTOM = 24.0, PAGE[1] - 20.0  # the body, between running header and footer
CHART_HEIGHT = WIDTH * report_charts.SIZE[1] / report_charts.SIZE[0]
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
SHADE = QColor(235, 235, 235)
CELL_MARGIN = 1.2
GRID = 0.15  # the tables' grid line width (layout_templates)
HEADING = 5.5  # a table's or chart's heading, in mm


#: the page's own words (translated when printed)
TEXT = {
    "title": QT_TRANSLATE_NOOP("NationalReport", "NATIONAL MINE ACTION REPORT"),
    "subtitle": QT_TRANSLATE_NOOP(
        "NationalReport", "Article 7 transparency reports: Anti-Personnel Mine Ban Convention and "
        "Convention on Cluster Munitions"),
    "authority": QT_TRANSLATE_NOOP("NationalReport", "Issuing authority"),
    "default_authority": QT_TRANSLATE_NOOP(
        "NationalReport", "The national mine action authority"),
    "period": QT_TRANSLATE_NOOP("NationalReport", "Reporting period"),
    "period_range": QT_TRANSLATE_NOOP("NationalReport", "{start} to {end}"),
    "as_of": QT_TRANSLATE_NOOP("NationalReport", "Remaining areas as of"),
    "source": QT_TRANSLATE_NOOP("NationalReport", "Source"),
    "issued": QT_TRANSLATE_NOOP("NationalReport", "Date of issue"),
    "report": QT_TRANSLATE_NOOP("NationalReport", "Report"),
    "note": QT_TRANSLATE_NOOP(
        "NationalReport", "Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). "
        "Every square metre released is counted once, by the method that released"
        " it first (cancellation by non-technical survey, reduction by technical "
        "survey, clearance), from the land release history."),
    "released_chart": QT_TRANSLATE_NOOP(
        "NationalReport", "Land released per year, by method (m²)"),
    "remaining_chart": QT_TRANSLATE_NOOP(
        "NationalReport", "Remaining hazardous area by region at {date} (m²)"),
    "sha": QT_TRANSLATE_NOOP("NationalReport", "Suspected (SHA)"),
    "cha": QT_TRANSLATE_NOOP("NationalReport", "Confirmed (CHA)"),
    "progress_chart": QT_TRANSLATE_NOOP(
        "NationalReport", "Progress: hazardous area remaining at the end of each year, and the path"
        " to the target of {date} (m²)"),
    "remaining": QT_TRANSLATE_NOOP("NationalReport", "Remaining"),
    "target": QT_TRANSLATE_NOOP("NationalReport", "Path to the target"),
    "certified": QT_TRANSLATE_NOOP(
        "NationalReport", "Certified correct by the issuing authority"),
    "name_signature": QT_TRANSLATE_NOOP("NationalReport", "Name, title and signature"),
    "date_seal": QT_TRANSLATE_NOOP("NationalReport", "Date and seal"),
    "running_head": QT_TRANSLATE_NOOP(
        "NationalReport", "National mine action report {period}"),
    "footer": QT_TRANSLATE_NOOP("NationalReport", "Issued on {date}. Source: {source}."),
    "page": QT_TRANSLATE_NOOP("NationalReport", "Page {page} of {pages}"),
    "charts": QT_TRANSLATE_NOOP("NationalReport", "Charts"),
    "not_written": QT_TRANSLATE_NOOP(
        "NationalReport", "The national report could not be written ({error})."),
}


def _(text):
    return translate(CONTEXT, text)


def group_separator(setting):
    """The thousands separator of the language's own conventions (Qt's
    locale data); Latin digits are kept, so a comma where the locale would
    change the digits (Arabic)."""
    locale = QLocale(languages.codes(setting)[0])
    if locale.zeroDigit() != "0":
        return ","
    return locale.groupSeparator()


def _weights(kinds):
    return [3.2 if kind == rt.TEXT else 1.0 for kind in kinds]


def _column_widths(weights):
    """Column widths (mm) filling the body's width: QGIS adds each cell's
    margins and the grid lines to the widths it is given."""
    usable = WIDTH - len(weights) * (2 * CELL_MARGIN + GRID) - GRID
    return [usable * weight / sum(weights) for weight in weights]


def _text_height(text, size, width, bold=False):
    """The height (mm) of ``text`` wrapped to ``width`` mm, as QGIS draws it."""
    font = t.qfont(size, bold)
    height = wrapped_height_mm(font, text, width)
    if height is None:  # one word wider than the frame: QGIS breaks it
        lines = QgsLayoutUtils.textWidthMM(font, text) / max(width, 1.0) + 1
        height = QgsLayoutUtils.textHeightMM(font, "\n".join(["x"] * int(lines)))
    return height


def _table_height(headers, rows, widths, size):
    """The height (mm) of a table's header and rows, each as high as its
    most wrapped cell, with the cell margins and grid lines. (The table's
    own totalHeight, read before the layout is drawn, gave about twice the
    height printed.)"""
    total = 0.5
    for number, row in enumerate([headers] + rows):
        tallest = max(_text_height(text, size, width, bold=number == 0)
                      for text, width in zip(row, widths))
        total += tallest + 2 * CELL_MARGIN + GRID + 0.3
    return total


class NationalReport:
    """One report: ``export(pdf)`` fills the pages and writes the PDF."""

    def __init__(self, database, data, language=None, authority=None,
                 completion=None, when=None, project=None):
        self.database = database
        self.data = data
        self.language = language or task_order_language(effective_settings(database))
        self.authority = authority
        #: (date, m²) the programme aims at, or None: the progress chart
        self.completion = completion
        self.when = when or datetime.date.today()
        self.project = project or QgsProject()
        self.separator = group_separator(self.language)
        self.right_to_left = languages.is_right_to_left(self.language)
        self.layout = None
        self.frames = {}
        self.filled = []  # (table, headers, rows, kinds, total): refilled when mirrored
        self.charts = []

    # ----------------------------------------------------------- building
    def _new_layout(self):
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.setName("national_report")
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], MM))
        self.layout, self.page, self.y = layout, 0, TOP

    def _add_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(QgsLayoutSize(PAGE[0], PAGE[1], MM))
        self.layout.pageCollection().addPage(page)
        self.page += 1
        self.y = TOP

    def _room(self, height):
        if self.y + height > BOTTOM:
            self._add_page()

    def _place(self, item, item_id, rect, page=None):
        item.setId(item_id)
        x, y, width, height = rect
        item.attemptResize(QgsLayoutSize(width, height, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), useReferencePoint=False,
                         page=self.page if page is None else page)
        self.frames[item_id] = rect
        return item

    def _label(self, text, height, size, bold=False, align=Qt.AlignmentFlag.AlignLeft,
               page=None, y=None, x=MARGIN, width=WIDTH):
        """A label; a ``height`` of None is the wrapped text's (``self.last``)."""
        if height is None:
            height = _text_height(text, size, width, bold) + 0.5
        self.last = height
        label = t._label(self.layout, "label_{}".format(len(self.frames)),
                         (x, 0, width, height), size, bold, halign=align)
        label.setText(text)
        rect = (x, self.y if y is None else y, width, height)
        return self._place(label, label.id(), rect, page)

    def _table(self, headers, kinds, rows, size=7.5, total=False, heading=None,
               weights=None):
        """A table at the cursor (after its ``heading``, kept on its page)."""
        item_id = "table_{}".format(len(self.frames))
        widths = _column_widths(weights or _weights(kinds))
        table = t._table(self.layout, item_id, (MARGIN, 0, WIDTH, 20), [""] * len(kinds),
                         widths, size, size)
        table.setCellMargin(CELL_MARGIN)
        self._set_cells(table, headers, rows, kinds, total)
        height = _table_height(headers, rows, widths, size)
        above = _text_height(heading, 9, WIDTH, bold=True) + 1 if heading else 0
        self._room(height + above)
        if heading:
            self._label(heading, None, 9, bold=True)
            self.y += above
        self._place(table.frame(0), item_id, (MARGIN, self.y, WIDTH, height))
        self.filled.append((table, headers, rows, kinds, total))
        self.y += height
        return table

    def _set_cells(self, table, headers, rows, kinds, total):
        columns, cells = table_cells(self.layout, headers, rows)
        order = list(reversed(kinds)) if is_mirrored(self.layout) else list(kinds)
        right = Qt.AlignmentFlag.AlignRight
        for column, kind in zip(columns, order):
            if kind != rt.TEXT or is_mirrored(self.layout):
                column.setHAlignment(right)
        for number, row in enumerate(cells):
            last = total and number == len(cells) - 1
            for cell, kind in zip(row, order):
                if kind != rt.TEXT:
                    cell.setHorizontalAlignment(right)
                if last:
                    cell.setTextFormat(t.text_format(table.contentTextFormat().size(),
                                                     bold=True))
                    cell.setBackgroundColor(SHADE)
        # a manual table aligns all its headers alike: centred over the columns
        table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.HeaderCenter)
        table.setHeaders(columns)
        table.setTableContents(cells)

    def _picture(self, heading, path, height):
        """A chart after its heading, both on one page."""
        above = _text_height(heading, 9, WIDTH, bold=True) + 1.5
        self._room(above + height)
        self._label(heading, None, 9, bold=True)
        self.y += above
        picture = QgsLayoutItemPicture(self.layout)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.layout.addLayoutItem(picture)
        picture.setPicturePath(path)
        self._place(picture, "chart_{}".format(len(self.charts)),
                    (MARGIN, self.y, WIDTH, height))
        self.charts.append(picture)
        self.y += height

    # ------------------------------------------------------------ content
    def _title_block(self):
        period = self.data.period
        self._label(_(TEXT["title"]), None, 17, bold=True)
        self.y += self.last + 1
        self._label(_(TEXT["subtitle"]), None, 9.5)
        self.y += self.last + 3
        rows = [
            [_(TEXT["authority"]), self.authority or _(TEXT["default_authority"])],
            [_(TEXT["period"]), _(TEXT["period_range"]).format(
                start=self._day(period.start), end=self._day(period.end))],
            [_(TEXT["as_of"]), self._day(self.data.as_of)],
            [_(TEXT["source"]), reference(self.database).short_name()],
            [_(TEXT["issued"]), self._day(self.when)],
        ]
        self._table([_(TEXT["report"]), period.label], [rt.TEXT, rt.TEXT], rows, 8.5,
                    weights=(1.5, 2))
        self.y += 3
        self._label(_(TEXT["note"]), None, 7.5)
        self.y += self.last + 3

    def _chapter(self, key):
        self._room(30)
        self.y += 2
        self._label(_(rt.CHAPTERS[key]), None, 12, bold=True)
        self.y += self.last + 2

    def _report_table(self, table):
        rows = rt.table_rows(table, self.data)
        headers = [_(column.label) for column in table.columns]
        kinds = [column.kind for column in table.columns]
        texts = [[rt.format_cell(value, column.kind, self.separator)
                  for value, column in zip(row, table.columns)] for row in rows]
        if texts:
            self._table(headers, kinds, texts, total=table.total, heading=_(table.title))
        else:
            self._room(HEADING + 6)
            self._label(_(table.title), None, 9, bold=True)
            self.y += self.last + 1
        if table.empty and rt.is_empty(table, rows):
            self.y += 1
            self._label(_(table.empty), None, 8)
            self.y += self.last
        self.y += 5

    def _charts(self, folder):
        number = self._number
        years, by_method = self.data.released_per_year()
        labels = {method: _(rt.CHART_METHOD_LABELS[method]) for method in by_method}
        self._picture(_(TEXT["released_chart"]),
                      report_charts.released_per_year(
                          os.path.join(folder, "released.svg"), years, by_method, labels,
                          number), CHART_HEIGHT)
        remaining = self.data.remaining_by_region()
        regions = [region or _(rt.UNKNOWN_REGION) for region in remaining]
        height = max(1.8, 0.9 + 0.32 * len(regions)) / report_charts.SIZE[0] * WIDTH
        self._picture(_(TEXT["remaining_chart"]).format(
            date=self._day(self.data.as_of)), report_charts.remaining_by_region(
            os.path.join(folder, "remaining.svg"), regions,
            [cell[1] for cell in remaining.values()], [cell[3] for cell in remaining.values()],
            {"SHA": _(TEXT["sha"]), "CHA": _(TEXT["cha"])}, number), height)
        if self.completion is not None:
            target_day, target_m2 = self.completion
            years, remaining_m2 = self.data.remaining_per_year()
            self._picture(_(TEXT["progress_chart"]).format(
                                date=self._day(target_day)), report_charts.progress(
                os.path.join(folder, "progress.svg"), years, remaining_m2,
                # the years are at their end (2025: 31 December 2025)
                target_day.year - 1 + target_day.timetuple().tm_yday / 365.25,
                target_m2 or 0.0,
                {"remaining": _(TEXT["remaining"]), "target": _(TEXT["target"])}, number),
                CHART_HEIGHT)

    def _day(self, day):
        """An ISO date; on a right-to-left page kept left to right (the bidi
        algorithm would otherwise reorder its numbers inside a sentence)."""
        text = day.isoformat()
        return "\u2066" + text + "\u2069" if self.right_to_left else text

    def _number(self, value):
        return rt.format_number(value, self.separator)

    def _signature(self):
        self._room(40)
        self.y += 6
        self._label(_(TEXT["certified"]), None, 9, bold=True)
        self.y += self.last + 9
        half = (WIDTH - 10) / 2
        for index, text in enumerate((_(TEXT["name_signature"]), _(TEXT["date_seal"]))):
            x = MARGIN + index * (half + 10)
            self._rule(self.page, self.y + 4, x, half)
            self._label(text, None, 7.5, y=self.y + 5, x=x, width=half)

    def _furniture(self):
        """Running header and footer on every page: report, authority, period
        and "page n of N"."""
        pages = self.layout.pageCollection().pageCount()
        head = _(TEXT["running_head"]).format(period=self.data.period.label)
        if self.authority:
            head += " · " + self.authority
        for page in range(pages):
            self._label(head, 5, 7, page=page, y=10)
            self._rule(page, 16)
            self._rule(page, BOTTOM + 4)
            self._label(_(TEXT["footer"]).format(
                date=self._day(self.when), source=reference(self.database).short_name()),
                5, 7, page=page, y=BOTTOM + 5.5, width=WIDTH * 0.75)
            self._label(_(TEXT["page"]).format(page=page + 1, pages=pages),
                        5, 7, align=Qt.AlignmentFlag.AlignRight, page=page, y=BOTTOM + 5.5,
                        x=MARGIN + WIDTH * 0.75, width=WIDTH * 0.25)

    def _rule(self, page, y, x=MARGIN, width=WIDTH):
        from qgis.core import QgsFillSymbol, QgsLayoutItemShape
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({
            "color": "20,20,20", "outline_style": "no"}))
        self.layout.addLayoutItem(shape)
        self._place(shape, "rule_{}".format(len(self.frames)), (x, y, width, 0.3), page)

    # ------------------------------------------------------------- public
    def fill(self, folder):
        """Lay out every page (charts drawn into ``folder``)."""
        with languages.speaking(self.language):
            self._new_layout()
            self._title_block()
            chapter = None
            for table in rt.REPORT_TABLES:
                if table.chapter != chapter:
                    chapter = table.chapter
                    self._chapter(chapter)
                self._report_table(table)
            self._chapter_charts(folder)
            self._signature()
            self._furniture()
            if self.right_to_left:
                mirror_for_right_to_left(self.layout, self.frames, PAGE[0])
                for table, headers, rows, kinds, total in self.filled:
                    self._set_cells(table, headers, rows, kinds, total)
        return self.layout

    def _chapter_charts(self, folder):
        self._room(10 + HEADING + CHART_HEIGHT)
        self.y += 2
        self._label(_(TEXT["charts"]), 7, 12, bold=True)
        self.y += 8
        self._charts(folder)

    def export(self, pdf_path, dpi=300):
        """Write the PDF; returns the number of pages."""
        with tempfile.TemporaryDirectory(prefix="mine-action-report-") as folder:
            self.fill(folder)
            result = QgsLayoutExporter(self.layout).exportToPdf(pdf_path, pdf_settings(dpi))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OutputError(_(TEXT["not_written"]).format(error=result))
        return self.layout.pageCollection().pageCount()
