"""Positions as exchanged in mine action: lat/lon, UTM and MGRS; grid convergence.

Everything is WGS84 and returns (lon, lat) in that order (x, y), like the
rest of the core. UTM goes through pyproj; MGRS is built here on top of UTM
(the 100 km square letters of the WGS84 "AA" lettering scheme). UPS (polar
MGRS, beyond 84°N / 80°S) is not supported: no mine action programme needs it.

Conventions, chosen so nothing is guessed:

* lat/lon text: two coordinates separated by a comma, semicolon, slash or
  spaces; each decimal or DMS with symbols (``12°30'15.2"``), a hemisphere
  letter before or after, or a minus sign. Without letters the order is
  latitude then longitude (ISO 6709). Decimal commas are not accepted here,
  because the comma separates the two coordinates.
* UTM text: ``zone letter easting northing``. The letter is a latitude band
  (the MGRS / military convention, ``42S 515000 3820000`` is in Afghanistan);
  the band is checked against the position. ``N`` means northern hemisphere
  either way. For the southern hemisphere write a band letter C–M or the word:
  ``33 south 500000 6000000``.
* MGRS: any precision from 0 to 8 digit pairs, spaces optional. A reference
  names a square; ``mgrs_to_lonlat`` returns its south-west corner unless
  ``centre=True``. Shortening always truncates, never rounds, so the shortened
  square still contains the point. The zone, the latitude band and the 100 km
  square must agree (the square lies in its band and its zone) or the
  reference is refused. A wrong band that names a real square elsewhere (row
  letters repeat every 2000 km) cannot be told from a right one here; the
  survey algorithm's benchmark plausibility check catches those.
"""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pyproj import Proj, Transformer

from . import angles
from .i18n import translate
from .errors import MineActionError

BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8° bands from 80°S; X spans 72–84°N
_COLUMN_SETS = ("STUVWXYZ", "ABCDEFGH", "JKLMNPQR")  # by zone % 3
_ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"


@dataclass(frozen=True)
class UtmPosition:
    zone: int
    northern: bool
    band: str  # latitude band letter of the position
    easting: float
    northing: float

    @property
    def crs(self):
        return utm_crs(self.zone, self.northern)


def _fail(point, problem, field="coordinates"):
    if point is None:
        raise MineActionError(problem, field=field)
    raise MineActionError(
        translate("Coordinates", "Point {point}: {problem}").format(point=point, problem=problem),
        feature=point, field=field)


def _check_lonlat(lon, lat, original, point):
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        _fail(point, translate("Coordinates", "position \"{value}\": latitude {lat} is outside "
                               "-90..90").format(value=original, lat=lat))
    if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
        _fail(point, translate("Coordinates", "position \"{value}\": longitude {lon} is outside "
                               "-180..180").format(value=original, lon=lon))


# ---------------------------------------------------------------- UTM


