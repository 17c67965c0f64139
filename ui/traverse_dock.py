"""Survey traverse dock: type or paste a field table, see it on the map, save it.

The widget only collects what the user types and shows results: rows go to
``core.survey_records`` (which calls ``core.traverse``), drawing to
``ui.traverse_preview``, and saving through the layers' edit buffers to
``store.survey_io.save_to_layers``.
"""

import datetime

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
                                 QDateEdit, QDoubleSpinBox, QFormLayout, QGridLayout,
                                 QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                                 QPushButton, QSpinBox, QStyledItemDelegate, QTableWidget,
                                 QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from .numbers import area_text, number_text
from ..core.declination import declination as model_declination
from ..core.errors import MineActionError
from ..core.settings import Settings
from ..core.traverse import DEFAULT_MAX_LEG_M, Tolerance
from ..core.vocabulary import BEARING_UNIT, NORTH_REFERENCE, POINT_TYPE
from ..core import survey_records
from ..store import survey_io
from ..store.loaded import loaded_database
from ..store.log import log
from ..store.settings_store import effective_settings
from .traverse_preview import BenchmarkTool, TraversePreview

#: the database tables the dock reads and writes
TABLES = ("hazards", "survey_points")
COLUMNS = ("point_no", "point_type", "from_point", "bearing", "distance_m", "slope_deg")
NO, TYPE, FROM, BEARING, DISTANCE, SLOPE = range(6)
#: one-key entries for the point type column
TYPE_KEYS = {"s": "start", "t": "turning", "i": "intermediate", "e": "end",
             "r": "reference", "v": "evidence", "u": "usage"}


def type_codes():
    """{what may be typed: point type code}: the codes and the (translated,
    lower-case) labels; where two terms share a text, the first term wins."""
    codes = {}
    for term in reversed(tuple(POINT_TYPE)):
        codes[term.translated().lower()] = term.code
        codes[term.code] = term.code
    return codes


def point_type_code(text, codes=None):
    """The point type code for what was typed: a one-key entry, a code or a
    (translated) label; None when not recognised. ``codes``: ``type_codes()``,
    made once by the table (translating every label for every cell read was
    most of a recompute at 100 legs)."""
    text = text.strip().lower()
    if text in TYPE_KEYS:
        return TYPE_KEYS[text]
    return (codes if codes is not None else type_codes()).get(text)


