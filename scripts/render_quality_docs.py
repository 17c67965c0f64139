"""Render one picture per quality rule for docs/quality.md.

Builds the sample programme (tests/fixtures/task_order_sample.py), plants
one defect per rule (tests/fixtures/quality_defects.py), runs the check and
renders each rule's first planted problem with the database's own styles:
the problem's point as a red cross, its area (overlaps, repeated parts,
activities outside the hazards) hatched red.

    .venv/bin/python scripts/render_quality_docs.py [OUT_DIR]   # docs/img/quality
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

import plugin_package  # scripts/plugin_package.py

ROOT = plugin_package.ROOT

SIZE = (320, 220)


def _problem_layers(problem):
    from qgis.core import (QgsFeature, QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer,
                           QgsVectorLayer)
    from mine_action_mapper.store.features import from_shapely
    layers = []
    area = problem.area()
    if area is not None:
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "area", "memory")
        feature = QgsFeature()
        feature.setGeometry(from_shapely(area))
        layer.dataProvider().addFeatures([feature])
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
            "color": "#d7191c", "style": "b_diagonal", "outline_color": "#d7191c",
            "outline_width": "0.6"})))
        layers.append(layer)
    line = problem.location
    if line is not None and line.geom_type == "LineString":
        layer = QgsVectorLayer("LineString?crs=EPSG:4326", "segment", "memory")
        feature = QgsFeature()
        feature.setGeometry(from_shapely(line))
        layer.dataProvider().addFeatures([feature])
        layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
            "color": "#d7191c", "width": "0.8"})))
        layers.append(layer)
    if problem.point() is not None:
        layer = QgsVectorLayer("Point?crs=EPSG:4326", "point", "memory")
        feature = QgsFeature()
        feature.setGeometry(from_shapely(problem.point()))
        layer.dataProvider().addFeatures([feature])
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
            "name": "cross2", "color": "#d7191c", "outline_color": "#d7191c",
            "size": "5", "outline_width": "0.8"})))
        layers.append(layer)
    return layers


def render(problem, record_shape, database_layers, path):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage
    from shapely.ops import unary_union
    from mine_action_mapper.store.features import from_shapely
    shapes = [shape for shape in (record_shape, problem.location) if shape is not None]
    extent = from_shapely(unary_union(shapes).envelope.buffer(0.0003)).boundingBox()
    utm = QgsCoordinateReferenceSystem("EPSG:32612")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm,
                                       QgsProject.instance())
    box = transform.transformBoundingBox(extent)
    scale = max(box.width() / SIZE[0], box.height() / SIZE[1]) * 1.15
    middle = box.center()
    settings = QgsMapSettings()
    marks = _problem_layers(problem)  # kept alive: the settings hold weak references
    settings.setLayers(list(reversed(marks)) + database_layers)
    settings.setDestinationCrs(utm)
    settings.setOutputSize(QSize(*SIZE))
    settings.setBackgroundColor(QColor("#ffffff"))
    settings.setFlag(QgsMapSettings.Flag.Antialiasing, True)
    settings.setExtent(QgsRectangle(middle.x() - scale * SIZE[0] / 2,
                                    middle.y() - scale * SIZE[1] / 2,
                                    middle.x() + scale * SIZE[0] / 2,
                                    middle.y() + scale * SIZE[1] / 2))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format.Format_Indexed8)
    image.save(str(path), "PNG")
    del marks


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else ROOT / "docs" / "img" / "quality"
    out.mkdir(parents=True, exist_ok=True)
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    plugin_package.load()
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    from quality_defects import plant
    from task_order_sample import build_sample_database
    from mine_action_mapper.store import quality_io
    from mine_action_mapper.store.database import open_layer
    work = tempfile.mkdtemp()
    try:
        path = build_sample_database(os.path.join(work, "planted.gpkg"))
        expected = plant(path)
        tables = quality_io.read_tables(path)
        problems = quality_io.check_database(path, quality_io.thresholds(path, 5000.0, 0.9,
                                                                         1.0))
        shapes = {(r.table, r.fid): r.geometry for rows in tables.values() for r in rows}
        layers = [open_layer(path, table) for table in (
            "accidents", "eo_finds", "survey_points", "land_release_activities", "hazards")]
        for code, (table, record_id) in expected.items():
            if code == "G06":
                continue  # no geometry: nothing to draw
            problem = next(p for p in problems if p.code == code and p.table == table
                           and p.record_id == record_id)
            target = out / "{}.png".format(code.lower())
            render(problem, shapes.get((table, problem.fid)), layers, target)
            print("wrote", os.path.relpath(target, ROOT), problem.message)
        del layers
    finally:
        shutil.rmtree(work, ignore_errors=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
