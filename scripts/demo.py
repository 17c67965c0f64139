"""The main job, end to end, on the bundled (fictional) sample programme.

    make demo            # or: .venv/bin/python scripts/demo.py --output output
    make demo-postgis    # the same on a throw-away PostGIS server:
                         # scripts/demo.py --postgis --output output-postgis

Every step runs the plugin's own Processing algorithms, exactly as a GIS
officer would in the toolbox or with qgis_process:
  1. create a mine action database (GeoPackage, or a PostGIS schema);
  2. compute hazard polygons from the field survey tables, print closures;
  3. import the hazard records, survey points and the other field records;
  4. compute land release and print the national ledger (m²);
  5. apply it to the database (remaining hazards, status, release history)
     and write the land release statistics workbook (XLSX);
  6. export the field task orders (A4 PDF + PNG), the national overview, the
     national report (Article 7 tables and charts, PDF), the field forms
     (XLSForm), and import the bundled field submissions (KoBoToolbox, then
     ODK Central: the same ones, already imported);
  7. open the database in a QGIS project, styled, with its forms (and, for
     the GeoPackage, write that project).

With ``--postgis`` the database is a schema on a PostgreSQL/PostGIS cluster
that the demo starts under a temporary folder (tests/fixtures/postgis_server.py)
and removes at the end; every step is the same algorithm with a connection
and a schema instead of a file, and the PDFs are the same.
"""

import argparse
import contextlib
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


@contextlib.contextmanager
def programme_database(output, postgis):
    """(database, parameters): the demo's database as the store functions
    take it (a GeoPackage path or a DatabaseRef) and as the algorithms'
    parameters name it; a PostGIS server is started for it and stopped after."""
    if not postgis:
        path = str(output / "examplia.gpkg")
        yield path, {"DATABASE": path}
        return
    sys.path.append(str(ROOT / "tests" / "fixtures"))
    import secrets
    from postgis_server import PostgisServer
    from mine_action_mapper.store.reference import postgres_ref
    # the server MAM_TEST_PG_* name (the QGIS 3.40 suite's, in its chroot),
    # where the schema must be new; else a throw-away cluster of its own
    server = PostgisServer.from_environment()
    schema = "Examplia national"
    if server is None:
        server = PostgisServer.start()
    else:
        schema += " " + secrets.token_hex(4)
    with server:
        print("   PostGIS server on {}:{}".format(server.host, server.port))
        connection = server.conninfo()
        yield postgres_ref(connection, schema), {"CONNECTION": connection, "SCHEMA": schema}


def import_sample(where):
    """Steps 1-3: create the database ``where`` names and import the sample
    programme into it (the survey tables computed into hazard polygons first);
    returns the hazard polygons algorithm's results and the rows imported
    per table (also the tests' sample programme on either backend)."""
    from mine_action_mapper.store.importer import csv_layer
    run("createdatabase", dict(where, OUTPUT=where.get("DATABASE"), OVERWRITE=True,
                               OPEN=False))
    survey = run("hazardpolygonsfromsurvey", {
        "INPUT": csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False),
        "OUTPUT": "memory:", "POINTS": "memory:", "REPORT": "memory:"})

    imports = [
        ("hazards", csv_layer(str(SAMPLE / "hazards.csv"), True, "EPSG:4326"), survey["OUTPUT"]),
        ("survey_points", survey["POINTS"], None),
    ] + [(table, csv_layer(str(SAMPLE / (table + ".csv")), True, "EPSG:4326"), None)
         for table in ("land_release_activities", "eo_finds", "tasks", "site_points",
                       "access_routes", "accidents")]
    counts = []
    for table, source, geometries in imports:
        result = run("importrecords", dict(where, INPUT=source, TABLE=table,
                                           GEOMETRIES=geometries))
        counts.append((table, int(result["COUNT"])))
    del imports, source  # OGR layers must not outlive QGIS (freed at exitQgis: crash)
    return survey, counts


def import_field_submissions(where, photos):
    """The bundled field submissions (sample_data/field_submissions/): each
    form's KoBoToolbox export, then its ODK Central export of the same
    submissions, which changes nothing; their photos go to ``photos``."""
    from mine_action_mapper.store.features import python_value
    print("   field submissions (sample_data/field_submissions/):")
    for tool, extension in (("kobo", ".xlsx"), ("odk", ".zip")):
        for form in ("mam_hazard_report", "mam_activity_report", "mam_eo_spot_report"):
            result = run("importfieldsubmissions", dict(
                where, INPUT=str(SAMPLE / "field_submissions" / tool / (form + extension)),
                PHOTOS=str(photos), OUTPUT="memory:"))
            print("   {:<28} {} imported, {} rejected, {} already imported".format(
                tool + "/" + form + extension, int(result["ACCEPTED"]),
                int(result["REJECTED"]), int(result["SKIPPED"])))
            for feature in layer(result["OUTPUT"]).getFeatures():
                row = {name: python_value(feature[name]) for name in feature.fields().names()}
                if row["status"] == "rejected":
                    print("     {:<11} rejected: {}".format(row["record_id"], row["message"]))
                elif row["status"] == "accepted":
                    closure = "" if row["misclosure_m"] is None else \
                        "  misclosure {:.2f} m, {}, {}".format(
                            row["misclosure_m"], row["precision"], row["closure"])
                    kept = "  {} photo(s)".format(row["photos"]) if row["photos"] else ""
                    print("     {:<11} accepted{}{}".format(row["record_id"], closure, kept))
    print("   (activities, finds and survey points from the field await the national "
          "centre's review; photos in {})".format(photos))


