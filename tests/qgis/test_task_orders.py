"""Field task orders and the national overview: the CONTENT of the PDFs.

The sample programme is loaded into a fresh GeoPackage (hazard polygons
computed from their survey tables), the task orders are exported, and the
PDFs are read back with poppler (pdfinfo, pdftotext): page count and size,
task and hazard IDs, every turning point with its coordinates, the scale,
the grid zone and the declination values, checked against core's own
computations (not against numbers written here).
"""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from task_order_sample import build_sample_database  # tests/fixtures

from mine_action_mapper.core import coordinates, geodesy
from mine_action_mapper.core.declination import declination
from mine_action_mapper.layouts import layout_templates as templates
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import read_records
from mine_action_mapper.layouts.layout_fill import NICE_SCALES, grid_label
from mine_action_mapper.layouts.task_order import TaskOrderExporter, file_stem

TASKS = ("EX-TK-0001", "EX-TK-0002", "EX-TK-0003", "EX-TK-0004")
A4_POINTS = (595, 842)
A3_LANDSCAPE_POINTS = (1191, 842)


def pdfinfo(path):
    text = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", text, re.M).group(1))
    width, height = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", text, re.M).groups()
    return pages, (round(float(width)), round(float(height)))


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    # poppler reports the font's ligatures as such (ﬁ); superscripts must stay
    return text.replace("\ufb01", "fi").replace("\ufb02", "fl")


@pytest.fixture(scope="module")
def sample_db(qgis_app, tmp_path_factory):
    return build_sample_database(str(tmp_path_factory.mktemp("db") / "programme.gpkg"))


@pytest.fixture(scope="module")
def a4(sample_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("a4")
    with TaskOrderExporter(sample_db, templates.A4_PORTRAIT) as exporter:
        files = exporter.export(TASKS, str(folder))
        yield exporter, files


def test_one_a4_pdf_per_task_with_one_page(a4):
    exporter, files = a4
    assert [path.rsplit("/", 1)[-1] for path in files] == [file_stem(t) + ".pdf" for t in TASKS]
    for path in files:
        assert pdfinfo(path) == (1, A4_POINTS)


@pytest.mark.parametrize("task_id", TASKS)
def test_task_ids_and_turning_points_are_printed(a4, task_id):
    exporter, files = a4
    text = pdftext(files[TASKS.index(task_id)])
    order = exporter.drawn[task_id]["order"]
    assert task_id in text
    assert order.hazard_id in text
    lines = text.splitlines()
    for row in order.rows:
        # one table line per point: number first, then its MGRS and lat/lon
        line = next((line for line in lines if row.mgrs in line and row.latlon in line
                     and line.split()[0] == str(row.point_no)), None)
        assert line is not None, (task_id, row.point_no, row.mgrs)
        if row.grid_bearing_deg is not None:
            assert "{:05.1f}°".format(round(row.grid_bearing_deg, 1) % 360) in line
            assert "{:05.1f}°".format(round(row.magnetic_bearing_deg, 1) % 360) in line
            assert "{:.1f}".format(row.distance_m) in line
    # every vertex of the task area is a turning point of the table
    ring = list(order.area.geoms[0].exterior.coords)[:-1]
    table = {(round(row.lon, 7), round(row.lat, 7)) for row in order.rows[1:]}
    assert {(round(x, 7), round(y, 7)) for x, y in ring} <= table


def test_title_block_has_translated_vocabulary(a4):
    exporter, files = a4
    text = pdftext(files[0])
    for label in ("Clearance", "High", "Anti-personnel mines", "Manual Team 3",
                  "Examplia Demining Unit", "2019-04-15", "2026-10-30", "In progress"):
        assert label in text
    flowing = " ".join(pdftext(files[0], layout=False).split())  # footer lines rejoined
    assert "Issued by Examplia Mine Action Centre on 2019-03-18, version 2." in flowing
    assert "SAFETY" in text


def test_scale_fits_the_task_and_is_printed(a4):
    exporter, files = a4
    for task_id, path in zip(TASKS, files):
        drawn = exporter.drawn[task_id]
        assert drawn["scale"] in NICE_SCALES
        assert "Scale 1:{:,}".format(drawn["scale"]) in pdftext(path)
    # the layout still holds the last task: its map shows the whole task area
    main = exporter.layout.itemById(templates.MAIN_MAP)
    assert main.scale() == pytest.approx(exporter.drawn[TASKS[-1]]["scale"], rel=1e-6)
    order = exporter.drawn[TASKS[-1]]["order"]
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsPointXY, QgsProject)
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), main.crs(),
                                    QgsProject.instance())
    for row in order.rows:
        assert main.extent().contains(to_map.transform(QgsPointXY(row.lon, row.lat)))


