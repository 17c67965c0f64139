"""Each edit in the survey traverse dock recomputes once, and what it shows
is what a computation from scratch gives (no cached value goes stale)."""

import datetime
import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QLineEdit
from shapely.geometry import Polygon

from mine_action_mapper.core import declination, geodesy, local_frame, survey_records
from mine_action_mapper.core.traverse import survey_table
from mine_action_mapper.ui.numbers import number_text
from mine_action_mapper.ui.traverse_dock import DISTANCE, TYPE, TraverseDock

BENCHMARK = (30.0, 10.0)
DATE = datetime.date(2020, 6, 1)


class CountingDock(TraverseDock):
    """The real dock, counting its recomputes (every signal reaches them)."""

    def __init__(self, iface):
        self.recomputes = 0
        super().__init__(iface)

    def recompute(self, *args):
        self.recomputes += 1
        return super().recompute(*args)


@pytest.fixture()
def dock(iface):
    QgsProject.instance().clear()
    widget = CountingDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    iface.mainWindow().show()
    widget.show()
    widget.benchmark_edit.setText("{}, {}".format(BENCHMARK[1], BENCHMARK[0]))
    widget.date_edit.setDate(QDate(DATE))
    yield widget
    widget.cleanup()
    iface.removeDockWidget(widget)
    widget.deleteLater()
    QgsProject.instance().clear()


def _legs(radii):
    """Field table legs (point_no, type, from, magnetic bearing, distance) of
    a star-shaped polygon, one vertex per radius (m), round the benchmark."""
    count = len(radii)
    lon0, lat0 = BENCHMARK[0], BENCHMARK[1] + 0.002
    ring = [(lon0 + r / 111320.0 * math.cos(2 * math.pi * k / count),
             lat0 + r / 110574.0 * math.sin(2 * math.pi * k / count))
            for k, r in enumerate(radii)]
    table = survey_table(Polygon(ring), BENCHMARK, survey_date=DATE)
    return [(row.point_no, row.point_type, row.from_point,
             "{:.4f}".format(row.magnetic_bearing_deg), "{:.3f}".format(row.distance_m))
            for row in table.rows[1:]]


def _paste(dock, legs):
    dock.table.paste_text("".join("\t".join(str(v) for v in leg) + "\n" for leg in legs))
    QApplication.processEvents()


def _editor(table):
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editors[0] if editors else None


def _type(dock, row, column, text):
    """Type ``text`` into a cell as a user does and commit it with Return."""
    table = dock.table
    table.setCurrentCell(row, column)
    table.setFocus()
    QTest.keyClick(table, text[0])
    QTest.keyClicks(_editor(table), text[1:])
    QTest.keyClick(_editor(table), Qt.Key.Key_Return)
    QApplication.processEvents()
    if _editor(table) is not None:  # Return moved on and opened the next cell
        QTest.keyClick(_editor(table), Qt.Key.Key_Escape)
        QApplication.processEvents()


def _from_scratch(dock, legs):
    """The closure row computed anew from the legs (caches emptied first)."""
    geodesy.direct.cache_clear()
    local_frame._transformer.cache_clear()  # noqa: SLF001 (the caches under test)
    declination._model_degrees.cache_clear()  # noqa: SLF001
    rows = [{"hazard_id": dock.hazard_id(), "point_no": 0, "point_type": "benchmark",
             "coord_entered": "{}, {}".format(BENCHMARK[1], BENCHMARK[0]),
             "survey_date": DATE, "fixed_by": "gps"}]
    rows += [{"hazard_id": dock.hazard_id(), "point_no": no, "point_type": kind,
              "from_point": start, "bearing_text": bearing, "bearing_unit": "deg",
              "north_reference": "magnetic", "distance_m": distance, "survey_date": DATE}
             for no, kind, start, bearing, distance in legs]
    survey = survey_records.survey_from_rows(dock.hazard_id(), rows)
    tolerance = dock.tolerance()
    result = survey_records.compute(survey, tolerance, adjust=True)
    return survey_records.closure_row(survey, result, tolerance)


def test_each_edit_recomputes_once(dock):
    legs = _legs([30.0, 42.0, 35.0, 50.0, 38.0, 45.0])
    dock.recomputes = 0
    _paste(dock, legs)
    assert dock.recomputes == 1 and dock.result is not None
    for row, column, text in ((2, DISTANCE, "47.5"), (3, TYPE, "i"), (3, TYPE, "t"),
                              (1, 3, "80.25")):
        dock.recomputes = 0
        _type(dock, row, column, text)
        assert dock.recomputes == 1, (row, column, text)
    # Return after the last cell commits it (one recompute) and adds an
    # empty row (none: a row without bearing or distance is not surveyed)
    dock.recomputes = 0
    _type(dock, dock.table.rowCount() - 1, 5, "1")
    assert dock.recomputes == 1
    assert dock.table.rowCount() == len(legs) + 1
    dock.recomputes = 0
    dock.table.add_row({0: "99"})  # a row with values is one change
    assert dock.recomputes == 1
    dock.recomputes = 0
    dock.benchmark_edit.setText("{}, {}".format(BENCHMARK[1], BENCHMARK[0] + 1e-7))
    assert dock.recomputes == 1


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(radii=st.lists(st.floats(20.0, 80.0), min_size=3, max_size=30),
       edited=st.integers(0, 10 ** 6), factor=st.floats(0.9, 1.1))
def test_shown_closure_is_the_closure_from_scratch(dock, radii, edited, factor):
    dock.clear()
    legs = _legs(radii)
    _paste(dock, legs)
    row = edited % len(legs)
    distance = "{:.3f}".format(float(legs[row][4]) * factor)
    _type(dock, row, DISTANCE, distance)
    legs[row] = legs[row][:4] + (distance,)
    expected = _from_scratch(dock, legs)
    assert dock.closure == expected
    assert dock.misclosure_label.text() == number_text(expected["misclosure_m"], 2) + " m"
    assert dock.precision_label.text() == expected["precision_text"]
