"""Survey point rows <-> traverse computations: the one place that joins them.

Pure Python (no QGIS): ``store.survey_io`` reads and writes the rows through
QGIS layers.

A hazard's survey table arrives as rows with the ``survey_points`` field names
(CSV, spreadsheet, GeoPackage table, or the survey dock's leg table). This
module turns one hazard's rows into ``core.traverse.compute_traverse`` inputs
(``HazardSurvey``), runs it, and turns the ``TraverseResult`` back into
survey point rows, a hazard polygon row and a closure report row. The
Processing algorithms and the survey dock both call it; neither computes
anything itself.

Rules:

* the benchmark is the row whose ``point_type`` is ``benchmark``; its position
  is ``coord_entered`` in any format ``core.coordinates.parse_position`` reads
  (lat/lon, UTM, MGRS);
* a leg's numeric ``bearing`` (in ``bearing_unit`` from ``north_reference``) is
  authoritative; ``bearing_text`` is used only when ``bearing`` is empty. When
  both are present and the text reads as an angle more than 0.05° away (more
  than the rounding of a written bearing), a warning is reported (the text is
  kept for audit and may carry annotations the parser does not read);
* the survey date and a manual ``declination_deg`` are per table: rows that
  disagree are refused. A recorded declination equal to the model's value at
  the date (as this module writes back) counts as the model's;
* a bad row raises ``InputError`` naming the hazard, the point and the
  field.
"""

import datetime
import math
from dataclasses import dataclass, field as dc_field

from . import bearings, coordinates, geodesy, schema
from .dates import to_date
from .declination import MANUAL, declination as model_declination
from .errors import InputError, MineActionError
from .i18n import translate
from .traverse import (CLOSE_ON_START, CLOSE_UNMEASURED, DEFAULT_MAX_LEG_M, Leg, Tolerance,
                       compute_traverse)

#: closing convention chosen per hazard: closes on the start point when the
#: table has an end point, otherwise the closing side was not measured
CLOSE_AUTO = "auto"
CLOSINGS = (CLOSE_AUTO, CLOSE_ON_START, CLOSE_UNMEASURED)

#: programme defaults (no IMAS value exists): 1:200 relative precision, no
#: absolute limit. A compass-and-tape traverse usually reaches 1:300 or better.
DEFAULT_MIN_PRECISION = 200.0
DEFAULT_TOLERANCE = Tolerance(max_misclosure_m=None, min_precision=DEFAULT_MIN_PRECISION)

#: largest difference between a bearing as written and its number, before a warning
TEXT_AGREEMENT_DEG = 0.05

#: closure report results
PASS, FAIL, NOT_CHECKED, ERROR = "pass", "fail", "not_checked", "error"

#: columns of the closure report, in order (name, kind)
CLOSURE_FIELDS = (
    ("hazard_id", "string"), ("points", "integer"), ("perimeter_m", "real"),
    ("traverse_m", "real"), ("misclosure_m", "real"), ("misclosure_e_m", "real"),
    ("misclosure_n_m", "real"), ("precision", "real"), ("precision_text", "string"),
    ("tolerance_m", "real"), ("tolerance_precision", "real"), ("result", "string"),
    ("adjusted", "boolean"), ("closing", "string"), ("declination_source", "string"),
    ("declination_deg", "real"), ("grid_crs", "string"), ("area_m2", "real"),
    ("warnings", "string"),
)

#: columns of the hazard polygon output (besides the geometry)
HAZARD_FIELDS = (
    ("hazard_id", "string"), ("survey_date", "date"), ("area_m2", "real"),
    ("perimeter_m", "real"), ("misclosure_m", "real"), ("precision", "real"),
    ("result", "string"), ("adjusted", "boolean"), ("declination_source", "string"),
    ("declination_deg", "real"),
)

