"""Import field submissions of the three field forms (KoBoToolbox XLSX,
ODK Central CSV zip) into a mine action database.

Each submission is read (``core.field_submissions``) and turned into the
records it makes: a hazard report's survey points go through the traverse
engine (``core.survey_records``) into the hazard; an activity report's
perimeter is drawn (geoshape) or walked (survey points through the same
engine), and its EO finds come with it; an EO spot report is one find. The
records are checked by the same validation as *Import records*
(``store.importer.prepare``) and written in one transaction per submission:
a rejected submission, named with its field, leaves the others in. A
submission is keyed by its instance UUID (the record's ``uuid``), so
importing it again, from either export, changes nothing.

Activities, finds and survey points from the field are operators' reports:
they come in *submitted*, for the national centre to review (only approved
activities release land); their organisation is the one the form names.
"""

import csv
import io
import os
import zipfile
from pathlib import Path

import shapely
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsVectorLayer

from ..core import field_forms, field_submissions, schema, survey_records
from ..core.errors import DatabaseError, InputError, MineActionError
from ..core.i18n import translate
from ..core.traverse import Tolerance
from . import database_state
from .database import open_layer, schema_version
from .reference import reference
from .features import python_value
from .fields import qgs_field
from .importer import prepare
from .lookups import base_codes
from .roles import refusal
from .settings_store import effective_settings
from .transaction import in_one_transaction

ACCEPTED, REJECTED, SKIPPED = "accepted", "rejected", "already_imported"
#: the report's columns: (name, data model kind)
REPORT_FIELDS = (
    ("submission_uuid", schema.STRING), ("submitted_at", schema.STRING),
    ("form", schema.STRING), ("record_id", schema.STRING),
    ("hazard_id", schema.STRING), ("status", schema.STRING), ("field", schema.STRING),
    ("message", schema.STRING), ("points", schema.INTEGER), ("finds", schema.INTEGER),
    ("photos", schema.INTEGER),
    ("misclosure_m", schema.REAL), ("precision", schema.STRING), ("closure", schema.STRING),
    ("area_m2", schema.REAL))
#: the table each form's submission is keyed in (by its uuid)
_KEYED_IN = {field_forms.HAZARD_REPORT_ID: "hazards",
             field_forms.ACTIVITY_REPORT_ID: "land_release_activities",
             field_forms.EO_SPOT_REPORT_ID: "eo_finds"}
_TABLES = ("hazards", "survey_points", "land_release_activities", "eo_finds", "lookups")
#: the tables each form's submissions are written to
_WRITES = {field_forms.HAZARD_REPORT_ID: ("hazards", "survey_points"),
           field_forms.ACTIVITY_REPORT_ID: ("land_release_activities", "eo_finds"),
           field_forms.EO_SPOT_REPORT_ID: ("eo_finds",)}


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


def _survey123_geometry(geometry, transform):
    """(lat, lon) of a point, [(lat, lon)] of a polygon's outer ring, else None."""
    if geometry is None or geometry.IsEmpty():
        return None
    shape = geometry.Clone()  # kept alive: OGR frees a part with its parent
    if transform is not None:
        shape.Transform(transform)
    flat = ogr.GT_Flatten(shape.GetGeometryType())
    polygon = shape.GetGeometryRef(0) if flat == ogr.wkbMultiPolygon else shape
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        ring = polygon.GetGeometryRef(0)
        return [(ring.GetY(i), ring.GetX(i)) for i in range(ring.GetPointCount())]
    if flat == ogr.wkbPoint:
        return shape.GetY(), shape.GetX()
    return None


def _survey123_value(feature, index, definition):
    """A field's value as the export has it; a date as ISO text."""
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if definition.GetType() in (ogr.OFTDate, ogr.OFTDateTime):
        year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
        if (hour, minute, second) == (0, 0, 0):
            return "{:04d}-{:02d}-{:02d}".format(year, month, day)
        return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(
            year, month, day, hour, minute, int(second))
    return feature.GetField(index)


