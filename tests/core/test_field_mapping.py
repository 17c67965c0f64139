"""Field mapping profiles as plain data: the bundled ones are valid against
the data model, a wrong profile is named with what is wrong, and codes go
back to the source they came from (core/field_mapping.py)."""

import copy
import json

import pytest
from hypothesis import given, strategies as st

from mine_action_mapper.core import field_mapping, schema, vocabulary
from mine_action_mapper.core.errors import InputError


def _bundled(name):
    path = field_mapping.bundled()[name]
    with open(path, encoding="utf-8") as handle:
        return json.load(handle), path


def test_bundled_profiles_load_and_name_only_real_fields():
    assert set(field_mapping.bundled()) == {"imsma_core", "operator_shapefile"}
    imsma = field_mapping.load(field_mapping.bundled()["imsma_core"])
    assert set(imsma.tables) == {"hazards", "land_release_activities"}
    assert imsma.crs == "EPSG:4326" and imsma.max_name_length == 31
    for mapping in imsma.tables.values():
        assert mapping.external_id == "imsma_id"
        assert mapping.targets("imsma_id") == ["external_id"]
        assert mapping.source_of("remarks") == "imsma_links"
        assert all(len(name) <= 31 for name in mapping.source_fields())
    operator = field_mapping.load(field_mapping.bundled()["operator_shapefile"])
    hazards = operator.table("hazards")
    assert all(len(name) <= 10 for name in hazards.source_fields())
    assert hazards.targets("HAZ_ID") == ["external_id", "hazard_id"]


@pytest.mark.parametrize("name", ["imsma_core", "operator_shapefile"])
def test_bundled_value_maps_cover_every_built_in_code(name):
    """Every code of ours has a source code, so any record can be exported."""
    profile = field_mapping.load(field_mapping.bundled()[name])
    for table, mapping in profile.tables.items():
        for target, codes in mapping.values.items():
            lookup = schema.BY_NAME[table].field(target).lookup
            assert set(codes.values()) == set(vocabulary.BY_NAME[lookup].codes()), target


def _broken(change):
    data, path = _bundled("operator_shapefile")
    data = copy.deepcopy(data)
    change(data)
    with pytest.raises(InputError) as error:
        field_mapping.parse(data, path)
    assert "Operator hazard shapefile" in str(error.value) or \
        "operator_shapefile.json" in str(error.value)
    return str(error.value)


def test_wrong_profiles_are_named():
    hazards = lambda data: data["tables"]["hazards"]  # noqa: E731
    assert "'hazard_name'" in _broken(
        lambda d: hazards(d)["fields"].update(NAME="hazard_name"))
    assert "both map to hazard_class" in _broken(
        lambda d: hazards(d)["fields"].update(KLASSE="hazard_class"))
    assert "'name', which is not a list field" in _broken(
        lambda d: hazards(d)["values"].update(name={"a": "b"}))
    assert "'evidence', but no source field maps to it" in _broken(
        lambda d: hazards(d)["values"].update(evidence={"V": "visual_observation"}))
    assert "longer than the profile's limit of 10" in _broken(
        lambda d: hazards(d)["fields"].update(DATE_OF_SURVEY="survey_date"))
    assert "'sites' is not a table" in _broken(lambda d: d["tables"].update(sites={}))
    assert "version 1" in _broken(lambda d: d.update(version=2))
    assert "both a constant and mapped" in _broken(
        lambda d: hazards(d)["constants"].update(status="open"))
    assert "has no external ID field" in _broken(
        lambda d: d["tables"].update(tasks={"external_id": "TASK"}))


def test_unreadable_profile_is_named(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="mine.json: it is not valid JSON"):
        field_mapping.load(str(path))
    profile = field_mapping.load(field_mapping.bundled()["imsma_core"])
    with pytest.raises(InputError, match="no mapping for table eo_finds"):
        profile.table("eo_finds")


def test_a_value_without_mapping_names_row_field_and_value():
    mapping = field_mapping.load(field_mapping.bundled()["operator_shapefile"]).table("hazards")
    assert mapping.to_ours("hazard_class", " D ", 4) == "CHA"
    assert mapping.to_ours("hazard_class", "", 4) is None
    with pytest.raises(InputError) as error:
        mapping.to_ours("hazard_class", "X", 4)
    assert "Row 4, field 'CLASS'" in str(error.value) and "'X'" in str(error.value)
    assert error.value.feature == 4 and error.value.field == "CLASS"
    with pytest.raises(InputError, match="Record H-1, field 'status'.*'suspended'"):
        mapping.to_theirs("status", "suspended", "H-1")


_CODE = st.text(st.characters(min_codepoint=33, max_codepoint=0x2FF), min_size=1, max_size=6)


@given(st.dictionaries(_CODE, st.sampled_from(["SHA", "CHA"]), min_size=1))
def test_export_then_import_gives_our_code_back(codes):
    """Whatever their codes, ours survive export then import; with one code
    of theirs per code of ours, theirs survive import then export."""
    codes = {key.strip(): value for key, value in codes.items() if key.strip()}
    mapping = field_mapping.TableMapping("p", "hazards", {"CLASS": "hazard_class"},
                                         {"hazard_class": codes})
    for ours in set(codes.values()):
        assert mapping.to_ours("hazard_class", mapping.to_theirs("hazard_class", ours, 1),
                               1) == ours
    if len(set(codes.values())) == len(codes):
        for theirs in codes:
            assert mapping.to_theirs("hazard_class", mapping.to_ours(
                "hazard_class", theirs, 1), 1) == theirs
