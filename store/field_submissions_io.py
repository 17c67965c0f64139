"""Import field submissions of the hazard report (KoBoToolbox XLSX, ODK
Central CSV zip) into a mine action database.

Each submission is read (``core.field_submissions``), its survey points go
through the traverse engine (``core.survey_records``), and the hazard and its
points are checked by the same validation as *Import records*
(``store.importer.prepare``) and written in one transaction of their own: a
rejected submission, named with its field, leaves the others in. A
submission is keyed by its instance UUID (the hazard's ``uuid``), so
importing it again, from either export, changes nothing.
"""

import csv
import io
import os
import zipfile

from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from ..core import field_forms, field_submissions, schema, survey_records
from ..core.errors import DatabaseError, InputError, MineActionError
from ..core.i18n import translate
from ..core.traverse import Tolerance
from .database import open_layer, schema_version
from .features import python_value
from .fields import qgs_field
from .importer import prepare
from .lookups import base_codes
from .settings_store import effective_settings
from .transaction import in_one_transaction

ACCEPTED, REJECTED, SKIPPED = "accepted", "rejected", "already_imported"
#: the report's columns: (name, data model kind)
REPORT_FIELDS = (
    ("submission_uuid", schema.STRING), ("submitted_at", schema.STRING),
    ("hazard_id", schema.STRING), ("status", schema.STRING), ("field", schema.STRING),
    ("message", schema.STRING), ("points", schema.INTEGER), ("misclosure_m", schema.REAL),
    ("precision", schema.STRING), ("closure", schema.STRING), ("area_m2", schema.REAL))


# ------------------------------------------------------------------ reading
def _kobo_sheets(path):
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["XLSX"],
                          open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    if dataset is None:
        raise InputError(translate(
            "FieldSubmissions", "{path} cannot be read as a KoBoToolbox XLSX export.").format(
                path=path), field="INPUT")
    sheets = []
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        names = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
                 for i in range(layer.GetLayerDefn().GetFieldCount())]
        sheets.append((layer.GetName(), [
            {name: feature.GetField(name) for name in names} for feature in layer]))
    return sheets


def _odk_tables(path):
    try:
        with zipfile.ZipFile(path) as archive:
            return {os.path.basename(name): list(csv.DictReader(io.TextIOWrapper(
                archive.open(name), encoding="utf-8-sig", newline="")))
                for name in archive.namelist() if name.lower().endswith(".csv")}
    except (zipfile.BadZipFile, UnicodeDecodeError, csv.Error) as error:
        raise InputError(translate(
            "FieldSubmissions", "{path} cannot be read as an ODK Central CSV export: "
            "{error}").format(path=path, error=error), field="INPUT") from None


def read_submissions(path):
    """The submissions of a KoBoToolbox XLSX or ODK Central CSV zip export
    of the hazard report."""
    form_id = field_forms.HAZARD_REPORT_ID
    if path.lower().endswith(".xlsx"):
        return field_submissions.from_kobo(_kobo_sheets(path))
    if path.lower().endswith(".zip"):
        return field_submissions.from_odk(_odk_tables(path), form_id)
    raise InputError(translate(
        "FieldSubmissions", "{path} is neither a KoBoToolbox XLSX export nor an ODK Central "
        "CSV zip.").format(path=path), field="INPUT")


# ------------------------------------------------------------------ writing
def _rows_layer(table, rows, point=False):
    """A memory layer of text rows with ``table``'s field names: the source
    ``store.importer.prepare`` validates."""
    model = schema.BY_NAME[table]
    layer = QgsVectorLayer("Point?crs=EPSG:4326" if point else "None", table, "memory")
    names = [name for name in model.field_names() if any(name in row for row, _p in rows)]
    layer.dataProvider().addAttributes([qgs_field(name, schema.STRING) for name in names])
    layer.updateFields()
    features = []
    for row, position in rows:
        feature = QgsFeature(layer.fields())
        for name in names:
            value = python_value(row.get(name))
            feature[name] = None if value is None else str(value)
        if position is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*position)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _write(hazards, points, hazard_features, point_features):
    """Add the features to both tables in one transaction."""
    def write(_transaction):
        for layer, features in ((hazards, hazard_features), (points, point_features)):
            provider = layer.dataProvider()
            if not provider.addFeatures(features):
                raise DatabaseError(translate(
                    "FieldSubmissions", "The records could not be written: {error}").format(
                        error="; ".join(provider.errors()) or "?"))
    in_one_transaction([hazards, points], write)


def _stored_uuids(layer):
    return {python_value(feature["uuid"]) for feature in layer.getFeatures()}


def _import_one(submission, layers, base, settings):
    hazards, points, lookups = layers["hazards"], layers["survey_points"], layers["lookups"]
    rows = field_submissions.survey_rows(submission, base)
    survey = survey_records.survey_from_rows(submission.hazard_id, rows)
    tolerance = Tolerance(settings.max_misclosure_m or None, settings.min_precision or None)
    result = survey_records.compute(survey, tolerance, max_leg_m=settings.max_leg_m)
    closure = survey_records.closure_row(survey, result, tolerance)
    _attributes, polygon = survey_records.hazard_row(survey, result)
    point_rows = [(values, position) for values, position
                  in survey_records.point_rows(survey, result)]
    hazard_features = prepare(
        _rows_layer("hazards", [(field_submissions.hazard_values(submission, base), None)]),
        hazards, "hazards", lookups, geometry_by_key={submission.hazard_id: polygon})
    point_features = prepare(_rows_layer("survey_points", point_rows, point=True),
                             points, "survey_points", lookups)
    _write(hazards, points, hazard_features, point_features)
    return closure


def import_submissions(database, path, feedback=None):
    """Import every submission of the export ``path``; returns the report:
    one dict per submission (``REPORT_FIELDS``)."""
    schema_version(database, writing=True)
    submissions = read_submissions(path)
    layers = {name: open_layer(database, name)
              for name in ("hazards", "survey_points", "lookups")}
    base = base_codes(layers["lookups"])
    settings = effective_settings(database)
    report = []
    for index, submission in enumerate(submissions):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / max(1, len(submissions)))
        row = {"submission_uuid": submission.uuid, "submitted_at": submission.submitted_at,
               "hazard_id": submission.hazard_id, "points": len(submission.legs) + 1}
        try:
            field_submissions.check_identity(submission)
            if submission.uuid in _stored_uuids(layers["hazards"]):
                row["status"] = SKIPPED
            else:
                closure = _import_one(submission, layers, base, settings)
                row.update(status=ACCEPTED, misclosure_m=closure["misclosure_m"],
                           precision=closure["precision_text"], closure=closure["result"],
                           area_m2=closure["area_m2"], message=closure["warnings"])
        except MineActionError as error:
            row.update(status=REJECTED, field=error.field, message=translate(
                "FieldSubmissions", "Submission {uuid} (hazard {hazard}) was not imported: "
                "{problem}").format(uuid=submission.uuid or "?",
                                    hazard=submission.hazard_id or "?", problem=error))
        report.append(row)
    return report
