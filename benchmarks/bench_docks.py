"""Benchmark: how long a user waits after an edit in the plugin's docks.

Not a unit test. Both docks are built as in QGIS (GUI QgsApplication,
pytest-qgis's interface stand-in, offscreen) and driven through their widgets.

* Survey traverse dock, 10 and 100 legs (a regular polygon surveyed with
  magnetic bearings, so the declination is used): a middle leg's distance is
  typed into its cell; the clock runs from the Return that commits it until
  the event loop is idle again, i.e. every recompute the edit triggers, the
  closure figures and the map preview. Median of ``--edits`` edits, the value
  alternating so each edit changes the result.
  Peer: the same cell edit in QGIS's own attribute table (a memory layer with
  as many rows, in edit mode, shown in the QgsDualView of QGIS's attribute
  table dialog; the value written as its cell delegate writes a typed one, in
  an edit command, until the event loop is idle): what QGIS itself takes to
  accept one typed value.
* Land release dock, a hazard with 50 activities applied by *Update mine
  action database*: the Preview button for a new activity crossing it, until
  the ledger text and the rubber bands are shown. Median of ``--edits`` clicks.
  Peer: what a practised user runs for the same answer with native tools,
  ``native:difference`` of the hazard layer with the activity (memory layers).

    .venv/bin/python benchmarks/bench_docks.py [--edits 40] [--baseline REVISION]

``--baseline`` measures the docks of an older git revision too, in the same
process (e.g. ``c16aa99``, before issue 12's changes): before and after.
"""

import argparse
import importlib
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import plugin_package  # noqa: E402  scripts/plugin_package.py

#: the survey's benchmark and polygon centre (lon, lat) and its date
CENTRE = (30.0, 10.0)
SURVEY_DATE = (2020, 6, 1)
#: edits made before the clock starts (first-use costs are not per edit)
WARM_UP = 3


def _qgis():
    from qgis.core import QgsApplication
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow
    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    plugin_package.load()
    iface = QgisInterface(QgsMapCanvas(), MockMessageBar(), QMainWindow())
    window = iface.mainWindow()
    iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
    iface.removeDockWidget = window.removeDockWidget
    window.show()
    return app, iface


def _settle():
    from qgis.PyQt.QtWidgets import QApplication
    QApplication.processEvents()


class Clock:
    """Wall and CPU time of one edit. Other jobs share the cores of the
    machine this runs on: the wall time is what a user waits, the process's
    CPU time what the edit costs whatever else runs."""

    def __init__(self):
        self.wall, self.cpu = [], []

    def start(self):
        self._started = (time.perf_counter(), time.process_time())

    def stop(self, keep=True):
        if keep:
            self.wall.append(time.perf_counter() - self._started[0])
            self.cpu.append(time.process_time() - self._started[1])

    def medians_ms(self):
        """(median wall ms, median CPU ms)."""
        return (statistics.median(self.wall) * 1000.0, statistics.median(self.cpu) * 1000.0)


# ------------------------------------------------------------------ traverse

def _survey_text(legs):
    """Tab-separated field table (as pasted from a spreadsheet) of a regular
    polygon of ``legs - 1`` sides: start, turning points, end on the start."""
    from shapely.geometry import Polygon
    from mine_action_mapper.core.traverse import survey_table
    sides = legs - 1
    radius = 0.0005 * sides ** 0.5
    ring = [(CENTRE[0] + radius * math.cos(2 * math.pi * k / sides),
             CENTRE[1] + radius * math.sin(2 * math.pi * k / sides)) for k in range(sides)]
    table = survey_table(Polygon(ring), CENTRE, survey_date="%04d-%02d-%02d" % SURVEY_DATE)
    return "".join("{}\t{}\t{}\t{:.4f}\t{:.3f}\t\n".format(
        row.point_no, row.point_type, row.from_point, row.magnetic_bearing_deg, row.distance_m)
        for row in table.rows[1:])


def _editor(table):
    from qgis.PyQt.QtWidgets import QLineEdit
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editors[0] if editors else None