def _set_style(widget, sheet):
    """Set a style sheet only when it changes: setting one re-polishes the
    widget and lays the dock out again, on every keystroke otherwise."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class _EnterDelegate(QStyledItemDelegate):
    """Return/Enter in a cell editor commits and moves on (the table decides where)."""

    def __init__(self, table):
        super().__init__(table)
        self.table = table

    def eventFilter(self, editor, event):
        if event.type() == event.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            QTimer.singleShot(0, self.table.advance)
            return True
        return super().eventFilter(editor, event)


class LegTable(QTableWidget):
    """The field table: Enter moves on (adding rows), Ctrl+V pastes
    tab-separated rows from a spreadsheet."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.type_codes = type_codes()
        self.setItemDelegate(_EnterDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FROM, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != self.EditingState:
            for item in self.selectedItems():
                item.setText("")
            return
        super().keyPressEvent(event)

    def advance(self):
        """Next column; after the distance or the slope, the next row's type
        column (a row is added with its defaults at the end of the table)."""
        row, column = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        if self.rowCount() == 0:
            self.add_row()
            row, column = 0, TYPE
        elif column >= DISTANCE:
            row, column = row + 1, TYPE
            if row >= self.rowCount():
                self.add_row()
        else:
            column += 1
        self.setCurrentCell(row, column)
        self.editItem(self.item(row, column))

    def cell(self, row, column):
        """The cell's value; the type column gives the point type code."""
        item = self.item(row, column)
        text = item.text().strip() if item is not None else ""
        if column == TYPE:
            return point_type_code(text, self.type_codes) or text
        return text

    def set_cell(self, row, column, text):
        """Set a cell; a point type (key, code or label) shows as its label."""
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        code = point_type_code(text, self.type_codes) if column == TYPE else None
        if code:
            text = POINT_TYPE.label(code)
        item.setText(text)

    def add_row(self, values=None):
        """Append a row; empty point no, type and from-point get defaults.
        Its cells are filled quietly and then reported as one change (one
        recompute), and not at all for a row without values: a row without
        bearing or distance is not part of the survey yet."""
        row = self.rowCount()
        blocked = self.blockSignals(True)
        try:
            self.insertRow(row)
            for column in range(len(COLUMNS)):
                self.set_cell(row, column, "")
            for column, text in (values or {}).items():
                self.set_cell(row, column, text)
            self.fill_defaults(row)
        finally:
            self.blockSignals(blocked)
        if values and not blocked:
            self.itemChanged.emit(self.item(row, 0))
        return row

    def fill_defaults(self, row):
        previous_no = 0
        if row > 0:
            try:
                previous_no = int(float(self.cell(row - 1, NO)))
            except ValueError:
                previous_no = row
        if not self.cell(row, NO):
            self.set_cell(row, NO, str(previous_no + 1))
        if not self.cell(row, TYPE):
            has_start = any(self.cell(r, TYPE) == "start" for r in range(row))
            self.set_cell(row, TYPE, "turning" if has_start else "start")
        if not self.cell(row, FROM):
            self.set_cell(row, FROM, str(previous_no))

    def paste_text(self, text):
        """Tab-separated rows into the table from the current cell (a block
        of six or more columns always starts at the point number)."""
        lines = [line.rstrip("\r") for line in text.split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return
        cells = [line.split("\t") for line in lines]
        first = cells[0][0].strip()
        if len(cells) > 1 and first and not first.replace(".", "").isdigit():
            cells = cells[1:]  # a header row
        row = max(self.currentRow(), 0)
        column = 0 if max(len(c) for c in cells) >= len(COLUMNS) else max(self.currentColumn(), 0)
        self.blockSignals(True)
        try:
            for offset, values in enumerate(cells):
                target = row + offset
                while target >= self.rowCount():
                    self.insertRow(self.rowCount())
                    for c in range(len(COLUMNS)):
                        self.set_cell(self.rowCount() - 1, c, "")
                for index, value in enumerate(values[:len(COLUMNS) - column]):
                    value = value.strip()
                    if column + index == TYPE:
                        value = point_type_code(value, self.type_codes) or value
                    self.set_cell(target, column + index, value)
                self.fill_defaults(target)
        finally:
            self.blockSignals(False)
        self.itemChanged.emit(self.item(row, column))


class TraverseDock(QgsDockWidget):
    """Enter a bearing-and-distance survey and save it as a hazard."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.setObjectName("mineActionTraverseDock")
        self.setWindowTitle(self.tr("Survey traverse"))
        self.preview = TraversePreview(self.canvas)
        self.tool = BenchmarkTool(self.canvas)
        self.tool.picked.connect(self._benchmark_picked)
        self.previous_tool = None
        self.survey = self.result = None
        self.closure = None
        self.loaded_hazard = None
        self.max_leg_m = DEFAULT_MAX_LEG_M  # then from the settings
        self._build()
        self.apply_settings()

    # ------------------------------------------------------------ layout

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hazard_edit = QLineEdit()
        self.hazard_edit.setPlaceholderText(self.tr("e.g. HA-0123"))
        form.addRow(self.tr("Hazard ID"), self.hazard_edit)
        benchmark = QHBoxLayout()
        self.benchmark_edit = QLineEdit()
        self.benchmark_edit.setPlaceholderText(self.tr("lat, lon  ·  UTM  ·  MGRS"))
        self.benchmark_edit.setToolTip(self.tr(
            "Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51\"N "
            "108°50'04\"W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)"))
        self.pick_button = QToolButton()
        self.pick_button.setText(self.tr("Pick"))
        self.pick_button.setToolTip(self.tr("Click the benchmark on the map"))
        self.pick_button.setCheckable(True)
        benchmark.addWidget(self.benchmark_edit)
        benchmark.addWidget(self.pick_button)
        form.addRow(self.tr("Benchmark"), benchmark)

        grid = QGridLayout()
        self.unit_combo = QComboBox()
        for code in BEARING_UNIT.codes():
            self.unit_combo.addItem(BEARING_UNIT.label(code), code)
        self.north_combo = QComboBox()
        for code in NORTH_REFERENCE.codes():
            self.north_combo.addItem(NORTH_REFERENCE.label(code), code)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.manual_check = QCheckBox(self.tr("Manual declination"))
        self.manual_spin = QDoubleSpinBox()
        self.manual_spin.setRange(-180.0, 180.0)
        self.manual_spin.setDecimals(2)
        self.manual_spin.setSuffix("°")
        self.manual_spin.setEnabled(False)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Unit")), 0, 0)
        grid.addWidget(self.unit_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("North")), 0, 2)
        grid.addWidget(self.north_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("Survey date")), 1, 0)
        grid.addWidget(self.date_edit, 1, 1)
        grid.addWidget(self.manual_check, 1, 2)
        grid.addWidget(self.manual_spin, 1, 3)
        grid.addWidget(self.model_label, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form.addRow(grid)
        layout.addLayout(form)

        self.table = LegTable()
        self.table.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Type"), self.tr("From"), self.tr("Bearing"),
            self.tr("Distance m"), self.tr("Slope °")])
        self.table.setToolTip(self.tr(
            "Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a "
            "spreadsheet. Type: s start, t turning, i intermediate, e end (the start point "
            "observed again), r reference, v evidence, u usage."))
        layout.addWidget(self.table, 1)
        rows = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add leg"))
        self.remove_button = QPushButton(self.tr("Remove legs"))
        self.clear_button = QPushButton(self.tr("Clear"))
        for button in (self.add_button, self.remove_button, self.clear_button):
            rows.addWidget(button)
        rows.addStretch(1)
        layout.addLayout(rows)

        tolerance = QHBoxLayout()
        tolerance.addWidget(QLabel(self.tr("Tolerance")))
        self.precision_spin = QSpinBox()
        self.precision_spin.setRange(0, 1000000)
        self.precision_spin.setPrefix("1:")
        self.precision_spin.setSpecialValueText(self.tr("no 1:N limit"))
        self.max_spin = QDoubleSpinBox()
        self.max_spin.setRange(0.0, 1000.0)
        self.max_spin.setDecimals(2)
        self.max_spin.setSuffix(" m")
        self.max_spin.setSpecialValueText(self.tr("no metre limit"))
        self.adjust_check = QCheckBox(self.tr("Adjust (compass rule)"))
        self.adjust_check.setChecked(True)
        self.adjust_check.setToolTip(self.tr(
            "Distribute the misclosure over the legs when it is within tolerance"))
        tolerance.addWidget(self.precision_spin)
        tolerance.addWidget(self.max_spin)
        tolerance.addWidget(self.adjust_check)
        tolerance.addStretch(1)
        layout.addLayout(tolerance)

        closure = QGroupBox(self.tr("Closure"))
        figures = QGridLayout(closure)
        self.misclosure_label = QLabel()
        self.precision_label = QLabel()
        self.area_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for column, (title, label) in enumerate((
                (self.tr("Misclosure"), self.misclosure_label),
                (self.tr("Precision"), self.precision_label),
                (self.tr("Area"), self.area_label))):
            caption = QLabel(title)
            caption.setStyleSheet("color: #505050;")
            figures.addWidget(caption, 0, column)
            label.setStyleSheet("font-weight: bold;")
            figures.addWidget(label, 1, column)
        figures.addWidget(self.result_label, 0, 3, 2, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        figures.addWidget(self.message_label, 2, 0, 1, 4)
        layout.addWidget(closure)

        actions = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Load hazard"))
        self.load_button.setToolTip(self.tr(
            "Load the survey points of the hazard ID above from the project's mine action "
            "database, to correct and save again"))
        self.save_sha_button = QPushButton(self.tr("Save as SHA"))
        self.save_cha_button = QPushButton(self.tr("Save as CHA"))
        actions.addWidget(self.load_button)
        actions.addStretch(1)
        actions.addWidget(self.save_sha_button)
        actions.addWidget(self.save_cha_button)
        layout.addLayout(actions)
        self.setWidget(body)

        for signal in (self.hazard_edit.textChanged, self.benchmark_edit.textChanged,
                       self.unit_combo.currentIndexChanged, self.north_combo.currentIndexChanged,
                       self.date_edit.dateChanged, self.manual_check.toggled,
                       self.manual_spin.valueChanged, self.precision_spin.valueChanged,
                       self.max_spin.valueChanged, self.adjust_check.toggled,
                       self.table.itemChanged):
            signal.connect(self.recompute)
        self.table.itemChanged.connect(self._normalise_type)
        self.manual_check.toggled.connect(self.manual_spin.setEnabled)
        self.pick_button.toggled.connect(self._pick)
        self.canvas.destinationCrsChanged.connect(self.recompute)  # redraw in the new CRS
        self.add_button.clicked.connect(self._add_leg)
        self.remove_button.clicked.connect(self._remove_legs)
        self.clear_button.clicked.connect(self.clear)
        self.load_button.clicked.connect(self.load_hazard)
        self.save_sha_button.clicked.connect(lambda: self.save("SHA"))
        self.save_cha_button.clicked.connect(lambda: self.save("CHA"))

    def apply_settings(self, settings=None):
        """Set the tolerance from ``settings`` (default: those of the database
        in the project, else the user's defaults)."""
        if settings is None:
            try:
                settings = effective_settings(
                    loaded_database(QgsProject.instance(), TABLES).database)
            except MineActionError as error:  # a bad stored value: built-in defaults
                log(str(error))
                settings = Settings()
        self.precision_spin.setValue(int(round(settings.min_precision)))
        self.max_spin.setValue(settings.max_misclosure_m or 0.0)
        self.max_leg_m = settings.max_leg_m
        self.recompute()

    # ------------------------------------------------------------ input

    def _normalise_type(self, item):
        if item is None or item.column() != TYPE:
            return
        code = point_type_code(item.text(), self.table.type_codes)
        if code and POINT_TYPE.label(code) != item.text():
            # the shown label reads as the same code: the recompute this
            # edit triggered already holds
            self.table.blockSignals(True)
            item.setText(POINT_TYPE.label(code))
            self.table.blockSignals(False)

    def _add_leg(self):
        row = self.table.add_row()
        self.table.setCurrentCell(row, BEARING)
        self.table.setFocus()

    def _remove_legs(self):
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.recompute()

    def clear(self):
        self.table.setRowCount(0)
        self.loaded_hazard = None
        self.recompute()

    def _pick(self, on):
        if on:
            if self.canvas.mapTool() is not self.tool:
                self.previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.tool)
        else:
            self._restore_tool()

    def _restore_tool(self):
        if self.canvas.mapTool() is self.tool:
            if self.previous_tool is not None:
                self.canvas.setMapTool(self.previous_tool)
            else:
                self.canvas.unsetMapTool(self.tool)
        self.previous_tool = None

    def _benchmark_picked(self, lon, lat):
        self.benchmark_edit.setText("{:.7f}, {:.7f}".format(lat, lon))
        self.pick_button.setChecked(False)

    def rows(self):
        """The survey point rows (survey_points field names) the user typed."""
        date = self.date_edit.date().toPyDate()
        manual = self.manual_spin.value() if self.manual_check.isChecked() else None
        hazard_id = self.hazard_id()
        rows = [{"hazard_id": hazard_id, "point_no": 0, "point_type": "benchmark",
                 "coord_entered": self.benchmark_edit.text().strip(), "survey_date": date,
                 "declination_deg": manual, "fixed_by": "gps"}]
        unit = self.unit_combo.currentData()
        north = self.north_combo.currentData()
        for row in range(self.table.rowCount()):
            values = {name: self.table.cell(row, column) for column, name in enumerate(COLUMNS)}
            if not any(values[name] for name in ("bearing", "distance_m")):
                continue  # an empty row being typed
            rows.append({"hazard_id": hazard_id, "point_no": values["point_no"],
                         "point_type": values["point_type"],
                         "from_point": values["from_point"], "bearing": None,
                         "bearing_text": values["bearing"], "bearing_unit": unit,
                         "north_reference": north, "distance_m": values["distance_m"],
                         "slope_deg": values["slope_deg"], "survey_date": date,
                         "declination_deg": manual, "fixed_by": "traverse"})
        return rows

    def hazard_id(self):
        return self.hazard_edit.text().strip() or self.tr("(new hazard)")

    def tolerance(self):
        return Tolerance(self.max_spin.value() or None, self.precision_spin.value() or None)

    # ------------------------------------------------------------ results

    def recompute(self, *_args):
        self.survey = self.result = self.closure = None
        self._show_model_declination()
        rows = self.rows()
        if not rows[0]["coord_entered"] or len(rows) == 1:
            self._show_closure(None)
            self._message(self.tr("Enter the benchmark, then the legs."), None)
            self.preview.clear()
            return
        tolerance = self.tolerance()
        adjust = self.adjust_check.isChecked() and (
            tolerance.max_misclosure_m is not None or tolerance.min_precision is not None)
        try:
            survey = survey_records.survey_from_rows(self.hazard_id(), rows)
            result = survey_records.compute(survey, tolerance, adjust, max_leg_m=self.max_leg_m)
        except MineActionError as error:
            self._show_closure(None)
            self._message(str(error), "error")
            self.preview.clear()
            return
        self.survey, self.result = survey, result
        self.closure = survey_records.closure_row(survey, result, tolerance)
        self._show_closure(self.closure)
        warnings = [text for text in (self.closure["warnings"] or "").split("\n") if text]
        self._message("\n".join(warnings), "warning" if warnings else None)
        self.preview.show(result, self.closure["result"])

    def _show_model_declination(self):
        try:
            from ..core.coordinates import parse_position
            lon, lat = parse_position(self.benchmark_edit.text())
        except MineActionError:
            self.model_label.setText(self.tr("Model declination: enter the benchmark"))
            return
        try:
            value = model_declination(lon, lat, self.date_edit.date().toPyDate())
        except MineActionError:
            self.model_label.setText(self.tr(
                "No World Magnetic Model covers this date: enter the declination by hand"))
            return
        text = self.tr("Model declination: {value}° E ({model})") if value.degrees >= 0 \
            else self.tr("Model declination: {value}° W ({model})")
        self.model_label.setText(text.format(value=number_text(abs(value.degrees), 2),
                                             model=value.source))

    def _show_closure(self, closure):
        if closure is None or closure["misclosure_m"] is None:
            self.misclosure_label.setText("–")
            self.precision_label.setText("–")
        else:
            self.misclosure_label.setText(
                number_text(closure["misclosure_m"], 2) + " m")
            self.precision_label.setText(closure["precision_text"])
        self.area_label.setText("–" if closure is None else area_text(closure["area_m2"]))
        state = closure["result"] if closure else None
        text, colour = {
            survey_records.PASS: (self.tr("PASS"), "#00963c"),
            survey_records.FAIL: (self.tr("FAIL"), "#d7191c"),
            survey_records.NOT_CHECKED: (self.tr("not closed"), "#787878"),
        }.get(state, ("", "#787878"))
        if state == survey_records.PASS and closure["adjusted"]:
            text = self.tr("PASS, adjusted")
        self.result_label.setText(text)
        _set_style(self.result_label,
                   "font-weight: bold; color: white; background: {}; padding: 4px 8px; "
                   "border-radius: 3px;".format(colour) if text else "")

    def _message(self, text, kind):
        colour = {"error": "#d7191c", "warning": "#b35900"}.get(kind, "palette(text)")
        _set_style(self.message_label, "color: {};".format(colour))
        self.message_label.setText(text)

    # ------------------------------------------------------------ database

    def _layers(self):
        layers = loaded_database(QgsProject.instance(), TABLES).layers
        if not layers:
            self._message(self.tr(
                "Open a mine action database in the project first (its hazards and "
                "survey_points layers)."), "error")
        return layers

    def save(self, hazard_class):
        """Write the hazard and its survey points into the edit buffers and
        open the hazard's form. Returns the hazard feature id, or None."""
        self.recompute()
        if self.result is None:
            return None
        if not self.hazard_edit.text().strip():
            self._message(self.tr("Enter a hazard ID before saving."), "error")
            return None
        layers = self._layers()
        if not layers:
            return None
        hazards = layers["hazards"]
        try:
            fid = survey_io.save_to_layers(
                hazards, layers["survey_points"], self.survey, self.result, hazard_class,
                replace=self.loaded_hazard == self.survey.hazard_id)
        except MineActionError as error:
            self._message(str(error), "error")
            return None
        self.loaded_hazard = self.survey.hazard_id
        self._message(self.tr("Hazard {hazard} written to the edit buffer: review its form, "
                              "then save the layer edits.").format(hazard=self.survey.hazard_id),
                      None)
        self.iface.openFeatureForm(hazards, hazards.getFeature(fid), False, False)
        return fid

    def load_hazard(self, hazard_id=None):
        """Fill the dock with a stored hazard's survey points."""
        hazard_id = hazard_id or self.hazard_edit.text().strip()
        if not hazard_id:
            self._message(self.tr("Enter the ID of the hazard to load."), "error")
            return False
        layers = self._layers()
        if not layers:
            return False
        rows = survey_io.load_rows(layers["survey_points"], hazard_id)
        if not rows:
            self._message(self.tr("Hazard {hazard} has no survey points.").format(
                hazard=hazard_id), "error")
            return False
        settings, legs = survey_records.table_cells(hazard_id, rows)
        widgets = (self.hazard_edit, self.benchmark_edit, self.unit_combo, self.north_combo,
                   self.date_edit, self.manual_check, self.manual_spin, self.table)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.hazard_edit.setText(hazard_id)
            self.benchmark_edit.setText(settings["benchmark"])
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(settings["unit"]), 0))
            self.north_combo.setCurrentIndex(
                max(self.north_combo.findData(settings["north_reference"]), 0))
            if isinstance(settings["survey_date"], datetime.date):
                self.date_edit.setDate(QDate(settings["survey_date"]))
            manual = settings["declination_deg"]
            self.manual_check.setChecked(manual is not None)
            self.manual_spin.setEnabled(manual is not None)
            self.manual_spin.setValue(manual or 0.0)
            self.table.setRowCount(0)
            for leg in legs:
                self.table.add_row({column: leg[name] for column, name in enumerate(COLUMNS)})
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.loaded_hazard = hazard_id
        self.recompute()
        return True

    # ------------------------------------------------------------ lifecycle

    def cleanup(self):
        """Remove the canvas items and give the previous map tool back."""
        self.pick_button.setChecked(False)
        self._restore_tool()
        try:
            self.canvas.destinationCrsChanged.disconnect(self.recompute)
        except TypeError:
            pass
        self.preview.remove()
