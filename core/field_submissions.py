"""Field submissions of the three field forms (``core.field_forms``), as
KoBoToolbox and ODK Central export them, turned into the rows of the data
model's tables.

Both exports hold one main table (one row per submission) and one table per
repeat group, but spell them differently:

* **KoBoToolbox XLSX**: the main sheet, then a sheet per repeat named after
  it; columns are question names, or group paths joined with ``/``; a
  geopoint also comes split into ``_<name>_latitude`` / ``_longitude`` /
  ``_altitude`` / ``_precision``; a repeat row's ``_parent_index`` is its
  submission's ``_index``; ``_uuid`` and ``_submission_time`` name the
  submission.
* **ODK Central CSV zip**: ``<form>.csv`` and ``<form>-<repeat>.csv``; groups
  are joined with ``-``; a geopoint is split into ``<name>-Latitude`` /
  ``-Longitude`` / ``-Altitude`` / ``-Accuracy``; a repeat row's
  ``PARENT_KEY`` is its submission's ``KEY``; ``meta-instanceID``
  (``uuid:…``) and ``SubmissionDate`` name the submission.

A geoshape is the ``lat lon alt acc;…`` text in both. A submission is keyed
by its instance UUID, the same in both exports, so the same survey exported
either way is the same record, and the records it gives carry that UUID (or
one derived from it). Pure Python: ``store.field_submissions_io`` reads the
files and writes the database.
"""

import re
import uuid as uuid_module
from dataclasses import dataclass, field as dc_field

from . import schema
from .codes import stored_code
from .errors import InputError
from .field_forms import ACTIVITY_REPORT_ID, EO_SPOT_REPORT_ID, HAZARD_REPORT_ID
from .i18n import translate

REPEAT = "survey_points"
FINDS = "eo_finds"
#: each form's repeat groups (``core.field_forms``)
REPEATS = {HAZARD_REPORT_ID: (REPEAT, "photos"),
           ACTIVITY_REPORT_ID: (REPEAT, FINDS, "photos"),
           EO_SPOT_REPORT_ID: ()}
#: the forms' geopoint and geoshape questions
GEOPOINTS = ("benchmark", "position")
GEOSHAPES = ("perimeter",)
#: hazard report questions that are hazard fields, stored as they are
HAZARD_FIELDS = ("hazard_id", "name", "hazard_class", "contamination", "evidence",
                 "land_use", "organisation", "region", "district", "locality",
                 "survey_date", "remarks") + schema.BENEFICIARY_FIELDS
#: activity report questions that are activity fields
ACTIVITY_FIELDS = ("activity_id", "hazard_id", "task_id", "activity_type", "outcome",
                   "technical_asset", "start_date", "end_date", "organisation", "team",
                   "depth_cm", "remarks") + schema.TEAM_FIELDS + (
                   "handover_date",) + schema.BENEFICIARY_FIELDS
#: EO find questions (of the spot report and of the activity's repeat)
FIND_FIELDS = ("find_id", "hazard_id", "eo_category", "eo_model", "quantity", "find_date",
               "destroyed", "depth_cm", "organisation", "remarks")
#: repeat questions that are survey point fields
LEG_FIELDS = ("point_no", "point_type", "from_point", "bearing", "bearing_text",
              "bearing_unit", "north_reference", "distance_m", "remarks")
#: the benchmark's point number: the repeat's first leg starts from it
BENCHMARK_NO = 0
#: how an activity's perimeter was recorded (the form's perimeter_method)
DRAWN, WALKED = "geoshape", "traverse"
#: ODK Central's own columns of a submission (not answers)
_ODK_META = ("SubmissionDate", "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName",
             "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
             "DeviceID", "Edits", "FormVersion")
_KOBO_SPLIT = re.compile(r"_(.+)_(latitude|longitude|altitude|precision)")
_ODK_SPLIT = ("-Latitude", "-Longitude", "-Altitude", "-Accuracy")


@dataclass
class Submission:
    """One submission of form ``form``: its UUID, when it was submitted, its
    answers by question name (geopoints as (lat, lon), geoshapes as
    [(lat, lon)]) and the rows of each repeat group."""
    form: str
    uuid: str
    submitted_at: str
    values: dict
    repeats: dict = dc_field(default_factory=dict)

    @property
    def legs(self):
        return self.repeats.get(REPEAT, [])

    @property
    def hazard_id(self):
        return _text(self.values.get("hazard_id"))

    @property
    def record_id(self):
        """The ID of the record the submission makes (hazard, activity, find)."""
        return _text(self.values.get(RECORD_KEY[self.form]))


#: the key field of the record each form makes
RECORD_KEY = {HAZARD_REPORT_ID: "hazard_id", ACTIVITY_REPORT_ID: "activity_id",
              EO_SPOT_REPORT_ID: "find_id"}


