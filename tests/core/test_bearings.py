"""Bearings as field teams write them: parsing, range checks, formatting."""

import pytest
from hypothesis import given, strategies as st

from mine_action_mapper.core import bearings
from mine_action_mapper.core.errors import MineActionError


@pytest.mark.parametrize("text, expected", [
    ("45", 45.0),
    ("45.5", 45.5),
    ("45,5", 45.5),
    (" 359.99 ", 359.99),
    ("45°30'15\"", 45 + 30 / 60 + 15 / 3600),
    ("45º30′15″", 45 + 30 / 60 + 15 / 3600),
    ("45° 30' 15''", 45 + 30 / 60 + 15 / 3600),
    ("45d30m15s", 45 + 30 / 60 + 15 / 3600),
    ("45 30 15", 45 + 30 / 60 + 15 / 3600),
    ("45-30-15", 45 + 30 / 60 + 15 / 3600),
    ("45:30:15.5", 45 + 30 / 60 + 15.5 / 3600),
    ("45°30.5'", 45 + 30.5 / 60),
    ("45 30", 45.5),
    ("045°", 45.0),
    ("N 45°30' E", 45.5),
    ("S12.5W", 192.5),
    ("s 12.5 e", 167.5),
    ("N 10 W", 350.0),
    ("N 0 W", 0.0),
    ("N 90 E", 90.0),
    ("S 45 30 15 W", 225 + 30 / 60 + 15 / 3600),
])
def test_parse_degree_formats(text, expected):
    assert bearings.parse_bearing(text, "deg", point=3) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("value, unit, expected", [
    ("3200", "mil_nato", 180.0),
    (1600, "mil_nato", 90.0),
    ("1500", "mil_wp", 90.0),
    ("100", "grad", 90.0),
    ("399.9", "grad", 399.9 * 0.9),
    (0, "mil_wp", 0.0),
])
def test_parse_other_units(value, unit, expected):
    assert bearings.parse_bearing(value, unit) == pytest.approx(expected)


@pytest.mark.parametrize("value, unit, fragment", [
    ("360", "deg", "less than 360"),
    (6400, "mil_nato", "less than 6400"),
    ("6000", "mil_wp", "less than 6000"),
    ("400", "grad", "less than 400"),
    ("-5", "deg", "negative"),
    (-5.0, "deg", "out of range"),
    ("45°60'", "deg", "minutes must be less than 60"),
    ("45°30'60\"", "deg", "seconds must be less than 60"),
    ("45.5°30'", "deg", "only the last part"),
    ("N 95 E", "deg", "must not exceed 90"),
    ("N 45 E", "mil_nato", "quadrant bearings must be written in degrees"),
    ("NE", "deg", "quadrant bearing"),
    ("forty", "deg", "cannot read bearing"),
    ("45 30 15 12", "deg", "cannot read bearing"),
    ("12°30'", "mil_nato", "cannot read bearing"),
    ("", "deg", "missing"),
    (None, "deg", "missing"),
    (float("nan"), "deg", "not a number"),
    ("45", "furlong", "unknown bearing unit"),
])
def test_malformed_values_name_point_and_value(value, unit, fragment):
    with pytest.raises(MineActionError) as error:
        bearings.parse_bearing(value, unit, point=7)
    message = str(error.value)
    assert message.startswith("Point 7:")
    assert fragment in message
    if value not in (None, "") and unit != "furlong":
        assert str(value) in message
    assert error.value.feature == 7


def test_error_without_point_has_no_prefix():
    with pytest.raises(MineActionError, match=r"^bearing \"400\" is out of range"):
        bearings.parse_bearing("400")


def test_formatting():
    assert bearings.format_dms(45 + 30 / 60 + 15 / 3600) == "045°30'15\""
    assert bearings.format_dms(359.99999) == "000°00'00\""
    assert bearings.format_dms(10.5, second_decimals=1, pad=False) == "10°30'00.0\""
    assert bearings.format_quadrant(192.5) == "S 12°30'00\" W"
    assert bearings.format_quadrant(350) == "N 10°00'00\" W"
    assert bearings.format_bearing(180, "mil_nato") == "3200"
    assert bearings.format_bearing(90, "mil_wp") == "1500"
    assert bearings.format_bearing(359.9999, "mil_nato") == "0"
    assert bearings.format_bearing(90, "grad") == "100.00"
    assert bearings.from_degrees(-90, "deg") == 270.0