#: computed columns added to the survey point rows (besides the schema fields)
POINT_EXTRA_FIELDS = (
    ("true_bearing_deg", "real"), ("convergence_deg", "real"), ("horizontal_m", "real"),
    ("correction_e_m", "real"), ("correction_n_m", "real"), ("mgrs", "string"),
)


@dataclass
class HazardSurvey:
    """One hazard's survey table, read and checked, ready for the core."""
    hazard_id: str
    benchmark_no: int
    benchmark: tuple  # (lon, lat)
    legs: list
    survey_date: datetime.date = None
    declination_deg: float = None  # manual value (east +), None: the model's
    rows: list = dc_field(default_factory=list)  # the input rows, in point order
    warnings: list = dc_field(default_factory=list)

    def closing(self, closing=CLOSE_AUTO):
        if closing != CLOSE_AUTO:
            return closing
        has_end = any(leg.point_type == "end" for leg in self.legs)
        return CLOSE_ON_START if has_end else CLOSE_UNMEASURED

    def default_grid_crs(self):
        """The benchmark's UTM zone, the grid bearings' default reference."""
        return coordinates.lonlat_to_utm(*self.benchmark).crs


# ---------------------------------------------------------------- reading rows


def row_error(hazard, point, field, problem):
    error = InputError(translate(
        "SurveyRecords", "Hazard {hazard}, point {point}, field '{field}': {problem}").format(
            hazard=hazard, point=point, field=field, problem=problem), feature=point, field=field)
    error.hazard = hazard
    return error


def hazard_error(hazard, error):
    """A core error of a hazard's table, with the hazard named in front."""
    if error.field:
        text = translate("SurveyRecords", "Hazard {hazard}, field '{field}': {problem}").format(
            hazard=hazard, field=error.field, problem=str(error))
    else:
        text = translate("SurveyRecords", "Hazard {hazard}: {problem}").format(
            hazard=hazard, problem=str(error))
    wrapped = InputError(text, feature=error.feature, field=error.field)
    wrapped.hazard = hazard
    return wrapped


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _number(row, name, hazard, point, integer=False):
    value = row.get(name)
    if _blank(value):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) \
            else float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or (integer and number != int(number)):
        kind = translate("SurveyRecords", "a whole number") if integer else \
            translate("SurveyRecords", "a number")
        raise row_error(hazard, point, name, translate(
            "SurveyRecords", "\"{value}\" is not {kind}").format(value=value, kind=kind))
    return int(number) if integer else number


def _date(value, hazard, point):
    if _blank(value):
        return None
    try:
        return to_date(value)
    except ValueError:
        raise row_error(hazard, point, "survey_date", translate(
            "SurveyRecords", "\"{value}\" is not a date (YYYY-MM-DD)").format(value=value)) from None


def _text(row, name, default=None):
    value = row.get(name)
    if _blank(value):
        return default
    return str(value).strip()


def group_by_hazard(records):
    """{hazard_id: [row, ...]} in first-seen hazard order, rows by point number
    (rows whose point number cannot be read keep their place at the end)."""
    groups = {}
    for row in records:
        groups.setdefault(_text(row, "hazard_id", ""), []).append(row)

    def key(row):
        try:
            return (0, float(row.get("point_no")))
        except (TypeError, ValueError):
            return (1, 0.0)
    return {hazard: sorted(rows, key=key) for hazard, rows in groups.items()}


