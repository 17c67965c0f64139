"""Land release statistics of a mine action database (GeoPackage or PostGIS),
and their tables as QGIS features and as an XLSX workbook.

The engine's counting only: the release history rows already written, plus
the engine's replay of the activities not yet applied (exactly what *Update
mine action database* would write), over the hazards as stored. Then
``core.land_release_stats`` cuts that account by period and group. The
people tables (beneficiaries, teams, casualties) come from the records as
stored (``read_people_inputs``, ``core.disaggregated_stats``).
"""

from qgis.core import QgsVectorFileWriter, QgsVectorLayer

from ..core import disaggregated_stats as people, files, land_release_stats as stats
from ..core import schema, vocabulary
from ..core.codes import to_base
from ..core.dates import to_date
from ..core.errors import InputError, OutputError
from ..core.i18n import translate
from ..core.land_release import release_land
from . import land_release_io as records
from .database import open_layer
from .features import new_feature, read_records
from .fields import fields_of
from .lookups import base_codes

#: hazard fields giving a hazard's groups and recording day
HAZARD_GROUP_FIELDS = ("region", "district", "organisation", "contamination", "survey_date")
FIND_FIELDS = ("hazard_id", "activity_id", "eo_category", "quantity", "find_date",
               "destroyed")
_HISTORY_FIELDS = records.HISTORY_ROW_FIELDS + ("from_class", "organisation")


def _history_rows(layer, inputs, codes):
    """Stored release history rows as records of base codes, named by their
    engine hazard."""
    rows = []
    for fid, values, _shape in read_records(layer, list(_HISTORY_FIELDS)):
        hazard_id = inputs.family.get(values["hazard_id"])
        if hazard_id is None:
            raise InputError(translate(
                "Statistics", "Release history row {fid}: hazard {hazard} (field "
                "hazard_id) is not in the hazards table.").format(
                    fid=fid, hazard=values["hazard_id"]),
                feature=str(fid), field="hazard_id")
        values = dict(values, hazard_id=hazard_id,
                      event_date=to_date(values["event_date"]))
        if values["outcome"]:
            values["outcome"] = to_base(codes, "release_outcome", values["outcome"])
        if values["from_class"]:
            values["from_class"] = to_base(codes, "hazard_class", values["from_class"])
        rows.append(values)
    return rows


def read_statistics_inputs(database, tolerance_m2, transform_context=None,
                           progress=None, is_cancelled=None, today=None):
    """(accounts, events, finds) of ``database`` (a path or DatabaseRef)."""
    layers = {name: open_layer(database, name) for name in (
        "hazards", "land_release_activities", "release_history", "lookups", "eo_finds")}
    codes = base_codes(layers["lookups"])
    inputs = records.read_hazards(layers["hazards"], codes, transform_context,
                                  extra_fields=HAZARD_GROUP_FIELDS)
    activities, _outcomes = records.read_activities(
        layers["land_release_activities"], codes, transform_context,
        family=inputs.family,
        skip_ids=records.applied_activity_ids(layers["release_history"]))
    result = release_land(inputs.hazards, activities, tolerance_m2=tolerance_m2,
                          progress=progress, is_cancelled=is_cancelled, today=today)
    history = _history_rows(layers["release_history"], inputs, codes)
    events = stats.release_events(history + [e.as_record() for e in result.history])
    attributes, survey_days, information_days = {}, {}, {}
    for hazard in inputs.hazards:
        record = inputs.records[hazard.hazard_id]
        values = record.attributes
        attributes[hazard.hazard_id] = {
            "region": values.get("region"), "district": values.get("district"),
            "organisation": values.get("organisation"),
            "contamination": values.get("contamination")}
        survey_days[hazard.hazard_id] = to_date(values.get("survey_date"))
        information_days[hazard.hazard_id] = to_date(record.date_of_information)
    accounts = stats.hazard_accounts(result.ledger, events, attributes, survey_days,
                                     information_days)
    organisations = {}
    for _fid, values, _shape in read_records(layers["land_release_activities"],
                                            ["activity_id", "organisation"]):
        organisations[values["activity_id"]] = values["organisation"]
    finds = []
    for fid, values, _shape in read_records(layers["eo_finds"], list(FIND_FIELDS)):
        record = inputs.records.get(values["hazard_id"])
        finds.append(stats.Find(
            inputs.family.get(values["hazard_id"]), to_date(values["find_date"]),
            values["eo_category"], values["quantity"] or 0, bool(values["destroyed"]),
            organisations.get(values["activity_id"]),
            record.base_class if record else None))
    return accounts, events, finds