def _survey123_layer(layer):
    """[(row dict, geometry)] of one layer or table, positions in WGS 84 (a
    CSV's x / y columns are)."""
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    source = layer.GetSpatialRef()
    transform = None
    if source is not None and source.GetAuthorityCode(None) != "4326":
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, wgs84)
    return [({field.GetName(): _survey123_value(feature, i, field)
              for i, field in enumerate(fields)},
             _survey123_geometry(feature.GetGeometryRef(), transform)) for feature in layer]


def _survey123_name(name):
    """A layer's name without ArcGIS Online's CSV suffix (``eo_finds_1.csv``)."""
    stem = os.path.splitext(os.path.basename(name))[0]
    head, _sep, tail = stem.rpartition("_")
    return head if tail.isdigit() and head else stem


def _survey123_layers(path, csv_names=()):
    """{layer name: [(row, geometry)]} of a Survey123 file geodatabase (a
    ``.gdb`` folder, or zipped) or of its zip of CSV files."""
    if csv_names:
        sources = ["/vsizip/{}/{}".format(path, name) for name in csv_names]
    else:
        sources = [path]
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                folders = {name.split(".gdb/")[0] + ".gdb" for name in archive.namelist()
                           if ".gdb/" in name}
            sources = ["/vsizip/{}/{}".format(path, folder) for folder in sorted(folders)]
    layers = {}
    for source in sources:
        dataset = gdal.OpenEx(source, gdal.OF_VECTOR, allowed_drivers=[
            "CSV" if csv_names else "OpenFileGDB"], open_options=[
                "X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "KEEP_GEOM_COLUMNS=NO",
                "AUTODETECT_TYPE=NO"] if csv_names else [])
        if dataset is None:
            raise InputError(translate(
                "FieldSubmissions", "{path} cannot be read as a Survey123 export (file "
                "geodatabase or CSV): {error}").format(
                    path=path, error=gdal.GetLastErrorMsg() or "?"), field="INPUT")
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(index)
            name = _survey123_name(source) if csv_names else layer.GetName()
            layers[name] = _survey123_layer(layer)
    return layers


def read_submissions(path):
    """The submissions of an export of one of the field forms: KoBoToolbox
    XLSX, ODK Central CSV zip, Survey123 file geodatabase (a ``.gdb`` folder
    or zipped) or Survey123 CSV zip (told from ODK's by its ``globalid``)."""
    lower = path.lower().rstrip("/")
    if lower.endswith(".xlsx"):
        return field_submissions.from_kobo(_kobo_sheets(path))
    if lower.endswith(".gdb"):
        return field_submissions.from_survey123(_survey123_layers(path))
    if lower.endswith(".zip"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError) as error:
            raise InputError(translate(
                "FieldSubmissions", "{path} cannot be read as a zip file: {error}").format(
                    path=path, error=error), field="INPUT") from None
        if any(".gdb/" in name for name in names):
            return field_submissions.from_survey123(_survey123_layers(path))
        tables = _odk_tables(path)
        esri = [name for name, rows in tables.items()
                if any(column.lower() == "globalid" for column in (rows[0] if rows else {}))]
        if esri:
            return field_submissions.from_survey123(_survey123_layers(
                path, [name for name in names if name.lower().endswith(".csv")]))
        return field_submissions.from_odk(tables)
    raise InputError(translate(
        "FieldSubmissions", "{path} is not a field export this import reads: a "
        "KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV "
        "zip.").format(path=path), field="INPUT")


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


def _write(writes):
    """Add each layer's features, all in one transaction: ``writes`` is
    ``[(layer, features)]``."""
    def write(_transaction):
        for layer, features in writes:
            provider = layer.dataProvider()
            if features and not provider.addFeatures(features)[0]:
                errors = "; ".join(provider.errors()) or "?"
                raise DatabaseError(refusal(errors, layer.name()) or translate(
                    "FieldSubmissions", "The records could not be written: {error}").format(
                        error=errors))
    in_one_transaction([layer for layer, _features in writes], write)


