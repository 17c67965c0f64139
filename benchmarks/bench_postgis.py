"""Benchmark: the national database on PostGIS against the same on GeoPackage.

Not a unit test. The land release benchmark's synthetic programme
(``synthetic_programme.generate``: 20,000 hazards and 60,000 activities, or
2,000 / 6,000 with ``--small``) goes into a fresh mine action database on
each backend, and the same steps run on both, through the plugin's own
algorithms, as an officer runs them:

1. *Import records*: the hazards, then the activities (validated, all or nothing);
2. *Compute land release* on the database's layers (outputs in memory);
3. *Update mine action database* (the engine's changes written in one transaction);
4. opening the database in a project (``styles.project.load_database``: every
   layer, its stored style and form, the value relations rewired).

The peer of each step is the GeoPackage run of the same algorithm in the
same process: the ratio printed is PostGIS ÷ GeoPackage (target ≤ 2). The
PostGIS server is a throw-away cluster on this machine
(tests/fixtures/postgis_server.py: fsync off, like a test server; a
production server writes more safely and sits across a network), or the one
MAM_TEST_PG_* names. A step that fails is reported with its error, and the
benchmark goes on.

    .venv/bin/python benchmarks/bench_postgis.py [--small | --open-only]

``--open-only`` times only opening (step 4), on a 200-hazard / 600-activity
programme imported untimed: what opening costs is set up per layer (its
source, style and form), hardly by the rows, so it can be measured in
minutes on a busy machine.
"""

import datetime
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

import synthetic_programme  # noqa: E402

STEPS = ("import", "compute", "update", "open")


def _start_qgis():
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


