"""Field forms (XLSForm) built from the data model and a programme's lookups.

KoBoToolbox, ODK Collect/Central and Survey123 all read XLSForm: a workbook
with a ``survey`` sheet (one row per question), a ``choices`` sheet (the
select lists) and a ``settings`` sheet. Each form here is built from
``core.schema``: a question keeps its field's name, label, requirement and
constraint, so that what comes back from the field has the data model's
column names. Select lists are the database's own active lookup entries (a
programme's added or renamed codes reach the phones); the bearing range of
each bearing unit follows the unit's base code.

Labels come in every language asked for (``label::English (en)``,
``label::French (fr)`` ...). A lookup entry whose label is still the one the
database was seeded with gets the plugin's translation of the term in each
language; an entry the programme renamed or added has only the programme's
own word, which is used in every language.

Pure Python: ``store.field_forms_io`` reads the database and writes the
workbooks.
"""

import re
from dataclasses import dataclass

from . import schema, vocabulary
from .codes import to_base
from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "FieldForms"
#: the XLSForm choice list of the yes/no questions (not a database lookup)
YES_NO = "yes_no"
#: the choice list of point types in the repeat of legs (no benchmark: the
#: benchmark is the form's geopoint)
LEG_POINT_TYPE = "leg_point_type"
#: how the perimeter of an activity was recorded
PERIMETER_METHOD = "perimeter_method"
#: photos are scaled to at most this many pixels on their longer side
PHOTO_SIZE = "max-pixels=1600"
#: the form id of the hazard report (ODK Central names its export after it)
HAZARD_REPORT_ID = "mam_hazard_report"
ACTIVITY_REPORT_ID = "mam_activity_report"
EO_SPOT_REPORT_ID = "mam_eo_spot_report"
#: a field name longer than this cannot reach an IMSMA Core (ArcGIS) layer
MAX_NAME_LENGTH = 31

#: XLSForm question type of each data model kind
_TYPES = {schema.STRING: "text", schema.INTEGER: "integer", schema.REAL: "decimal",
          schema.DATE: "date", schema.DATETIME: "dateTime",
          schema.BOOLEAN: "select_one " + YES_NO}


@dataclass(frozen=True)
class Language:
    """One label language: its code, its English name (the XLSForm column is
    ``label::<name> (<code>)``) and ``translate(context, text)`` into it."""
    code: str
    name: str
    translate: object

    @property
    def column(self):
        return "{} ({})".format(self.name, self.code)


@dataclass(frozen=True)
class Programme:
    """What of a database reaches the forms: its active lookup entries
    ``{vocabulary: [(code, label)]}``, their base codes ``{vocabulary: {code:
    base}}`` and ``seeded(context, text)``, the translator the lookups were
    seeded with (the database's language setting)."""
    entries: dict
    base: dict
    seeded: object

    def codes(self, name):
        return [code for code, _label in self.entries.get(name, ())]

    def codes_with_base(self, name, bases):
        return [code for code in self.codes(name)
                if to_base(self.base, name, code) in bases]


@dataclass(frozen=True)
class Form:
    """One XLSForm: its id, English title and rows. A row is a dict of
    XLSForm columns; translatable columns (``label``, ``constraint_message``)
    hold ``(context, English text)``, or a plain string that is the same in
    every language."""
    form_id: str
    title: str
    survey: tuple
    choices: tuple


TRANSLATED = ("label", "constraint_message", "required_message")
SURVEY_COLUMNS = ("type", "name", "label", "required", "required_message", "constraint",
                  "constraint_message", "relevant", "default", "appearance",
                  "choice_filter", "parameters")
CHOICE_COLUMNS = ("list_name", "name", "label", "activity")


# ------------------------------------------------------------ expressions
_QUOTED = re.compile(r'"([a-z_][a-z0-9_]*)"')


def xpath_constraint(field):
    """The data model's QGIS constraint of ``field`` as an XLSForm constraint
    (``.`` is the answer; XLSForm checks a constraint only on an answered
    question, so a leading ``"field" IS NULL OR`` is dropped)."""
    text = field.constraint
    if not text:
        return ""
    own = '"{}" IS NULL OR '.format(field.name)
    if text.startswith(own):
        text = text[len(own):]
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    text = re.sub(r'("[a-z_][a-z0-9_]*") IS NULL', r"\1 = ''", text)
    text = text.replace(" AND ", " and ").replace(" OR ", " or ")
    # abs("x") < n as two bounds: abs() is an ODK addition to XPath 1.0
    text = re.sub(r'abs\("{}"\) (<=?) (\d+)'.format(field.name),
                  lambda m: ". {0} -{1} and . {2} {1}".format(
                      m.group(1).replace("<", ">"), m.group(2), m.group(1)), text)
    return _QUOTED.sub(lambda m: "." if m.group(1) == field.name
                       else "${%s}" % m.group(1), text)


