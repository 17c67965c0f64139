"""Run every quality rule over a database's records (never changing them).

``tables`` is {table: [Record]}; ``codes`` the lookup mapping of
``core.codes`` ({vocabulary: {code: base code}}). A rule that fails on one
record (a geometry GEOS cannot handle) is reported as that record's G06
and the check goes on with the others.
"""

from .. import schema
from ..i18n import QT_TRANSLATE_NOOP
from . import coverage, geometry, links, records, survey
from .rules import RULES, Problem, message

#: the tables checked; the release history and schema information are the plugin's own
TABLES = tuple(layer.name for layer in schema.LAYERS
               if layer not in (schema.RELEASE_HISTORY, schema.SCHEMA_INFO))
POINT_TABLES = ("eo_finds", "site_points")


def record_label(record):
    """The record's human ID as messages name it (its key fields joined)."""
    layer = schema.BY_NAME[record.table]
    values = [record.attributes.get(name) for name in schema.record_key(layer)]
    text = "/".join("" if value is None else str(value) for value in values)
    return text if text.strip("/") else "#{}".format(record.fid)


class _Run:
    def __init__(self, tables, codes, thresholds):
        self.tables = {name: tables.get(name, []) for name in TABLES}
        self.codes, self.thresholds = codes, thresholds
        self.labels = {(record.table, record.fid): record_label(record)
                       for rows in self.tables.values() for record in rows}
        self.problems = []

    def label(self, record):
        return self.labels[(record.table, record.fid)]

    def guarded(self, record, rule):
        """``rule()``'s problems; an unexpected failure becomes a G06 of ``record``."""
        try:
            self.problems.extend(rule())
        except Exception as error:  # noqa: BLE001 - one record never stops the check
            self.problems.append(Problem("G06", record.table, record.fid, self.label(record),
                                         None, message(QT_TRANSLATE_NOOP(
                                             "Quality", "The record cannot be checked: "
                                             "{error}"), error=error)))

    def batched(self, rows, rule):
        """``rule(rows)``'s problems, a whole table at once; if that fails,
        ``rule([record])`` record by record, so that the failure is one
        record's G06 and the others are still checked."""
        try:
            self.problems.extend(rule(rows))
        except Exception:  # noqa: BLE001 - found again, record by record
            for record in rows:
                self.guarded(record, lambda: rule([record]))


def run(tables, codes, thresholds, applied=frozenset(), is_cancelled=lambda: False):
    """Every problem found, sorted by rule, table and feature.

    ``applied``: the IDs of the activities the release history records as
    applied. Updating the database made their hazards the land that remains,
    dated by the latest activity, so such an activity lies outside what
    remains and before the new date by design: C01 and D01 skip it."""
    state = _Run(tables, codes, thresholds)
    hazards = state.tables["hazards"]
    hazards_by_id = {}
    for record in hazards:
        hazards_by_id.setdefault(record.attributes.get("hazard_id"), record)
    for table, rows in state.tables.items():
        if is_cancelled():
            return []
        layer = schema.BY_NAME[table]
        labels = {record.fid: state.label(record) for record in rows}
        state.problems.extend(records.duplicate_ids(rows, layer, labels))
        if table in POINT_TABLES:
            state.problems.extend(geometry.duplicate_points(rows, labels))
        if layer.geometry == "MultiPolygon":
            state.batched(rows, lambda some: geometry.polygon_problems(
                some, thresholds, state.label))
            state.batched(rows, lambda some: records.area_differences(
                some, thresholds, state.label))
        for record in rows:
            label = labels[record.fid]
            if record.geometry is None and layer.geometry and not layer.geometry_optional:
                state.problems.append(Problem("G06", table, record.fid, label, None, message(
                    QT_TRANSLATE_NOOP("Quality", "No geometry: {reason}"),
                    reason=record.geometry_error or message(
                        QT_TRANSLATE_NOOP("Quality", "the geometry is empty")))))
            state.guarded(record, lambda: records.unknown_codes(record, layer, codes, label))
            if table == "hazards":
                state.problems.extend(records.missing_hazard_fields(record, label))
            if table == "land_release_activities":
                state.guarded(record, lambda: records.activity_dates(
                    record, hazards_by_id, label,
                    record.attributes.get("activity_id") in applied))
            if table in links.LINKED_TABLES:
                state.problems.extend(links.missing_hazard(record, hazards_by_id, label))
    if is_cancelled():
        return []
    hazard_areas = coverage.Areas(hazards)
    activity_areas = coverage.Areas(state.tables["land_release_activities"])
    state.batched([record for record in state.tables["land_release_activities"]
                   if record.attributes.get("activity_id") not in applied],
                  lambda some: coverage.activities_outside(
                      some, hazard_areas, thresholds.sliver_m2, state.label))
    state.batched(state.tables["eo_finds"], lambda some: coverage.finds_outside(
        some, hazard_areas, activity_areas, state.label))
    state.batched(state.tables["accidents"], lambda some: coverage.accidents_outside(
        some, hazard_areas, state.label))
    state.problems.extend(coverage.hazard_overlaps(
        hazard_areas, thresholds.sliver_m2,
        {record.fid: state.label(record) for record in hazards}))
    state.problems.extend(survey.closure_problems(
        state.tables["survey_points"], hazards_by_id, thresholds, state.labels))
    geometries = {(record.table, record.fid): record.geometry
                  for rows in state.tables.values() for record in rows}
    for problem in state.problems:
        if problem.location is None:
            problem.location = geometries.get((problem.table, problem.fid))
    order = {code: number for number, code in enumerate(RULES)}
    return sorted(state.problems, key=lambda p: (order[p.code], p.table, p.fid))


def summary(problems):
    """[(rule, count)] of every rule, in rule order (0 for rules that found nothing)."""
    counts = {code: 0 for code in RULES}
    for problem in problems:
        counts[problem.code] += 1
    return [(RULES[code], count) for code, count in counts.items()]