def survey_from_rows(hazard_id, rows):
    """A ``HazardSurvey`` from one hazard's survey point rows (dicts)."""
    if not hazard_id:
        raise row_error(translate("SurveyRecords", "(none)"), "-", "hazard_id",
                        translate("SurveyRecords", "the hazard ID is missing"))
    benchmark_row = None
    legs, ordered, warnings = [], [], []
    dates, manual = {}, {}
    for row in rows:
        point = _number(row, "point_no", hazard_id, "?", integer=True)
        if point is None:
            raise row_error(hazard_id, "?", "point_no",
                            translate("SurveyRecords", "the point number is missing"))
        point_type = _text(row, "point_type")
        if point_type is None:
            raise row_error(hazard_id, point, "point_type",
                            translate("SurveyRecords", "the point type is missing"))
        survey_date = _date(row.get("survey_date"), hazard_id, point)
        if survey_date is not None:
            dates.setdefault(survey_date, point)
        recorded = _number(row, "declination_deg", hazard_id, point)
        if recorded is not None:
            manual.setdefault(recorded, point)
        ordered.append(row)
        if point_type == "benchmark":
            if benchmark_row is not None:
                raise row_error(hazard_id, point, "point_type", translate(
                    "SurveyRecords", "the table has more than one benchmark"))
            benchmark_row = (point, row)
            continue
        unit = _text(row, "bearing_unit", "deg")
        reference = _text(row, "north_reference", "magnetic")
        bearing = _number(row, "bearing", hazard_id, point)
        text = _text(row, "bearing_text")
        if bearing is None:
            bearing = text
        elif text is not None:
            warning = _compare_text(bearing, text, unit, reference, hazard_id, point)
            if warning:
                warnings.append(warning)
        from_point = _number(row, "from_point", hazard_id, point, integer=True)
        if from_point is None:
            raise row_error(hazard_id, point, "from_point",
                            translate("SurveyRecords", "the from-point is missing"))
        distance = _number(row, "distance_m", hazard_id, point)
        if distance is None:
            raise row_error(hazard_id, point, "distance_m",
                            translate("SurveyRecords", "the distance is missing"))
        legs.append(Leg(point, point_type, from_point, bearing, distance, unit, reference,
                        _number(row, "slope_deg", hazard_id, point)))
    if benchmark_row is None:
        raise row_error(hazard_id, "-", "point_type", translate(
            "SurveyRecords", "the table has no benchmark row"))
    benchmark_no, row = benchmark_row
    try:
        benchmark = coordinates.parse_position(row.get("coord_entered"), point=benchmark_no)
    except MineActionError as error:
        raise row_error(hazard_id, benchmark_no, "coord_entered", str(error)) from None
    if len(dates) > 1:
        second = list(dates.items())[1]
        raise row_error(hazard_id, second[1], "survey_date", translate(
            "SurveyRecords", "{date} differs from the table's survey date {first}").format(
                date=second[0], first=list(dates)[0]))
    if len(manual) > 1:
        second = list(manual.items())[1]
        raise row_error(hazard_id, second[1], "declination_deg", translate(
            "SurveyRecords", "{value} differs from the table's declination {first}").format(
                value=second[0], first=list(manual)[0]))
    survey_date = next(iter(dates), None)
    manual_value = next(iter(manual), None)
    if manual_value is not None and survey_date is not None:
        manual_value = _manual_or_model(manual_value, benchmark, survey_date)
    return HazardSurvey(hazard_id, benchmark_no, benchmark, legs, survey_date, manual_value,
                        ordered, warnings)


def _compare_text(bearing, text, unit, reference, hazard, point):
    """Warning text when the bearing as written reads as another angle."""
    try:
        written = bearings.parse_bearing(text, unit, north_reference=reference)
        number = bearings.parse_bearing(bearing, unit)
    except MineActionError:
        return None  # annotations the parser does not read; the number rules
    if abs((written - number + 180.0) % 360.0 - 180.0) > TEXT_AGREEMENT_DEG:
        return translate("SurveyRecords", "Point {point}: the bearing as recorded \"{text}\" "
                         "differs from the bearing {bearing}; the bearing was used.").format(
                             point=point, text=text, bearing=bearing)
    return None


def _manual_or_model(value, benchmark, survey_date):
    """None when ``value`` is exactly the model's declination at the date."""
    try:
        model = model_declination(benchmark[0], benchmark[1], survey_date)
    except MineActionError:
        return value
    return None if abs(model.degrees - value) < 1e-9 else value


# ---------------------------------------------------------------- computing


