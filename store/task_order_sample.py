"""A demonstration database of the sample programme, ready for task orders.

Used by the task order tests, the benchmark and the documentation renders.
It imports ``sample_data/*.csv`` with ``store.importer`` (the one import
path); the surveyed hazards, whose CSV rows carry no geometry, get the
polygon of their survey table computed with ``core.traverse``
(unadjusted), the digitised hazard keeps its own.

``copies`` > 1 replicates every task with its hazard, survey, site points
and routes, shifted by ``offset_deg`` in longitude per copy (IDs get a
``-Cnn`` suffix): sample-like data in any quantity, for the benchmark.
"""

import csv
import os
import tempfile

from shapely import affinity, wkt as shapely_wkt

from ..core.traverse import CLOSE_ON_START, CLOSE_UNMEASURED, Leg, compute_traverse
from .database import create_geopackage, open_layer
from .importer import csv_layer, import_records

SAMPLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "sample_data")
TABLES = ("hazards", "survey_points", "land_release_activities", "eo_finds", "tasks",
          "site_points", "access_routes")


def _rows(table):
    with open(os.path.join(SAMPLE_DIR, table + ".csv"), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _number(text):
    return float(text) if text not in (None, "") else None


def surveyed_polygons():
    """{hazard_id: lon/lat polygon} computed from survey_points.csv."""
    by_hazard = {}
    for row in _rows("survey_points"):
        by_hazard.setdefault(row["hazard_id"], []).append(row)
    polygons = {}
    for hazard_id, rows in by_hazard.items():
        rows.sort(key=lambda row: int(row["point_no"]))
        benchmark = next(row for row in rows if row["point_type"] == "benchmark")
        legs = [Leg(int(row["point_no"]), row["point_type"], int(row["from_point"]),
                    row["bearing_text"] or row["bearing"], float(row["distance_m"]),
                    row["bearing_unit"] or "deg", row["north_reference"] or "magnetic",
                    _number(row["slope_deg"]))
                for row in rows if row["point_type"] != "benchmark"]
        manual = next((_number(row["declination_deg"]) for row in rows
                       if row["declination_deg"]), None)
        result = compute_traverse(benchmark["coord_entered"], legs,
                                  survey_date=benchmark["survey_date"] or None,
                                  declination_deg=manual, grid_crs=_grid_crs(benchmark),
                                  closing=CLOSE_ON_START if any(
                                      row["point_type"] == "end" for row in rows)
                                  else CLOSE_UNMEASURED)
        polygons[hazard_id] = result.polygon
    return polygons


def _grid_crs(benchmark):
    from ..core.coordinates import lonlat_to_utm, parse_position
    return lonlat_to_utm(*parse_position(benchmark["coord_entered"])).crs


def _shift_wkt(text, dx):
    if not text:
        return text
    return shapely_wkt.dumps(affinity.translate(shapely_wkt.loads(text), xoff=dx),
                             rounding_precision=7)


def _suffix(value, copy):
    return value if copy == 0 or not value else "{}-C{:02d}".format(value, copy)


def _replicate(table, rows, copies, offset_deg):
    out = []
    for copy in range(copies):
        dx = copy * offset_deg
        for row in rows:
            row = dict(row)
            for key in ("hazard_id", "task_id", "activity_id", "find_id"):
                if key in row:
                    row[key] = _suffix(row[key], copy)
            if "wkt" in row:
                row["wkt"] = _shift_wkt(row["wkt"], dx)
            if table == "survey_points" and row["point_type"] == "benchmark" and copy:
                # benchmarks are recorded in various formats; shifted copies use lat, lon
                from ..core.coordinates import parse_position
                lon, lat = parse_position(row["coord_entered"])
                row["coord_entered"] = "{:.7f}, {:.7f}".format(lat, lon + dx)
            out.append(row)
    return out


def build_sample_database(path, copies=1, offset_deg=0.05):
    """Create the database at ``path`` and return it."""
    create_geopackage(path, overwrite=True)
    polygons = surveyed_polygons()
    folder = tempfile.mkdtemp(prefix="mam-sample-")
    lookups = open_layer(path, "lookups")
    for table in TABLES:
        rows = _rows(table)
        rows = _replicate(table, rows, copies, offset_deg)
        csv_path = os.path.join(folder, table + ".csv")
        with open(csv_path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
            writer.writeheader()
            writer.writerows(rows)
        geometry_by_key = None
        if table == "hazards":
            geometry_by_key = {}
            for copy in range(copies):
                for hazard_id, polygon in polygons.items():
                    geometry_by_key[_suffix(hazard_id, copy)] = affinity.translate(
                        polygon, xoff=copy * offset_deg)
        source = csv_layer(csv_path, with_geometry="wkt" in rows[0], crs="EPSG:4326")
        import_records(source, open_layer(path, table), table, lookups, geometry_by_key)
    return path
