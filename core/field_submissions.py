"""Field submissions of the hazard report, as KoBoToolbox and ODK Central
export them, turned into survey point rows and hazard values.

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

A submission is keyed by its instance UUID, the same in both exports, so the
same survey exported either way is the same record. Pure Python:
``store.field_submissions_io`` reads the files and writes the database.
"""

import uuid as uuid_module
from dataclasses import dataclass, field as dc_field

from .codes import stored_code
from .errors import InputError
from .i18n import translate

REPEAT = "survey_points"
#: hazard report questions that are hazard fields, stored as they are
HAZARD_FIELDS = ("hazard_id", "name", "hazard_class", "contamination", "evidence",
                 "land_use", "organisation", "region", "district", "locality",
                 "survey_date", "remarks")
#: repeat questions that are survey point fields
LEG_FIELDS = ("point_no", "point_type", "from_point", "bearing", "bearing_text",
              "bearing_unit", "north_reference", "distance_m", "remarks")
#: the benchmark's point number: the repeat's first leg starts from it
BENCHMARK_NO = 0


@dataclass
class Submission:
    """One submission: its UUID, when it was submitted, its answers by
    question name and its repeat rows."""
    uuid: str
    submitted_at: str
    values: dict
    legs: list = dc_field(default_factory=list)

    @property
    def hazard_id(self):
        return (self.values.get("hazard_id") or "").strip()


def _blank(value):
    return value is None or (isinstance(value, str) and value.strip() == "")


def _name(column, separator):
    """The question name of an export column (the last part of a group path)."""
    return column.rsplit(separator, 1)[-1]


def _geopoint(row, name, latitude, longitude, whole=None):
    """(lat, lon) of a geopoint from its split columns, else from the
    ``"lat lon alt acc"`` text; None when unanswered."""
    lat, lon = row.get(latitude), row.get(longitude)
    if _blank(lat) or _blank(lon):
        text = row.get(whole) if whole else None
        if _blank(text):
            return None
        parts = str(text).split()
        if len(parts) < 2:
            raise InputError(translate(
                "FieldSubmissions", "Geopoint '{name}' reads '{text}', not 'latitude longitude "
                "altitude accuracy'").format(name=name, text=text), field=name)
        lat, lon = parts[0], parts[1]
    try:
        return float(lat), float(lon)
    except ValueError:
        raise InputError(translate(
            "FieldSubmissions", "Geopoint '{name}' has no readable latitude and longitude: "
            "{lat}, {lon}").format(name=name, lat=lat, lon=lon), field=name) from None


def _answers(row, separator, skip):
    values = {}
    for column, value in row.items():
        if column and not column.startswith("_") and column not in skip:
            values.setdefault(_name(column, separator), value)
    return values


def from_kobo(sheets):
    """Submissions from a KoBoToolbox XLSX export: ``sheets`` is
    ``[(sheet name, [row dicts])]``, the main sheet first."""
    (_main_name, main), repeats = sheets[0], dict(sheets[1:])
    legs = {}
    for row in repeats.get(REPEAT, []):
        legs.setdefault(str(row.get("_parent_index")), []).append(row)
    submissions = []
    for row in main:
        values = _answers(row, "/", ())
        values["benchmark"] = _geopoint(row, "benchmark", "_benchmark_latitude",
                                        "_benchmark_longitude",
                                        next((c for c in row if _name(c, "/") == "benchmark"),
                                             None))
        submissions.append(Submission(
            str(row.get("_uuid") or "").strip(), str(row.get("_submission_time") or ""),
            values, [_leg({_name(column, "/"): value for column, value in leg.items()},
                          "/", "_position_latitude", "_position_longitude", "position")
                     for leg in legs.get(str(row.get("_index")), [])]))
    return submissions


def from_odk(tables, form_id):
    """Submissions from an ODK Central CSV export: ``tables`` is
    ``{file name: [row dicts]}`` of the zip's CSV files."""
    main = tables.get(form_id + ".csv")
    if main is None:
        raise InputError(translate(
            "FieldSubmissions", "The export holds no {name}: is it an export of form {form}?").format(
                name=form_id + ".csv", form=form_id), field="INPUT")
    legs = {}
    for row in tables.get("{}-{}.csv".format(form_id, REPEAT), []):
        legs.setdefault(row.get("PARENT_KEY"), []).append(row)
    submissions = []
    for row in main:
        values = _answers(row, "-", ("SubmissionDate", "KEY", "SubmitterID", "SubmitterName",
                                     "AttachmentsPresent", "AttachmentsExpected", "Status",
                                     "ReviewState", "DeviceID", "Edits", "FormVersion"))
        values["benchmark"] = _geopoint(row, "benchmark", "benchmark-Latitude",
                                        "benchmark-Longitude")
        instance = str(row.get("meta-instanceID") or row.get("KEY") or "").strip()
        submissions.append(Submission(
            instance[len("uuid:"):] if instance.startswith("uuid:") else instance,
            str(row.get("SubmissionDate") or ""), values,
            [_leg(leg, "-", "position-Latitude", "position-Longitude")
             for leg in legs.get(row.get("KEY"), [])]))
    return submissions


def _leg(row, separator, latitude, longitude, whole=None):
    values = _answers(row, separator, ("PARENT_KEY", "KEY"))
    values["position"] = _geopoint(row, "position", latitude, longitude, whole)
    return values


def check_identity(submission):
    """InputError unless the submission has a UUID and a hazard ID."""
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
    if not submission.hazard_id:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the hazard ID is missing").format(
                uuid=submission.uuid), field="hazard_id")


def point_uuid(submission, point_no):
    """A survey point's UUID, the same at every import of the submission."""
    return str(uuid_module.uuid5(uuid_module.UUID(submission.uuid), str(point_no)))


def survey_rows(submission, base):
    """The survey point rows of a submission (``core.survey_records`` reads
    them): the benchmark from its geopoint, then one row per leg. ``base`` is
    the database's ``{vocabulary: {code: base}}``."""
    values = submission.values
    if values.get("benchmark") is None:
        raise InputError(translate(
            "FieldSubmissions", "Submission {uuid}: the benchmark position is missing").format(
                uuid=submission.uuid), field="benchmark")
    lat, lon = values["benchmark"]
    survey_date = values.get("survey_date")
    rows = [{"hazard_id": submission.hazard_id, "point_no": BENCHMARK_NO,
             "point_type": stored_code(base, "point_type", "benchmark"),
             "coord_entered": "{:.9f}, {:.9f}".format(lat, lon), "fixed_by": "gps",
             "survey_date": survey_date, "remarks": values.get("benchmark_remarks"),
             "uuid": point_uuid(submission, BENCHMARK_NO)}]
    for leg in submission.legs:
        row = {name: leg.get(name) for name in LEG_FIELDS}
        if str(leg.get("slope_measured") or "").strip() == "yes":
            row["slope_deg"] = leg.get("slope_deg")
        if leg.get("position") is not None:
            row["coord_entered"] = "{:.9f}, {:.9f}".format(*leg["position"])
        row.update(hazard_id=submission.hazard_id, survey_date=survey_date,
                   uuid=point_uuid(submission, leg.get("point_no")))
        rows.append(row)
    return rows


def hazard_values(submission, base):
    """The hazard fields a submission answers, keyed by its UUID; a reported
    hazard is open."""
    values = {name: submission.values.get(name) for name in HAZARD_FIELDS}
    values["status"] = stored_code(base, "hazard_status", "open")
    values["date_of_information"] = values["survey_date"]
    values["uuid"] = submission.uuid
    return values