def compute(survey, tolerance=DEFAULT_TOLERANCE, adjust=False, grid_crs=None,
            closing=CLOSE_AUTO, max_leg_m=DEFAULT_MAX_LEG_M):
    """``compute_traverse`` for one hazard; errors name the hazard.

    ``grid_crs`` None: the benchmark's UTM zone. ``closing``: one of CLOSINGS.
    ``max_leg_m``: the programme's longest leg (see ``compute_traverse``).
    """
    chosen = survey.closing(closing)
    try:
        return compute_traverse(
            survey.benchmark, survey.legs, survey_date=survey.survey_date,
            declination_deg=survey.declination_deg,
            grid_crs=grid_crs or survey.default_grid_crs(),
            adjust=adjust and chosen == CLOSE_ON_START, tolerance=tolerance, closing=chosen,
            benchmark_no=survey.benchmark_no, max_leg_m=max_leg_m)
    except MineActionError as error:
        raise hazard_error(survey.hazard_id, error) from None


def result_code(result):
    if result.within_tolerance is None:
        return NOT_CHECKED
    return PASS if result.within_tolerance else FAIL


def precision_text(precision):
    if precision is None:
        return None
    if math.isinf(precision):
        return "1:∞"
    return "1:{:.0f}".format(precision)


def point_rows(survey, result):
    """[(attributes, (lon, lat))] per table row: the input values, the position
    computed (adjusted when the adjustment was applied) and the declination
    applied to magnetic legs."""
    out = []
    for row in survey.rows:
        point_no = int(_number(row, "point_no", survey.hazard_id, "?", integer=True))
        point = result.point(point_no)
        attributes = {name: (None if _blank(value) else value) for name, value in row.items()}
        attributes["hazard_id"] = survey.hazard_id
        attributes["point_no"] = point_no
        attributes["survey_date"] = survey.survey_date
        attributes["declination_deg"] = point.declination_deg
        if point.point_type == "benchmark":
            attributes["fixed_by"] = attributes.get("fixed_by") or "gps"
        else:
            attributes["from_point"] = point.from_point
            attributes["bearing_unit"] = attributes.get("bearing_unit") or "deg"
            attributes["north_reference"] = point.north_reference
            attributes["bearing"] = round(bearings.from_degrees(
                point.bearing_deg, attributes["bearing_unit"]), 9)
            attributes["fixed_by"] = attributes.get("fixed_by") or "traverse"
            for name in ("distance_m", "slope_deg"):
                attributes[name] = _number(row, name, survey.hazard_id, point_no)
        attributes.update(
            true_bearing_deg=point.true_bearing_deg, convergence_deg=point.convergence_deg,
            horizontal_m=point.horizontal_distance_m,
            correction_e_m=point.correction_east_m, correction_n_m=point.correction_north_m,
            mgrs=coordinates.lonlat_to_mgrs(point.lon, point.lat, 5))
        out.append((attributes, (point.lon, point.lat)))
    return out


def hazard_row(survey, result):
    """(attributes, lon/lat polygon) of the computed hazard."""
    closure = result.closure
    decl = result.declination
    return ({
        "hazard_id": survey.hazard_id, "survey_date": survey.survey_date,
        "area_m2": result.area_m2, "perimeter_m": geodesy.length_m(result.polygon),
        "misclosure_m": closure.misclosure_m if closure else None,
        "precision": _finite(closure.precision) if closure else None,
        "result": result_code(result), "adjusted": result.adjusted,
        "declination_source": decl.source if decl else None,
        "declination_deg": decl.degrees if decl else None,
    }, result.polygon)


def _finite(value):
    return value if value is not None and math.isfinite(value) else None