azimuths = st.floats(min_value=0, max_value=360, exclude_max=True, allow_nan=False)


@given(azimuths, st.integers(min_value=0, max_value=3))
def test_dms_round_trip(azimuth, decimals):
    text = bearings.format_dms(azimuth, second_decimals=decimals)
    back = bearings.parse_bearing(text)
    tolerance = 0.5 / 3600 / 10 ** decimals + 1e-9
    difference = abs((back - azimuth + 180) % 360 - 180)
    assert difference <= tolerance


@given(azimuths)
def test_quadrant_round_trip(azimuth):
    back = bearings.parse_bearing(bearings.format_quadrant(azimuth, second_decimals=2))
    assert abs((back - azimuth + 180) % 360 - 180) <= 0.005 / 3600 + 1e-9


@given(azimuths, st.sampled_from(["deg", "grad", "mil_nato", "mil_wp"]))
def test_unit_round_trip(azimuth, unit):
    text = bearings.format_bearing(azimuth, unit, decimals=6)
    back = bearings.parse_bearing(text, unit)
    step = 360.0 / bearings.UNITS_PER_CIRCLE[unit] * 0.5e-6
    assert abs((back - azimuth + 180) % 360 - 180) <= step + 1e-9


# ---------------------------------------------------------------- field notations


@pytest.mark.parametrize("text, unit, expected", [
    ("2060 mils", "mil_nato", 2060 * 360 / 6400),
    ("2060mil", "mil_nato", 2060 * 360 / 6400),
    ("2060 MILS", "mil_nato", 2060 * 360 / 6400),
    ("37-60", "mil_wp", 3760 * 360 / 6000),
    ("10-10", "mil_wp", 1010 * 360 / 6000),
    ("0-50", "mil_wp", 50 * 360 / 6000),
    ("37-60 mils", "mil_wp", 3760 * 360 / 6000),
    ("133°T", "deg", 133.0),
    ("133.5° T", "deg", 133.5),
    ("45°30'M", "deg", 45.5),
    ("12°g", "deg", 12.0),
])
def test_field_notations(text, unit, expected):
    assert bearings.parse_bearing(text, unit, point=4) == pytest.approx(expected, abs=1e-12)


def test_north_mark_must_agree_with_the_north_reference():
    assert bearings.parse_bearing("133°T", "deg", north_reference="true") == 133.0
    with pytest.raises(MineActionError) as error:
        bearings.parse_bearing("133°T", "deg", point=5, north_reference="magnetic")
    assert str(error.value).startswith("Point 5:")
    assert "133°T" in str(error.value) and "True north" in str(error.value)
    assert bearings.north_mark("133°T") == ("133°", "true")
    assert bearings.north_mark("45d30m") == ("45d30m", None)  # m is minutes here


@pytest.mark.parametrize("value, unit, fragment", [
    ("37-60", "mil_nato", "cannot read bearing"),  # dash notation is Warsaw Pact only
    ("60-00", "mil_wp", "less than 6000"),
    ("37-6", "mil_wp", "cannot read bearing"),
    ("133T", "deg", "cannot read bearing"),  # a mark needs a degree sign
    ("mils", "mil_nato", "cannot read bearing"),
])
def test_field_notation_refusals(value, unit, fragment):
    with pytest.raises(MineActionError, match=fragment):
        bearings.parse_bearing(value, unit, point=2)


def test_sample_bearing_text_agrees_with_the_numeric_columns():
    """Every sample row: the bearing as written parses to the numeric bearing."""
    import csv
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "sample_data" / "survey_points.csv"
    checked = 0
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["point_type"] == "benchmark":
                continue
            number = bearings.parse_bearing(float(row["bearing"]), row["bearing_unit"])
            written = bearings.parse_bearing(row["bearing_text"], row["bearing_unit"],
                                             north_reference=row["north_reference"])
            assert written == pytest.approx(number, abs=1e-9), row
            checked += 1
    assert checked == 155 - 7
