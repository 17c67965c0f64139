"""Land release dock: a hazard's ledger and timeline, and registering a new
activity with a preview on the map before it is committed.

The widget only gathers input and shows results: the replay, the database
changes and new activity IDs come from ``core.land_release_plan`` and the
engine, reading and writing records from ``store.land_release_io``. Commits go into the layers' edit buffers (one undo command per
layer), so the officer can undo them or save them with the usual QGIS tools.
"""

import datetime

from qgis.core import (QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject,
                       QgsWkbTypes)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox, QgsRubberBand
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox,
                                 QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                                 QPushButton, QVBoxLayout, QWidget)

from .numbers import area_text
from ..core import geodesy, palette, vocabulary
from ..core.codes import to_base
from ..core.errors import MineActionError
from ..core.land_release import Activity
from ..core.land_release_plan import plan_update, preview_activity
from ..store import land_release_io as records
from ..store.features import WGS84, from_shapely, python_value, to_shapely
from ..store.lookups import active_entries, base_codes
from ..store.settings_store import effective_settings
from ..store.loaded import loaded_database
from .messages import tell
from .land_release_tool import PolygonCaptureTool

TABLES = ("hazards", "land_release_activities", "release_history", "lookups")

#: alphas of the preview over the map (the colours are the map's: core.palette)
PREVIEW_STROKE_ALPHA = 230
PREVIEW_FILL_ALPHA = 110


def _outcome_style(outcome):
    """The palette entry of ``outcome``; an unknown code is drawn as "other"."""
    return palette.RELEASE_OUTCOME.get(
        outcome, palette.Outcome(palette.OTHER, 0, "solid", palette.OTHER))


def _colour(hex_colour, alpha):
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def _m2(value):
    return area_text(value)


