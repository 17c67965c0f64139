"""Positions: lat/lon, UTM and MGRS checked against pygeodesy (an independent
implementation), plus meridian convergence checked by direct measurement."""

import math

import pytest
from hypothesis import example, assume, given, settings, strategies as st
from pygeodesy import parseMGRS, parseUTM5
from pygeodesy.ellipsoidalKarney import LatLon
from pyproj import Transformer

from mine_action_mapper.core import coordinates, geodesy
from mine_action_mapper.core.errors import MineActionError

# land-ish UTM area, away from the UPS caps
lats = st.floats(min_value=-79.9, max_value=83.9, allow_nan=False)
lons = st.floats(min_value=-179.999, max_value=179.999, allow_nan=False)


@pytest.mark.parametrize("text, lon, lat", [
    ("12.5 45.2", 45.2, 12.5),
    ("12.5, -45.2", -45.2, 12.5),
    ("-12.5;45.2", 45.2, -12.5),
    ("12°30'15.2\"N 045°10'05\"E", 45 + 10 / 60 + 5 / 3600, 12 + 30 / 60 + 15.2 / 3600),
    ("N 12°30' E 45°10'", 45 + 10 / 60, 12.5),
    ("45.2E 12.5S", 45.2, -12.5),
    ("34°31′12″N, 69°10′12″W", -(69 + 10 / 60 + 12 / 3600), 34.52),
])
def test_parse_latlon(text, lon, lat):
    assert coordinates.parse_position(text) == pytest.approx((lon, lat), abs=1e-12)


@pytest.mark.parametrize("text, fragment", [
    ("99.5 45", "latitude 99.5 is outside"),
    ("12.5 190", "longitude 190.0 is outside"),
    ("12.5N 45.2S", "give one latitude"),
    ("-12.5S 45", "not both"),
    ("12°75' 45", "cannot read \"12°75'\""),
    ("", "missing"),
    ("somewhere", "cannot read position \"somewhere\""),
    ("42S 515000 9820000", "band S covers latitudes 32° to 40°"),
    ("61N 500000 100000", "zone 61 does not exist"),
    ("33N 50000 100000", "easting must be"),
    ("33TAL123", "same number of digits"),
    ("33TAL", "letter A is not used in zone 33"),
    ("33CXL1234512345", "does not lie in latitude band C"),
])
def test_bad_positions_name_point_and_value(text, fragment):
    with pytest.raises(MineActionError) as error:
        coordinates.parse_position(text, point=12)
    assert str(error.value).startswith("Point 12: ")
    assert fragment in str(error.value)


def test_utm_band_letter_and_hemisphere_words():
    # Kabul: band S is the northern hemisphere (military zone+band convention)
    lon, lat = coordinates.parse_position("42S 515000 3820000")
    reference = parseUTM5("42 N 515000 3820000").toLatLon(LatLon)
    assert (lon, lat) == pytest.approx((reference.lon, reference.lat), abs=1e-9)
    south = coordinates.parse_position("33 south 500000 6000000")
    reference = parseUTM5("33 S 500000 6000000").toLatLon(LatLon)
    assert south == pytest.approx((reference.lon, reference.lat), abs=1e-9)
    assert coordinates.parse_position("33N 654863 5095992")[1] > 0


@settings(max_examples=40, deadline=None)
@given(lons, lats)
def test_utm_matches_pygeodesy(lon, lat):
    ours = coordinates.lonlat_to_utm(lon, lat)
    theirs = LatLon(lat, lon).toUtm()
    assert ours.zone == theirs.zone
    assert ours.band == theirs.band
    assert ours.easting == pytest.approx(theirs.easting, abs=1e-3)
    assert ours.northing == pytest.approx(theirs.northing, abs=1e-3)
    back = coordinates.utm_to_lonlat(ours.zone, ours.northern, ours.easting, ours.northing)
    assert geodesy.inverse(lon, lat, *back)[1] < 1e-3