def traverse_latency(iface, legs, edits, package=plugin_package.PACKAGE):
    """Median seconds from committing a typed distance to an idle event loop."""
    from qgis.PyQt.QtCore import QDate, Qt
    from qgis.PyQt.QtTest import QTest
    module = importlib.import_module(package + ".ui.traverse_dock")
    DISTANCE = module.DISTANCE  # noqa: N806
    dock = module.TraverseDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    dock.hazard_edit.setText("BENCH-%d" % legs)
    dock.benchmark_edit.setText("{:.7f}, {:.7f}".format(CENTRE[1], CENTRE[0]))
    dock.date_edit.setDate(QDate(*SURVEY_DATE))
    dock.table.paste_text(_survey_text(legs))
    _settle()
    if dock.result is None or len(dock.result.points) != legs:
        raise RuntimeError("the benchmark survey did not compute: " + dock.message_label.text())
    table = dock.table
    row = legs // 2
    base = float(table.cell(row, DISTANCE))
    clock, shown = Clock(), set()
    for number in range(-WARM_UP, edits):
        table.setCurrentCell(row, DISTANCE)
        table.setFocus()
        text = "{:.3f}".format(base + (0.5 if number % 2 else 0.0))
        QTest.keyClick(table, text[0])
        QTest.keyClicks(_editor(table), text[1:])
        editor = _editor(table)
        clock.start()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        _settle()
        clock.stop(keep=number >= 0)
        shown.add(dock.misclosure_label.text())
        if _editor(table) is not None:  # Return moved on and opened the next cell
            QTest.keyClick(_editor(table), Qt.Key.Key_Escape)
            _settle()
    if len(shown) != 2:
        raise RuntimeError("the edits did not change the closure shown: %s" % shown)
    dock.cleanup()
    iface.removeDockWidget(dock)
    dock.deleteLater()
    _settle()
    return clock.medians_ms()