def _text(value):
    return "" if value is None else str(value).strip()


def _blank(value):
    return value is None or (isinstance(value, str) and value.strip() == "")


def _name(column, separator):
    """The question name of an export column (the last part of a group path)."""
    return column.rsplit(separator, 1)[-1]


def form_of(names):
    """The form whose main table has question ``names``: the activity report
    asks for an activity ID, the EO spot report for a find ID."""
    names = set(names)
    if "activity_id" in names:
        return ACTIVITY_REPORT_ID
    if "find_id" in names:
        return EO_SPOT_REPORT_ID
    return HAZARD_REPORT_ID


def _number_pair(name, lat, lon):
    try:
        return float(lat), float(lon)
    except (TypeError, ValueError):
        raise InputError(translate(
            "FieldSubmissions", "Geopoint '{name}' has no readable latitude and longitude: "
            "{lat}, {lon}").format(name=name, lat=lat, lon=lon), field=name) from None


def _geopoint(name, split, text):
    """(lat, lon) of a geopoint from its split columns, else from the
    ``"lat lon alt acc"`` text; None when unanswered."""
    lat, lon = split.get("latitude"), split.get("longitude")
    if not (_blank(lat) or _blank(lon)):
        return _number_pair(name, lat, lon)
    if _blank(text):
        return None
    parts = str(text).split()
    if len(parts) < 2:
        raise InputError(translate(
            "FieldSubmissions", "Geopoint '{name}' reads '{text}', not 'latitude longitude "
            "altitude accuracy'").format(name=name, text=text), field=name)
    return _number_pair(name, parts[0], parts[1])


def _geoshape(name, text):
    """[(lat, lon)] of a geoshape's ``"lat lon alt acc;…"`` text; None when
    unanswered."""
    if _blank(text):
        return None
    return [_geopoint(name, {}, vertex) for vertex in str(text).split(";") if vertex.strip()]


def _values(row, separator):
    """The answers of one export row by question name: split geopoint
    columns joined again, export columns (``_uuid``, ``KEY`` …) left out."""
    values, split = {}, {}
    for column, value in row.items():
        if not column:
            continue
        name = _name(column, separator)
        if separator == "/" and name.startswith("_"):
            match = _KOBO_SPLIT.fullmatch(name)
            if match:
                split.setdefault(match.group(1), {})[match.group(2)] = value
            continue
        if separator == "-":
            if column in _ODK_META:
                continue
            suffix = next((s for s in _ODK_SPLIT if column.endswith(s)), None)
            if suffix:
                part = {"Accuracy": "precision"}.get(suffix[1:], suffix[1:].lower())
                split.setdefault(_name(column[:-len(suffix)], "-"), {})[part] = value
                continue
        values.setdefault(name, value)
    for name in GEOPOINTS:
        if name in values or name in split:
            values[name] = _geopoint(name, split.get(name, {}), values.get(name))
    for name in GEOSHAPES:
        if name in values:
            values[name] = _geoshape(name, values[name])
    return values


def _instance(text):
    text = _text(text)
    return text[len("uuid:"):] if text.startswith("uuid:") else text


def from_kobo(sheets):
    """Submissions from a KoBoToolbox XLSX export: ``sheets`` is
    ``[(sheet name, [row dicts])]``, the main sheet first."""
    (_main_name, main), repeats = sheets[0], dict(sheets[1:])
    form = form_of(_name(column, "/") for column in (main[0] if main else {}))
    children = {}
    for repeat in REPEATS[form]:
        for row in repeats.get(repeat, []):
            children.setdefault((repeat, _text(row.get("_parent_index"))), []).append(
                _values(row, "/"))
    return [Submission(form, _instance(row.get("_uuid")), _text(row.get("_submission_time")),
                       _values(row, "/"),
                       {repeat: children.get((repeat, _text(row.get("_index"))), [])
                        for repeat in REPEATS[form]})
            for row in main]


def odk_form(names):
    """The form of an ODK Central export, from its CSV file names."""
    for form in (HAZARD_REPORT_ID, ACTIVITY_REPORT_ID, EO_SPOT_REPORT_ID):
        if form + ".csv" in names:
            return form
    raise InputError(translate(
        "FieldSubmissions", "The export holds none of {names}: is it an ODK Central export "
        "of a field form?").format(names=", ".join(
            form + ".csv" for form in REPEATS)), field="INPUT")


def from_odk(tables):
    """Submissions from an ODK Central CSV export: ``tables`` is
    ``{file name: [row dicts]}`` of the zip's CSV files."""
    form = odk_form(tables)
    children = {}
    for repeat in REPEATS[form]:
        for row in tables.get("{}-{}.csv".format(form, repeat), []):
            children.setdefault((repeat, row.get("PARENT_KEY")), []).append(
                _values(row, "-"))
    return [Submission(form, _instance(row.get("meta-instanceID") or row.get("KEY")),
                       _text(row.get("SubmissionDate")), _values(row, "-"),
                       {repeat: children.get((repeat, row.get("KEY")), [])
                        for repeat in REPEATS[form]})
            for row in tables[form + ".csv"]]


