"""Export field forms (XLSForm): every form converts with pyxform without a
warning, carries the programme's own codes and labels in every language, and
its constraints decide as the data model's QGIS constraints do."""

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings, strategies as st
from pyxform.xls2xform import convert
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature

from mine_action_mapper.core import field_forms, schema, vocabulary
from mine_action_mapper.store import languages
from mine_action_mapper.store.database import create_geopackage
from mine_action_mapper.store.field_forms_io import export_forms
from mine_action_mapper.store.fields import qgs_fields

XF = "{http://www.w3.org/2002/xforms}"
ALL_LANGUAGES = languages.available()  # en and the six translations
FORMS = ("mam_hazard_report", "mam_activity_report", "mam_eo_spot_report")


def _xform(path):
    """pyxform's XForm of an XLSForm, failing on any warning."""
    result = convert(xlsform=str(path), validate=False, warnings=[])
    assert result.warnings == [], (path, result.warnings)
    return ET.fromstring(result.xform)


def _bind(root, name, parent=None):
    for bind in root.iter(XF + "bind"):
        parts = bind.get("nodeset").split("/")
        if parts[-1] == name and (parent is None or parts[-2] == parent):
            return bind.attrib
    raise KeyError(name)


def _translations(root, lang):
    """{itext id: text} of one language of the XForm."""
    for translation in root.iter(XF + "translation"):
        if translation.get("lang") == lang:
            return {text.get("id"): "".join(text.find(XF + "value").itertext())
                    for text in translation.iter(XF + "text")}
    raise KeyError(lang)


@pytest.fixture()
def programme_db(tmp_path, add_rows):
    """A French database whose programme renamed, added and retired codes."""
    path = create_geopackage(str(tmp_path / "programme.gpkg"), language="fr")
    add_rows(path, "lookups", [
        dict(vocabulary="hazard_class", code="DHA", label="Zone dangereuse définie",
             base_code="CHA", sort_order=3, active=True),
        dict(vocabulary="bearing_unit", code="mils", label="Millièmes (boussole)",
             base_code="mil_nato", sort_order=9, active=True)])
    with sqlite3.connect(path) as connection:  # a writer names the row version it makes
        connection.execute("UPDATE lookups SET active = 0, row_version = row_version + 1 "
                           "WHERE vocabulary = 'contamination' AND code = 'axo'")
        connection.execute("UPDATE lookups SET label = 'Cratère', row_version = row_version + 1 "
                           "WHERE vocabulary = 'evidence' AND code = 'detonations'")
    return path


def test_every_form_converts_in_every_language(programme_db, tmp_path):
    paths = export_forms(programme_db, str(tmp_path / "forms"),
                         ["en"] + [code for code in ALL_LANGUAGES if code != "en"],
                         version="202612010900")
    assert [p.rsplit("/", 1)[1] for p in paths] == [name + ".xlsx" for name in FORMS]
    for path in paths:
        root = _xform(path)
        langs = {t.get("lang") for t in root.iter(XF + "translation")}
        assert langs == {field_forms.Language(c, n, None).column for c, n in (
            ("en", "English"), ("fr", "French"), ("es", "Spanish"), ("pt", "Portuguese"),
            ("uk", "Ukrainian"), ("ru", "Russian"), ("ar", "Arabic"))}
        instance = root.find(".//" + XF + "instance")[0]
        assert instance.get("version") == "202612010900"
        # the default language is the first one chosen: English here
        default = [t for t in root.iter(XF + "translation") if t.get("default")]
        assert [t.get("lang") for t in default] == ["English (en)"]


def test_programme_codes_and_labels_reach_the_form(programme_db, tmp_path):
    path = export_forms(programme_db, str(tmp_path / "forms"))[0]
    root = _xform(path)
    french, english = _translations(root, "French (fr)"), _translations(root, "English (en)")
    # default languages: the database's (French), then English
    assert english["/data/hazard_id:label"] == "Hazard ID"
    assert french["/data/hazard_id:label"] == "ID de la zone dangereuse"
    # choices: {list: {code: itext id}} of the secondary instances
    items = {instance.get("id"): {item.findtext(XF + "name"): item.findtext(XF + "itextId")
                                  for item in instance.iter(XF + "item")}
             for instance in root.iter(XF + "instance") if instance.get("id")}
    classes = items["hazard_class"]
    # an added class: the programme's own word in every language
    assert french[classes["DHA"]] == english[classes["DHA"]] == "Zone dangereuse définie"
    # a seeded term: the plugin's translation in each language
    assert english[classes["SHA"]] == "Suspected Hazardous Area (SHA)"
    assert french[classes["SHA"]] == languages.translator("fr")(
        vocabulary.CONTEXT, "Suspected Hazardous Area (SHA)") != english[classes["SHA"]]
    # a renamed term keeps the programme's word; a retired one is gone
    assert english[items["evidence"]["detonations"]] == "Cratère"
    assert "axo" not in items["contamination"] and "mils" in items["bearing_unit"]
    # the added unit's range is its base unit's
    assert "'mils', 6400" in _bind(root, "bearing", "survey_points")["constraint"]


def _xpath(expression, value, row):
    """Evaluate the XPath subset of the generated constraints in Python."""
    text = expression.replace("if(", "_if(")
    text = re.sub(r"\s*\.\./(\w+)\s*", lambda m: " row[{!r}] ".format(m.group(1)), text)
    text = re.sub(r"(?<![<>!=])=(?!=)", "==", text)
    text = re.sub(r"(?<![\w'\]])\.(?![\w./])", "value", text)
    return eval(text, {"_if": lambda c, a, b: a if c else b},  # noqa: S307 (test-built)
                {"value": value, "row": row})