def bearing_constraint(programme):
    """Bearing at least 0 and below the full circle of the point's unit: the
    data model's rule, over the programme's own unit codes (by base code)."""
    circle = vocabulary.UNITS_PER_CIRCLE["deg"]
    expression = "{:g}".format(circle)
    for code in reversed(programme.codes("bearing_unit")):
        units = vocabulary.UNITS_PER_CIRCLE.get(to_base(programme.base, "bearing_unit", code))
        if units and units != circle:
            expression = "if(${{bearing_unit}} = '{}', {:g}, {})".format(code, units, expression)
    return ". >= 0 and . < {}".format(expression)


def _any_of(name, codes):
    return " or ".join("${{{}}} = '{}'".format(name, code) for code in codes) or "false()"


# ------------------------------------------------------------ questions
def _noop(text):
    return (CONTEXT, text)


def question(layer, name, programme, **columns):
    """The row of data model field ``name`` of ``layer``: type, label,
    required, constraint and default from the schema; ``columns`` override."""
    field = layer.field(name)
    row = {"type": _TYPES[field.kind], "name": field.name,
           "label": (schema.CONTEXT, field.alias)}
    if field.lookup:
        row["type"] = "select_one " + field.lookup
    if field.not_null:
        row["required"] = "yes"
    constraint = xpath_constraint(field)
    if field.kind == schema.STRING and field.length:
        constraint = "string-length(.) <= {}".format(field.length)
        row["constraint_message"] = (CONTEXT, QT_TRANSLATE_NOOP(
            "FieldForms", "At most {length} characters"), {"length": field.length})
    if constraint:
        row["constraint"] = constraint
        if field.constraint_text:
            row["constraint_message"] = (schema.CONTEXT, field.constraint_text)
    default = _default(field, programme)
    if default:
        row["default"] = default
    row.update(columns)
    return row


def _default(field, programme):
    value = field.default or ""
    if value == "now()" and field.kind == schema.DATE:
        return "today()"
    if value in ("true", "false") and field.kind == schema.BOOLEAN:
        return "yes" if value == "true" else "no"
    if value.startswith("'") and value.endswith("'"):
        code = value[1:-1]
        return code if code in programme.codes(field.lookup) else ""
    if value.isdigit():
        return value
    return ""


def _row(type_, name, label, **columns):
    row = {"type": type_, "name": name, "label": _noop(label) if label else ""}
    row.update(columns)
    return row


def _past_date(row):
    """A field date is today or earlier (a report of what was done)."""
    return dict(row, constraint=". <= today()", constraint_message=_noop(QT_TRANSLATE_NOOP(
        "FieldForms", "The date cannot be in the future")))


def survey_point_rows(programme, relevant=""):
    """The benchmark geopoint and the repeat of survey legs: one row per
    point after the benchmark, with the bearing and distance from its
    from-point, as the survey point table keeps them."""
    points = schema.SURVEY_POINTS
    leg = {"relevant": relevant} if relevant else {}
    rows = [
        _row("geopoint", "benchmark", QT_TRANSLATE_NOOP("FieldForms", "Benchmark position"),
             required="yes", **leg),
        _row("text", "benchmark_remarks",
             QT_TRANSLATE_NOOP("FieldForms", "Benchmark description"), **leg),
        _row("begin_repeat", "survey_points",
             QT_TRANSLATE_NOOP("FieldForms", "Survey points"), **leg),
        question(points, "point_no", programme, default="position(..)"),
        question(points, "point_type", programme, type="select_one " + LEG_POINT_TYPE),
        question(points, "from_point", programme, default="position(..) - 1"),
        question(points, "bearing", programme, constraint=bearing_constraint(programme),
                 required="${bearing_text} = ''", required_message=_noop(QT_TRANSLATE_NOOP(
                     "FieldForms", "Give the bearing, or the bearing as recorded"))),
        question(points, "bearing_text", programme),
        question(points, "bearing_unit", programme, required="yes"),
        question(points, "north_reference", programme, required="yes"),
        _row("select_one " + YES_NO, "slope_measured",
             QT_TRANSLATE_NOOP("FieldForms", "Slope measured?"), required="yes",
             default="no"),
        question(points, "slope_deg", programme, relevant="${slope_measured} = 'yes'",
                 required="yes"),
        question(points, "distance_m", programme, required="yes"),
        _row("geopoint", "position", QT_TRANSLATE_NOOP("FieldForms", "GPS position (optional)")),
        question(points, "remarks", programme),
        _row("end_repeat", "", ""),
    ]
    return rows


