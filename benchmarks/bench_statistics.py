"""Benchmark: land release statistics vs the practised QGIS chain.

Not a unit test. The synthetic programme of bench_land_release.py (20,000
hazards / 60,000 activities; ``--small``: 2,000 / 6,000), each hazard in one
of 12 regions. The engine replays it once (both sides need its release
history; timed for reference only). Then, from that history:

* **statistics** (ours): ``core.land_release_stats`` by year and region,
  all five tables (released by method, remaining SHA/CHA at each year's end
  and at the as-of date, EO, consistency rows);
* **practised chain** (the peer): the release history as a QGIS layer,
  ``native:extractbyattribute`` (event = released),
  ``native:joinattributestable`` (the hazard's region) and
  ``native:aggregate`` grouped by year, region and outcome (sum of area_m2):
  only the released table, which is all a native chain gives directly.

Prints both times, the ratio statistics ÷ practised, and the largest
difference between the two released tables (m²).

    .venv/bin/python benchmarks/bench_statistics.py [--small]
"""

import datetime
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic_programme  # noqa: E402
from bench_land_release import _start_qgis  # noqa: E402

REGIONS = 12


def _history_layer(history):
    from qgis.core import QgsFeature, QgsVectorLayer
    layer = QgsVectorLayer("None?field=hazard_id:string&field=event_date:date"
                           "&field=event:string&field=outcome:string&field=area_m2:double",
                           "release_history", "memory")
    features = []
    for event in history:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([event.hazard_id, event.event_date.isoformat(), event.event,
                               event.outcome, event.area_m2])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _regions_layer(regions):
    from qgis.core import QgsFeature, QgsVectorLayer
    layer = QgsVectorLayer("None?field=hazard_id:string&field=region:string", "hazards",
                           "memory")
    features = []
    for hazard_id, region in regions.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([hazard_id, region])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _practised_chain(history_layer, regions_layer):
    """{(year, region, outcome): m²} and seconds."""
    import processing
    start = time.perf_counter()
    released = processing.run("native:extractbyattribute", {
        "INPUT": history_layer, "FIELD": "event", "OPERATOR": 0, "VALUE": "released",
        "OUTPUT": "memory:"})["OUTPUT"]
    joined = processing.run("native:joinattributestable", {
        "INPUT": released, "FIELD": "hazard_id", "INPUT_2": regions_layer,
        "FIELD_2": "hazard_id", "FIELDS_TO_COPY": ["region"], "METHOD": 1,
        "OUTPUT": "memory:"})["OUTPUT"]
    table = processing.run("native:aggregate", {
        "INPUT": joined,
        "GROUP_BY": "array(year(\"event_date\"), \"region\", \"outcome\")",
        "AGGREGATES": [
            {"aggregate": "first_value", "delimiter": ",", "input": "year(\"event_date\")",
             "length": 0, "name": "year", "precision": 0, "type": 2},
            {"aggregate": "first_value", "delimiter": ",", "input": "\"region\"",
             "length": 0, "name": "region", "precision": 0, "type": 10},
            {"aggregate": "first_value", "delimiter": ",", "input": "\"outcome\"",
             "length": 0, "name": "outcome", "precision": 0, "type": 10},
            {"aggregate": "sum", "delimiter": ",", "input": "\"area_m2\"",
             "length": 0, "name": "area_m2", "precision": 0, "type": 6}],
        "OUTPUT": "memory:"})["OUTPUT"]
    seconds = time.perf_counter() - start
    return {(int(f["year"]), f["region"], f["outcome"]): f["area_m2"]
            for f in table.getFeatures()}, seconds


def main(small):
    n_hazards, n_activities = synthetic_programme.SIZES["small" if small else "medium"]
    lr = synthetic_programme.import_core()
    from mine_action_mapper.core import land_release_stats as stats
    hazards, activities = synthetic_programme.generate(n_hazards, n_activities)
    start = time.perf_counter()
    result = lr.release_land(hazards, activities)
    engine_s = time.perf_counter() - start
    regions = {h.hazard_id: "R%02d" % (k % REGIONS) for k, h in enumerate(hazards)}
    as_of = max(e.event_date for e in result.history)

    start = time.perf_counter()
    events = stats.release_events(e.as_record() for e in result.history)
    accounts = stats.hazard_accounts(
        result.ledger, events, {key: {"region": value} for key, value in regions.items()},
        information_days={h.hazard_id: h.date_of_information for h in hazards})
    tables = stats.land_release_statistics(
        accounts, events, [], stats.periods(datetime.date(2010, 1, 1), as_of, "year"),
        as_of, ["region"])
    ours_s = time.perf_counter() - start

    app = _start_qgis()  # noqa: F841 (must stay alive)
    peer, peer_s = _practised_chain(_history_layer(result.history), _regions_layer(regions))
    worst = 0.0
    for row in tables["released"]:
        for outcome in stats.RELEASING:
            theirs = peer.get((int(row["period"]), row["region"], outcome), 0.0)
            worst = max(worst, abs(row[outcome + "_m2"] - theirs))
    imbalance = max(abs(r["difference_m2"]) for r in tables["consistency"])
    print("%d hazards / %d activities, %d history events; engine %.2f s (reference)"
          % (n_hazards, n_activities, len(result.history), engine_s))
    print("| statistics s (5 tables) | practised chain s (released table) | "
          "statistics ÷ practised | released Δ m² (max) | consistency Δ m² (max) | load |")
    print("|---|---|---|---|---|---|")
    print("| %.2f | %.2f | %.2f | %.6f | %.6f | %.1f |" % (
        ours_s, peer_s, ours_s / peer_s, worst, imbalance, os.getloadavg()[0]))


if __name__ == "__main__":
    main("--small" in sys.argv)