def check_identity(submission):
    """InputError unless the submission has a UUID and its record an ID."""
    if not submission.uuid:
        raise InputError(translate(
            "FieldSubmissions", "A submission has no instance UUID (_uuid, meta-instanceID)"),
            field="meta-instanceID")
    try:
        uuid_module.UUID(submission.uuid)
    except ValueError:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: its instance ID is not a UUID").format(
                uuid=submission.uuid), field="meta-instanceID") from None
    key = RECORD_KEY[submission.form]
    if not submission.record_id:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the {field} is missing").format(
                uuid=submission.uuid, field=key), field=key)


def derived_uuid(submission, part):
    """The UUID of a record of the submission's repeat (a survey point, a
    find), the same at every import of the submission."""
    return str(uuid_module.uuid5(uuid_module.UUID(submission.uuid), str(part)))


def point_uuid(submission, point_no):
    """A survey point's UUID, the same at every import of the submission."""
    return derived_uuid(submission, point_no)


def survey_rows(submission, base, key=None):
    """The survey point rows of a submission (``core.survey_records`` reads
    them) under ``key`` (the hazard ID; an activity's ID for a walked
    perimeter): the benchmark from its geopoint, then one row per leg.
    ``base`` is the database's ``{vocabulary: {code: base}}``."""
    key = key or submission.hazard_id
    values = submission.values
    if values.get("benchmark") is None:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the benchmark position is missing").format(
                uuid=submission.uuid), field="benchmark")
    lat, lon = values["benchmark"]
    survey_date = values.get("survey_date") or values.get("end_date")
    rows = [{"hazard_id": key, "point_no": BENCHMARK_NO,
             "point_type": stored_code(base, "point_type", "benchmark"),
             "coord_entered": "{:.9f}, {:.9f}".format(lat, lon), "fixed_by": "gps",
             "survey_date": survey_date, "remarks": values.get("benchmark_remarks"),
             "uuid": point_uuid(submission, BENCHMARK_NO)}]
    for leg in submission.legs:
        row = {name: leg.get(name) for name in LEG_FIELDS}
        if _text(leg.get("slope_measured")) == "yes":
            row["slope_deg"] = leg.get("slope_deg")
        if leg.get("position") is not None:
            row["coord_entered"] = "{:.9f}, {:.9f}".format(*leg["position"])
        row.update(hazard_id=key, survey_date=survey_date,
                   uuid=point_uuid(submission, leg.get("point_no")))
        rows.append(row)
    return rows


def submitted(base):
    """The review status of a record from the field: an operator's report
    waits for the national centre's review (docs/postgis.md, "Review")."""
    return stored_code(base, "review_status", "submitted")


def hazard_values(submission, base):
    """The hazard fields a submission answers, keyed by its UUID; a reported
    hazard is open. (Hazards are the national centre's own records: they
    carry no review status.)"""
    values = {name: submission.values.get(name) for name in HAZARD_FIELDS}
    values["status"] = stored_code(base, "hazard_status", "open")
    values["date_of_information"] = values["survey_date"]
    values["uuid"] = submission.uuid
    return values


def perimeter_method(submission):
    """How the activity's perimeter was recorded: drawn (geoshape) or walked."""
    method = _text(submission.values.get("perimeter_method"))
    if method not in (DRAWN, WALKED):
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the perimeter is recorded as '{method}', "
            "neither {drawn} nor {walked}").format(
                uuid=submission.uuid, method=method, drawn=DRAWN, walked=WALKED),
            field="perimeter_method")
    return method


def perimeter_ring(submission):
    """[(lon, lat)] of a drawn perimeter, closed; InputError naming the field
    when it has fewer than three corners."""
    shape = submission.values.get("perimeter") or []
    ring = [(lon, lat) for lat, lon in shape]
    if ring and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the perimeter has {count} corners; a "
            "drawn perimeter needs at least three").format(
                uuid=submission.uuid, count=len(ring)), field="perimeter")
    return ring + ring[:1]


def activity_values(submission, base):
    """The activity fields a submission answers, keyed by its UUID, awaiting
    review."""
    values = {name: submission.values.get(name) for name in ACTIVITY_FIELDS}
    values.update(uuid=submission.uuid, review_status=submitted(base))
    return values