def test_grid_is_the_tasks_utm_zone_with_mgrs_labels(a4):
    exporter, files = a4
    for task_id, path in zip(TASKS, files):
        order = exporter.drawn[task_id]["order"]
        lon, lat = order.benchmark
        expected = coordinates.lonlat_to_utm(lon, lat).crs
        assert exporter.drawn[task_id]["grid_crs"] == expected
        text = pdftext(path)
        assert "UTM zone {}N ({})".format(coordinates.utm_zone(lon, lat), expected) in text
        # the 100 km square of the benchmark is named in the grid note
        assert coordinates.lonlat_to_mgrs(lon, lat, 0) in text
    main = exporter.layout.itemById(templates.MAIN_MAP)
    grid = main.grids().grid(0)
    assert grid.crs().authid() == exporter.drawn[TASKS[-1]]["grid_crs"]
    interval = grid.intervalX()
    extent = main.extent()
    first = int(extent.xMinimum() // interval + 1) * interval
    labels = [grid_label(x, interval) for x in range(int(first), int(extent.xMaximum()),
                                                      int(interval))]
    text = pdftext(files[-1])
    assert labels and all(label in text for label in labels)


@pytest.mark.parametrize("task_id", TASKS)
def test_declination_diagram_angles_are_cores(a4, task_id):
    exporter, files = a4
    drawn = exporter.drawn[task_id]
    order = drawn["order"]
    lon, lat = order.benchmark
    delta = declination(lon, lat, order.task["start_date"]).degrees
    gamma = coordinates.meridian_convergence(lon, lat, drawn["grid_crs"])
    text = pdftext(files[TASKS.index(task_id)])
    side = lambda value: "east" if value >= 0 else "west"  # noqa: E731
    assert "Magnetic declination: {:.1f}° {}".format(abs(delta), side(delta)) in text
    assert "Grid convergence: {:.1f}° {}".format(abs(gamma), side(gamma)) in text
    assert "Grid–magnetic angle: {:.1f}° {}".format(abs(delta - gamma), side(delta - gamma)) in text
    # the SVG draws every north at the same multiple of its true angle from grid north
    svg = ET.parse(drawn["svg"]).getroot()
    angles = {line.get("id"): float(line.get("data-angle"))
              for line in svg.iter("{http://www.w3.org/2000/svg}line")}
    factor = drawn["factor"]
    assert factor >= 1.0
    assert angles["grid"] == pytest.approx(0.0, abs=1e-9)
    assert angles["true"] == pytest.approx(-gamma * factor, rel=1e-6)
    assert angles["magnetic"] == pytest.approx((delta - gamma) * factor, rel=1e-6)
    if factor > 1.0:
        assert "angles drawn ×{:.1f}".format(factor) in text


def test_magnetic_bearings_use_the_printed_declination(a4):
    exporter, _files = a4
    order = exporter.drawn[TASKS[0]]["order"]
    gma = order.north.grid_magnetic_deg
    for row in order.rows[1:]:
        # magnetic = grid - GMA, up to the convergence change between points
        difference = (row.grid_bearing_deg - row.magnetic_bearing_deg) % 360.0
        assert difference == pytest.approx(gma, abs=0.05)


def test_a3_combined_atlas_pdf_and_png(sample_db, tmp_path):
    with TaskOrderExporter(sample_db, templates.A3_LANDSCAPE) as exporter:
        files = exporter.export(TASKS[:2], str(tmp_path), combined=True, png=True)
    pdf = str(tmp_path / "task_orders.pdf")
    assert pdf in files
    assert pdfinfo(pdf) == (2, A3_LANDSCAPE_POINTS)
    pages = pdftext(pdf).split("\f")
    assert TASKS[0] in pages[0] and TASKS[1] in pages[1]
    for task_id in TASKS[:2]:
        png = tmp_path / (file_stem(task_id) + ".png")
        assert str(png) in files and png.stat().st_size > 10000
    # A3 shows the UTM column too
    assert exporter.drawn[TASKS[1]]["order"].rows[1].utm in pages[1]


def test_cancelled_export_writes_nothing_more(sample_db, tmp_path):
    from qgis.core import QgsFeedback
    feedback = QgsFeedback()
    feedback.cancel()
    with TaskOrderExporter(sample_db, templates.A4_PORTRAIT) as exporter:
        assert exporter.export(TASKS, str(tmp_path), feedback=feedback) == []


def test_an_export_leaves_only_its_files(a4):
    _exporter, files = a4
    folder = Path(files[0]).parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        file_stem(task_id) + ".pdf" for task_id in TASKS)