class LandReleaseDock(QgsDockWidget):
    """Ledger, timeline and activity registration for one hazard."""

    def __init__(self, iface, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.setObjectName("mineActionLandReleaseDock")
        self.setWindowTitle(self.tr("Land release"))
        self.layers = {}
        self.entries = {}
        self.inputs = None
        self.activity_geometry = None  # lon/lat shapely of the new activity
        self.preview_result = None
        self.preview_bands = []
        self.last_edit = []
        self.tool = PolygonCaptureTool(self.canvas)
        self.tool.captured.connect(self._captured)
        self._build()
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh)
        project.layersRemoved.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------- layout
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.hazard_combo = QComboBox(body)
        self.hazard_combo.setObjectName("hazardCombo")
        self.hazard_combo.currentIndexChanged.connect(self._hazard_changed)
        row.addWidget(QLabel(self.tr("Hazard"), body))
        row.addWidget(self.hazard_combo, 1)
        self.from_map_button = QPushButton(self.tr("From map selection"), body)
        self.from_map_button.clicked.connect(self.select_from_map)
        row.addWidget(self.from_map_button)
        layout.addLayout(row)

        self.ledger_label = QLabel(body)
        self.ledger_label.setObjectName("ledgerLabel")
        self.ledger_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.ledger_label)
        layout.addWidget(QLabel(self.tr("Activities, by end date"), body))
        self.timeline = QListWidget(body)
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)

        group = QGroupBox(self.tr("Register an activity"), body)
        form = QFormLayout(group)
        self.draw_button = QPushButton(self.tr("Draw on map"), group)
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(self.tr("Left click adds a corner, right click "
                                            "finishes, Esc abandons."))
        self.draw_button.toggled.connect(self._draw_toggled)
        form.addRow(self.tr("Area"), self.draw_button)
        pick_row = QHBoxLayout()
        self.source_layer = QgsMapLayerComboBox(group)
        self.source_layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        pick_row.addWidget(self.source_layer, 1)
        self.pick_button = QPushButton(self.tr("Use selected"), group)
        self.pick_button.clicked.connect(self.use_selected_polygon)
        pick_row.addWidget(self.pick_button)
        form.addRow(self.tr("or from layer"), pick_row)
        self.geometry_label = QLabel(self.tr("No area yet"), group)
        form.addRow("", self.geometry_label)
        self.activity_id_edit = QLineEdit(group)
        form.addRow(self.tr("Activity ID"), self.activity_id_edit)
        self.type_combo = QComboBox(group)
        self.type_combo.currentIndexChanged.connect(self._fill_outcomes)
        form.addRow(self.tr("Activity"), self.type_combo)
        self.outcome_combo = QComboBox(group)
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        self.end_date_edit = QDateEdit(QDate.currentDate(), group)
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("End date"), self.end_date_edit)
        self.organisation_edit = QLineEdit(group)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"), group)
        self.preview_button.clicked.connect(self.preview)
        self.commit_button = QPushButton(self.tr("Commit"), group)
        self.commit_button.clicked.connect(self.commit)
        self.undo_button = QPushButton(self.tr("Undo"), group)
        self.undo_button.clicked.connect(self.undo)
        for button in (self.preview_button, self.commit_button, self.undo_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.preview_label = QLabel(group)
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.preview_label)
        layout.addWidget(group)
        self.setWidget(body)
        self._update_buttons()

    def _update_buttons(self):
        ready = bool(self.layers) and self.current_hazard() is not None
        self.preview_button.setEnabled(ready and self.activity_geometry is not None)
        self.commit_button.setEnabled(self.preview_result is not None)
        self.undo_button.setEnabled(bool(self.last_edit))

    def _message(self, text, warning=True):
        from qgis.core import Qgis
        tell(self.iface, self.tr("Land release"), text,
             Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info)

    # ------------------------------------------------------------ hazards
    def refresh(self, *_args):
        """Re-read the open database's hazards (keeps the current one)."""
        current = self.current_hazard()
        self.layers = loaded_database(QgsProject.instance(), TABLES).layers
        self.hazard_combo.blockSignals(True)
        self.hazard_combo.clear()
        self.inputs = None
        if self.layers:
            try:
                self.codes = base_codes(self.layers["lookups"])
                self.entries = active_entries(self.layers["lookups"])
                self.inputs = records.read_hazards(
                    self.layers["hazards"], self.codes,
                    extra_fields=records.UPDATE_FIELDS)
            except MineActionError as error:
                self._message(str(error))
        self.apply_settings()
        if self.inputs is not None:
            for hazard in self.inputs.hazards:
                self.hazard_combo.addItem(hazard.hazard_id, hazard.hazard_id)
        self.hazard_combo.blockSignals(False)
        index = self.hazard_combo.findData(current) if current else -1
        self.hazard_combo.setCurrentIndex(index if index >= 0 else
                                          (0 if self.hazard_combo.count() else -1))
        self._fill_types()
        self._hazard_changed()

    def apply_settings(self):
        """Read the database's sliver tolerance once (the plugin calls this
        when settings change), not on every preview: reading it opens a
        table of the GeoPackage, most of a preview's time."""
        try:
            self.tolerance_m2 = effective_settings(
                self.layers["hazards"] if self.layers else None).sliver_tolerance_m2
            self.settings_error = None
        except MineActionError as error:  # a bad stored value: said at preview
            self.tolerance_m2, self.settings_error = None, error

    def current_hazard(self):
        return self.hazard_combo.currentData() if hasattr(self, "hazard_combo") else None

    def set_hazard(self, hazard_id):
        index = self.hazard_combo.findData(hazard_id)
        if index >= 0:
            self.hazard_combo.setCurrentIndex(index)
        return index >= 0

    def select_from_map(self):
        """The hazard of the first selected feature of the hazards layer."""
        layer = self.layers.get("hazards")
        if layer is None or not layer.selectedFeatureCount():
            self._message(self.tr("Select a hazard on the map first."))
            return False
        feature = next(layer.getSelectedFeatures())
        hazard_id = python_value(feature["hazard_id"])
        return self.set_hazard(self.inputs.family.get(hazard_id, hazard_id))

    def _hazard_changed(self, *_args):
        self.clear_preview()
        hazard_id = self.current_hazard()
        self.timeline.clear()
        if hazard_id is None or self.inputs is None:
            self.ledger_label.setText(self.tr("Open a mine action database to see its "
                                              "hazards."))
            self._update_buttons()
            return
        row = records.stored_ledger(self.inputs, hazard_id, self.layers["release_history"])
        self.ledger_label.setText(self._ledger_html(row))
        for entry in records.hazard_timeline(self.inputs, hazard_id,
                                             self.layers["land_release_activities"],
                                             self.layers["release_history"]):
            text = self.tr("{date}  {activity}: {type}, {outcome}, {area}, {organisation}").format(
                date=entry.end_date, activity=entry.activity_id,
                type=self._label("activity_type", entry.activity_type),
                outcome=self._label("release_outcome", entry.outcome),
                area=_m2(entry.area_m2), organisation=entry.organisation or "-")
            pending = entry.pending(self.codes)
            if pending:
                text = self.tr("{entry} ({review}: releases no land until approved)").format(
                    entry=text, review=self._label("review_status", entry.review_status))
            elif not entry.applied:
                text = self.tr("{entry} (not applied yet)").format(entry=text)
            item = QListWidgetItem(text)
            if pending:  # in its own style, as the map draws it (core.palette)
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QColor(palette.PENDING_TEXT))
                item.setData(Qt.ItemDataRole.UserRole, entry.review_status)
            self.timeline.addItem(item)
        self.activity_id_edit.setText(records.next_activity_id(
            self.layers["land_release_activities"], hazard_id))
        self._update_buttons()

    def _ledger_html(self, row):
        lines = [
            (self.tr("Original"), row.original_m2),
            (self.tr("Cancelled"), row.cancelled_m2),
            (self.tr("Reduced (technical asset)"), row.reduced_ta_m2),
            (self.tr("Reduced (no technical asset)"), row.reduced_nta_m2),
            (self.tr("Cleared"), row.cleared_m2),
            (self.tr("Remaining SHA"), row.remaining_sha_m2),
            (self.tr("Remaining CHA"), row.remaining_cha_m2),
        ]
        cells = "".join("<tr><td>{}</td><td align='right'>{}</td></tr>".format(
            name, _m2(value)) for name, value in lines)
        status = vocabulary.HAZARD_STATUS.label(row.status)
        return "<b>{}</b> — {}<table>{}</table>".format(row.hazard_id, status, cells)

    # ------------------------------------------------------------- codes
    def _entries(self, vocabulary_name):
        """(code, label) of the programme's active entries of a list."""
        return self.entries.get(vocabulary_name, []) if self.layers else []

    def _label(self, vocabulary_name, code):
        for entry_code, label in self._entries(vocabulary_name):
            if entry_code == code:
                return label
        return code or "-"

    def _fill_types(self):
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for code, label in self._entries("activity_type"):
            self.type_combo.addItem(label, code)
        self.type_combo.blockSignals(False)
        index = self.type_combo.findData(current)
        self.type_combo.setCurrentIndex(max(index, 0) if self.type_combo.count() else -1)
        self._fill_outcomes()

    def _fill_outcomes(self, *_args):
        """Outcomes the chosen activity can have (by their base codes)."""
        self.outcome_combo.clear()
        kind = self.type_combo.currentData()
        if kind is None or not self.layers:
            return
        allowed = vocabulary.OUTCOMES_BY_ACTIVITY.get(
            to_base(self.codes, "activity_type", kind), ())
        for code, label in self._entries("release_outcome"):
            if to_base(self.codes, "release_outcome", code) in allowed:
                self.outcome_combo.addItem(label, code)

    def set_choice(self, combo, code):
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    # ---------------------------------------------------------- geometry
    def _draw_toggled(self, on):
        if on:
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    def _captured(self, geometry):
        transform = QgsCoordinateTransform(self.canvas.mapSettings().destinationCrs(),
                                           WGS84, QgsProject.instance())
        self.set_activity_geometry(to_shapely(geometry, transform))
        self.draw_button.setChecked(False)

    def use_selected_polygon(self):
        """The selected feature of the chosen polygon layer becomes the area."""
        layer = self.source_layer.currentLayer()
        if layer is None or not layer.selectedFeatureCount():
            self._message(self.tr("Select one polygon in the chosen layer first."))
            return False
        feature = next(layer.getSelectedFeatures())
        transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        self.set_activity_geometry(to_shapely(feature.geometry(), transform))
        return True

    def set_activity_geometry(self, shape):
        self.clear_preview()
        self.activity_geometry = shape
        self.geometry_label.setText(self.tr("Area drawn: {area}").format(
            area=_m2(geodesy.area_m2(shape))) if shape is not None else self.tr("No area yet"))
        self._update_buttons()

    # ------------------------------------------------------------ preview
    def _activity(self):
        end = self.end_date_edit.date()
        return Activity(
            self.activity_id_edit.text().strip(),
            to_base(self.codes, "activity_type", self.type_combo.currentData()),
            to_base(self.codes, "release_outcome", self.outcome_combo.currentData()),
            datetime.date(end.year(), end.month(), end.day()),
            self.activity_geometry, self.current_hazard(),
            self.organisation_edit.text().strip() or None)

    def preview(self):
        """Run the engine on the hazard with the new activity and draw what it
        would release (or confirm), coloured by outcome."""
        self.clear_preview()
        hazard_id = self.current_hazard()
        if hazard_id is None or self.activity_geometry is None:
            return None
        try:
            if self.settings_error is not None:
                raise self.settings_error
            result = preview_activity(self.inputs, hazard_id, self._activity(),
                                      self.tolerance_m2)
        except MineActionError as error:
            self._message(str(error))
            return None
        self.preview_result = result
        to_canvas = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        row = result.ledger[hazard_id]
        before = row.original_m2  # the hazard's land as it stands
        shapes = [(part.outcome, part.geometry) for part in result.released]
        if not shapes and row.confirmed_m2:
            confirmed = [part.geometry for part in result.remaining if part.hazard_class == "CHA"]
            shapes = [("confirmed", shape) for shape in confirmed]
        for outcome, shape in shapes:
            band = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
            band.setColor(_colour(_outcome_style(outcome).outline, PREVIEW_STROKE_ALPHA))
            band.setFillColor(_colour(_outcome_style(outcome).colour, PREVIEW_FILL_ALPHA))
            band.setWidth(2)
            band.setToGeometry(from_shapely(shape, to_canvas), None)
            self.preview_bands.append(band)
        released = row.released_m2
        lines = [self.tr("Remaining after this activity: <b>{after}</b> (now {before})").format(
            after=_m2(row.remaining_m2), before=_m2(before))]
        if released:
            lines.append(self.tr("Released: {area}").format(area=_m2(released)))
        if row.confirmed_m2:
            lines.append(self.tr("Confirmed (becomes CHA): {area}").format(
                area=_m2(row.confirmed_m2)))
        for flag in result.flags:
            lines.append(flag.message)
        self.preview_label.setText("<br>".join(lines))
        self._update_buttons()
        return result

    def clear_preview(self):
        for band in self.preview_bands:
            band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            if band.scene() is not None:
                band.scene().removeItem(band)
        self.preview_bands = []
        self.preview_result = None
        if hasattr(self, "preview_label"):
            self.preview_label.setText("")
            self._update_buttons()

    # ------------------------------------------------------------- commit
    def commit(self):
        """Put the activity and the hazard's changes into the edit buffers."""
        result = self.preview_result
        if result is None:
            return False
        activity = self._activity()
        activities = self.layers["land_release_activities"]
        feature = records.activity_feature(activities, {
            "activity_id": activity.activity_id, "hazard_id": activity.hazard_id,
            "activity_type": self.type_combo.currentData(),
            "outcome": self.outcome_combo.currentData(), "end_date": activity.end_date,
            "organisation": activity.organisation}, activity.geometry)
        plan = plan_update(self.inputs, result,
                                   {activity.activity_id: self.outcome_combo.currentData()})
        try:
            self.last_edit = records.apply_to_edit_buffers(
                plan, self.layers["hazards"], self.layers["release_history"], feature,
                activities, self.tr("Register activity {activity}").format(
                    activity=activity.activity_id))
        except MineActionError as error:
            self._message(str(error))
            return False
        self._message(self.tr("Activity {activity} registered; save the layer edits to "
                              "store it.").format(activity=activity.activity_id), False)
        self.activity_geometry = None
        self.geometry_label.setText(self.tr("No area yet"))
        self.refresh()
        return True

    def undo(self):
        """Undo the last registration on every layer it edited."""
        for layer in self.last_edit:
            layer.undoStack().undo()
        self.last_edit = []
        self.refresh()

    # ------------------------------------------------------------ cleanup
    def cleanup(self):
        self.clear_preview()
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.tool.remove()
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            try:
                signal.disconnect(self.refresh)
            except TypeError:
                pass
