"""A database's records for the quality check, and its results as features.

Reads every checked table of a GeoPackage or PostGIS database (a path or a
``DatabaseRef``) read-only through the QGIS providers; a geometry that cannot
be read becomes ``Record.geometry_error``, never an exception. The rules are
in ``core.quality``.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from ..core import schema
from ..core.i18n import translate
from ..core.quality import check
from ..core.quality.repair import KINDS
from ..core.quality.rules import Record, Thresholds
from ..core.traverse import Tolerance
from .database import open_layer
from .features import WGS84, from_shapely, new_feature, point_geometry, read_records
from .fields import fields_of
from .lookups import base_codes
from .settings_store import effective_settings

PROBLEM_FIELDS = (("problem_no", "integer"), ("rule", "string"), ("severity", "string"),
                  ("table_name", "string"), ("feature_id", "integer"),
                  ("record_id", "string"), ("field", "string"), ("message", "string"),
                  ("hint", "string"))
SUMMARY_FIELDS = (("rule", "string"), ("severity", "string"), ("count", "integer"),
                  ("description", "string"))


def read_tables(database, transform_context=None, feedback=None):
    """{table: [Record]} of every checked table of ``database``."""
    tables = {}
    for table in check.TABLES:
        if feedback is not None and feedback.isCanceled():
            break
        layer = open_layer(database, table)
        errors = {}
        tables[table] = [Record(table, fid, attributes, shape) for fid, attributes, shape
                         in read_records(layer, transform_context=transform_context,
                                         geometry_errors=errors)]
        for record in tables[table]:
            record.geometry_error = errors.get(record.fid)
    return tables


def applied_activities(database):
    """The activity IDs the release history records (applied by an update)."""
    layer = open_layer(database, schema.RELEASE_HISTORY.name)
    return frozenset(values["activity_id"] for _fid, values, _shape
                     in read_records(layer, ["activity_id"]) if values["activity_id"])


def lookup_codes(database):
    return base_codes(open_layer(database, schema.LOOKUPS.name))


def check_database(database, limits, transform_context=None, feedback=None):
    """Every problem ``core.quality.check`` finds in ``database``, with ``limits``."""
    tables = read_tables(database, transform_context, feedback)
    if feedback is not None:
        feedback.setProgress(40.0)
    return check.run(tables, lookup_codes(database), limits, applied_activities(database),
                     is_cancelled=feedback.isCanceled if feedback is not None
                     else lambda: False)


def thresholds(database, long_segment_m, part_overlap_pct, area_difference_pct):
    """The check's limits: the parameters given and the database's settings."""
    settings = effective_settings(database)
    return Thresholds(
        long_segment_m=long_segment_m, part_overlap_pct=part_overlap_pct,
        area_difference_pct=area_difference_pct, sliver_m2=settings.sliver_tolerance_m2,
        closure=Tolerance(settings.max_misclosure_m, settings.min_precision or None),
        max_leg_m=settings.max_leg_m)


def problem_features(problems, fields, areas=False):
    """QgsFeatures of the problems: at their point, or (``areas``) the
    problems that are areas, as MultiPolygons."""
    out = []
    for number, problem in enumerate(problems, start=1):
        rule = problem.rule
        values = {"problem_no": number, "rule": problem.code,
                  "severity": rule.translated_severity(), "table_name": problem.table,
                  "feature_id": problem.fid, "record_id": problem.record_id,
                  "field": problem.field, "message": problem.message,
                  "hint": rule.translated_hint()}
        shape = problem.area() if areas else problem.point()
        if areas and shape is None:
            continue
        out.append(new_feature(fields, values, from_shapely(shape) if shape else None))
    return out


def summary_features(problems, fields):
    return [new_feature(fields, {"rule": rule.code, "severity": rule.translated_severity(),
                                 "count": count, "description": rule.translated_title()})
            for rule, count in check.summary(problems)]


def problem_fields():
    return fields_of(PROBLEM_FIELDS)


def summary_fields():
    return fields_of(SUMMARY_FIELDS)


#: (geometry type, CRS) of the problems, the problem areas and the summary
POINTS = (QgsWkbTypes.Type.Point, WGS84)
AREAS = (QgsWkbTypes.Type.MultiPolygon, WGS84)
TABLE = (QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())


REPAIR_LOG_FIELDS = (("feature_id", "integer"), ("part", "integer"), ("ring", "integer"),
                     ("removed", "string"), ("x", "real"), ("y", "real"))


def repair_log_fields():
    return fields_of(REPAIR_LOG_FIELDS)


def repair_log_features(fid, removals, fields):
    """One log point per vertex removed from feature ``fid``, where it was."""
    return [new_feature(fields, {"feature_id": fid, "part": r.part, "ring": r.ring,
                                 "removed": translate("Quality", KINDS[r.kind]),
                                 "x": r.x, "y": r.y}, point_geometry(r.x, r.y))
            for r in removals]