def utm_zone(lon, lat):
    """UTM zone number, with the Norway (32V) and Svalbard (31X–37X) exceptions."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        return 32
    if 72.0 <= lat <= 84.0 and 0.0 <= lon < 42.0:
        return 31 if lon < 9 else 33 if lon < 21 else 35 if lon < 33 else 37
    return zone


def latitude_band(lat):
    """MGRS latitude band letter; None outside 80°S–84°N (UPS areas)."""
    if lat < -80.0 or lat > 84.0:
        return None
    return BANDS[min(int(math.floor((lat + 80.0) / 8.0)), len(BANDS) - 1)]


def _band_limits(band):
    index = BANDS.index(band)
    south = -80.0 + 8.0 * index
    return south, (84.0 if band == "X" else south + 8.0)


def utm_crs(zone, northern):
    """EPSG code of a WGS84 UTM zone, e.g. ``EPSG:32633``."""
    return f"EPSG:{(32600 if northern else 32700) + int(zone)}"


@lru_cache(maxsize=64)
def _transformer(crs):
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def lonlat_to_utm(lon, lat, zone=None):
    """(lon, lat) -> UtmPosition in its own zone (or in ``zone`` if forced)."""
    band = latitude_band(lat)
    if band is None:
        raise MineActionError(translate(
            "Coordinates", "latitude {lat} is outside the UTM area (80°S to 84°N)").format(lat=lat))
    zone = zone or utm_zone(lon, lat)
    northern = lat >= 0
    easting, northing = _transformer(utm_crs(zone, northern)).transform(lon, lat)
    return UtmPosition(zone, northern, band, easting, northing)


def utm_to_lonlat(zone, northern, easting, northing):
    """UTM -> (lon, lat)."""
    lon, lat = _transformer(utm_crs(zone, northern)).transform(
        easting, northing, direction="INVERSE")
    return lon, lat


def format_utm(lon, lat, decimals=0):
    """``42S 515000 3820000``: zone, latitude band, easting, northing (rounded)."""
    utm = lonlat_to_utm(lon, lat)
    return f"{utm.zone}{utm.band} {utm.easting:.{decimals}f} {utm.northing:.{decimals}f}"


_UTM = re.compile(
    r"^(?P<zone>\d{1,2})\s*(?P<letter>[C-HJ-NP-X]|north|south)\s*[, ]\s*"
    r"(?P<e>\d+(?:\.\d+)?)\s*m?\s*E?\s*[, ]\s*(?P<n>\d+(?:\.\d+)?)\s*m?\s*N?$", re.IGNORECASE)


def parse_utm(text, point=None):
    """UTM text (see module doc) -> (lon, lat); None if it does not look like UTM."""
    match = _UTM.match(text.strip())
    if not match:
        return None
    zone = int(match.group("zone"))
    letter = match.group("letter").upper()
    easting, northing = float(match.group("e")), float(match.group("n"))
    if not 1 <= zone <= 60:
        _fail(point, translate("Coordinates", "UTM \"{value}\": zone {zone} does not exist (1 to 60)")
              .format(value=text, zone=zone))
    if not (100000.0 <= easting <= 900000.0) or not (0.0 <= northing <= 10000000.0):
        _fail(point, translate("Coordinates", "UTM \"{value}\": easting must be 100000 to 900000 m "
                               "and northing 0 to 10000000 m").format(value=text))
    if letter in ("NORTH", "SOUTH", "N"):
        return utm_to_lonlat(zone, letter != "SOUTH", easting, northing)
    northern = letter >= "N"
    lon, lat = utm_to_lonlat(zone, northern, easting, northing)
    south, north = _band_limits(letter)
    if not south - 1e-4 <= lat <= north + 1e-4:
        _fail(point, translate(
            "Coordinates", "UTM \"{value}\": band {band} covers latitudes {south:g}° to {north:g}° "
            "but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as "
            "\"{zone} north\" or \"{zone} south\"").format(
                value=text, band=letter, south=south, north=north, lat=lat, zone=zone))
    return lon, lat


# ---------------------------------------------------------------- MGRS


def lonlat_to_mgrs(lon, lat, precision=5, sep=" "):
    """(lon, lat) -> MGRS with ``precision`` digits per axis (0..8), truncated.

    ``sep`` goes between zone+band, square and the two digit groups.
    """
    if not 0 <= precision <= 8:
        raise MineActionError(translate("Coordinates", "MGRS precision must be 0 to 8 digits, not "
                                        "{precision}").format(precision=precision))
    utm = lonlat_to_utm(lon, lat)
    # letters and digits from the same values, the projection's float noise
    # (below 10 nm) rounded away from the easting first: on a central meridian
    # it is 500,000 m, not 499,999.9999999993. Not from the northing: a point
    # a nanometre south of the equator has a northing just below 10,000,000 m
    # (row V), which rounding would carry into the next square (row A)
    easting, northing = round(utm.easting, 8), utm.northing
    if utm.band < "N" and northing >= 10_000_000.0:
        # less than a nanometre south, in band M: the false northing absorbed
        # the offset into the equator's 10,000,000 m, band N's square
        northing = math.nextafter(10_000_000.0, 0.0)
    column = _COLUMN_SETS[utm.zone % 3][int(easting // 100000) - 1]
    row = _ROW_LETTERS[(int(northing // 100000) + (5 if utm.zone % 2 == 0 else 0)) % 20]
    parts = [f"{utm.zone:02d}{utm.band}", column + row]
    if precision:
        scale = 10 ** (precision - 5)
        # round away float noise (4.9999999 m is 5 m) but never past the
        # 100 km square the letters name (99,999.9999999 m stays 99,999)
        top = 10 ** precision - 1
        east = min(math.floor(round((easting % 100000) * scale, 6)), top)
        north = min(math.floor(round((northing % 100000) * scale, 6)), top)
        parts += [f"{east:0{precision}d}", f"{north:0{precision}d}"]
    return sep.join(parts)


_MGRS = re.compile(
    r"^(?P<zone>\d{1,2})\s*(?P<band>[C-HJ-NP-X])\s*(?P<col>[A-HJ-NP-Z])\s*(?P<row>[A-HJ-NP-V])"
    r"\s*(?P<d1>\d*)\s*(?P<d2>\d*)$", re.IGNORECASE)


def _mgrs_parts(text, point, shown=None):
    """Validated (zone, band, column, row, east_digits, north_digits) or None;
    messages quote ``shown`` (the reference as the user wrote it) or ``text``."""
    match = _MGRS.match(text.strip())
    if not match:
        return None
    zone = int(match.group("zone"))
    band, col, row = (match.group(k).upper() for k in ("band", "col", "row"))
    d1, d2 = match.group("d1"), match.group("d2")
    if d2:
        east, north = d1, d2
    else:
        east, north = d1[:len(d1) // 2], d1[len(d1) // 2:]
    text = shown or text
    if len(east) != len(north) or len(east) > 8:
        _fail(point, translate("Coordinates", "MGRS \"{value}\": the easting and northing must "
                               "have the same number of digits (at most 8 each)").format(value=text))
    if not 1 <= zone <= 60:
        _fail(point, translate("Coordinates", "MGRS \"{value}\": zone {zone} does not exist (1 to 60)")
              .format(value=text, zone=zone))
    if col not in _COLUMN_SETS[zone % 3]:
        _fail(point, translate("Coordinates", "MGRS \"{value}\": square column letter {letter} is not "
                               "used in zone {zone}").format(value=text, letter=col, zone=zone))
    return zone, band, col, row, east, north


def mgrs_to_lonlat(text, point=None, centre=False):
    """MGRS -> (lon, lat) of the square's south-west corner (or centre)."""
    parts = _mgrs_parts(text, point)
    if parts is None:
        _fail(point, translate("Coordinates", "cannot read MGRS reference \"{value}\"").format(value=text))
    return _mgrs_position(text, parts, point, centre)