@pytest.fixture()
def broken_db(sample_db, tmp_path):
    """A copy of the sample database; ``broken_db(task, hazard_id=..., geometry=None)``."""
    import shutil
    from qgis.core import QgsGeometry
    path = str(tmp_path / "broken.gpkg")
    shutil.copy(sample_db, path)

    def breaking(task_id, **changes):
        layer = open_layer(path, "tasks")
        [feature] = [f for f in layer.getFeatures() if f["task_id"] == task_id]
        assert layer.startEditing()
        for name, value in changes.items():
            if name == "geometry":
                layer.changeGeometry(feature.id(), QgsGeometry())
            else:
                layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), value)
        assert layer.commitChanges(), layer.commitErrors()
        return path
    return breaking


@pytest.mark.parametrize("task_id, changes, field, fragment", [
    ("EX-TK-0003", {"hazard_id": "EX-HA-0404"}, "hazard_id",
     "Task EX-TK-0003: hazard 'EX-HA-0404' in field hazard_id is not in the hazards table."),
    ("EX-TK-0004", {"geometry": None}, "geometry",
     "Task EX-TK-0004 has no area: draw the task polygon first."),
])
def test_every_task_is_checked_before_any_pdf_is_written(broken_db, tmp_path, task_id, changes,
                                                         field, fragment):
    from mine_action_mapper.core.errors import MineActionError
    path = broken_db(task_id, **changes)
    folder = tmp_path / "out"
    with TaskOrderExporter(path, templates.A4_PORTRAIT) as exporter:
        with pytest.raises(MineActionError) as error:
            exporter.export(TASKS, str(folder))
    assert str(error.value) == fragment
    assert (error.value.feature, error.value.field) == (task_id, field)
    assert not folder.exists() or not list(folder.iterdir())


@pytest.mark.parametrize("backend", ["postgis"], indirect=True)
def test_tasks_on_postgis_are_checked_before_any_pdf_is_written(backend, tmp_path):
    """The cases above on a PostGIS database (one run: the sample is built
    by the demo's algorithms), through the tasks layer's own database."""
    from qgis.core import QgsGeometry
    from mine_action_mapper.core.errors import MineActionError
    layer = backend.layer("tasks")
    by_id = {feature["task_id"]: feature.id() for feature in layer.getFeatures()}
    assert layer.startEditing()
    layer.changeAttributeValue(by_id["EX-TK-0003"], layer.fields().indexOf("hazard_id"),
                               "EX-HA-0404")
    layer.changeGeometry(by_id["EX-TK-0004"], QgsGeometry())
    assert layer.commitChanges(), layer.commitErrors()
    folder = tmp_path / "out"
    for task_ids, fragment in (
            (TASKS, "Task EX-TK-0003: hazard 'EX-HA-0404' in field hazard_id is not in "
                    "the hazards table."),
            (TASKS[:2] + TASKS[3:], "Task EX-TK-0004 has no area: draw the task polygon first.")):
        with TaskOrderExporter(backend.database, templates.A4_PORTRAIT) as exporter:
            with pytest.raises(MineActionError) as error:
                exporter.export(task_ids, str(folder))
        assert str(error.value) == fragment
    assert not folder.exists() or not list(folder.iterdir())