def people_line(statistics):
    """The beneficiaries and casualties of every period, summed (the
    statistics tables count what was recorded, apart from what was not)."""
    totals = {}
    for key in ("BENEFICIARIES", "CASUALTIES"):
        for feature in statistics[key].getFeatures():
            name = (feature["outcome"] + " " if key == "CASUALTIES" else "") \
                + feature["category"]
            totals[(key, name)] = totals.get((key, name), 0) + int(feature["people"])
    return "beneficiaries: {}; casualties: {}".format(*(
        ", ".join("{} {}".format(count, name) for (table, name), count in totals.items()
                  if table == key) for key in ("BENEFICIARIES", "CASUALTIES")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="output", type=Path)
    parser.add_argument("--postgis", action="store_true",
                        help="on a throw-away PostgreSQL/PostGIS server")
    args = parser.parse_args()
    output = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    with programme_database(output, args.postgis) as (database, where):
        demo(output, database, where)
    app.exitQgis()


def demo(output, database, where):
    """Every step on ``database`` (path or DatabaseRef), named to the
    algorithms by the parameters ``where``."""
    from qgis.core import QgsProject, QgsVectorLayer
    from mine_action_mapper.styles.project import load_database

    survey, counts = import_sample(where)
    print("1. Created the mine action database: {}".format(database))
    print("2. Hazard polygons from the field survey tables")
    print_table(layer(survey["REPORT"]), [
        ("hazard", "hazard_id", "{:<11}"), ("points", "points", "{:>6}"),
        ("perimeter m", "perimeter_m", "{:>11.1f}"),
        ("misclosure m", "misclosure_m", "{:>12.2f}"),
        ("precision", "precision_text", "{:>9}"), ("result", "result", "{:>18}"),
        ("adjusted", "adjusted", "{!s:>8}"), ("declination", "declination_source", "{:>11}")])
    print("3. Importing the field records")
    for table, count in counts:
        print("   {:<26} {:>4} rows".format(table, count))
    del survey

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

    update = run("updatedatabase", dict(where))
    print("5. Updated the database: {} hazards updated, {} added, {} history rows".format(
        int(update["HAZARDS_UPDATED"]), int(update["HAZARDS_ADDED"]),
        int(update["HISTORY_ROWS"])))

    workbook = str(output / "land_release_statistics.xlsx")
    statistics = run("landreleasestatistics", dict(
        where, SPLIT=0, GROUP_BY=[0], WORKBOOK=workbook, RELEASED="memory:",
        REMAINING="memory:", REMAINING_AS_OF="memory:", EO="memory:",
        CONSISTENCY="memory:", BENEFICIARIES="memory:", TEAMS="memory:",
        CASUALTIES="memory:"))
    print("   land release statistics by year and region: " + statistics["WORKBOOK"])
    print("   " + people_line(statistics))
    quality = run("checkdatabase", dict(
        where, PROBLEMS=str(output / "quality_problems.gpkg"),
        PROBLEM_AREAS=str(output / "quality_problem_areas.gpkg"),
        SUMMARY=str(output / "quality_summary.csv")))
    summary = QgsVectorLayer(quality["SUMMARY"], "summary", "ogr")
    found = ["{} {}".format(feature["rule"], int(feature["count"]))
             for feature in summary.getFeatures() if feature["count"]]
    print("   data quality check, {} rules: {} ({})".format(
        summary.featureCount(), ", ".join(found) or "no problem", quality["PROBLEMS"]))

    orders = run("exporttaskorders", dict(
        where, TASKS=open_layer(database, "tasks"), PAPER=0, PNG=True,
        OUTPUT_FOLDER=str(output / "task_orders")))
    print("6. Task orders ({}):".format(int(orders["COUNT"])))
    for path in orders["FILES"].split(";"):
        print("   " + path)
    overview = str(output / "national_overview.pdf")
    run("exportoverview", dict(where, OUTPUT=overview,
                               AUTHORITY="Examplia Mine Action Centre (fictional)"))
    print("   national overview: " + overview)
    report = str(output / "national_report.pdf")
    run("exportnationalreport", dict(where, YEAR=2025, AS_OF="2025-12-31",
                                     COMPLETION_DATE="2030-12-31", OUTPUT=report,
                                     AUTHORITY="Examplia Mine Action Centre (fictional)"))
    print("   national report 2025 (APMBC and CCM Article 7): " + report)
    forms = run("exportfieldforms", dict(where, OUTPUT_FOLDER=str(output / "field_forms")))
    print("   field forms (XLSForm): " + forms["FILES"].replace(";", ", "))
    import_field_submissions(where, output / "field_photos")
    package = run("packageforqfield", dict(where, TASK="EX-TK-0001", OVERWRITE=True,
                                           OUTPUT=str(output / "qfield_EX-TK-0001")))
    print("   QField package ({} records, {} task order): {}".format(
        int(package["RECORDS"]), int(package["TASK_ORDERS"]), package["PROJECT"]))

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
    if "DATABASE" not in where:  # a project would name the throw-away server
        print("7. Opened the database in a QGIS project: {} layers".format(len(layers)))
        project.clear()
        return
    project_path = str(output / "examplia.qgz")
    project.write(project_path)
    print("7. Wrote the QGIS project: {}".format(project_path))


if __name__ == "__main__":
    main()