def _zone_limits(zone, band):
    """(west, east) longitudes of a grid zone, with the Norway and Svalbard
    exceptions; None when the zone does not exist in that band (32X, 34X, 36X)."""
    if band == "V" and zone in (31, 32):
        return (0.0, 3.0) if zone == 31 else (3.0, 12.0)
    if band == "X" and 31 <= zone <= 37:
        return {31: (0.0, 9.0), 33: (9.0, 21.0), 35: (21.0, 33.0), 37: (33.0, 42.0)}.get(zone)
    west = -180.0 + 6.0 * (zone - 1)
    return west, west + 6.0


#: slack on the zone and band edges (about 1 m): float noise, not a wrong letter
_EDGE_DEG = 1e-5


def _mgrs_position(text, parts, point, centre):
    """Position of a parsed reference, refused unless the band, the zone and the
    square agree: the square named must overlap its latitude band and its
    zone. A wrong band or zone otherwise moves a point by thousands of km and
    still reads (every row letter pair repeats every 2000 km)."""
    zone, band, col, row, east, north = parts
    limits = _zone_limits(zone, band)
    if limits is None:
        _fail(point, translate("Coordinates", "MGRS \"{value}\": zone {zone} is not used in "
                               "latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); "
                               "check the zone number and the band letter")
              .format(value=text, zone=zone, band=band))
    digits = len(east)
    size = 10.0 ** (5 - digits)  # side of the named square in metres
    offset = size / 2.0 if centre else 0.0
    column = _COLUMN_SETS[zone % 3].index(col) + 1
    west_e = column * 100000.0 + (int(east) * size if digits else 0)
    row_base = ((_ROW_LETTERS.index(row) - (5 if zone % 2 == 0 else 0)) % 20) * 100000.0
    within = int(north) * size if digits else 0
    northern = band >= "N"
    south, north_limit = _band_limits(band)
    for cycle in range(5):  # the row letters repeat every 2000 km
        south_n = row_base + cycle * 2000000.0 + within
        corners = [utm_to_lonlat(zone, northern, e, n)
                   for e in (west_e, west_e + size) for n in (south_n, south_n + size)]
        lats = [lat for _lon, lat in corners]
        # the named square must overlap its band (a 100 km square may straddle an edge)
        if max(lats) >= south - _EDGE_DEG and min(lats) <= north_limit + _EDGE_DEG:
            break
    else:
        _fail(point, translate("Coordinates", "MGRS \"{value}\": square {square} does not lie in "
                               "latitude band {band}; check the band letter").format(
                                   value=text, square=col + row, band=band))
    lons = [lon for lon, _lat in corners]
    if max(lons) < limits[0] - _EDGE_DEG or min(lons) > limits[1] + _EDGE_DEG:
        lon = utm_to_lonlat(zone, northern, west_e + offset, south_n + offset)[0]
        _fail(point, translate(
            "Coordinates", "MGRS \"{value}\": in latitude band {band}, square {square} lies at "
            "longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone "
            "number and the band letter").format(
                value=text, band=band, square=col + row, lon=lon, zone=zone,
                west=limits[0], east=limits[1]))
    return utm_to_lonlat(zone, northern, west_e + offset, south_n + offset)