def test_a_failure_half_way_writes_no_pdf(sample_db, tmp_path, monkeypatch):
    """The third page fails after two PDFs were drawn: none reaches the folder."""
    from mine_action_mapper.core.errors import MineActionError
    from mine_action_mapper.layouts import task_order
    fill = task_order.fill_task_order

    def failing(layout, maps, order, work):
        if order.task_id == TASKS[2]:
            raise MineActionError("the printer caught fire")
        return fill(layout, maps, order, work)

    monkeypatch.setattr(task_order, "fill_task_order", failing)
    with TaskOrderExporter(sample_db, templates.A4_PORTRAIT) as exporter:
        with pytest.raises(MineActionError, match="printer caught fire"):
            exporter.export(TASKS, str(tmp_path / "out"))
        assert sorted(exporter.drawn) == sorted(TASKS[:2])
    assert list((tmp_path / "out").iterdir()) == []


def test_processing_algorithm_exports_selected_tasks(backend, tmp_path, provider):
    """On each backend; the database is the tasks layer's own (no parameter)."""
    import processing
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject
    tasks = backend.layer("tasks")
    QgsProject.instance().addMapLayer(tasks)
    try:
        tasks.selectByExpression("\"task_id\" IN ('EX-TK-0003')")
        result = processing.run("mineaction:exporttaskorders", {
            "TASKS": QgsProcessingFeatureSourceDefinition(tasks.id(), True),
            "PAPER": 0, "COMBINED": False, "PNG": False,
            "OUTPUT_FOLDER": str(tmp_path)})
    finally:
        QgsProject.instance().removeMapLayer(tasks.id())
    assert result["COUNT"] == 1
    written = result["FILES"].split(";")
    assert written == [str(tmp_path / "task_order_EX-TK-0003.pdf")]
    assert "EX-TK-0003" in pdftext(written[0]) and pdfinfo(written[0]) == (1, A4_POINTS)


def test_national_overview(backend, tmp_path, provider):
    """On each backend, the sample programme as the demo imports it."""
    import processing
    sample_db = backend.database
    pdf = str(tmp_path / "overview.pdf")
    processing.run("mineaction:exportoverview", dict(
        backend.where, AUTHORITY="Examplia Mine Action Centre", OUTPUT=pdf))
    assert pdfinfo(pdf) == (1, A3_LANDSCAPE_POINTS)
    text = pdftext(pdf)
    assert "NATIONAL MINE ACTION OVERVIEW" in text
    # totals computed here from the geometries, independently of the layout code
    hazards = list(read_records(open_layer(sample_db, "hazards"), ["hazard_class", "status"]))
    total = sum(geodesy.area_m2(shape) for _fid, _a, shape in hazards)
    assert re.search(r"All hazards\s+{}\s+{}".format(len(hazards), re.escape(
        "{:,.0f}".format(total))), text)
    cha_open = sum(geodesy.area_m2(shape) for _fid, a, shape in hazards
                   if a["hazard_class"] == "CHA" and a["status"] == "open")
    assert re.search(r"Confirmed Hazardous Area \(CHA\)\s+Open\s+\d+\s+{}".format(
        re.escape("{:,.0f}".format(cha_open))), text)
    # land released is counted once: the engine's ledger, not the activities' sum
    ledger = processing.run("mineaction:computelandrelease", {
        "HAZARDS": open_layer(sample_db, "hazards"),
        "ACTIVITIES": open_layer(sample_db, "land_release_activities"),
        "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
        "HISTORY": "memory:", "QA": "memory:"})["LEDGER"]
    cleared = sum(f["cleared_m2"] for f in ledger.getFeatures())
    activities = list(read_records(open_layer(sample_db, "land_release_activities"),
                                   ["outcome"]))
    recorded = sum(geodesy.area_m2(shape) for _fid, a, shape in activities
                   if a["outcome"] == "cleared")
    assert cleared < recorded  # the sample's overlapping clearance is not counted twice
    assert re.search(r"Cleared\s+\d+\s+{}".format(re.escape("{:,.0f}".format(cleared))), text)