def _photos():
    return [
        _row("begin_repeat", "photos", QT_TRANSLATE_NOOP("FieldForms", "Photos")),
        _row("image", "photo", QT_TRANSLATE_NOOP("FieldForms", "Photo"), required="yes",
             parameters=PHOTO_SIZE),
        _row("text", "caption", QT_TRANSLATE_NOOP("FieldForms", "Caption")),
        _row("end_repeat", "", ""),
    ]


def _meta():
    return [{"type": "start", "name": "start"}, {"type": "end", "name": "end"},
            {"type": "deviceid", "name": "deviceid"}]


def hazard_report(programme):
    """Non-technical survey / hazard report: the hazard, its benchmark and the
    survey legs of its perimeter, the survey date and photos."""
    hazards = schema.HAZARDS
    survey = _meta() + [
        question(hazards, "hazard_id", programme),
        question(hazards, "name", programme),
        question(hazards, "hazard_class", programme),
        question(hazards, "contamination", programme, required="yes"),
        question(hazards, "evidence", programme, required="yes"),
        question(hazards, "land_use", programme),
    ] + [question(hazards, name, programme) for name in schema.BENEFICIARY_FIELDS] + [
        question(hazards, "organisation", programme),
        question(hazards, "region", programme),
        question(hazards, "district", programme),
        question(hazards, "locality", programme),
        _past_date(question(hazards, "survey_date", programme, required="yes",
                            default="today()")),
    ] + survey_point_rows(programme) + _photos() + [question(hazards, "remarks", programme)]
    return Form(HAZARD_REPORT_ID,
                QT_TRANSLATE_NOOP("FieldForms", "Non-technical survey / hazard report"),
                tuple(survey), choices(programme, survey))


def _find_rows(programme):
    finds = schema.EO_FINDS
    return [
        question(finds, "find_id", programme),
        question(finds, "eo_category", programme),
        question(finds, "eo_model", programme),
        question(finds, "quantity", programme),
        _past_date(question(finds, "find_date", programme)),
        question(finds, "destroyed", programme, required="yes"),
        question(finds, "depth_cm", programme),
        # a find is a point of the eo_finds layer: its position is required
        _row("geopoint", "position", QT_TRANSLATE_NOOP("FieldForms", "Position of the find"),
             required="yes"),
        _row("image", "photo", QT_TRANSLATE_NOOP("FieldForms", "Photo"), parameters=PHOTO_SIZE),
        question(finds, "remarks", programme),
    ]


def handover_rows(programme):
    """The handover of released land and its beneficiaries by sex and age,
    asked when the outcome releases land; an unanswered count stays "not
    recorded", never zero."""
    activities = schema.ACTIVITIES
    releasing = {"relevant": _any_of("outcome", programme.codes_with_base(
        "release_outcome", vocabulary.RELEASING_OUTCOMES))}
    return [question(activities, "handover_date", programme, constraint=". <= today() and ("
                     + xpath_constraint(activities.field("handover_date")) + ")",
                     **releasing)] + [
        question(activities, name, programme, **releasing)
        for name in schema.BENEFICIARY_FIELDS]


def activity_report(programme):
    """Technical survey / clearance progress and completion report: the
    activity, its perimeter drawn as a geoshape or walked as survey legs, and
    a repeat of the EO found."""
    activities = schema.ACTIVITIES
    drawn = "${perimeter_method} = 'geoshape'"
    walked = "${perimeter_method} = 'traverse'"
    survey = _meta() + [
        question(activities, "activity_id", programme),
        question(activities, "hazard_id", programme, required="yes"),
        question(activities, "task_id", programme),
        question(activities, "activity_type", programme),
        question(activities, "outcome", programme,
                 choice_filter="selected(activity, ${activity_type})"),
        question(activities, "technical_asset", programme,
                 relevant=_any_of("outcome", programme.codes_with_base(
                     "release_outcome", ("reduced_ta", "cleared")))),
        _past_date(question(activities, "start_date", programme)),
        question(activities, "end_date", programme, constraint=". <= today() and ("
                 + xpath_constraint(activities.field("end_date")) + ")"),
        question(activities, "organisation", programme),
        question(activities, "team", programme),
    ] + [question(activities, name, programme) for name in schema.TEAM_FIELDS] + [
        question(activities, "depth_cm", programme, relevant=_any_of(
            "activity_type", programme.codes_with_base("activity_type", ("clearance",)))),
        _row("select_one " + PERIMETER_METHOD, "perimeter_method",
             QT_TRANSLATE_NOOP("FieldForms", "Perimeter recorded as"), required="yes"),
        _row("geoshape", "perimeter", QT_TRANSLATE_NOOP("FieldForms", "Perimeter"),
             required="yes", relevant=drawn),
    ] + survey_point_rows(programme, relevant=walked) + [
        _row("begin_repeat", "eo_finds", QT_TRANSLATE_NOOP("FieldForms", "EO finds")),
    ] + _find_rows(programme) + [
        _row("end_repeat", "", ""),
    ] + handover_rows(programme) + _photos() + [question(activities, "remarks", programme)]
    return Form(ACTIVITY_REPORT_ID,
                QT_TRANSLATE_NOOP("FieldForms",
                                  "Technical survey / clearance progress and completion report"),
                tuple(survey), choices(programme, survey))