def truncate_mgrs(text, precision, sep=" "):
    """Shorten an MGRS reference to ``precision`` digits per axis by truncation."""
    parts = _mgrs_parts(text, None)
    if parts is None:
        raise MineActionError(translate("Coordinates", "cannot read MGRS reference \"{value}\"")
                              .format(value=text))
    zone, band, col, row, east, north = parts
    if precision > len(east):
        raise MineActionError(translate(
            "Coordinates", "MGRS \"{value}\" has only {digits} digits per axis; it cannot be "
            "lengthened to {precision}").format(value=text, digits=len(east), precision=precision))
    result = [f"{zone:02d}{band}", col + row]
    if precision:
        result += [east[:precision], north[:precision]]
    return sep.join(result)


# ---------------------------------------------------------------- lat/lon

_ANGLE = (r"\d+(?:\.\d+)?\s*(?:°|º|˚)?(?:\s*\d+(?:\.\d+)?\s*(?:'|′|’))?"
          r"(?:\s*\d+(?:\.\d+)?\s*(?:\"|″|”|''|′′))?")
_COORD = rf"(?:(?P<{{p}}pre>[NSEW])\s*(?P<{{p}}a>{_ANGLE})|(?P<{{p}}sign>-)?(?P<{{p}}b>{_ANGLE})\s*(?P<{{p}}post>[NSEW])?)"
_LATLON = re.compile(
    r"^\s*" + _COORD.format(p="x") + r"\s*(?:[,;/]\s*|\s+)" + _COORD.format(p="y") + r"\s*$",
    re.IGNORECASE)


def _coordinate(match, prefix, original, point):
    hemisphere = (match.group(prefix + "pre") or match.group(prefix + "post") or "").upper()
    text = match.group(prefix + "a") or match.group(prefix + "b")
    if match.group(prefix + "sign") and hemisphere:
        _fail(point, translate("Coordinates", "position \"{value}\": use either a minus sign or a "
                               "hemisphere letter, not both").format(value=original))
    try:
        value = angles.parse_unsigned_angle(text)
    except angles.AngleFormatError:
        _fail(point, translate("Coordinates", "position \"{value}\": cannot read \"{part}\" as degrees, "
                               "minutes and seconds").format(value=original, part=text.strip()))
    if match.group(prefix + "sign") or hemisphere in ("S", "W"):
        value = -value
    return hemisphere, value


