"""Record rules: duplicate IDs (geocheck), missing hazard fields, lookup
codes, stated areas, activity dates."""

import numpy as np
import shapely

from .. import geodesy, schema
from ..dates import to_date
from ..i18n import QT_TRANSLATE_NOOP
from .geometry import has_polygon
from .rules import Problem, message

#: what a hazard cannot be counted without
HAZARD_ESSENTIALS = ("date_of_information", "status", "hazard_class")


def blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def duplicate_ids(records, layer, labels):
    """R01: a record whose key equals an earlier record's, spaces around ignored."""
    found, first = [], {}
    if not layer.key_field:
        return found
    for record in records:
        value = record.attributes.get(layer.key_field)
        if blank(value):
            continue
        key = str(value).strip()
        if key in first:
            found.append(Problem("R01", record.table, record.fid, labels[record.fid],
                                 layer.key_field, message(QT_TRANSLATE_NOOP(
                                     "Quality", "'{value}' repeats the ID '{other}' of "
                                     "feature {fid}."), value=value,
                                     other=first[key][1], fid=first[key][0])))
        else:
            first[key] = (record.fid, value)
    return found


def missing_hazard_fields(record, label):
    """R02, one problem per empty essential field of a hazard."""
    return [Problem("R02", record.table, record.fid, label, name, message(
        QT_TRANSLATE_NOOP("Quality", "The field '{field}' is empty."),
        field=schema.HAZARDS.field(name).translated_alias()))
        for name in HAZARD_ESSENTIALS if blank(record.attributes.get(name))]


def unknown_codes(record, layer, codes, label):
    """R03: a code the lookup lists (or the built-in codes) do not hold."""
    found = []
    for item in layer.fields:
        value = record.attributes.get(item.name)
        if item.lookup is None or blank(value):
            continue
        if str(value) not in codes.get(item.lookup, {}):
            found.append(Problem("R03", record.table, record.fid, label, item.name, message(
                QT_TRANSLATE_NOOP("Quality", "'{code}' is not in the lookup list "
                                  "'{vocabulary}'."), code=value, vocabulary=item.lookup)))
    return found


def area_differences(records, thresholds, label):
    """R04: the stored area_m2 against the ellipsoidal area of the polygon
    (valid polygons only: an invalid one is G01's), every record measured
    in one call."""
    geometries = np.array([record.geometry for record in records], dtype=object)
    candidates = np.flatnonzero(has_polygon(geometries) & np.array(
        [record.attributes.get("area_m2") is not None for record in records], dtype=bool))
    rows = candidates[shapely.is_valid(geometries[candidates])]
    found = []
    for row, computed in zip(rows, geodesy.areas_m2(geometries[rows]) if len(rows) else []):
        record, computed = records[row], float(computed)
        stated = float(record.attributes.get("area_m2"))
        difference = stated - computed
        if computed <= 0 or abs(difference) <= thresholds.area_difference_pct / 100.0 * computed:
            continue
        found.append(Problem("R04", record.table, record.fid, label(record), "area_m2", message(
            QT_TRANSLATE_NOOP("Quality", "Stated {stated:.1f} m², computed {computed:.1f} m² "
                              "({percent:+.1f} %)."), stated=stated, computed=computed,
            percent=100.0 * difference / computed), record.geometry.representative_point()))
    return found


def _date(value):
    try:
        return to_date(value)
    except (TypeError, ValueError):
        return None


def activity_dates(record, hazards_by_id, label, applied=False):
    """D01 (ended before its hazard's date of information, which the land
    release engine then ignores; not for an ``applied`` activity, whose end
    dated the updated hazard) and D02 (ends before it starts)."""
    found = []
    start = _date(record.attributes.get("start_date"))
    end = _date(record.attributes.get("end_date"))
    if start is not None and end is not None and end < start:
        found.append(Problem("D02", record.table, record.fid, label, "end_date", message(
            QT_TRANSLATE_NOOP("Quality", "Ends {end}, starts {start}."),
            end=end.isoformat(), start=start.isoformat())))
    hazard = hazards_by_id.get(record.attributes.get("hazard_id"))
    if hazard is not None and end is not None and not applied:
        recorded = _date(hazard.attributes.get("date_of_information"))
        if recorded is not None and end < recorded:
            found.append(Problem("D01", record.table, record.fid, label, "end_date", message(
                QT_TRANSLATE_NOOP("Quality", "Ends {end}; hazard {hazard} is dated "
                                  "{recorded}."), end=end.isoformat(),
                hazard=hazard.attributes.get("hazard_id"), recorded=recorded.isoformat())))
    return found