@settings(max_examples=40, deadline=None)
@given(lons, lats, st.integers(min_value=0, max_value=5))
@example(lon=0.0, lat=-4.087806718914365e-12, precision=1)  # 0.4 µm south of the equator
@example(lon=0.0, lat=-1.2e-14, precision=1)  # 1.3 nm south of the equator: row V, not A
@example(lon=33.0, lat=0.0, precision=1)  # zone 36's central meridian: easting 500,000 m
def test_mgrs_matches_pygeodesy_and_truncates(lon, lat, precision):
    ours = coordinates.lonlat_to_mgrs(lon, lat, precision, sep="")
    reference = LatLon(lat, lon).toMgrs()
    theirs = reference.toStr(prec=precision - 5)
    assert ours == theirs
    # parsing gives the south-west corner of the named square, which contains the point
    corner = coordinates.mgrs_to_lonlat(ours)
    if precision:  # pygeodesy does not parse a bare 100 km square
        theirs_corner = parseMGRS(theirs).toLatLon(LatLon, center=False)
        assert geodesy.inverse(*corner, theirs_corner.lon, theirs_corner.lat)[1] < 1e-3
    assume(abs(lat) > 1e-9)  # on the equator the corner may be given in the other hemisphere
    utm = coordinates.lonlat_to_utm(lon, lat)
    # the corner of a square straddling a band edge may lie outside the band: project directly
    corner_e, corner_n = Transformer.from_crs("EPSG:4326", utm.crs, always_xy=True).transform(*corner)
    size = 10 ** (5 - precision)
    assert -1e-3 <= utm.easting - corner_e < size + 1e-3
    assert -1e-3 <= utm.northing - corner_n < size + 1e-3


@settings(max_examples=40, deadline=None)
@given(lons, lats)
@example(lon=0.0, lat=-9.55e-15)  # a nanometre south of the equator: square AV of band M
@example(lon=0.0, lat=-8.306938976317755e-15)  # its northing rounded to 10,000,000 m
def test_mgrs_round_trip_and_shortening(lon, lat):
    full = coordinates.lonlat_to_mgrs(lon, lat, 5)
    for precision in range(5, -1, -1):
        assert coordinates.truncate_mgrs(full, precision) == coordinates.lonlat_to_mgrs(lon, lat, precision)
    centre = coordinates.mgrs_to_lonlat(full, centre=True)
    assert geodesy.inverse(lon, lat, *centre)[1] <= math.sqrt(2) / 2 + 1e-3


@settings(max_examples=200, deadline=None)
@given(lons, lats)
def test_every_pygeodesy_mgrs_parses_back_within_a_metre(lon, lat):
    """The reference parser: pygeodesy's own MGRS strings, the point it named."""
    text = LatLon(lat, lon).toMgrs().toStr(prec=0, sep=" ")  # 1 m digits
    centre = coordinates.mgrs_to_lonlat(text, centre=True)
    assert geodesy.inverse(lon, lat, *centre)[1] < 1.0


def _consistent(text):
    """pygeodesy's verdict: the reference reads (leniently, any band) to a point
    whose own MGRS has the same zone and band, unless that point is within a
    few metres of a zone or band edge (where either answer is fair)."""
    where = parseMGRS(text).toLatLon(LatLon, center=True)
    again = LatLon(where.lat, where.lon).toMgrs()
    if (again.zone, again.band) == (int(text[:2]), text[2]):
        return True
    lon_off = abs(((where.lon + 180.0) % 6.0 + 6.0) % 6.0)
    lat_off = ((where.lat + 80.0) % 8.0 + 8.0) % 8.0
    near = lambda value, step: min(value, step - value) < 1e-3  # noqa: E731
    return None if near(lon_off, 6.0) or near(lat_off, 8.0) else False


@settings(max_examples=200, deadline=None)
@given(lons, lats, st.sampled_from(coordinates.BANDS))
@example(lon=-108.8149, lat=50.0369, band="C")  # the sample's 12U XA benchmark in band C: 76°S
@example(lon=32.0, lat=32.0, band="R")  # on the R/S band edge: R names the same point
def test_a_wrong_band_is_refused_unless_it_names_another_real_square(lon, lat, band):
    right = LatLon(lat, lon).toMgrs()
    assume(band != right.band and right.zone not in (31, 32, 33, 35, 37))  # no special zones
    original = right.toStr(prec=0, sep=" ")
    text = original[:2] + band + original[3:]
    verdict = _consistent(text)
    assume(verdict is not None)
    if verdict:
        # a genuine reference of a point in band ``band`` (about 45 % of wrong
        # bands, since row letters repeat every 2000 km): it reads where it says
        lon2, lat2 = coordinates.mgrs_to_lonlat(text, centre=True)
        south, north = coordinates._band_limits(band)
        assert south - 1e-4 <= lat2 <= north + 1e-4
        # far away, unless the point lies on the edge of band ``band``: then
        # the band on either side names it (hypothesis found 32°N, band R)
        on_edge = min(abs(lat - south), abs(lat - north)) < 1e-3
        assert geodesy.inverse(lon, lat, lon2, lat2)[1] > 1e6 or on_edge
    else:
        with pytest.raises(MineActionError) as error:
            coordinates.parse_position(text, point=7)
        message = str(error.value)
        assert message.startswith("Point 7: MGRS \"{}\"".format(text))
        assert "band {}".format(band) in message and "check the" in message