def _qgis(table, field, value, row):
    """The data model's QGIS constraint, evaluated by QGIS on a feature of
    the table's own fields."""
    fields = qgs_fields(schema.BY_NAME[table])
    feature = QgsFeature(fields)
    feature[field.name] = value
    for name, code in row.items():
        feature[name] = code
    context = QgsExpressionContext()
    context.setFeature(feature)
    context.setFields(fields)
    result = QgsExpression(field.constraint).evaluate(context)
    return bool(result)


@pytest.fixture(scope="module")
def sample_binds(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("forms")
    path = create_geopackage(str(folder / "programme.gpkg"), language="en")
    roots = [_xform(p) for p in export_forms(path, str(folder / "forms"), ["en"])]
    return roots


NUMERIC = (("survey_points", "point_no"), ("survey_points", "from_point"),
           ("survey_points", "slope_deg"), ("survey_points", "distance_m"),
           ("eo_finds", "quantity"), ("eo_finds", "depth_cm"),
           ("land_release_activities", "depth_cm"),
           ("land_release_activities", "team_women"),
           ("land_release_activities", "beneficiaries_girls"),
           ("land_release_activities", "beneficiaries_disabled"),
           ("hazards", "beneficiaries_men"))


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.integers(-7000, 7000), st.floats(-400, 7000, allow_nan=False)),
       unit=st.sampled_from(vocabulary.BEARING_UNIT.codes()))
def test_bearing_constraint_decides_as_the_data_model(sample_binds, value, unit):
    constraint = _bind(sample_binds[0], "bearing", "survey_points")["constraint"]
    field = schema.SURVEY_POINTS.field("bearing")
    row = {"bearing_unit": unit}
    assert _xpath(constraint, value, row) == _qgis("survey_points", field, value, row)


@settings(max_examples=100, deadline=None)
@given(value=st.one_of(st.integers(-200, 200), st.floats(-200, 200, allow_nan=False)),
       which=st.sampled_from(NUMERIC))
def test_numeric_constraints_decide_as_the_data_model(sample_binds, value, which):
    table, name = which
    field = schema.BY_NAME[table].field(name)
    root = sample_binds[1] if table == "land_release_activities" else sample_binds[0] \
        if table in ("survey_points", "hazards") else sample_binds[2]
    bind = _bind(root, name)
    assert _xpath(bind["constraint"], value, {}) == _qgis(table, field, value, {})


def test_required_and_relevance(sample_binds):
    hazard, activity, spot = sample_binds
    for name in ("hazard_id", "hazard_class", "survey_date", "benchmark"):
        assert _bind(hazard, name)["required"] == "true()"
    assert _bind(hazard, "slope_deg")["relevant"].split() == ["../slope_measured", "=",
                                                             "'yes'"]
    assert "bearing_text" in _bind(hazard, "bearing")["required"]
    assert _bind(activity, "perimeter")["relevant"].split()[-1] == "'geoshape'"
    assert _bind(activity, "survey_points")["relevant"].split()[-1] == "'traverse'"
    assert "start_date" in _bind(activity, "end_date")["constraint"]
    # the handover and its beneficiaries when the outcome releases land; none required
    assert "end_date" in _bind(activity, "handover_date")["constraint"]
    for name in ("handover_date",) + schema.BENEFICIARY_FIELDS:
        relevant = _bind(activity, name)["relevant"]
        assert "'cleared'" in relevant and "'confirmed'" not in relevant, name
        assert "required" not in _bind(activity, name), name
    for name in schema.BENEFICIARY_FIELDS:  # expected beneficiaries of a hazard
        assert _bind(hazard, name)["type"] == "int"
    assert _bind(spot, "position")["required"] == "true()"
    # the outcome list follows the activity (IMAS 07.11)
    select = [s for s in activity.iter("{http://www.w3.org/2002/xforms}select1")
              if s.get("ref", "").endswith("/outcome")]
    assert "selected(activity" in ET.tostring(select[0], encoding="unicode")


def test_algorithm_writes_the_forms(programme_db, tmp_path, provider):
    import processing
    folder = tmp_path / "out"
    result = processing.run("mineaction:exportfieldforms", {
        "DATABASE": programme_db, "LANGUAGES": [ALL_LANGUAGES.index("uk")],
        "OUTPUT_FOLDER": str(folder)})
    assert result["COUNT"] == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(n + ".xlsx" for n in FORMS)
    root = _xform(folder / "mam_eo_spot_report.xlsx")
    assert {t.get("lang") for t in root.iter(XF + "translation")} == {"Ukrainian (uk)"}


def test_postgis_database_gives_the_same_forms(pg_database, tmp_path):
    from mine_action_mapper.store.field_forms_io import form_languages, programme
    path = create_geopackage(str(tmp_path / "same.gpkg"), language="en")
    chosen = form_languages(path, ["en", "fr"])
    from_gpkg = [field_forms.sheets(form, chosen, "1")
                 for form in field_forms.all_forms(programme(path))]
    from_pg = [field_forms.sheets(form, chosen, "1")
               for form in field_forms.all_forms(programme(pg_database))]
    assert from_pg == from_gpkg
    paths = export_forms(pg_database, str(tmp_path / "pg"), ["en", "fr"])
    for path in paths:
        _xform(path)
