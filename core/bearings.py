"""Compass bearings as field teams write them, and back again.

Accepted text (unit ``deg``): decimal degrees (``45.5``, ``45,5``), DMS with
any of the usual marks (``45°30'15"``, ``45º30′15″``, ``45d30m15s``) or plain
separators (``45 30 15``, ``45-30-15``, ``45:30:15``), and quadrant bearings
(``N 45°30' E``, ``S12.5W``). Grads and mils (NATO 6400, Warsaw Pact 6000 per
circle) are plain numbers in their unit. Only the last DMS component may carry
decimals.

Field notations also read: mils followed by the word (``2060 mils``,
``2060mil``); Warsaw-Pact mils written hundreds-dash-units (``37-60`` is 3760
in unit ``mil_wp``); and a north mark after a degree, minute or second sign
(``133°T`` true, ``133°M`` magnetic, ``133°G`` grid). A north mark that
contradicts the ``north_reference`` the caller states is refused. A bearing must lie in [0, full circle): 360° (6400 mils) is rejected
rather than silently read as north, because the schema stores the same range.

Nothing is guessed: an unreadable or out-of-range value raises
``MineActionError`` naming the point and the value as written.
"""

import math
import re

from . import angles
from .i18n import translate
from .errors import MineActionError
from .vocabulary import BEARING_UNIT, NORTH_REFERENCE, UNITS_PER_CIRCLE

_QUADRANT = re.compile(r"^(?P<ns>[NS])\s*(?P<angle>.*?)\s*(?P<ew>[EW])$", re.IGNORECASE)
_NORTH_MARK = re.compile(r"^(?P<angle>.*[°º˚'′’\"″”])\s*(?P<mark>[TMG])$", re.IGNORECASE)
_NORTH_OF_MARK = {"T": "true", "M": "magnetic", "G": "grid"}
_MILS_WORD = re.compile(r"^(?P<number>.*?\d)\s*mils?$", re.IGNORECASE)
_WP_DASH = re.compile(r"^(?P<hundreds>\d{1,2})\s*-\s*(?P<units>\d{2})$")


def _fail(point, problem):
    """Raise the error for point ``point`` (None when not in a table)."""
    if point is None:
        raise MineActionError(problem, field="bearing")
    raise MineActionError(
        translate("Bearings", "Point {point}: {problem}").format(point=point, problem=problem),
        feature=point, field="bearing")


def _check_unit(unit, point):
    if unit not in UNITS_PER_CIRCLE:
        _fail(point, translate("Bearings", "unknown bearing unit \"{unit}\" (expected one of {units})")
              .format(unit=unit, units=", ".join(BEARING_UNIT.codes())))


def _angle_in_degrees(text, original, point):
    """A non-negative angle in decimal degrees or DMS; None if unreadable."""
    try:
        return angles.parse_unsigned_angle(text)
    except angles.AngleFormatError as error:
        if error.kind == angles.UNREADABLE:
            return None
        if error.kind == angles.MINUTES:
            problem = translate("Bearings", "bearing \"{value}\": minutes must be less than 60")
        elif error.kind == angles.SECONDS:
            problem = translate("Bearings", "bearing \"{value}\": seconds must be less than 60")
        else:
            problem = translate("Bearings", "bearing \"{value}\": only the last part of a "
                                "degrees-minutes-seconds value may have decimals")
        _fail(point, problem.format(value=original))


def north_mark(text):
    """(angle text, north reference code) of ``133°T``-style text, else (text, None)."""
    match = _NORTH_MARK.match(text)
    if match is None:
        return text, None
    return match.group("angle").strip(), _NORTH_OF_MARK[match.group("mark").upper()]


def _mil_notation(text, unit):
    """``2060 mils`` -> ``2060``; ``37-60`` (mil_wp) -> ``3760``; else unchanged."""
    match = _MILS_WORD.match(text)
    if match is not None:
        text = match.group("number").strip()
    dash = _WP_DASH.match(text) if unit == "mil_wp" else None
    if dash is not None:
        text = dash.group("hundreds") + dash.group("units")
    return text