def _approved(codes, values):
    """Only approved records count (a record without a review status is
    approved: schema 2 and earlier)."""
    status = values.get("review_status")
    return status is None or to_base(codes, "review_status", status) == vocabulary.APPROVED


def read_people_inputs(database):
    """(beneficiaries, teams, casualties) of ``database``: the Counts of
    ``core.disaggregated_stats``, grouped by the record's organisation and
    its hazard's region, district, contamination and class."""
    layers = {name: open_layer(database, name) for name in (
        "hazards", "land_release_activities", "accidents", "lookups")}
    codes = base_codes(layers["lookups"])
    hazards = {}
    for _fid, values, _shape in read_records(layers["hazards"], [
            "hazard_id", "region", "district", "contamination", "hazard_class"]):
        klass = values["hazard_class"]
        hazards[values["hazard_id"]] = {
            "region": values["region"], "district": values["district"],
            "contamination": values["contamination"],
            "hazard_class": to_base(codes, "hazard_class", klass) if klass else None}

    def groups(values):
        out = dict(hazards.get(values.get("hazard_id"), {}))
        out["organisation"] = values.get("organisation")
        return out

    beneficiaries, teams, casualties = [], [], []
    for _fid, values, _shape in read_records(layers["land_release_activities"], [
            "hazard_id", "organisation", "outcome", "end_date", "handover_date",
            "review_status"] + list(schema.TEAM_FIELDS + schema.BENEFICIARY_FIELDS)):
        if not _approved(codes, values):
            continue
        teams.append(people.Count(to_date(values["end_date"]), groups(values),
                                  {name: values[name] for name in schema.TEAM_FIELDS}))
        outcome = values["outcome"]
        if outcome and to_base(codes, "release_outcome", outcome) in stats.RELEASING:
            beneficiaries.append(people.Count(
                to_date(values["handover_date"] or values["end_date"]), groups(values),
                {name: values[name] for name in schema.BENEFICIARY_FIELDS}))
    for _fid, values, _shape in read_records(layers["accidents"], [
            "hazard_id", "organisation", "accident_date", "review_status"]
            + list(schema.CASUALTY_FIELDS)):
        if _approved(codes, values):
            casualties.append(people.Count(
                to_date(values["accident_date"]), groups(values),
                {name: values[name] for name in schema.CASUALTY_FIELDS}))
    return beneficiaries, teams, casualties


# -------------------------------------------------------------------- outputs
def table_fields(table, group_by):
    """QgsFields of a statistics table."""
    specs = []
    for name in stats.table_columns(table, group_by):
        if name in stats.DATE_COLUMNS:
            kind = schema.DATE
        elif name in stats.INTEGER_COLUMNS:
            kind = schema.INTEGER
        elif name.endswith("_m2"):
            kind = schema.REAL
        else:
            kind = schema.STRING
        specs.append((name, kind))
    return fields_of(specs)


def table_features(table, rows, group_by):
    fields = table_fields(table, group_by)
    return [new_feature(fields, row) for row in rows]


def table_layer(table, rows, group_by, name=None):
    """A memory layer (no geometry) holding a statistics table."""
    layer = QgsVectorLayer("None", name or table, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(table_fields(table, group_by).toList())
    layer.updateFields()
    provider.addFeatures(table_features(table, rows, group_by))
    return layer


def write_workbook(path, tables, group_by, transform_context, sheet_names=None):
    """Write every table as one sheet of the XLSX workbook ``path`` (GDAL's
    XLSX driver: the first sheet creates the file, the others are added),
    written aside and moved into place whole (``core.files``)."""
    with files.atomic_path(path) as partial:
        _write_sheets(partial, tables, group_by, transform_context, sheet_names or {})


def _write_sheets(path, tables, group_by, transform_context, sheet_names):
    for number, (table, rows) in enumerate(tables.items()):
        layer = table_layer(table, rows, group_by)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "XLSX"
        options.fileEncoding = "UTF-8"
        options.layerName = sheet_names.get(table, table)
        if number:
            options.actionOnExistingFile = \
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, transform_context, options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OutputError(translate(
                "Statistics", "Cannot write the sheet {sheet} of {path}: {error}").format(
                    sheet=options.layerName, path=path, error=error[1]))
