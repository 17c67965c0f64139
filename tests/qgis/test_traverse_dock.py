"""The survey traverse dock driven with real widgets: typing, pasting, the
live preview, saving into a mine action database, undo, loading again."""

import csv
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QLineEdit

from mine_action_mapper.core import coordinates
from mine_action_mapper.core import survey_records
from mine_action_mapper.store import survey_io
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store.features import python_value
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.styles.project import load_database
from mine_action_mapper.ui.traverse_dock import TraverseDock

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def _sample_rows(hazard):
    with open(SAMPLE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["hazard_id"] == hazard]


@pytest.fixture()
def dock(iface):
    QgsProject.instance().clear()
    widget = TraverseDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    iface.mainWindow().show()
    widget.show()
    yield widget
    widget.cleanup()
    iface.removeDockWidget(widget)
    widget.deleteLater()
    QgsProject.instance().clear()


def _editor(table):
    """The cell editor open in the table, if any."""
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editors[0] if editors else None


def _type_cell(table, text):
    """Type into the current cell as a user does: into the editor Return
    opened, or the first key opens one; Return commits and moves on."""
    editor = _editor(table)
    if editor is None:
        table.setFocus()
        QTest.keyClick(table, text[0])
        text = text[1:]
        editor = _editor(table)
    assert editor is not None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _enter(table):
    QTest.keyClick(_editor(table) or table, Qt.Key.Key_Return)
    QApplication.processEvents()


def _fill_0001(dock):
    """EX-HA-0001 from the sample programme, typed leg by leg."""
    rows = _sample_rows("EX-HA-0001")
    dock.hazard_edit.setText("EX-HA-0001")
    QTest.keyClicks(dock.benchmark_edit, rows[0]["coord_entered"])
    dock.date_edit.setDate(QDate(2013, 5, 14))
    table = dock.table
    _enter(table)  # empty table: Return adds the first row, at its type column
    for number, row in enumerate(rows[1:]):
        assert table.currentRow() == number and table.currentColumn() == 1
        _type_cell(table, row["point_type"][0])  # one key: s, t, i, e, r
        assert table.currentColumn() == 2
        if table.cell(number, 2) == row["from_point"]:
            _enter(table)  # the default from-point is right
        else:
            _type_cell(table, row["from_point"])
        _type_cell(table, row["bearing_text"])
        _type_cell(table, row["distance_m"])
    return rows


def test_typed_survey_matches_the_algorithm(dock):
    rows = _fill_0001(dock)
    table = dock.table
    assert table.rowCount() == len(rows)  # the last Return added an empty row
    assert [table.cell(r, 1) for r in range(len(rows) - 1)] == [
        row["point_type"] for row in rows[1:]]
    expected = survey_records.compute(survey_records.survey_from_rows("EX-HA-0001", rows),
                               survey_records.DEFAULT_TOLERANCE, adjust=True)
    assert dock.result is not None
    assert dock.misclosure_label.text() == "{:.2f} m".format(expected.closure.misclosure_m)
    assert dock.precision_label.text() == "1:929"
    assert dock.result_label.text() == "PASS, adjusted"
    assert dock.area_label.text() == "{:,.0f} m²".format(expected.area_m2)
    assert "WMM2010" in dock.model_label.text() and "11.95° E" in dock.model_label.text()
    # preview: a labelled point per table point, the polygon, the green gap
    preview = dock.preview
    assert len(preview.markers) == len(rows) - 0  # benchmark + legs
    texts = [text for _point, text in preview.labels.labels]
    # every point but the end point by its number, and the gap by its length
    assert texts == [row["point_no"] for row in rows[:-1]] + [dock.misclosure_label.text()]
    ring = preview.polygon.asGeometry()
    assert ring.type() == 2 and len(list(ring.vertices())) == len(expected.perimeter) + 1
    assert preview.gap.asGeometry().length() > 0
    assert preview.gap.strokeColor().green() > preview.gap.strokeColor().red()

    # a tape blunder on a leg: the gap turns red, FAIL, no adjustment
    distance_row = next(r for r in range(table.rowCount()) if table.cell(r, 0) == "8")
    table.setCurrentCell(distance_row, 4)
    _type_cell(table, str(float(table.cell(distance_row, 4)) + 10))
    assert dock.result_label.text() == "FAIL"
    assert dock.preview.gap.strokeColor().red() > dock.preview.gap.strokeColor().green()
    assert "outside the tolerance" in dock.message_label.text()


