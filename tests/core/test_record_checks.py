"""Pure import checks: required fields, closest names, future dates, lon/lat."""

import datetime

import pytest

from mine_action_mapper.core import record_checks, schema


def test_required_fields_include_defaulted_and_engine_fields_but_not_audit():
    hazards = record_checks.required_fields(schema.HAZARDS)
    assert hazards == ["hazard_id", "hazard_class", "status", "date_of_information"]
    activities = record_checks.required_fields(schema.ACTIVITIES)
    assert set(record_checks.ENGINE_FIELDS["land_release_activities"]) <= set(activities)
    assert "quantity" in record_checks.required_fields(schema.EO_FINDS)  # default 1
    assert record_checks.required_fields(schema.SURVEY_POINTS)[:2] == ["hazard_id", "point_no"]
    for layer in schema.LAYERS:
        assert not set(record_checks.required_fields(layer)) & set(schema.AUDIT_FIELDS)


@pytest.mark.parametrize("name, expected", [
    ("date_of_infromation", "date_of_information"), ("Hazard_ID", "hazard_id"),
    ("staus", "status"), ("colour", None)])
def test_closest_field(name, expected):
    assert record_checks.closest(name, schema.HAZARDS.field_names()) == expected


def test_future_dates_allow_one_day():
    today = datetime.date(2026, 5, 10)
    assert not record_checks.is_future(datetime.date(2026, 5, 11), today)
    assert record_checks.is_future(datetime.date(2026, 5, 12), today)
    assert record_checks.is_future(datetime.datetime(2062, 5, 1, 8, 0), today)
    assert not record_checks.is_future(None, today)


@pytest.mark.parametrize("x, y, words", [
    (657000.0, 5546000.0, "UTM metres"), (50.05, -108.8, "wrong order"),
    (-12110000.0, 6450000.0, "projected metres"), (1e12, 1e12, "too large")])
def test_crs_hint(x, y, words):
    assert not record_checks.is_lonlat(x, y)
    assert words in record_checks.crs_hint(x, y)


def test_bearing_constraint_reads_the_vocabulary_circle():
    from mine_action_mapper.core.vocabulary import UNITS_PER_CIRCLE
    expression = schema.SURVEY_POINTS.field("bearing").constraint
    for unit, circle in UNITS_PER_CIRCLE.items():
        if unit != "deg":
            assert "'{}' THEN {:g}".format(unit, circle) in expression
    assert expression.endswith("ELSE 360 END)")
