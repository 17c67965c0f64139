"""Programme settings: defaults, text form, validation (no QGIS)."""

import pytest

from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.core.land_release import DEFAULT_TOLERANCE_M2
from mine_action_mapper.core.settings import KEYS, Settings


def test_built_in_defaults():
    settings = Settings()
    assert settings.min_precision == 200.0
    assert settings.max_misclosure_m is None
    assert settings.max_leg_m == 2000.0
    assert settings.sliver_tolerance_m2 == DEFAULT_TOLERANCE_M2
    assert settings.authority == ""
    assert settings.paper == "a4_portrait"
    assert settings.language is None
    assert settings.completion_date == "" and settings.completion_target_m2 == 0.0
    assert settings.validated() is settings


def test_text_form_round_trip():
    settings = Settings(min_precision=500.0, max_misclosure_m=0.75, max_leg_m=350.0,
                        sliver_tolerance_m2=2.5, authority="Examplia MAC",
                        paper="a3_landscape", language="fr", completion_date="2030-12-31",
                        completion_target_m2=1500.0)
    text = settings.to_dict()
    assert set(text) == set(KEYS)
    assert all(isinstance(value, str) for value in text.values())
    assert text["min_precision"] == "500" and text["max_misclosure_m"] == "0.75"
    assert Settings.from_dict(text) == settings
    # switched-off values travel as ''
    assert Settings().to_dict()["max_misclosure_m"] == ""
    assert Settings.from_dict(Settings().to_dict()) == Settings()


def test_values_given_override_the_base_only():
    base = Settings(min_precision=300.0, authority="NMAC")
    merged = Settings.from_dict({"authority": "Operator", "unknown": "x"}, base=base)
    assert merged.authority == "Operator"
    assert merged.min_precision == 300.0
    assert Settings.from_dict({"max_misclosure_m": ""}, base=Settings(max_misclosure_m=2.0)) \
        .max_misclosure_m is None
    assert Settings.from_dict({"min_precision": " 1000 "}).min_precision == 1000.0
    assert Settings.from_dict({"sliver_tolerance_m2": "0,5"}).sliver_tolerance_m2 == 0.5


@pytest.mark.parametrize("values, key", [
    ({"min_precision": "abc"}, "min_precision"),
    ({"min_precision": "-5"}, "min_precision"),
    ({"max_misclosure_m": "0"}, "max_misclosure_m"),
    ({"max_leg_m": "0"}, "max_leg_m"),
    ({"max_leg_m": "inf"}, "max_leg_m"),
    ({"sliver_tolerance_m2": "-1"}, "sliver_tolerance_m2"),
    ({"paper": "letter"}, "paper"),
    ({"language": "French!"}, "language"),
    ({"completion_date": "31/12/2030"}, "completion_date"),
    ({"completion_target_m2": "-1"}, "completion_target_m2"),
])
def test_bad_values_name_the_setting(values, key):
    with pytest.raises(MineActionError) as error:
        Settings.from_dict(values)
    assert error.value.field == key
    assert key in str(error.value)
    assert str(values[key]) in str(error.value)


def test_a_settings_object_is_checked_too():
    with pytest.raises(MineActionError) as error:
        Settings(max_leg_m=-3.0).validated()
    assert error.value.field == "max_leg_m"
    assert "Longest traverse leg" in str(error.value)
