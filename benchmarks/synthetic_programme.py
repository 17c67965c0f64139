"""Deterministic synthetic national programme for benchmarking land release.

Irregular star-shaped hazards of 1,000-500,000 m² scattered on a grid over a
country-sized box (no two overlap), and activities that overlap their hazard,
spill into neighbours, overlap each other or hit nothing. Same seed, same data.

    python benchmarks/synthetic_programme.py 2000 6000   # prints a summary
"""

import datetime
import math
import sys
from pathlib import Path

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import plugin_package  # noqa: E402  scripts/plugin_package.py

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"small": (2000, 6000), "medium": (20000, 60000), "large": (100000, 300000)}
LON0, LAT0 = 60.0, 30.0  # a dry, mid-latitude country
CELL_DEG = 0.012  # grid cell (about 1.3 km) holding at most one hazard


def import_core():
    """The plugin's core package under its installed name, whatever the checkout."""
    plugin_package.load()
    from mine_action_mapper.core import land_release
    return land_release


def _blob(rng, lon, lat, radius_m, vertices):
    """Irregular star-shaped polygon around (lon, lat), radius in metres."""
    angles = np.sort(rng.uniform(0, 2 * math.pi, vertices))
    radii = radius_m * rng.uniform(0.6, 1.0, vertices)
    dx = radii * np.cos(angles) / (111320.0 * math.cos(math.radians(lat)))
    dy = radii * np.sin(angles) / 110574.0
    return shapely.Polygon(np.c_[lon + dx, lat + dy])


def generate(n_hazards, n_activities, seed=7):
    """(hazards, activities) as land_release dataclasses."""
    lr = import_core()
    rng = np.random.default_rng(seed)
    columns = int(math.ceil(math.sqrt(n_hazards)))
    cells = rng.permutation(columns * columns)[:n_hazards]
    start = datetime.date(2010, 1, 1)
    hazards, centres = [], []
    for k, cell in enumerate(cells):
        row, col = divmod(int(cell), columns)
        lat = LAT0 + (row + 0.5) * CELL_DEG + rng.uniform(-0.002, 0.002)
        lon = LON0 + (col + 0.5) * CELL_DEG + rng.uniform(-0.002, 0.002)
        area = math.exp(rng.uniform(math.log(1000), math.log(500000)))
        radius = math.sqrt(area / math.pi) / 0.8
        geometry = _blob(rng, lon, lat, radius, int(rng.integers(8, 24)))
        hazards.append(lr.Hazard("HZ-%06d" % k, geometry, "CHA" if rng.random() < 0.3 else "SHA",
                                 start + datetime.timedelta(days=int(rng.integers(0, 1500))),
                                 "open"))
        centres.append((lon, lat, radius))
    activities = []
    outcomes = [("nts", "cancelled"), ("nts", "confirmed"), ("ts", "reduced_ta"),
                ("ts", "reduced_nta"), ("ts", "confirmed"), ("clearance", "cleared")]
    weights = np.array([0.25, 0.05, 0.2, 0.1, 0.05, 0.35])
    for k in range(n_activities):
        kind, outcome = outcomes[rng.choice(len(outcomes), p=weights)]
        target = int(rng.integers(0, n_hazards))
        lon, lat, radius = centres[target]
        hazard = hazards[target]
        roll = rng.random()
        if roll < 0.05:  # hits nothing: placed in an empty gap of the grid
            lat += CELL_DEG / 2
            lon += CELL_DEG / 2
            spread = 0.1
        elif roll < 0.12:  # large: spills across into neighbouring hazards
            spread = 6.0
        else:
            spread = rng.uniform(0.3, 0.9)
        offset = radius * rng.uniform(-0.7, 0.7, 2)
        geometry = _blob(rng, lon + offset[0] / 111320.0 / math.cos(math.radians(lat)),
                         lat + offset[1] / 110574.0, radius * spread,
                         int(rng.integers(6, 16)))
        day = hazard.date_of_information + datetime.timedelta(days=int(rng.integers(-30, 2500)))
        link = hazard.hazard_id if roll >= 0.12 and rng.random() < 0.6 else None
        activities.append(lr.Activity("AC-%07d" % k, kind, outcome, day, geometry, link,
                                      "ORG-%d" % rng.integers(1, 6)))
    return hazards, activities


if __name__ == "__main__":
    n_h, n_a = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else SIZES["small"]
    hazards, activities = generate(n_h, n_a)
    from mine_action_mapper.core.geodesy import area_m2
    areas = [area_m2(h.geometry) for h in hazards[:1000]]
    print("%d hazards, %d activities; hazard area m² min %.0f max %.0f (first 1000)"
          % (len(hazards), len(activities), min(areas), max(areas)))
