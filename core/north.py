"""The three norths of a map sheet: true, grid and magnetic.

Angles (degrees, clockwise = east positive), at one position and date:

* declination δ (core.declination): magnetic north is δ east of true north;
* meridian convergence γ (core.coordinates.meridian_convergence): grid north
  is γ east of true north (grid bearing = true bearing − γ);
* grid–magnetic angle GMA = δ − γ: magnetic north is GMA east of grid north,
  so magnetic bearing = grid bearing − GMA.

A map drawn in the grid's CRS has grid north up the page. Measured clockwise
from the page's up direction, true north is at −γ and magnetic north at δ − γ.
Small angles are exaggerated the way printed maps do it: every angle is
multiplied by the same factor k ≥ 1, chosen so that the closest two arrows are
at least ``MIN_SEPARATION_DEG`` apart, but no arrow leans more than
``MAX_DRAWN_DEG``. One factor keeps the order and the proportions of the
arrows; the true values are printed beside the diagram
(layouts/declination_diagram.py draws it).
"""

from dataclasses import dataclass

from . import coordinates
from .declination import declination as compute_declination

MIN_SEPARATION_DEG = 10.0
MAX_DRAWN_DEG = 40.0
NATO_MILS_PER_DEGREE = 6400.0 / 360.0


@dataclass(frozen=True)
class NorthAngles:
    lon: float
    lat: float
    declination_deg: float  # δ, east positive
    convergence_deg: float  # γ, grid north east of true north positive
    model: str  # declination source (e.g. "WMM2025" or "manual")
    decimal_year: float
    grid_crs: str

    @property
    def grid_magnetic_deg(self):
        """GMA = δ − γ: magnetic north measured from grid north, east positive."""
        return self.declination_deg - self.convergence_deg

    def page_angles(self):
        """{'grid', 'true', 'magnetic'}: clockwise angle from the page's up
        direction (grid north) of each north, in degrees."""
        return {"grid": 0.0, "true": -self.convergence_deg,
                "magnetic": self.grid_magnetic_deg}


def north_angles(lon, lat, survey_date, grid_crs, manual_declination=None):
    """The three norths at (lon, lat) on ``survey_date`` for a map in ``grid_crs``."""
    result = compute_declination(lon, lat, survey_date, manual=manual_declination)
    return NorthAngles(lon, lat, result.degrees,
                       coordinates.meridian_convergence(lon, lat, grid_crs),
                       result.source, result.decimal_year, grid_crs)


def exaggeration(angles):
    """The one factor k ≥ 1 applied to every drawn angle (see module doc)."""
    values = sorted(set(round(value, 9) for value in angles))
    largest = max(abs(value) for value in values) if values else 0.0
    if largest == 0.0 or len(values) < 2:
        return 1.0
    closest = min(b - a for a, b in zip(values, values[1:]))
    factor = max(1.0, MIN_SEPARATION_DEG / closest) if closest > 0 else 1.0
    return max(1.0, min(factor, MAX_DRAWN_DEG / largest))


def drawn_angles(north):
    """({name: drawn angle}, factor k)."""
    angles = north.page_angles()
    factor = exaggeration(angles.values())
    return {name: value * factor for name, value in angles.items()}, factor


def mils(degrees):
    return degrees * NATO_MILS_PER_DEGREE