def _stored_uuids(layer):
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["uuid"], layer.fields())
    return {python_value(feature["uuid"]) for feature in layer.getFeatures(request)}


class _Context:
    """What every submission of one import is checked and computed with."""

    def __init__(self, database):
        self.layers = {name: open_layer(database, name) for name in _TABLES}
        self.base = base_codes(self.layers["lookups"])
        settings = effective_settings(database)
        self.tolerance = Tolerance(settings.max_misclosure_m or None,
                                   settings.min_precision or None)
        self.max_leg_m = settings.max_leg_m

    def prepare(self, table, rows, point=False, geometry_by_key=None):
        return prepare(_rows_layer(table, rows, point), self.layers[table], table,
                       self.layers["lookups"], geometry_by_key=geometry_by_key)

    def traverse(self, submission, key):
        """(closure row, polygon, point rows) of the submission's survey points."""
        rows = field_submissions.survey_rows(submission, self.base, key)
        survey = survey_records.survey_from_rows(key, rows)
        result = survey_records.compute(survey, self.tolerance, max_leg_m=self.max_leg_m)
        closure = survey_records.closure_row(survey, result, self.tolerance)
        _attributes, polygon = survey_records.hazard_row(survey, result)
        review = field_submissions.submitted(self.base)
        points = [(dict(values, review_status=review), position)
                  for values, position in survey_records.point_rows(survey, result)]
        return closure, polygon, points


def _hazard_report(submission, context):
    closure, polygon, points = context.traverse(submission, submission.hazard_id)
    hazards = context.prepare(
        "hazards", [(field_submissions.hazard_values(submission, context.base), None)],
        geometry_by_key={submission.hazard_id: polygon})
    return closure, [("hazards", hazards),
                     ("survey_points", context.prepare("survey_points", points, point=True))]


def _activity_report(submission, context):
    """The activity (its perimeter drawn, or walked: the survey points give
    the polygon and the closure, and are not stored, the survey point table
    holding hazards' surveys) and its finds."""
    closure = None
    if field_submissions.perimeter_method(submission) == field_submissions.DRAWN:
        polygon = shapely.Polygon(field_submissions.perimeter_ring(submission))
    else:
        closure, polygon, _points = context.traverse(submission, submission.record_id)
    activities = context.prepare(
        "land_release_activities",
        [(field_submissions.activity_values(submission, context.base), None)],
        geometry_by_key={submission.record_id: polygon})
    finds = context.prepare("eo_finds", field_submissions.find_rows(submission, context.base),
                            point=True)
    return closure, [("land_release_activities", activities), ("eo_finds", finds)]


def _eo_spot_report(submission, context):
    return None, [("eo_finds", context.prepare(
        "eo_finds", field_submissions.find_rows(submission, context.base), point=True))]


_RECORDS = {field_forms.HAZARD_REPORT_ID: _hazard_report,
            field_forms.ACTIVITY_REPORT_ID: _activity_report,
            field_forms.EO_SPOT_REPORT_ID: _eo_spot_report}


def _import_one(submission, context):
    """Check and write one submission's records; returns (closure row or
    None, number of finds)."""
    closure, writes = _RECORDS[submission.form](submission, context)
    _write([(context.layers[table], features) for table, features in writes])
    return closure, sum(len(features) for table, features in writes if table == "eo_finds")


# ------------------------------------------------------------------ photos
_MEDIA_FOLDERS = ("media", "attachments")


