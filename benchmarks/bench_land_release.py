"""Benchmark: land release engine vs the practised QGIS native chain.

Not a unit test. For each size a fresh subprocess generates the synthetic
programme, runs ``core.land_release.release_land`` (full chronological
accounting) and then, in the same process, the peers through
``processing.run``, which compute only remaining and released land:

* **practised chain** (the main peer, the ratio is engine ÷ practised):
  ``native:difference`` (hazards − releasing activities) and
  ``native:intersection`` (hazards ∩ releasing activities) directly against
  the raw activities, then ``native:dissolve`` of the intersection by hazard
  ID. It is how a practised QGIS user gets remaining and released land per
  hazard (issue 12): the overlays build their own spatial index over the
  activities, so each hazard meets only the few activities near it, and the
  dissolve only merges pieces of one hazard. Nothing is dissolved globally.
* **global dissolve** (second column, the benchmark's former peer): dissolve
  every releasing activity into one layer, split it into single parts (so
  the overlays' spatial index works), then difference and intersection.
  It grows faster than linearly and is skipped at "large" (> 17 min on the
  2-core machine) unless ``--global-large`` is given.

Both peers get the same repaired input as the engine, run in memory layers,
and are measured the same way (densified, ``geodesy.area_m2``). Agreement is
checked on a comparable run of the engine (activities unlinked and dated
after every hazard record, since the native chains know neither): released
and remaining m², engine vs each peer. Memory is the subprocess's peak RSS:
after generating the input, after the engine, and at the end (QGIS loaded).

``--baseline REVISION`` also runs the engine of an older git revision on the
same input in the same process, right after this one (then this one again:
the wall and CPU times given are the median of two runs each), and prints
this engine ÷ that one; their results are compared row by row (areas to
1e-6 relative) and the largest area difference printed.

    .venv/bin/python benchmarks/bench_land_release.py [small medium large] [--global-large]
        [--baseline REVISION]

(run from the checkout; it sets ``QT_QPA_PLATFORM=offscreen`` itself).
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE.parent / "tests" / "fixtures"))

import plugin_package  # noqa: E402  scripts/plugin_package.py
import synthetic_programme  # noqa: E402


def _maxrss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms
    Processing.initialize()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    return app


def _memory_layer(name, geometries, ids=None):
    """A memory layer of ``geometries``; ``ids`` fill a ``hazard_id`` field."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    import shapely
    uri = "MultiPolygon?crs=EPSG:4326" + ("&field=hazard_id:string" if ids is not None else "")
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for k, wkb in enumerate(shapely.to_wkb(geometries)):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        if ids is not None:
            feature.setAttributes([ids[k]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _ground_m2(layer):
    import shapely
    from mine_action_mapper.core.geodesy import areas_m2
    from mine_action_mapper.core.polygon_ops import densify
    wkbs = [bytes(f.geometry().asWkb()) for f in layer.getFeatures() if f.hasGeometry()]
    return float(areas_m2(densify(shapely.from_wkb(wkbs))).sum()) if wkbs else 0.0


def _practised_chain(hazards, activities):
    """Difference and intersection against the raw activities, then the
    intersection dissolved by hazard ID: (seconds, CPU seconds, released m²,
    remaining m²)."""
    import processing
    start, cpu = time.perf_counter(), time.process_time()
    remaining = processing.run("native:difference", {
        "INPUT": hazards, "OVERLAY": activities, "OUTPUT": "memory:"})["OUTPUT"]
    pieces = processing.run("native:intersection", {
        "INPUT": hazards, "OVERLAY": activities, "INPUT_FIELDS": ["hazard_id"],
        "OUTPUT": "memory:"})["OUTPUT"]
    released = processing.run("native:dissolve", {
        "INPUT": pieces, "FIELD": ["hazard_id"], "OUTPUT": "memory:"})["OUTPUT"]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return seconds, cpu, _ground_m2(released), _ground_m2(remaining)


def _global_dissolve_chain(hazards, activities):
    """The former peer: every activity dissolved into one layer first."""
    import processing
    start, cpu = time.perf_counter(), time.process_time()
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
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return seconds, cpu, _ground_m2(released), _ground_m2(remaining)


def _comparable(activities, hazards):
    """What the native chains can express: unlinked, after every record."""
    last = max(h.date_of_information for h in hazards)
    return [dataclasses.replace(a, hazard_id=None, end_date=max(a.end_date, last))
            for a in activities]


def _delta_pct(ours, theirs):
    return 100 * abs(ours - theirs) / theirs if theirs else 0.0


def _timed(engine, hazards, activities):
    start, cpu = time.perf_counter(), time.process_time()
    result = engine.release_land(hazards, activities)
    return result, time.perf_counter() - start, time.process_time() - cpu


def _largest_difference(rows, baseline_rows):
    """The largest relative area difference between two results' rows
    (``land_release_reference.rows``); raises if any other value differs."""
    largest = 0.0
    for table, old in baseline_rows.items():
        new = rows[table]
        if len(new) != len(old):
            raise AssertionError("%s: %d rows, baseline %d" % (table, len(new), len(old)))
        for row, twin in zip(new, old):
            for value, expected in zip(row, twin):
                if isinstance(expected, float) and isinstance(value, float):
                    largest = max(largest, abs(value - expected) / max(abs(expected), 1.0))
                elif value != expected:
                    raise AssertionError("%s: %r, baseline %r" % (table, row, twin))
    if largest > 1e-6:
        raise AssertionError("areas differ by %g relative" % largest)
    return largest


def _baseline(row, lr, hazards, activities, result, revision, folder):
    """This engine ÷ the engine at git ``revision``, on the same input."""
    import importlib
    import statistics
    import land_release_reference
    old = importlib.import_module(plugin_package.load_revision(revision, folder)
                                  + ".core.land_release")

    def fields(record):
        return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    old_hazards = [old.Hazard(**fields(h)) for h in hazards]
    old_activities = [old.Activity(**fields(a)) for a in activities]
    rows = land_release_reference.rows(result)
    del result
    old_result, old_s, old_cpu_s = _timed(old, old_hazards, old_activities)
    row["largest_area_difference"] = _largest_difference(
        rows, land_release_reference.rows(old_result))
    del old_result, rows
    again, new_s, new_cpu_s = _timed(lr, hazards, activities)
    del again
    old_again, old_s2, old_cpu_s2 = _timed(old, old_hazards, old_activities)
    del old_again
    engine_s = statistics.median([row["engine_s"], new_s])
    engine_cpu_s = statistics.median([row["engine_cpu_s"], new_cpu_s])
    row.update(baseline=revision, engine_median_s=engine_s, engine_median_cpu_s=engine_cpu_s,
               baseline_s=statistics.median([old_s, old_s2]),
               baseline_cpu_s=statistics.median([old_cpu_s, old_cpu_s2]))
    row["baseline_ratio"] = engine_s / row["baseline_s"]
    row["baseline_cpu_ratio"] = engine_cpu_s / row["baseline_cpu_s"]


def run_one(n_hazards, n_activities, global_peer=True, baseline=None):
    lr = synthetic_programme.import_core()
    hazards, activities = synthetic_programme.generate(n_hazards, n_activities)
    input_rss = _maxrss_mb()
    result, engine_s, engine_cpu_s = _timed(lr, hazards, activities)
    engine_rss = _maxrss_mb()
    row = dict(hazards=n_hazards, activities=n_activities, engine_s=engine_s,
               engine_cpu_s=engine_cpu_s, load=os.getloadavg()[0],
               input_peak_mb=input_rss, engine_peak_mb=engine_rss, flags=len(result.flags))
    if baseline:
        import tempfile
        with tempfile.TemporaryDirectory(prefix="mam-bench-land-release-") as folder:
            _baseline(row, lr, hazards, activities, result, baseline, folder)
    del result
    import numpy as np
    import shapely
    from mine_action_mapper.core.vocabulary import RELEASING_OUTCOMES
    app = _start_qgis()  # noqa: F841 (must stay alive)
    # the peers get repaired input too (the engine repairs with make_valid)
    hazard_layer = _memory_layer("hazards", shapely.make_valid(np.array(
        [h.geometry for h in hazards], dtype=object)), [h.hazard_id for h in hazards])
    activity_layer = _memory_layer("activities", shapely.make_valid(np.array(
        [a.geometry for a in activities if a.outcome in RELEASING_OUTCOMES], dtype=object)))
    same = lr.release_land(hazards, _comparable(activities, hazards))
    released = sum(r.released_m2 for r in same.ledger.values())
    remaining = sum(r.remaining_m2 for r in same.ledger.values())
    del same
    peers = [("practised", _practised_chain)]
    if global_peer:
        peers.append(("global", _global_dissolve_chain))
    for name, chain in peers:
        seconds, cpu, peer_released, peer_remaining = chain(hazard_layer, activity_layer)
        row.update({name + "_s": seconds, name + "_ratio": engine_s / seconds,
                    name + "_cpu_s": cpu,
                    name + "_released_pct": _delta_pct(released, peer_released),
                    name + "_remaining_pct": _delta_pct(remaining, peer_remaining)})
    row["process_peak_mb"] = _maxrss_mb()
    return row


def main(names, baseline=None):
    rows = []
    for name in names:
        n_h, n_a = synthetic_programme.SIZES[name]
        global_peer = name != "large" or "--global-large" in sys.argv
        out = subprocess.run([sys.executable, __file__, "--one", str(n_h), str(n_a),
                              "1" if global_peer else "0"]
                             + (["--baseline", baseline] if baseline else []),
                             capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            continue
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print()
    columns = [
        ("hazards / activities", lambda r: "%d / %d" % (r["hazards"], r["activities"])),
        ("engine s", "engine_s"), ("practised chain s", "practised_s"),
        ("engine ÷ practised", "practised_ratio"),
        ("CPU s engine / practised", ("engine_cpu_s", "practised_cpu_s")),
        ("global-dissolve chain s", "global_s"), ("engine ÷ global", "global_ratio"),
        ("peak MB: input / engine / process",
         ("input_peak_mb", "engine_peak_mb", "process_peak_mb")),
        ("released Δ % practised / global", ("practised_released_pct", "global_released_pct")),
        ("remaining Δ % practised / global",
         ("practised_remaining_pct", "global_remaining_pct")),
        ("load", "load")]

    def cell(row, keys):
        if callable(keys):
            return keys(row)
        keys = (keys,) if isinstance(keys, str) else keys
        formats = {"_pct": "%.4f", "_mb": "%.0f", "load": "%.1f", "cpu_s": "%.1f"}
        return " / ".join(
            next((f for end, f in formats.items() if key.endswith(end)), "%.2f") % row[key]
            if key in row else "n/a" for key in keys)

    print("| " + " | ".join(name for name, _keys in columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(cell(row, keys) for _name, keys in columns) + " |")
    if baseline:
        print("\n| hazards / activities | engine s (CPU s) | %s s (CPU s) | ratio wall / CPU "
              "| largest area difference |\n|---|---|---|---|---|" % baseline)
        for row in rows:
            print("| %d / %d | %.2f (%.1f) | %.2f (%.1f) | %.3f / %.3f | %.1e |" % (
                row["hazards"], row["activities"], row["engine_median_s"],
                row["engine_median_cpu_s"], row["baseline_s"], row["baseline_cpu_s"],
                row["baseline_ratio"], row["baseline_cpu_ratio"],
                row["largest_area_difference"]))
    print("\nmachine: %d cores (load: 1-min load average when the engine finished), %s; run %s"
          % (os.cpu_count(), sys.version.split()[0],
             datetime.datetime.now().isoformat(timespec="minutes")))

if __name__ == "__main__":
    args = sys.argv[1:]
    revision = None
    if "--baseline" in args:
        i = args.index("--baseline")
        revision = args[i + 1]
        del args[i:i + 2]
    if "--one" in args:
        i = args.index("--one")
        row = run_one(int(args[i + 1]), int(args[i + 2]), args[i + 3] == "1", revision)
        print(json.dumps(row))
    else:
        main([a for a in args if not a.startswith("--")] or ["small", "medium"], revision)