def attribute_table_latency(iface, rows, edits):
    """Peer: median seconds of the same typed edit in QGIS's attribute table."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.gui import QgsDualView, QgsGui
    from qgis.PyQt.QtCore import Qt
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=point_no:integer&field=point_type:string"
                           "&field=from_point:integer&field=bearing:double"
                           "&field=distance_m:double&field=slope_deg:double", "legs", "memory")
    features = []
    for number in range(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([number + 1, "turning", number, 12.5, 20.0, None])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(30.0 + number * 1e-4, 10.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    field = layer.fields().indexOf("distance_m")
    QgsGui.editorWidgetRegistry().initEditors()  # as the QGIS application does at start
    layer.startEditing()
    table = QgsDualView(iface.mainWindow())
    table.init(layer, iface.mapCanvas())  # the attribute table dialog's widget
    table.setView(QgsDualView.ViewMode.AttributeTable)
    iface.mainWindow().setCentralWidget(table)
    table.show()
    _settle()
    fid = table.masterModel().rowToId(rows // 2)
    clock = Clock()
    for number in range(edits):
        value = 20.0 + (0.5 if number % 2 else 0.0)
        clock.start()
        # what its delegate does with a typed value (QgsAttributeTableDelegate::setModelData)
        layer.beginEditCommand("edit")
        layer.changeAttributeValue(fid, field, value)
        layer.endEditCommand()
        _settle()
        clock.stop()
        shown = table.masterModel().data(
            table.masterModel().index(rows // 2, table.masterModel().fieldCol(field)),
            Qt.ItemDataRole.DisplayRole)
        if layer.getFeature(fid)["distance_m"] != value or float(shown) != value:
            raise RuntimeError("the attribute table did not take the edit")
    layer.rollBack()
    table.deleteLater()
    _settle()
    return clock.medians_ms()


# -------------------------------------------------------------- land release

def _hazard_with_activities(folder, count):
    """A database with one 1 km² SHA and ``count`` activities over it (strips
    cleared, reduced or cancelled, one a month) applied by the Update
    algorithm, as an officer's database holds them."""
    import processing
    import shapely
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry
    from qgis.PyQt.QtCore import QDate
    from mine_action_mapper.processing.provider import MineActionProvider
    from mine_action_mapper.store.database import create_geopackage, open_layer
    from mine_action_mapper.styles.symbology import apply_symbology
    provider = MineActionProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    path = create_geopackage(os.path.join(folder, "programme.gpkg"), style=apply_symbology)
    lon, lat = CENTRE
    side = 0.009  # about 1 km
    hazard = shapely.box(lon, lat, lon + side, lat + side)
    outcomes = ("cleared", "reduced_ta", "cancelled")
    types = {"cleared": "clearance", "reduced_ta": "ts", "cancelled": "nts"}
    rows = [("hazards", dict(hazard_id="H-50", hazard_class="SHA", status="open",
                             date_of_information=QDate(2015, 1, 1)), hazard)]
    for number in range(count):
        # strips across the hazard, each a little skewed, some overlapping
        x = lon + side * number / count
        strip = shapely.Polygon([(x, lat - 0.001), (x + side / count * 1.4, lat - 0.001),
                                 (x + side / count * 1.1, lat + side * 0.6),
                                 (x - side / count * 0.2, lat + side * 0.6)])
        outcome = outcomes[number % 3]
        rows.append(("land_release_activities", dict(
            activity_id="A-%03d" % number, hazard_id="H-50", activity_type=types[outcome],
            outcome=outcome, end_date=QDate(2016 + number // 12, number % 12 + 1, 1),
            organisation="Bench"), strip))
    for table in ("hazards", "land_release_activities"):
        layer = open_layer(path, table)
        features = []
        for name, values, shape in rows:
            if name != table:
                continue
            feature = QgsFeature(layer.fields())
            for key, value in values.items():
                feature[key] = value
            geometry = QgsGeometry.fromWkt(shape.wkt)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            features.append(feature)
        if not (layer.startEditing() and layer.addFeatures(features) and layer.commitChanges()):
            raise RuntimeError("could not write %s: %s" % (table, layer.commitErrors()))
    processing.run("mineaction:updatedatabase", {"DATABASE": path})
    QgsApplication.processingRegistry().removeProvider(provider)
    return path


def loaded_hazard(folder, count):
    """(hazard layer of the loaded database, activities applied)."""
    from qgis.core import QgsProject
    from mine_action_mapper.store.database import open_layer
    from mine_action_mapper.styles.project import load_database
    path = _hazard_with_activities(folder, count)
    history = open_layer(path, "release_history")
    applied = len({f["activity_id"] for f in history.getFeatures()})
    _group, layers = load_database(path, QgsProject.instance())
    return layers["hazards"], applied


def preview_activity():
    import shapely
    lon, lat = CENTRE
    return shapely.box(lon + 0.002, lat + 0.004, lon + 0.007, lat + 0.008)


def land_release_latency(iface, edits, package=plugin_package.PACKAGE):
    """Median seconds of the Preview button over the loaded database's hazard."""
    module = importlib.import_module(package + ".ui.land_release_dock")
    dock = module.LandReleaseDock(iface)
    dock.show()
    dock.set_hazard("H-50")
    dock.set_activity_geometry(preview_activity())
    dock.set_choice(dock.type_combo, "clearance")
    dock.set_choice(dock.outcome_combo, "cleared")
    _settle()
    clock = Clock()
    for number in range(-WARM_UP, edits):
        clock.start()
        dock.preview_button.click()
        _settle()
        clock.stop(keep=number >= 0)
        if dock.preview_result is None or not dock.preview_bands:
            raise RuntimeError("the preview showed nothing")
    dock.cleanup()
    dock.deleteLater()
    _settle()
    return clock.medians_ms()


def difference_latency(hazards, activity, edits):
    """Peer: median seconds of native:difference of the hazard with the activity."""
    import processing
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer
    hazard_layer = hazards.materialize(QgsFeatureRequest())  # a memory copy
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "activity", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(activity.wkt))
    layer.dataProvider().addFeatures([feature])
    clock = Clock()
    for _number in range(edits):
        clock.start()
        out = processing.run("native:difference", {
            "INPUT": hazard_layer, "OVERLAY": layer, "OUTPUT": "memory:"})["OUTPUT"]
        _settle()
        clock.stop()
        if out.featureCount() != 1:
            raise RuntimeError("native:difference gave %d features" % out.featureCount())
    return clock.medians_ms()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--baseline", metavar="REVISION",
                        help="also measure the docks of this git revision, in the same run")
    args = parser.parse_args()
    app, iface = _qgis()  # noqa: F841 (must stay alive)
    with tempfile.TemporaryDirectory(prefix="mam-bench-docks-") as folder:
        packages = [("this checkout", plugin_package.PACKAGE)]
        if args.baseline:
            packages.append((args.baseline, plugin_package.load_revision(args.baseline, folder)))
        rows = []
        for legs, target in ((10, 5.0), (100, 20.0)):
            peer = attribute_table_latency(iface, legs, args.edits)
            for label, package in packages:
                ours = traverse_latency(iface, legs, args.edits, package)
                rows.append(("survey traverse, typed distance", "%d legs" % legs, label, ours,
                             peer, "attribute table cell", target))
        hazards, applied = loaded_hazard(folder, 50)
        peer = difference_latency(hazards, preview_activity(), args.edits)
        for label, package in packages:
            ours = land_release_latency(iface, args.edits, package)
            rows.append(("land release, Preview", "1 hazard, %d activities" % applied, label,
                         ours, peer, "native:difference", 50.0))
        from qgis.core import QgsProject
        QgsProject.instance().clear()
    print("dock latency, median of {} edits, wall ms (CPU ms), load average {:.1f}".format(
        args.edits, os.getloadavg()[0]))
    print("| dock | size | code | ours | peer | ours / peer (wall) | target (wall) |")
    print("|---|---|---|---|---|---|---|")
    for dock, size, label, (ours, ours_cpu), (peer, peer_cpu), peer_name, target in rows:
        print("| {} | {} | {} | {:.2f} ({:.2f}) | {:.2f} ({:.2f}) {} | {:.1f} | < {:.0f} ms: "
              "{} |".format(dock, size, label, ours, ours_cpu, peer, peer_cpu, peer_name,
                            ours / peer, target, "met" if ours < target else "NOT met"))
    print("\nmachine: %d cores, Python %s" % (os.cpu_count(), sys.version.split()[0]))
    sys.stdout.flush()
    # no exitQgis(): canvas items of the docks may outlive it and crash the exit
    os._exit(0)


if __name__ == "__main__":
    main()
