"""Benchmark: seconds per A4 task order page, against a plain layout export.

    .venv/bin/python benchmarks/bench_task_orders.py [copies]

Builds a database of the sample programme replicated ``copies`` times (13 by
default: 52 tasks, each copy shifted 0.05° east), exports 50 A4 task orders
(one PDF each, through the atlas, as the Processing algorithm does) and
prints seconds per page. The peer is QGIS itself: QgsLayoutExporter writing
a minimal one-page A4 layout (one map of the same tasks layer, one label) 50
times. The ratio is what the task order filling and its richer page cost
over a bare export. Target: under 2 s per A4 page.
"""

import os
import shutil
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # runs without a screen

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
import plugin_package  # noqa: E402  scripts/plugin_package.py

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "tests", "fixtures"))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _plugin():
    plugin_package.load()


def peer(database, folder, count):
    """Seconds per page for a minimal A4 layout exported ``count`` times."""
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemMap,
                           QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject,
                           QgsUnitTypes)
    from mine_action_mapper.store.database import open_layer
    project = QgsProject()
    tasks = open_layer(database, "tasks")
    project.addMapLayer(tasks)
    project.setCrs(tasks.crs())
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(190, 190, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setCrs(tasks.crs())
    item.setLayers([tasks])
    layout.addLayoutItem(item)
    label = QgsLayoutItemLabel(layout)
    label.setText("peer")
    layout.addLayoutItem(label)
    features = list(tasks.getFeatures())
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    start = time.perf_counter()
    for number in range(count):
        item.zoomToExtent(features[number % len(features)].geometry().boundingBox())
        QgsLayoutExporter(layout).exportToPdf(os.path.join(folder, "peer_%d.pdf" % number),
                                              settings)
    elapsed = (time.perf_counter() - start) / count
    if not all(os.path.getsize(os.path.join(folder, "peer_%d.pdf" % n)) > 1000
               for n in range(count)):
        raise RuntimeError("the peer export wrote empty PDFs")
    return elapsed


def main():
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 13
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    _plugin()
    from mine_action_mapper.layouts.task_order import TaskOrderExporter
    from task_order_sample import build_sample_database  # tests/fixtures
    work = tempfile.mkdtemp(prefix="mam-bench-")
    database = os.path.join(work, "programme.gpkg")
    start = time.perf_counter()
    build_sample_database(database, copies=copies)
    print("database: {} copies of the sample programme in {:.1f} s".format(
        copies, time.perf_counter() - start))
    start = time.perf_counter()
    with TaskOrderExporter(database) as exporter:
        task_ids = exporter.data.task_ids()[:50]
        setup = time.perf_counter() - start
        start = time.perf_counter()
        files = exporter.export(task_ids, os.path.join(work, "orders"))
        elapsed = time.perf_counter() - start
    pages = len(files)
    ours = elapsed / pages
    theirs = peer(database, work, pages)
    print("task orders: {} A4 PDFs in {:.1f} s (+{:.2f} s set-up): {:.3f} s per page".format(
        pages, elapsed, setup, ours))
    print("peer (minimal A4 layout, QgsLayoutExporter): {:.3f} s per page".format(theirs))
    print("ratio task order / peer: {:.1f}x; target < 2 s per A4 page: {}".format(
        ours / theirs, "met" if ours < 2.0 else "NOT met"))
    shutil.rmtree(work, ignore_errors=True)
    # no exitQgis(): layers of the exporter's project may outlive it and crash the exit
    del app


if __name__ == "__main__":
    main()