def _media(path):
    """{file name: [(where, function returning its bytes)]} of the photos an
    export comes with: an ODK Central zip's ``media/``, and the files of a
    ``media`` or ``attachments`` folder beside the export (KoBoToolbox's
    attachments download, unzipped there: a folder per submission), at any
    depth."""
    found = {}
    folder = os.path.dirname(os.path.abspath(path))
    for name in _MEDIA_FOLDERS:
        for root, _dirs, files in os.walk(os.path.join(folder, name)):
            for file_name in files:
                full = Path(root) / file_name
                found.setdefault(file_name, []).append((str(full), full.read_bytes))
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if "/media/" in "/" + name and not name.endswith("/"):
                    found.setdefault(os.path.basename(name), []).insert(
                        0, (name, lambda name=name: _zipped(path, name)))
    return found


def _zipped(path, name):
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def photos_folder(database):
    """Where the photos of a GeoPackage's records go: ``<name>_photos`` beside
    it (a PostGIS database has no folder: the import is given one)."""
    ref = reference(database)
    if ref.is_postgres:
        return None
    stem = os.path.splitext(os.path.basename(ref.path))[0]
    return os.path.join(os.path.dirname(os.path.abspath(ref.path)), stem + "_photos")


def _keep_photos(submission, media, folder):
    """Copy the submission's photos to ``<folder>/<table>/<record uuid>/``;
    returns (number kept, names missing from the export)."""
    kept, missing = 0, []
    for table, record, name in field_submissions.photos(submission):
        if name not in media or folder is None:
            missing.append(name)
            continue
        # the copy in the submission's own folder, when several have the name
        _where, read = next((item for item in media[name] if submission.uuid in item[0]),
                            media[name][0])
        target = os.path.join(folder, table, record)
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, name), "wb") as handle:
            handle.write(read())
        kept += 1
    return kept, missing


def import_submissions(database, path, feedback=None, photos=None):
    """Import every submission of the export ``path``; returns the report:
    one dict per submission (``REPORT_FIELDS``). The photos of the records
    written go to ``photos`` (default: ``photos_folder(database)``)."""
    schema_version(database, writing=True)
    submissions = read_submissions(path)
    for form in {submission.form for submission in submissions}:
        # a login that may not write them is told before anything is tried
        database_state.require_privileges(database, {table: ("INSERT",)
                                                     for table in _WRITES[form]})
    context = _Context(database)
    media, folder = _media(path), photos or photos_folder(database)
    report = []
    for index, submission in enumerate(submissions):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / max(1, len(submissions)))
        legs = submission.legs
        row = dict.fromkeys(name for name, _kind in REPORT_FIELDS)
        row.update({"submission_uuid": submission.uuid, "submitted_at": submission.submitted_at,
               "form": submission.form, "record_id": submission.record_id,
               "hazard_id": submission.hazard_id, "points": len(legs) + 1 if legs else None})
        try:
            field_submissions.check_identity(submission)
            keyed_in = context.layers[_KEYED_IN[submission.form]]
            if submission.uuid in _stored_uuids(keyed_in):
                row["status"] = SKIPPED
            else:
                closure, finds = _import_one(submission, context)
                kept, missing = _keep_photos(submission, media, folder)
                row.update(status=ACCEPTED, finds=finds, photos=kept)
                notes = []
                if closure is not None:
                    row.update(misclosure_m=closure["misclosure_m"],
                               precision=closure["precision_text"], closure=closure["result"],
                               area_m2=closure["area_m2"])
                    notes.append(closure["warnings"])
                if missing:
                    notes.append(translate(
                        "FieldSubmissions", "Photos not in the export (download its media "
                        "too): {names}").format(names=", ".join(missing)))
                row["message"] = "\n".join(note for note in notes if note) or None
        except MineActionError as error:
            row.update(status=REJECTED, field=error.field, message=translate(
                "FieldSubmissions", "Submission {uuid} ({record}) was not imported: "
                "{problem}").format(uuid=submission.uuid or "?",
                                    record=submission.record_id or "?", problem=error))
        report.append(row)
    return report