def test_errors_name_the_point(dock):
    dock.hazard_edit.setText("H-1")
    dock.benchmark_edit.setText("12U 658973 5548526")
    dock.table.paste_text("1\ts\t0\t45\t20\n2\tt\t1\t95°70'\t20\n")
    assert dock.result is None
    message = dock.message_label.text()
    assert "H-1" in message and "Point 2" in message and "minutes" in message
    assert dock.preview.markers == []
    dock.benchmark_edit.setText("somewhere")
    assert "somewhere" in dock.message_label.text()
    assert "enter the benchmark" in dock.model_label.text()


def test_paste_tsv_from_a_spreadsheet(dock):
    rows = _sample_rows("EX-HA-0002")  # NATO mils, "2060 mils" notation
    dock.hazard_edit.setText("EX-HA-0002")
    dock.benchmark_edit.setText(rows[0]["coord_entered"])
    dock.date_edit.setDate(QDate(2016, 9, 20))
    dock.unit_combo.setCurrentIndex(dock.unit_combo.findData("mil_nato"))
    text = "No\tType\tFrom\tBearing\tDistance\tSlope\r\n" + "".join(
        "{}\t{}\t{}\t{}\t{}\t\r\n".format(r["point_no"], r["point_type"], r["from_point"],
                                         r["bearing_text"], r["distance_m"]) for r in rows[1:])
    QApplication.clipboard().setText(text)
    dock.table.setFocus()
    dock.table.setCurrentCell(0, 0)
    QTest.keyClick(dock.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert dock.table.rowCount() == len(rows) - 1  # header row skipped
    assert dock.table.cell(0, 3) == "5150 mils"
    # pasted codes show as labels; the table still yields the codes
    assert rows[1]["point_type"] == "reference"
    assert dock.table.item(0, 1).text() == "Reference point"
    assert dock.table.cell(0, 1) == "reference"
    assert dock.precision_label.text() == "1:740"
    assert dock.result_label.text() == "PASS, adjusted"


def test_pick_benchmark_on_the_map_and_cleanup(dock, iface):
    canvas = iface.mapCanvas()
    before = canvas.mapTool()
    dock.pick_button.setChecked(True)
    assert canvas.mapTool() is dock.tool
    dock.tool.picked.emit(-108.8345, 50.0643)
    assert dock.benchmark_edit.text() == "50.0643000, -108.8345000"
    assert coordinates.parse_position(dock.benchmark_edit.text()) == pytest.approx(
        (-108.8345, 50.0643))
    assert canvas.mapTool() is before and not dock.pick_button.isChecked()
    dock.pick_button.setChecked(True)
    items = len(canvas.scene().items())
    dock.cleanup()
    assert canvas.mapTool() is before
    assert len(canvas.scene().items()) < items


def test_save_as_cha_undo_and_load_again(dock, any_database, iface):
    """On a GeoPackage and on PostGIS (where saving a changed hazard passes
    the row version check)."""
    _group, layers = load_database(any_database, QgsProject.instance())
    hazards, points = layers["hazards"], layers["survey_points"]
    opened = []
    iface.openFeatureForm = lambda layer, feature, update=False, modal=True: opened.append(
        (layer, feature))
    rows = _sample_rows("EX-HA-0005")  # Warsaw-Pact "37-60" notation, a slope leg
    dock.hazard_edit.setText("EX-HA-0005")
    dock.benchmark_edit.setText(rows[0]["coord_entered"])
    dock.date_edit.setDate(QDate(2023, 4, 18))
    dock.unit_combo.setCurrentIndex(dock.unit_combo.findData("mil_wp"))
    dock.table.paste_text("".join(
        "\t".join([r["point_no"], r["point_type"], r["from_point"], r["bearing_text"],
                   r["distance_m"], r["slope_deg"]]) + "\n" for r in rows[1:]))
    assert dock.result_label.text() == "PASS, adjusted"

    dock.save_cha_button.click()
    fid = survey_io.hazard_feature_ids(hazards, "EX-HA-0005")[0]
    assert hazards.isEditable() and points.isEditable()
    assert hazards.featureCount() == 1 and points.featureCount() == len(rows)
    feature = hazards.getFeature(fid)
    assert feature["hazard_class"] == "CHA"
    assert feature["area_m2"] == pytest.approx(dock.result.area_m2)
    assert python_value(feature["survey_date"]).isoformat() == "2023-04-18"
    assert len(opened) == 1 and opened[0][0] is hazards and opened[0][1]["hazard_id"] == \
        "EX-HA-0005"
    stored = {f["point_no"]: f for f in points.getFeatures()}
    assert stored[4]["slope_deg"] == pytest.approx(12.0)
    assert stored[4]["bearing_text"] == rows[4]["bearing_text"]
    assert stored[4]["bearing"] == pytest.approx(float(rows[4]["bearing"]))
    assert stored[2]["declination_deg"] == pytest.approx(dock.result.declination.degrees)

    # a second new hazard with the same ID is refused; the saved one is replaced
    with pytest.raises(MineActionError, match="already exists"):
        survey_io.save_to_layers(hazards, points, dock.survey, dock.result, "SHA")
    assert dock.save("CHA") == fid
    assert hazards.featureCount() == 1 and points.featureCount() == len(rows)

    # undo: the survey points and the hazard go away
    while hazards.undoStack().canUndo():
        hazards.undoStack().undo()
    while points.undoStack().canUndo():
        points.undoStack().undo()
    assert hazards.featureCount() == 0 and points.featureCount() == 0
    hazards.undoStack().redo()
    points.undoStack().redo()
    assert hazards.featureCount() == 1 and points.featureCount() == len(rows)
    assert hazards.commitChanges() and points.commitChanges()
    fid = survey_io.hazard_feature_ids(hazards, "EX-HA-0005")[0]

    # load it again into a fresh dock, correct a leg, save: replaced in place
    dock.clear()
    dock.hazard_edit.setText("EX-HA-0005")
    assert dock.load_hazard()
    assert dock.table.rowCount() == len(rows) - 1
    assert dock.table.cell(0, 3) == rows[1]["bearing_text"]
    assert dock.unit_combo.currentData() == "mil_wp"
    assert dock.date_edit.date() == QDate(2023, 4, 18)
    assert not dock.manual_check.isChecked()  # the stored declination is the model's
    assert dock.result_label.text() == "PASS, adjusted"
    area_before = dock.result.area_m2
    dock.table.set_cell(2, 4, str(float(rows[3]["distance_m"]) + 0.5))
    assert dock.result.area_m2 != area_before
    fid_again = dock.save("CHA")
    assert fid_again == fid
    assert hazards.featureCount() == 1 and points.featureCount() == len(rows)
    assert hazards.getFeature(fid)["area_m2"] == pytest.approx(dock.result.area_m2)
    assert {f["point_no"]: f["distance_m"] for f in points.getFeatures()}[3] == pytest.approx(
        float(rows[3]["distance_m"]) + 0.5)
    assert hazards.commitChanges(), hazards.commitErrors()
    assert points.commitChanges(), points.commitErrors()
    [saved] = open_layer(any_database, "hazards").getFeatures()
    assert saved["area_m2"] == pytest.approx(dock.result.area_m2)


def test_without_database_save_explains(dock):
    dock.hazard_edit.setText("H-2")
    dock.benchmark_edit.setText("50.05, -108.8")
    dock.table.paste_text("1\ts\t0\t0\t20\n2\tt\t1\t90\t20\n3\tt\t2\t180\t20\n"
                          "4\tt\t3\t270\t20\n5\te\t4\t0\t20\n")
    assert dock.result_label.text() == "PASS, adjusted"
    assert dock.save("SHA") is None
    assert "mine action database" in dock.message_label.text()
