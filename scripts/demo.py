"""The main job, end to end, on the bundled (fictional) sample programme.

    make demo            # or: .venv/bin/python scripts/demo.py --output output

Every step runs the plugin's own Processing algorithms, exactly as a GIS
officer would in the toolbox or with qgis_process:
  1. create a mine action database (GeoPackage);
  2. compute hazard polygons from the field survey tables, print closures;
  3. import the hazard records, survey points and the other field records;
  4. compute land release and print the national ledger (m²);
  5. apply it to the database (remaining hazards, status, release history);
  6. export the field task orders (A4 PDF + PNG) and the national overview;
  7. write a QGIS project that opens the database styled, with its forms.
"""

import argparse
import os
import sys
from pathlib import Path

import plugin_package  # scripts/plugin_package.py

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def start_qgis():
    """A headless QgsApplication with Processing and the plugin's provider."""
    plugin_package.load()
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from mine_action_mapper.processing.provider import MineActionProvider
    provider = MineActionProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def run(algorithm, parameters):
    import processing
    from qgis.core import QgsProcessingFeedback
    return processing.run("mineaction:" + algorithm, parameters,
                          feedback=QgsProcessingFeedback())


def layer(value):
    """A Processing output: a layer, or the id of one in the project."""
    from qgis.core import QgsProject
    return value if not isinstance(value, str) else QgsProject.instance().mapLayer(value)


def print_table(source, columns, total=False):
    """Print a layer's features as a fixed-width table (and a total row)."""
    widths = [len(fmt.format(_sample(fmt))) for _title, _field, fmt in columns]
    print("   " + " ".join(title.rjust(width) if i else title.ljust(width)
                           for i, ((title, _f, _fmt), width) in
                           enumerate(zip(columns, widths))))
    sums = {}
    for feature in source.getFeatures():
        cells = []
        for title, field, fmt in columns:
            value = feature[field]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                cells.append(" " * len(fmt.format(_sample(fmt))))
                continue
            if isinstance(value, float):
                sums[field] = sums.get(field, 0.0) + value
            cells.append(fmt.format(value))
        print("   " + " ".join(cells))
    if total:
        cells = []
        for i, (title, field, fmt) in enumerate(columns):
            if field in sums:
                cells.append(fmt.format(sums[field]))
            else:
                cells.append(fmt.format("total" if i == 0 else ""))
        print("   " + " ".join(cells))