def closure_row(survey, result, tolerance=DEFAULT_TOLERANCE, closing=CLOSE_AUTO):
    """The closure report row of one computed hazard."""
    closure = result.closure
    decl = result.declination
    tolerance = tolerance or Tolerance()
    return {
        "hazard_id": survey.hazard_id, "points": len(survey.rows),
        "perimeter_m": geodesy.length_m(result.polygon),
        "traverse_m": closure.loop_length_m if closure else None,
        "misclosure_m": closure.misclosure_m if closure else None,
        "misclosure_e_m": closure.misclosure_east_m if closure else None,
        "misclosure_n_m": closure.misclosure_north_m if closure else None,
        "precision": _finite(closure.precision) if closure else None,
        "precision_text": precision_text(closure.precision) if closure else None,
        "tolerance_m": tolerance.max_misclosure_m,
        "tolerance_precision": tolerance.min_precision,
        "result": result_code(result), "adjusted": result.adjusted,
        "closing": survey.closing(closing),
        "declination_source": decl.source if decl else None,
        "declination_deg": decl.degrees if decl else None,
        "grid_crs": result.grid_crs, "area_m2": result.area_m2,
        "warnings": "\n".join(list(survey.warnings) + list(result.warnings)) or None,
    }


def error_row(hazard_id, rows, error):
    """The closure report row of a hazard whose table could not be computed."""
    row = {name: None for name, _kind in CLOSURE_FIELDS}
    row.update(hazard_id=hazard_id, points=len(rows), result=ERROR, warnings=str(error))
    return row


def declination_source_is_manual(result):
    return result.declination is not None and result.declination.source == MANUAL


def point_fields():
    """(name, kind) of the computed survey point rows: the schema fields
    (without the database-managed ones) and the computed extras."""
    managed = ("uuid", "created_at", "created_by")
    return tuple((item.name, item.kind) for item in schema.SURVEY_POINTS.fields
                 if item.name not in managed) + POINT_EXTRA_FIELDS



# ---------------------------------------------------------------- the dock's table


def table_cells(hazard_id, rows):
    """What the survey dock shows for stored rows: (settings, legs).

    settings: benchmark text, unit, north reference, survey date, manual
    declination (None when the model's value was applied). legs: one dict
    per leg of display texts (point_no, point_type, from_point, bearing,
    distance_m, slope_deg). A bearing as recorded is shown when it reads as
    the stored number, otherwise the number.
    """
    def text(value):
        if _blank(value):
            return ""
        if isinstance(value, float):
            return "{:.10g}".format(value)
        return str(value).strip()

    rows = group_by_hazard(rows).get(hazard_id, list(rows))
    legs, settings = [], {"benchmark": "", "unit": "deg", "north_reference": "magnetic",
                          "survey_date": None, "declination_deg": None}
    first_leg = True
    for row in rows:
        if _text(row, "point_type") == "benchmark":
            settings["benchmark"] = text(row.get("coord_entered"))
            continue
        unit = _text(row, "bearing_unit", "deg")
        reference = _text(row, "north_reference", "magnetic")
        if first_leg:
            settings.update(unit=unit, north_reference=reference)
            first_leg = False
        bearing = text(row.get("bearing"))
        written = _text(row, "bearing_text")
        if written is not None:
            try:
                value = bearings.parse_bearing(written, unit, north_reference=reference)
                if bearing == "" or abs(value - bearings.parse_bearing(
                        float(bearing), unit)) <= TEXT_AGREEMENT_DEG:
                    bearing = written
            except (MineActionError, ValueError):
                pass
        legs.append({"point_no": text(row.get("point_no")),
                     "point_type": text(row.get("point_type")),
                     "from_point": text(row.get("from_point")), "bearing": bearing,
                     "distance_m": text(row.get("distance_m")),
                     "slope_deg": text(row.get("slope_deg"))})
    try:
        survey = survey_from_rows(hazard_id, rows)
        settings.update(survey_date=survey.survey_date, declination_deg=survey.declination_deg)
    except MineActionError:
        for row in rows:
            settings["survey_date"] = settings["survey_date"] or _date_or_none(
                row.get("survey_date"))
    return settings, legs


def _date_or_none(value):
    try:
        return _date(value, "", "")
    except MineActionError:
        return None