def find_rows(submission, base):
    """[(find values, (lon, lat) or None)]: the spot report's one find, or the
    activity's repeat of finds (with the activity's hazard, ID and
    organisation), each awaiting review."""
    if submission.form == EO_SPOT_REPORT_ID:
        found = [(submission.values, submission.uuid)]
    else:
        found = [(row, derived_uuid(submission, "{}/{}".format(FINDS, number)))
                 for number, row in enumerate(submission.repeats.get(FINDS, []), start=1)]
    rows = []
    for answers, record_uuid in found:
        values = {name: answers.get(name) for name in FIND_FIELDS}
        if submission.form == ACTIVITY_REPORT_ID:
            values.update(activity_id=submission.record_id,
                          hazard_id=submission.values.get("hazard_id"),
                          organisation=submission.values.get("organisation"))
        values.update(uuid=record_uuid, review_status=submitted(base))
        position = answers.get("position")
        if position is None:
            raise InputError(translate(
                "FieldSubmissions", "Submission {uuid}: find {find} has no position (a "
                "find is a point of the EO finds layer)").format(
                    uuid=submission.uuid, find=_text(values.get("find_id")) or "?"),
                field="position")
        rows.append((values, (position[1], position[0])))
    return rows


# ------------------------------------------------------------ Survey123
#: the question each Survey123 layer keeps as its geometry: the first
#: geopoint or geoshape of its table (a layer holds one geometry)
SURVEY123_GEOMETRY = {HAZARD_REPORT_ID: "benchmark", ACTIVITY_REPORT_ID: "perimeter",
                      EO_SPOT_REPORT_ID: "position", REPEAT: "position", FINDS: "position"}
#: the feature service's own fields (not answers)
_SURVEY123_META = ("objectid", "globalid", "parentglobalid", "creationdate", "creator",
                   "editdate", "editor", "x", "y", "shape__area", "shape__length")


def _guid(text):
    """A GlobalID as a plain lower-case UUID (``{ABC…}`` → ``abc…``)."""
    return _text(text).strip("{}").lower()


def _survey123_values(table, row, geometry):
    """The answers of a Survey123 row: its fields by question name, the
    layer's geometry as its geometry question (``geometry`` is (lat, lon) or
    [(lat, lon)] or None)."""
    values = {name: value for name, value in row.items()
              if name and name.lower() not in _SURVEY123_META}
    if table in SURVEY123_GEOMETRY:
        values[SURVEY123_GEOMETRY[table]] = geometry
    for name in GEOPOINTS:
        if isinstance(values.get(name), str):
            values[name] = _geopoint(name, {}, values[name])
    return values


def from_survey123(layers):
    """Submissions from a Survey123 export (a file geodatabase, or its CSV
    export): ``layers`` is ``{layer name: [(row dict, geometry)]}``, a layer
    per form named after its form id, a related table per repeat named after
    it, linked by ``parentglobalid`` to the submission's ``globalid``."""
    form = next((form for form in REPEATS if form in layers), None)
    if form is None:
        raise InputError(translate(
            "FieldSubmissions", "The Survey123 export holds no layer named after a field "
            "form ({forms}); its layers: {layers}").format(
                forms=", ".join(REPEATS), layers=", ".join(sorted(layers)) or "-"),
            field="INPUT")
    children = {}
    for repeat in REPEATS[form]:
        for row, geometry in layers.get(repeat, []):
            parent = _guid(_field(row, "parentglobalid"))
            children.setdefault((repeat, parent), []).append(
                _survey123_values(repeat, row, geometry))
    submissions = []
    for row, geometry in layers[form]:
        key = _guid(_field(row, "globalid"))
        submissions.append(Submission(
            form, key, _text(_field(row, "CreationDate")),
            _survey123_values(form, row, geometry),
            {repeat: children.get((repeat, key), []) for repeat in REPEATS[form]}))
    return submissions


def _field(row, name):
    """A field of a row whatever its case (GlobalID, globalid)."""
    return next((value for key, value in row.items() if key.lower() == name.lower()), None)


# ------------------------------------------------------------ photos
def photos(submission):
    """[(table, record uuid, file name)] of the photos a submission names:
    its repeat of photos belongs to its record (hazard, activity); a find's
    own photo to the find (the spot report's, or one of the activity's)."""
    table = {HAZARD_REPORT_ID: "hazards", ACTIVITY_REPORT_ID: "land_release_activities",
             EO_SPOT_REPORT_ID: "eo_finds"}[submission.form]
    named = [(table, submission.uuid, row.get("photo"))
             for row in submission.repeats.get("photos", [])]
    if submission.form == EO_SPOT_REPORT_ID:
        named.append(("eo_finds", submission.uuid, submission.values.get("photo")))
    for number, row in enumerate(submission.repeats.get(FINDS, []), start=1):
        named.append(("eo_finds", derived_uuid(submission, "{}/{}".format(FINDS, number)),
                      row.get("photo")))
    return [(table, record, _text(name).replace("\\", "/").rsplit("/", 1)[-1])
            for table, record, name in named if not _blank(name)]