def _layers(hazards, activities):
    """The programme as two memory layers with the data model's field names
    (what an officer imports from a spreadsheet or an IMSMA export)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate
    import shapely

    def polygonal(shape):
        """The generator's stars may cross themselves (the engine repairs
        them, the import refuses them): repaired here, as an officer would."""
        parts = shapely.get_parts(shapely.make_valid(shape))
        return shapely.MultiPolygon([part for part in parts
                                     if isinstance(part, shapely.Polygon)])

    def layer(uri, name, rows):
        made = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&" + uri, name, "memory")
        features = []
        for values, shape in rows:
            feature = QgsFeature(made.fields())
            feature.setAttributes(values)
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(polygonal(shape)))
            feature.setGeometry(geometry)
            features.append(feature)
        assert made.dataProvider().addFeatures(features)[0]
        return made

    def day(value):
        return QDate(value.year, value.month, value.day)
    return (
        layer("field=hazard_id:string&field=hazard_class:string&field=status:string"
              "&field=date_of_information:date", "hazards",
              [([h.hazard_id, h.hazard_class, h.status, day(h.date_of_information)],
                h.geometry) for h in hazards]),
        layer("field=activity_id:string&field=activity_type:string&field=outcome:string"
              "&field=end_date:date&field=hazard_id:string&field=organisation:string",
              "activities",
              [([a.activity_id, a.activity_type, a.outcome, day(a.end_date), a.hazard_id,
                 a.organisation], a.geometry) for a in activities]))


def _timed(row, step, work, repeat=1):
    """The median seconds of ``repeat`` runs of ``work`` into row[step]."""
    import processing  # noqa: F401 (QGIS's, loaded by _start_qgis)
    times = []
    for _run in range(repeat):
        start = time.perf_counter()
        try:
            work()
        except Exception as error:  # noqa: BLE001 (reported, the other steps still run)
            row[step] = "failed: " + " ".join(str(error).split())[:160]
            return
        times.append(time.perf_counter() - start)
    row[step] = sorted(times)[len(times) // 2]


def run_backend(name, where, database, hazards_layer, activities_layer, echo=True,
                steps=STEPS):
    """{step: seconds or 'failed: ...'} of one backend: ``steps`` timed, the
    others before them run untimed."""
    import processing
    from qgis.core import QgsProject
    from mine_action_mapper.store.database import open_layer
    from mine_action_mapper.styles.project import load_database
    processing.run("mineaction:createdatabase", dict(where, OUTPUT=where.get("DATABASE"),
                                                     OVERWRITE=True, OPEN=False))
    row = {"backend": name}

    def import_both():
        for table, source in (("hazards", hazards_layer),
                              ("land_release_activities", activities_layer)):
            processing.run("mineaction:importrecords", dict(where, INPUT=source, TABLE=table))

    def compute():
        processing.run("mineaction:computelandrelease", {
            "HAZARDS": open_layer(database, "hazards"),
            "ACTIVITIES": open_layer(database, "land_release_activities"),
            "REMAINING": "memory:", "RELEASED": "memory:", "LEDGER": "memory:",
            "HISTORY": "memory:", "QA": "memory:"})

    def update():
        processing.run("mineaction:updatedatabase", dict(where))

    def open_project():
        project = QgsProject()
        _group, layers = load_database(database, project)
        if not layers["hazards"].featureCount():
            raise RuntimeError("no hazards loaded")
        project.clear()

    for step, work in zip(STEPS, (import_both, compute, update, open_project)):
        if step not in steps:
            if step == "import":  # the data the timed steps need
                work()
            continue
        _timed(row, step, work, repeat=5 if steps != STEPS else 1)  # open-only: median of 5
        if echo:
            print("  {:<8} {:<8} {}".format(name, step, _cell(row[step])), flush=True)
    return row


def _cell(value):
    return "%.2f s" % value if isinstance(value, float) else value


def main():
    # a benchmark stopped with kill still stops its cluster (the with below)
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    small = "--small" in sys.argv
    steps = ("open",) if "--open-only" in sys.argv else STEPS
    n_hazards, n_activities = (200, 600) if steps != STEPS else \
        synthetic_programme.SIZES["small" if small else "medium"]
    synthetic_programme.import_core()
    app, _provider = _start_qgis()  # noqa: F841 (must stay alive)
    from postgis_server import PostgisServer
    from mine_action_mapper.store.reference import postgres_ref
    print("{} hazards, {} activities".format(n_hazards, n_activities), flush=True)
    warm_up = _layers(*synthetic_programme.generate(50, 150))
    hazards, activities = synthetic_programme.generate(n_hazards, n_activities)
    hazards_layer, activities_layer = _layers(hazards, activities)
    server = PostgisServer.from_environment() or PostgisServer.start()
    schemas = []
    with server, tempfile.TemporaryDirectory(prefix="mam-bench-postgis-") as folder:
        def both(size, layers, echo):
            path = os.path.join(folder, "{}.gpkg".format(size))
            schemas.append("bench {} {}".format(size, os.getpid()))
            ref = postgres_ref(server.conninfo(), schemas[-1])
            return [run_backend("gpkg", {"DATABASE": path}, path, *layers, echo=echo,
                                steps=steps),
                    run_backend("postgis", {"CONNECTION": server.conninfo(),
                                            "SCHEMA": schemas[-1]}, ref, *layers, echo=echo,
                                steps=steps)]
        both("warm-up", warm_up, False)  # the first run of each step pays for imports
        rows = both("national", (hazards_layer, activities_layer), True)
        if not server.owned:  # a shared server: leave it as it was
            connection = server.connect()
            with connection, connection.cursor() as cursor:
                for schema in schemas:
                    cursor.execute('DROP SCHEMA "{}" CASCADE'.format(schema.replace('"', '""')))
                    cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s",
                                   (schema,))
            connection.close()
    gpkg, pg = rows
    print()
    print("| step ({} hazards / {} activities) | GeoPackage s | PostGIS s | "
          "PostGIS ÷ GeoPackage |".format(n_hazards, n_activities))
    print("|---|---|---|---|")
    for step in steps:
        ratio = "%.2f" % (pg[step] / gpkg[step]) if all(
            isinstance(row[step], float) for row in rows) else "n/a"
        print("| {} | {} | {} | {} |".format(step, _cell(gpkg[step]), _cell(pg[step]), ratio))
    print("\npeer: the GeoPackage run of the same algorithm in the same process; "
          "PostGIS on a local throw-away cluster. machine: %d cores, load %.1f; run %s"
          % (os.cpu_count(), os.getloadavg()[0],
             datetime.datetime.now().isoformat(timespec="minutes")))
    del hazards_layer, activities_layer, warm_up
    app.exitQgis()


if __name__ == "__main__":
    main()