@pytest.mark.parametrize("text, fragment", [
    # the sample benchmark 12U XA 56470 45022 with band C: a real row in band C,
    # but 5.8° east of zone 12's central meridian, i.e. outside zone 12
    ("12C XA 56470 45022", "outside zone 12 (-114° to -108°); check the zone number and the band"),
    ("12D XA 56470 45022", "square XA does not lie in latitude band D; check the band letter"),
    ("32X NA 12345 12345", "zone 32 is not used in latitude band X"),
])
def test_inconsistent_mgrs_is_refused_naming_the_part(text, fragment):
    with pytest.raises(MineActionError) as error:
        coordinates.parse_position(text, point=3)
    assert str(error.value).startswith("Point 3: MGRS \"{}\"".format(text))
    assert fragment in str(error.value)
    assert error.value.field == "coordinates"


def test_svalbard_and_norway_zones_read():
    for lon, lat in ((10.0, 78.0), (25.0, 79.5), (40.0, 80.0), (5.0, 60.0), (2.0, 61.0)):
        text = LatLon(lat, lon).toMgrs().toStr(prec=0, sep=" ")
        assert geodesy.inverse(lon, lat, *coordinates.mgrs_to_lonlat(text, centre=True))[1] < 1.0


def test_truncation_never_rounds():
    # a point 0.9 m east and north of a metre line stays in the lower square
    lon, lat = coordinates.utm_to_lonlat(33, True, 654863.9, 5095992.9)
    assert coordinates.lonlat_to_mgrs(lon, lat, 5) == "33T XL 54863 95992"
    assert coordinates.lonlat_to_mgrs(lon, lat, 3) == "33T XL 548 959"
    assert coordinates.truncate_mgrs("33TXL5486995999", 2) == "33T XL 54 95"
    with pytest.raises(MineActionError, match="cannot be lengthened"):
        coordinates.truncate_mgrs("33TXL5495", 3)


def test_special_zones():
    assert coordinates.utm_zone(5.0, 60.0) == 32  # Norway
    assert coordinates.utm_zone(10.0, 78.0) == 33  # Svalbard
    assert coordinates.utm_zone(179.9999, 0) == 60
    assert coordinates.lonlat_to_mgrs(10.0, 78.0, 0, sep="") == LatLon(78, 10).toMgrs().toStr(prec=-5)


def test_format_latlon_round_trips():
    text = coordinates.format_latlon(-69.17, -34.52)
    assert text == "34°31'12.00\"S 069°10'12.00\"W"
    assert coordinates.parse_position(text) == pytest.approx((-69.17, -34.52), abs=1e-8)
    assert coordinates.format_latlon(69.17, 34.52, "decimal") == "34.520000°N 69.170000°E"
    assert coordinates.format_utm(69.17, 34.52) == "42S 515603 3819828"


@pytest.mark.parametrize("lon, lat, crs", [
    (16.0, 45.0, "EPSG:32633"),
    (13.2, 45.0, "EPSG:32633"),
    (16.0, -30.0, "EPSG:32733"),
    (69.17, 34.52, "EPSG:32642"),
    (20.0, 44.0, "+proj=tmerc +lat_0=0 +lon_0=21 +k=0.9999 +x_0=7500000 +datum=WGS84"),
])
def test_meridian_convergence_sign(lon, lat, crs):
    """grid bearing = true bearing - convergence, measured in projected coordinates."""
    transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    gamma = coordinates.meridian_convergence(lon, lat, crs)
    for true_bearing in (0.0, 37.0, 250.0):
        lon2, lat2 = geodesy.direct(lon, lat, true_bearing, 5.0)
        x1, y1 = transformer.transform(lon, lat)
        x2, y2 = transformer.transform(lon2, lat2)
        grid_bearing = math.degrees(math.atan2(x2 - x1, y2 - y1)) % 360
        assert (grid_bearing - (true_bearing - gamma) + 180) % 360 - 180 == pytest.approx(0, abs=1e-5)
    assert coordinates.meridian_convergence(lon, lat, "EPSG:4326") == 0.0
