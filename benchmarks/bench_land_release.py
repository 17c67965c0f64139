"""Benchmark: land release engine vs QGIS's native overlay chain.

Not a unit test. For each size a fresh subprocess generates the synthetic
programme, runs ``core.land_release.release_land`` (full chronological
accounting) and then, in the same process, the peer: QGIS native algorithms
through ``processing.run`` (dissolve releasing activities, then difference and
intersection with the hazards; the dissolved layer is split into single parts
first so their spatial index works), which computes only remaining and released
land. Both are measured the same way (densified, ``geodesy.area_m2``).

Agreement is checked on a comparable run of the engine (activities unlinked
and dated after every hazard record, since the native chain knows neither).
Memory is the subprocess's peak RSS: after generating the input, after the
engine (the figure the < 2 GB target is about) and at the end (QGIS loaded).
The peer is skipped at "large" (on the 2-core test machine it had not
finished after 17 min there) unless ``--peer-large`` is given.

    /work/main/.venv/bin/python benchmarks/bench_land_release.py [small medium large]
"""

import dataclasses
import datetime
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic_programme  # noqa: E402


def _maxrss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms
    Processing.initialize()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    return app


def _memory_layer(name, geometries):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    import shapely
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    features = []
    for wkb in shapely.to_wkb(geometries):
        feature = QgsFeature()
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _ground_m2(layer):
    import shapely
    from mine_action_mapper.core.geodesy import areas_m2
    from mine_action_mapper.core.polygon_ops import densify
    wkbs = [bytes(f.geometry().asWkb()) for f in layer.getFeatures() if f.hasGeometry()]
    return float(areas_m2(densify(shapely.from_wkb(wkbs))).sum()) if wkbs else 0.0


def _native_chain(hazard_geometries, releasing_geometries):
    import processing
    hazards = _memory_layer("hazards", hazard_geometries)
    activities = _memory_layer("activities", releasing_geometries)
    start = time.perf_counter()
    dissolved = processing.run("native:dissolve", {
        "INPUT": activities, "OUTPUT": "memory:"})["OUTPUT"]
    # one multipolygon of thousands of parts defeats the overlay's spatial
    # index; splitting it is what a practised user does (and far faster)
    dissolved = processing.run("native:multiparttosingleparts", {
        "INPUT": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    remaining = processing.run("native:difference", {
        "INPUT": hazards, "OVERLAY": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    released = processing.run("native:intersection", {
        "INPUT": hazards, "OVERLAY": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    seconds = time.perf_counter() - start
    return seconds, _ground_m2(released), _ground_m2(remaining)


def _comparable(activities, hazards):
    """What the native chain can express: unlinked, after every record."""
    last = max(h.date_of_information for h in hazards)
    return [dataclasses.replace(a, hazard_id=None, end_date=max(a.end_date, last))
            for a in activities]


def run_one(n_hazards, n_activities, peer=True, agreement=True):
    lr = synthetic_programme.import_core()
    hazards, activities = synthetic_programme.generate(n_hazards, n_activities)
    input_rss = _maxrss_mb()
    start = time.perf_counter()
    result = lr.release_land(hazards, activities)
    engine_s = time.perf_counter() - start
    engine_rss = _maxrss_mb()
    row = dict(hazards=n_hazards, activities=n_activities, engine_s=engine_s,
               input_peak_mb=input_rss, engine_peak_mb=engine_rss, flags=len(result.flags),
               released_m2=sum(r.released_m2 for r in result.ledger.values()),
               remaining_m2=sum(r.remaining_m2 for r in result.ledger.values()))
    del result
    if peer:
        import numpy as np
        from mine_action_mapper.core.vocabulary import RELEASING_OUTCOMES
        app = _start_qgis()  # noqa: F841 (must stay alive)
        import shapely
        # the peer gets repaired input too (the engine repairs with make_valid)
        geoms = shapely.make_valid(np.array([h.geometry for h in hazards], dtype=object))
        releasing = shapely.make_valid(np.array(
            [a.geometry for a in activities if a.outcome in RELEASING_OUTCOMES],
            dtype=object))
        peer_s, peer_released, peer_remaining = _native_chain(geoms, releasing)
        row.update(peer_s=peer_s, ratio=peer_s / engine_s,
                   peer_released_m2=peer_released, peer_remaining_m2=peer_remaining)
        if agreement:
            same = lr.release_land(hazards, _comparable(activities, hazards))
            released = sum(r.released_m2 for r in same.ledger.values())
            remaining = sum(r.remaining_m2 for r in same.ledger.values())
            row.update(agree_released_pct=100 * abs(released - peer_released) / peer_released,
                       agree_remaining_pct=100 * abs(remaining - peer_remaining) / peer_remaining)
    row["process_peak_mb"] = _maxrss_mb()
    return row


def main(names):
    rows = []
    for name in names:
        n_h, n_a = synthetic_programme.SIZES[name]
        peer = name != "large" or "--peer-large" in sys.argv
        out = subprocess.run([sys.executable, __file__, "--one", str(n_h), str(n_a),
                              "1" if peer else "0"], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            continue
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print()
    print("| hazards / activities | engine s | native chain s | native/engine | "
          "peak MB: input / engine / process | released Δ % | remaining Δ % |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        fmt = lambda key, f="%.2f": (f % r[key]) if key in r else "n/a"  # noqa: E731
        print("| %d / %d | %s | %s | %s | %s / %s / %s | %s | %s |" % (
            r["hazards"], r["activities"], fmt("engine_s"), fmt("peer_s"), fmt("ratio"),
            fmt("input_peak_mb", "%.0f"), fmt("engine_peak_mb", "%.0f"),
            fmt("process_peak_mb", "%.0f"),
            fmt("agree_released_pct", "%.4f"), fmt("agree_remaining_pct", "%.4f")))
    print("\nmachine: %d cores, %s; run %s" % (os.cpu_count(), sys.version.split()[0],
                                              datetime.datetime.now().isoformat(timespec="minutes")))


if __name__ == "__main__":
    if "--one" in sys.argv:
        i = sys.argv.index("--one")
        row = run_one(int(sys.argv[i + 1]), int(sys.argv[i + 2]), sys.argv[i + 3] == "1")
        print(json.dumps(row))
    else:
        main([a for a in sys.argv[1:] if not a.startswith("--")] or ["small", "medium"])