def parse_bearing(value, unit="deg", point=None, north_reference=None):
    """Bearing ``value`` (text or number) in ``unit`` -> decimal degrees [0, 360).

    ``point`` is the survey point number used in error messages. The north
    reference is the caller's business: this only reads the angle. When
    ``north_reference`` is given, a north mark in the text (``133°T``) must
    agree with it.
    """
    _check_unit(unit, point)
    circle = UNITS_PER_CIRCLE[unit]
    if value is None or (isinstance(value, str) and not value.strip()):
        _fail(point, translate("Bearings", "the bearing is missing"))
    if isinstance(value, bool):
        _fail(point, translate("Bearings", "bearing \"{value}\" is not a number").format(value=value))
    if isinstance(value, (int, float)):
        number = float(value)
        original = value
    else:
        original = str(value)
        text, marked = north_mark(original.strip())
        if marked is not None and north_reference is not None and marked != north_reference:
            _fail(point, translate("Bearings", "bearing \"{value}\" is marked {marked}, but the north "
                                   "reference is {reference}").format(
                value=original, marked=NORTH_REFERENCE.label(marked),
                reference=NORTH_REFERENCE.label(north_reference)))
        if unit != "deg":
            text = _mil_notation(text, unit)
        quadrant = _QUADRANT.match(text)
        if quadrant and unit == "deg":
            return _quadrant_to_azimuth(quadrant, original, point)
        if quadrant:
            _fail(point, translate("Bearings", "bearing \"{value}\": quadrant bearings must be "
                                   "written in degrees, not {unit}").format(
                                       value=original, unit=BEARING_UNIT.label(unit)))
        if text.startswith("-"):
            _fail(point, translate("Bearings", "bearing \"{value}\" is negative").format(value=original))
        if unit == "deg":
            number = _angle_in_degrees(text, original, point)
        else:
            number = angles.number(text) if angles.is_decimal(text) else None
        if number is None:
            _fail(point, translate("Bearings", "cannot read bearing \"{value}\" as {unit}")
                  .format(value=original, unit=BEARING_UNIT.label(unit)))
    if not math.isfinite(number):
        _fail(point, translate("Bearings", "bearing \"{value}\" is not a number").format(value=original))
    if number < 0 or number >= circle:
        _fail(point, translate("Bearings", "bearing \"{value}\" is out of range: it must be at least 0 "
                               "and less than {circle:g} {unit}")
              .format(value=original, circle=circle, unit=BEARING_UNIT.label(unit)))
    return to_degrees(number, unit)


def _quadrant_to_azimuth(match, original, point):
    angle = _angle_in_degrees(match.group("angle").strip(), original, point)
    if angle is None:
        _fail(point, translate("Bearings", "cannot read the angle of quadrant bearing \"{value}\"")
              .format(value=original))
    if angle > 90:
        _fail(point, translate("Bearings", "quadrant bearing \"{value}\": the angle must not exceed 90°")
              .format(value=original))
    ns, ew = match.group("ns").upper(), match.group("ew").upper()
    azimuth = {("N", "E"): angle, ("S", "E"): 180.0 - angle,
               ("S", "W"): 180.0 + angle, ("N", "W"): 360.0 - angle}[(ns, ew)]
    return azimuth % 360.0


def to_degrees(value, unit):
    """``value`` in ``unit`` -> degrees (no range check)."""
    return float(value) * 360.0 / UNITS_PER_CIRCLE[unit]


def from_degrees(degrees, unit):
    """Degrees -> ``unit``, normalised to [0, full circle)."""
    circle = UNITS_PER_CIRCLE[unit]
    value = (float(degrees) % 360.0) * circle / 360.0
    return 0.0 if value >= circle else value


def normalize(degrees):
    """Any angle in degrees -> [0, 360)."""
    value = float(degrees) % 360.0
    return 0.0 if value >= 360.0 else value


def format_dms(degrees, second_decimals=0, pad=True):
    """Azimuth -> ``045°30'15"`` (``pad`` gives three-digit degrees)."""
    d, m, s = angles.split_dms(normalize(degrees), second_decimals)
    d %= 360
    seconds = angles.seconds_text(s, second_decimals)
    return f"{d:03d}°{m:02d}'{seconds}\"" if pad else f"{d}°{m:02d}'{seconds}\""


def format_quadrant(degrees, second_decimals=0):
    """Azimuth -> quadrant bearing such as ``N 45°30'15" E``."""
    azimuth = normalize(degrees)
    if azimuth <= 90:
        ns, ew, angle = "N", "E", azimuth
    elif azimuth <= 180:
        ns, ew, angle = "S", "E", 180.0 - azimuth
    elif azimuth < 270:
        ns, ew, angle = "S", "W", azimuth - 180.0
    else:
        ns, ew, angle = "N", "W", 360.0 - azimuth
    d, m, s = angles.split_dms(angle, second_decimals)
    return f"{ns} {d}°{m:02d}'{angles.seconds_text(s, second_decimals)}\" {ew}"


def format_bearing(degrees, unit="deg", decimals=None):
    """Azimuth in degrees -> text in ``unit``: decimal degrees, grads or mils.

    Default decimals: 2 for degrees and grads, 0 for mils (a compass reads to
    about 1 mil). Rounding that reaches a full circle is written as 0.
    """
    circle = UNITS_PER_CIRCLE[unit]
    if decimals is None:
        decimals = 0 if unit.startswith("mil") else 2
    value = round(from_degrees(degrees, unit), decimals)
    if value >= circle:
        value = 0.0
    return f"{value:.{decimals}f}"