def _sample(fmt):
    return 0.0 if ("f}" in fmt) else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="output", type=Path)
    args = parser.parse_args()
    output = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    from qgis.core import QgsProject
    from mine_action_mapper.store.importer import csv_layer
    from mine_action_mapper.styles.project import load_database

    database = str(output / "examplia.gpkg")
    run("createdatabase", {"OUTPUT": database, "OVERWRITE": True, "OPEN": False})
    print("1. Created the mine action database: {}".format(database))

    print("2. Hazard polygons from the field survey tables")
    survey = run("hazardpolygonsfromsurvey", {
        "INPUT": csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False),
        "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"})
    print_table(layer(survey["REPORT"]), [
        ("hazard", "hazard_id", "{:<11}"), ("points", "points", "{:>6}"),
        ("perimeter m", "perimeter_m", "{:>11.1f}"),
        ("misclosure m", "misclosure_m", "{:>12.2f}"),
        ("precision", "precision_text", "{:>9}"), ("result", "result", "{:>18}"),
        ("adjusted", "adjusted", "{!s:>8}"), ("declination", "declination_source", "{:>11}")])

    print("3. Importing the field records")
    imports = [
        ("hazards", csv_layer(str(SAMPLE / "hazards.csv"), True, "EPSG:4326"), survey["OUTPUT"]),
        ("survey_points", survey["POINTS"], None),
    ] + [(table, csv_layer(str(SAMPLE / (table + ".csv")), True, "EPSG:4326"), None)
         for table in ("land_release_activities", "eo_finds", "tasks", "site_points",
                       "access_routes")]
    for table, source, geometries in imports:
        result = run("importrecords", {"INPUT": source, "DATABASE": database,
                                       "TABLE": table, "GEOMETRIES": geometries})
        print("   {:<26} {:>4} rows".format(table, int(result["COUNT"])))
    del imports, source  # OGR layers must not outlive QGIS (freed at exitQgis: crash)

    print("4. Land release, national ledger (m² on the WGS 84 ellipsoid)")
    from mine_action_mapper.store.database import open_layer
    release = run("computelandrelease", {
        "HAZARDS": open_layer(database, "hazards"),
        "ACTIVITIES": open_layer(database, "land_release_activities"),
        "LOOKUPS": open_layer(database, "lookups"),
        "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
        "HISTORY": "memory:", "QA": "memory:"})
    ledger = layer(release["LEDGER"])
    columns = [("hazard", "hazard_id", "{:<14}"), ("class", "hazard_class", "{:>5}"),
               ("original", "original_m2", "{:>10.0f}"),
               ("cancelled", "cancelled_m2", "{:>10.0f}"),
               ("reduced TA", "reduced_ta_m2", "{:>10.0f}"),
               ("reduced NTA", "reduced_nta_m2", "{:>11.0f}"),
               ("cleared", "cleared_m2", "{:>9.0f}"),
               ("remaining SHA", "remaining_sha_m2", "{:>13.0f}"),
               ("remaining CHA", "remaining_cha_m2", "{:>13.0f}"),
               ("status", "status", "{:>9}")]
    print_table(ledger, columns, total=True)
    for flag in layer(release["QA"]).getFeatures():
        print("   QA {:<30} hazard {:<11} activity {:<11} {}".format(
            flag["code"], flag["hazard_id"] or "-", flag["activity_id"] or "-",
            flag["message"]))

    update = run("updatedatabase", {"DATABASE": database})
    print("5. Updated the database: {} hazards updated, {} added, {} history rows".format(
        int(update["HAZARDS_UPDATED"]), int(update["HAZARDS_ADDED"]),
        int(update["HISTORY_ROWS"])))

    orders = run("exporttaskorders", {
        "TASKS": open_layer(database, "tasks"), "DATABASE": database, "PAPER": 0,
        "PNG": True, "OUTPUT_FOLDER": str(output / "task_orders")})
    print("6. Task orders ({}):".format(int(orders["COUNT"])))
    for path in orders["FILES"].split(";"):
        print("   " + path)
    overview = str(output / "national_overview.pdf")
    run("exportoverview", {"DATABASE": database, "OUTPUT": overview,
                           "AUTHORITY": "Examplia Mine Action Centre (fictional)"})
    print("   national overview: " + overview)
    forms = run("exportfieldforms", {"DATABASE": database,
                                     "OUTPUT_FOLDER": str(output / "field_forms")})
    print("   field forms (XLSForm): " + forms["FILES"].replace(";", ", "))

    project_path = str(output / "examplia.qgz")
    project = QgsProject.instance()
    project.clear()
    _group, layers = load_database(database, project)
    # shown in the programme's UTM zone, opening on all its hazards
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsReferencedRectangle)
    from mine_action_mapper.core.coordinates import lonlat_to_utm
    extent = layers["hazards"].extent()
    utm = QgsCoordinateReferenceSystem(lonlat_to_utm(extent.center().x(),
                                                     extent.center().y()).crs)
    project.setCrs(utm)
    project.setEllipsoid("WGS84")
    view = QgsCoordinateTransform(layers["hazards"].crs(), utm, project).transformBoundingBox(
        extent)
    view.grow(max(view.width(), view.height()) * 0.1)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, utm))
    project.write(project_path)
    print("7. Wrote the QGIS project: {}".format(project_path))
    app.exitQgis()


if __name__ == "__main__":
    main()