def eo_spot_report(programme):
    """EO spot report: one find of explosive ordnance, with its position."""
    finds = schema.EO_FINDS
    survey = _meta() + [question(finds, "hazard_id", programme),
                        question(finds, "organisation", programme)] + _find_rows(programme)
    return Form(EO_SPOT_REPORT_ID, QT_TRANSLATE_NOOP("FieldForms", "EO spot report"),
                tuple(survey), choices(programme, survey))


def all_forms(programme):
    return [hazard_report(programme), activity_report(programme), eo_spot_report(programme)]


# ------------------------------------------------------------ choices
_FORM_LISTS = {
    YES_NO: (("yes", QT_TRANSLATE_NOOP("FieldForms", "Yes")),
             ("no", QT_TRANSLATE_NOOP("FieldForms", "No"))),
    PERIMETER_METHOD: (
        ("geoshape", QT_TRANSLATE_NOOP("FieldForms", "Drawn or walked with GPS (geoshape)")),
        ("traverse", QT_TRANSLATE_NOOP("FieldForms", "Survey points (bearings and distances)"))),
}


def _lookup_choices(programme, name, list_name=None, skip=()):
    vocab = vocabulary.BY_NAME.get(name)
    rows = []
    for code, label in programme.entries.get(name, ()):
        if to_base(programme.base, name, code) in skip:
            continue
        row = {"list_name": list_name or name, "name": code, "label": label or code}
        if vocab is not None and code in vocab and \
                label == programme.seeded(vocabulary.CONTEXT, vocab.term(code).label):
            row["label"] = (vocabulary.CONTEXT, vocab.term(code).label)
        if name == "release_outcome":
            row["activity"] = " ".join(programme.codes_with_base(
                "activity_type", [activity for activity, outcomes
                                  in vocabulary.OUTCOMES_BY_ACTIVITY.items()
                                  if to_base(programme.base, name, code) in outcomes]))
        rows.append(row)
    return rows


def choices(programme, survey):
    """The choice rows of every list the survey rows select from."""
    rows = []
    for list_name in dict.fromkeys(row["type"].split()[1] for row in survey
                                   if row["type"].startswith("select_one ")):
        if list_name in _FORM_LISTS:
            rows += [{"list_name": list_name, "name": code, "label": _noop(label)}
                     for code, label in _FORM_LISTS[list_name]]
        elif list_name == LEG_POINT_TYPE:
            rows += _lookup_choices(programme, "point_type", LEG_POINT_TYPE,
                                    skip=("benchmark",))
        else:
            rows += _lookup_choices(programme, list_name)
    return tuple(rows)


# ------------------------------------------------------------ sheets
def _columns(names, rows, languages):
    used = [name for name in names if any(row.get(name) for row in rows)]
    header = []
    for name in used:
        if name in TRANSLATED:
            header += ["{}::{}".format(name, language.column) for language in languages]
        else:
            header.append(name)
    return used, header


def _cells(row, used, languages):
    cells = []
    for name in used:
        value = row.get(name) or ""
        if name in TRANSLATED:
            for language in languages:
                cells.append(_text(language, value))
        else:
            cells.append(value)
    return cells


def _text(language, value):
    """A translatable cell in ``language``: (context, text[, placeholders])."""
    if not isinstance(value, tuple):
        return value
    text = language.translate(value[0], value[1])
    return text.format(**value[2]) if len(value) > 2 else text


def sheets(form, languages, version):
    """[(sheet name, header, rows of cells)] of one form: survey, choices,
    settings. The first language is the form's default."""
    translate = languages[0].translate
    result = []
    for sheet, names, rows in (("survey", SURVEY_COLUMNS, form.survey),
                               ("choices", CHOICE_COLUMNS, form.choices)):
        used, header = _columns(names, rows, languages)
        result.append((sheet, header, [_cells(row, used, languages) for row in rows]))
    result.append(("settings", ["form_title", "form_id", "version", "default_language"],
                   [[translate(CONTEXT, form.title), form.form_id, version,
                     languages[0].column]]))
    return result


def long_names(form):
    """Question names longer than an IMSMA Core / ArcGIS field may be."""
    return [row["name"] for row in form.survey if len(row.get("name", "")) > MAX_NAME_LENGTH]


def form_version(moment=None):
    """The settings ``version``: the export's UTC minute (``202612011530``), so
    a form exported again replaces the one on the phones and servers."""
    import datetime
    moment = moment or datetime.datetime.now(datetime.timezone.utc)
    return moment.strftime("%Y%m%d%H%M")
