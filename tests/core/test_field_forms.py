"""The XLSForm rows built from the data model (pure Python, no QGIS)."""

from mine_action_mapper.core import codes, field_forms, schema, vocabulary


def _programme(extra=()):
    entries = {vocab.name: [(term.code, term.label) for term in vocab.terms]
               for vocab in vocabulary.ALL}
    base = codes.default_base_codes()
    for name, code, label, base_code in extra:
        entries[name].append((code, label))
        base[name][code] = base_code
    return field_forms.Programme(entries, base, lambda _context, text: text)


def test_data_model_constraints_as_xpath():
    expected = {
        ("survey_points", "point_no"): ". >= 0",
        ("survey_points", "from_point"): ". >= 0",
        ("survey_points", "slope_deg"): ". > -90 and . < 90",
        ("survey_points", "declination_deg"): ". >= -180 and . <= 180",
        ("survey_points", "distance_m"): ". >= 0",
        ("eo_finds", "quantity"): ". >= 1",
        ("land_release_activities", "end_date"): "${start_date} = '' or . >= ${start_date}",
        ("tasks", "due_date"): "${start_date} = '' or . >= ${start_date}",
        ("land_release_activities", "handover_date"): ". >= ${end_date}",
        ("land_release_activities", "beneficiaries_girls"): ". >= 0",
        ("land_release_activities", "team_women"): ". >= 0",
        ("hazards", "beneficiaries_disabled"): ". >= 0",
        ("accidents", "killed_boys"): ". >= 0",
    }
    for (table, name), xpath in expected.items():
        field = schema.BY_NAME[table].field(name)
        assert field_forms.xpath_constraint(field) == xpath, (table, name)


def test_bearing_range_follows_the_programme_units():
    plain = field_forms.bearing_constraint(_programme())
    assert plain == (". >= 0 and . < if(${bearing_unit} = 'grad', 400, "
                     "if(${bearing_unit} = 'mil_nato', 6400, "
                     "if(${bearing_unit} = 'mil_wp', 6000, 360)))")
    added = field_forms.bearing_constraint(_programme(
        [("bearing_unit", "mils", "Mils", "mil_nato")]))
    assert "if(${bearing_unit} = 'mils', 6400, 360)" in added


def test_outcomes_list_the_activities_that_may_give_them():
    form = field_forms.activity_report(_programme(
        [("activity_type", "mts", "Mechanical TS", "ts")]))
    activity = {row["name"]: row["activity"] for row in form.choices
                if row["list_name"] == "release_outcome"}
    assert activity == {"cancelled": "nts", "reduced_ta": "ts mts", "reduced_nta": "ts mts",
                        "cleared": "clearance", "confirmed": "nts ts mts"}


def test_every_choice_list_a_form_selects_from_is_written():
    for form in field_forms.all_forms(_programme()):
        lists = {row["type"].split()[1] for row in form.survey
                 if row["type"].startswith("select_one ")}
        assert lists == {row["list_name"] for row in form.choices}
        assert not field_forms.long_names(form)
        # names are unique among siblings (a repeat's "position" is not the form's)
        scopes = [set()]
        for row in form.survey:
            if row["type"] == "end_repeat":
                scopes.pop()
                continue
            assert row["name"] not in scopes[-1], (form.form_id, row["name"])
            scopes[-1].add(row["name"])
            if row["type"] == "begin_repeat":
                scopes.append(set())
        assert scopes == [scopes[0]]


def test_the_benchmark_is_not_a_leg():
    form = field_forms.hazard_report(_programme())
    legs = [row["name"] for row in form.choices if row["list_name"] == "leg_point_type"]
    assert "benchmark" not in legs and "turning" in legs


def test_labels_in_each_language_and_placeholders_filled():
    form = field_forms.eo_spot_report(_programme())
    shout = field_forms.Language("xx", "Shout", lambda _context, text: "!" + text)
    plain = field_forms.Language("en", "English", lambda _context, text: text)
    survey, choices, settings = field_forms.sheets(form, [shout, plain], "7")
    header = survey[1]
    assert header[2:4] == ["label::Shout (xx)", "label::English (en)"]
    find_id = next(row for row in survey[2] if row[1] == "find_id")
    assert "!At most 40 characters" in find_id and "At most 40 characters" in find_id
    assert settings[2] == [["!" + form.title, "mam_eo_spot_report", "7", "Shout (xx)"]]
