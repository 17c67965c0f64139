"""Benchmark: Check mine action database vs QGIS's native checks.

Not a unit test. Writes the synthetic programme (benchmarks/
synthetic_programme.py) into a mine action GeoPackage, then times, in the
same process:

* **the check**: reading every table (``store.quality_io``) and every rule
  (``core.quality.check``: GEOS validity, vertices, parts, IDs, codes,
  dates, links, coverage, overlaps, closures);
* **the peer**, what a practised QGIS user runs for the part of it QGIS has:
  ``qgis:checkvalidity`` (GEOS method) on hazards and activities, and
  ``native:removeduplicatesbyattribute`` by ID on both (its DUPLICATES
  output: duplicate IDs). Not ``native:aggregate`` by ID: in QGIS 3.22 its
  time grows with the square of the number of groups (unique IDs: 2k 3.0 s,
  4k 11.0 s, 8k 45.7 s), so at 20k / 60k it ran for over 20 minutes.

The ratio is check ÷ peer; the check does far more than the peer.

    .venv/bin/python benchmarks/bench_quality.py [small medium]   # medium: 20k/60k
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic_programme  # noqa: E402


def _write(path, hazards, activities):
    from qgis.core import QgsFeature
    from mine_action_mapper.store.database import create_geopackage, open_layer
    from mine_action_mapper.store.features import from_shapely
    create_geopackage(path)
    for table, rows in (("hazards", [
            {"hazard_id": h.hazard_id, "hazard_class": h.hazard_class, "status": h.status,
             "date_of_information": h.date_of_information, "geometry": h.geometry}
            for h in hazards]), ("land_release_activities", [
            {"activity_id": a.activity_id, "activity_type": a.activity_type,
             "outcome": a.outcome, "end_date": a.end_date, "hazard_id": a.hazard_id,
             "organisation": a.organisation, "geometry": a.geometry} for a in activities])):
        layer = open_layer(path, table)
        features = []
        for row in rows:
            feature = QgsFeature(layer.fields())
            for name, value in row.items():
                if name != "geometry":
                    feature[name] = value.isoformat() if hasattr(value, "isoformat") else value
            geometry = from_shapely(row["geometry"])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            features.append(feature)
        assert layer.dataProvider().addFeatures(features)[0]


def _check(path):
    """({rule: count}, {(table, record ID)} of the invalid polygons, G01)."""
    from mine_action_mapper.core.quality import check
    from mine_action_mapper.store import quality_io
    problems = quality_io.check_database(path, quality_io.thresholds(path, 5000.0, 0.9, 1.0))
    return ({rule.code: count for rule, count in check.summary(problems) if count},
            {(p.table, p.record_id) for p in problems if p.code == "G01"})


def _checkvalidity():
    from qgis.core import QgsApplication
    native = QgsApplication.processingRegistry().algorithmById("native:checkvalidity")
    return "native:checkvalidity" if native else "qgis:checkvalidity"


def _peer(path):
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext
    from mine_action_mapper.store.database import open_layer
    context = QgsProcessingContext()  # the peer must not stop at an invalid polygon
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    invalid = set()
    for table, key in (("hazards", "hazard_id"), ("land_release_activities", "activity_id")):
        layer = open_layer(path, table)
        result = processing.run(_checkvalidity(), {
            "INPUT_LAYER": layer, "METHOD": 2, "VALID_OUTPUT": "memory:",
            "INVALID_OUTPUT": "memory:", "ERROR_OUTPUT": "memory:"}, context=context)
        invalid |= {(table, feature[key]) for feature in result["INVALID_OUTPUT"].getFeatures()}
        processing.run("native:removeduplicatesbyattribute", {
            "INPUT": layer, "FIELDS": [key], "OUTPUT": "memory:", "DUPLICATES": "memory:"},
                       context=context)
    return invalid


def main(argv):
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    synthetic_programme.import_core()
    for size in argv or ["small", "medium"]:
        n_h, n_a = synthetic_programme.SIZES[size]
        hazards, activities = synthetic_programme.generate(n_h, n_a)
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, "bench.gpkg")
            _write(path, hazards, activities)
            start = time.perf_counter()
            counts, ours_invalid = _check(path)
            ours = time.perf_counter() - start
            start = time.perf_counter()
            invalid = _peer(path)
            peer = time.perf_counter() - start
        print("{size}: {h} hazards, {a} activities: check {ours:.1f} s, native checkvalidity "
              "+ duplicates {peer:.1f} s, ratio {ratio:.2f}; problems {counts}; native "
              "invalid {invalid}, the same polygons as G01: {same}; load {load:.1f}".format(
                  size=size, h=n_h, a=n_a, ours=ours, peer=peer, ratio=ours / peer,
                  counts=counts, invalid=len(invalid), same=invalid == ours_invalid,
                  load=os.getloadavg()[0]))
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1:])
