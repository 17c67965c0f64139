"""The main job, end to end, on the bundled (fictional) sample programme.

    make demo            # or: .venv/bin/python scripts/demo.py --output output

Every step runs the plugin's own Processing algorithms, exactly as a GIS
officer would in the toolbox or with qgis_process:
  1. create a mine action database (GeoPackage);
  2. compute hazard polygons from the field survey tables, print closures;
  3. import the hazard records, survey points and the other field records;
  4. write a QGIS project that opens the database styled, with its forms.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def start_qgis():
    """A headless QgsApplication with Processing and the plugin's provider."""
    import importlib.util
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    spec = importlib.util.spec_from_file_location(
        "mine_action_mapper", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["mine_action_mapper"] = package
    spec.loader.exec_module(package)
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="output", type=Path)
    args = parser.parse_args()
    output = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    from qgis.core import QgsProject
    from mine_action_mapper.store.importer import csv_layer
    from mine_action_mapper.store.project import load_database

    database = str(output / "examplia.gpkg")
    run("createdatabase", {"OUTPUT": database, "OVERWRITE": True, "OPEN": False})
    print("1. Created the mine action database: {}".format(database))

    print("2. Hazard polygons from the field survey tables")
    survey = run("hazardpolygonsfromsurvey", {
        "INPUT": csv_layer(str(SAMPLE / "survey_points.csv"), with_geometry=False),
        "POLYGONS": "memory:", "POINTS": "memory:", "REPORT": "memory:"})
    report = survey["REPORT"]
    if isinstance(report, str):
        report = QgsProject.instance().mapLayer(report)
    print("   {:<12} {:>6} {:>12} {:>13} {:>8} {:>8}".format(
        "hazard", "points", "perimeter m", "misclosure m", "1:N", "closure"))
    for feature in report.getFeatures():
        print("   {:<12} {:>6} {:>12.1f} {:>13.2f} {:>8} {:>8}".format(
            feature["hazard_id"], feature["points"], feature["perimeter_m"],
            feature["misclosure_m"], "-" if not feature["precision"] else
            int(feature["precision"]), feature["status"]))

    print("3. Importing the field records")
    imports = [
        ("hazards", csv_layer(str(SAMPLE / "hazards.csv"), True), survey["POLYGONS"]),
        ("survey_points", survey["POINTS"], None),
    ] + [(table, csv_layer(str(SAMPLE / (table + ".csv")), True), None)
         for table in ("land_release_activities", "eo_finds", "tasks", "site_points",
                       "access_routes")]
    for table, source, geometries in imports:
        result = run("importrecords", {"INPUT": source, "DATABASE": database,
                                       "TABLE": table, "GEOMETRIES": geometries})
        print("   {:<26} {:>4} rows".format(table, int(result["COUNT"])))

    project_path = str(output / "examplia.qgz")
    project = QgsProject.instance()
    project.clear()
    _group, layers = load_database(database, project)
    project.setCrs(layers["hazards"].crs())
    project.setEllipsoid("WGS84")
    project.write(project_path)
    print("4. Wrote the QGIS project: {}".format(project_path))
    app.exitQgis()


if __name__ == "__main__":
    main()
