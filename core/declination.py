"""Magnetic declination at the survey date, from the World Magnetic Model.

A compass bearing becomes a true bearing by adding the declination (east
positive) that held **when the survey was made**; records can be decades old,
so the model is chosen by date, never "the current one". ``pygeomag`` (pure
Python, NOAA coefficients) does the computation:

    2010-2014 WMM2010, 2015-2019 WMM2015v2, 2020-2024 WMM2020, 2025-2029 WMM2025

WMM2015v2 is NOAA's out-of-cycle reissue of WMM2015 (2019), which replaced the
original for the whole 2015-2020 span after unexpected field changes near the
north pole; using the original would knowingly apply the superseded model.
Dates outside 2010-2029 have no model here: the user must enter the
declination by hand. A manual value always wins; the result records which
source was used so it can be stored with the survey.
"""

import datetime
import math
from dataclasses import dataclass
from functools import lru_cache

from .dates import to_date
from .i18n import translate
from .errors import MineActionError

MANUAL = "manual"

#: (first year, last year, pygeomag coefficient file, name recorded)
MODELS = (
    (2010, 2014, "wmm/WMM_2010.COF", "WMM2010"),
    (2015, 2019, "wmm/WMM_2015v2.COF", "WMM2015v2"),
    (2020, 2024, "wmm/WMM_2020.COF", "WMM2020"),
    (2025, 2029, "wmm/WMM_2025.COF", "WMM2025"),
)


@dataclass(frozen=True)
class Declination:
    degrees: float  # east positive: true bearing = magnetic bearing + degrees
    source: str  # model name (e.g. "WMM2020") or "manual"
    decimal_year: float = None  # survey date used with a model; None when manual


def decimal_year(when):
    """date / datetime / decimal year -> decimal year (2022-07-02 -> 2022.5)."""
    if isinstance(when, str):
        try:
            when = to_date(when)
        except ValueError:
            pass
    if isinstance(when, datetime.datetime):
        when = when.date()
    if isinstance(when, datetime.date):
        start = datetime.date(when.year, 1, 1)
        length = (datetime.date(when.year + 1, 1, 1) - start).days
        return when.year + (when - start).days / length
    if isinstance(when, (int, float)) and not isinstance(when, bool):
        return float(when)
    raise MineActionError(translate("Declination", "cannot read survey date \"{value}\"")
                          .format(value=when), field="survey_date")


@lru_cache(maxsize=None)
def _geomag(coefficients_file):
    from pygeomag import GeoMag  # imported lazily: only needed for magnetic bearings
    return GeoMag(coefficients_file=coefficients_file)


def model_for(year):
    """(coefficient file, model name) valid for decimal ``year``, or None."""
    for first, last, coefficients, name in MODELS:
        if first <= year < last + 1:
            return coefficients, name
    return None


def declination(lon, lat, survey_date=None, manual=None, altitude_km=0.0):
    """Declination to apply at (lon, lat) for a survey made on ``survey_date``.

    ``manual`` (degrees, east positive) overrides the model. Without it,
    ``survey_date`` must fall in a model's span, or MineActionError asks for
    a manual value.
    """
    if manual is not None:
        value = float(manual)
        if not (math.isfinite(value) and -180.0 <= value <= 180.0):
            raise MineActionError(translate(
                "Declination", "manual declination {value} must be between -180 and 180 degrees")
                .format(value=manual), field="declination_deg")
        return Declination(value, MANUAL)
    if survey_date is None:
        raise MineActionError(translate(
            "Declination", "magnetic bearings need the survey date to compute the declination, "
            "or a declination entered by hand"), field="survey_date")
    year = decimal_year(survey_date)
    model = model_for(year)
    if model is None:
        raise MineActionError(translate(
            "Declination", "no World Magnetic Model covers the survey date {date} (models cover "
            "{first} to {last}): enter the declination at the survey date by hand")
            .format(date=survey_date, first=MODELS[0][0], last=MODELS[-1][1]),
            field="declination_deg")
    coefficients, name = model
    return Declination(_model_degrees(coefficients, lon, lat, altitude_km, year), name, year)


@lru_cache(maxsize=256)
def _model_degrees(coefficients, lon, lat, altitude_km, year):
    """The model's declination, computed once per place and date: the
    survey dock asks for the same benchmark's value on every edit."""
    result = _geomag(coefficients).calculate(glat=lat, glon=lon, alt=altitude_km, time=year)
    return float(result.d)