def parse_latlon(text, point=None):
    """Latitude/longitude text (see module doc) -> (lon, lat); None if not lat/lon."""
    match = _LATLON.match(text)
    if not match:
        return None
    (h1, v1), (h2, v2) = (_coordinate(match, p, text, point) for p in ("x", "y"))
    axes = ("N" if h1 in "NS" else "E") if h1 else "", ("N" if h2 in "NS" else "E") if h2 else ""
    if axes == ("", ""):
        if 100000.0 <= abs(v1) <= 900000.0 and abs(v2) <= 10000000.0:
            _fail(point, translate("Coordinates", "position \"{value}\" looks like a UTM easting "
                                   "and northing without their zone: write the UTM zone and "
                                   "band first, e.g. \"12U {value}\"").format(value=text))
        lat, lon = v1, v2
    elif axes == ("N", "E"):
        lat, lon = v1, v2
    elif axes == ("E", "N"):
        lon, lat = v1, v2
    else:
        _fail(point, translate("Coordinates", "position \"{value}\": give one latitude (N/S) and one "
                               "longitude (E/W), or no hemisphere letters at all (latitude first)")
              .format(value=text))
    _check_lonlat(lon, lat, text, point)
    return lon, lat


def format_latlon(lon, lat, style="dms", decimals=None):
    """``12°30'15.20"N 045°10'05.00"E`` (dms) or ``12.504222°N 45.168056°E`` (decimal)."""
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    if style == "decimal":
        decimals = 6 if decimals is None else decimals
        return f"{abs(lat):.{decimals}f}°{ns} {abs(lon):.{decimals}f}°{ew}"
    decimals = 2 if decimals is None else decimals
    parts = []
    for value, hemisphere, width in ((lat, ns, 2), (lon, ew, 3)):
        d, m, s = angles.split_dms(value, decimals)
        parts.append(f"{d:0{width}d}°{m:02d}'{angles.seconds_text(s, decimals)}\"{hemisphere}")
    return " ".join(parts)


# ---------------------------------------------------------------- any


def parse_position(value, point=None):
    """Position as written (MGRS, UTM or lat/lon text, or an (lon, lat) pair) -> (lon, lat)."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        lon, lat = float(value[0]), float(value[1])
        _check_lonlat(lon, lat, value, point)
        return lon, lat
    text = str(value or "").strip()
    if not text:
        _fail(point, translate("Coordinates", "the position is missing"))
    parts = _mgrs_parts(text.replace(" ", ""), point, shown=text)
    if parts is not None:
        return _mgrs_position(text, parts, point, centre=False)
    for parser in (parse_utm, parse_latlon):
        position = parser(text, point)
        if position is not None:
            return position
    _fail(point, translate("Coordinates", "cannot read position \"{value}\": expected latitude/longitude, "
                           "UTM (zone, band, easting, northing) or MGRS").format(value=text))


# ---------------------------------------------------------------- convergence


@lru_cache(maxsize=32)
def _proj(crs):
    return Proj(crs)


def meridian_convergence(lon, lat, crs):
    """Meridian (grid) convergence γ in degrees at (lon, lat) for ``crs``.

    ``crs`` is anything ``pyproj.Proj`` accepts (``EPSG:32633``, a PROJ
    string). Sign: γ is the angle from true north to grid north, clockwise
    positive, as PROJ reports it: positive east of the central meridian in
    the northern hemisphere. Hence **grid bearing = true bearing − γ** and
    true bearing = grid bearing + γ. (Checked in the tests against a bearing
    measured directly in projected coordinates.) 0 for geographic CRSs.
    """
    proj = _proj(crs)
    if proj.crs.is_geographic:
        return 0.0
    return float(proj.get_factors(lon, lat).meridian_convergence)
