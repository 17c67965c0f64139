"""The quality rules: a stable code, a severity, a title and a fix hint each.

Codes are stored and filtered on, so they never change meaning; titles,
hints and messages are English source texts translated where shown.
A problem is reported once, under its most specific rule: a ring invalid
only because it repeats a vertex is G04, not also G01.
"""

from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Quality"
MUST_FIX, ADVISORY = "must_fix", "advisory"
SEVERITY_LABELS = {
    MUST_FIX: QT_TRANSLATE_NOOP("Quality", "must fix"),
    ADVISORY: QT_TRANSLATE_NOOP("Quality", "advisory"),
}


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str  # English source text: what the rule finds
    hint: str  # English source text: how to fix it

    def translated_title(self):
        return translate(CONTEXT, self.title)

    def translated_hint(self):
        return translate(CONTEXT, self.hint)

    def translated_severity(self):
        return translate(CONTEXT, SEVERITY_LABELS[self.severity])


def _rule(code, severity, title, hint):
    return Rule(code, severity, title, hint)


RULES = {rule.code: rule for rule in (
    _rule("G01", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Invalid polygon"),
          QT_TRANSLATE_NOOP("Quality", "Redraw the boundary at the location so that it "
                            "does not cross or touch itself.")),
    _rule("G02", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Polygon with fewer than 3 vertices"),
          QT_TRANSLATE_NOOP("Quality", "Delete the part or digitise it again from the "
                            "survey record.")),
    _rule("G03", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Duplicate polygon in a record"),
          QT_TRANSLATE_NOOP("Quality", "Delete the repeated part of the multipart polygon.")),
    _rule("G04", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Duplicate vertex in a polygon"),
          QT_TRANSLATE_NOOP("Quality", "Remove the repeated vertex, or run Repair geometries "
                            "when the ring ends by repeating its first two vertices.")),
    _rule("G05", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Duplicate single point"),
          QT_TRANSLATE_NOOP("Quality", "Delete the repeated record or correct its position.")),
    _rule("G06", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Missing or unreadable geometry"),
          QT_TRANSLATE_NOOP("Quality", "Digitise the geometry again from the field record.")),
    _rule("G07", ADVISORY, QT_TRANSLATE_NOOP("Quality", "Consecutive vertices far apart"),
          QT_TRANSLATE_NOOP("Quality", "Check the vertices at both ends of the segment: a "
                            "mistyped coordinate makes a long spike.")),
    _rule("G08", ADVISORY, QT_TRANSLATE_NOOP("Quality", "Parts of a multipart polygon overlap"),
          QT_TRANSLATE_NOOP("Quality", "Merge the overlapping parts or redraw their common "
                            "boundary.")),
    _rule("R01", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Duplicate record ID"),
          QT_TRANSLATE_NOOP("Quality", "Give one of the records a new ID (or merge the two "
                            "records); remove spaces around IDs.")),
    _rule("R02", MUST_FIX, QT_TRANSLATE_NOOP(
        "Quality", "Hazard without date of information, status or class"),
          QT_TRANSLATE_NOOP("Quality", "Fill in the missing field from the hazard's report.")),
    _rule("R03", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Code not in the lookup lists"),
          QT_TRANSLATE_NOOP("Quality", "Choose a code from the list, or add the code to the "
                            "lookup lists with the built-in code it behaves as.")),
    _rule("R04", ADVISORY, QT_TRANSLATE_NOOP(
        "Quality", "Stated area differs from the computed area"),
          QT_TRANSLATE_NOOP("Quality", "Correct the polygon or the stated area; the plugin "
                            "computes ground areas on the WGS 84 ellipsoid.")),
    _rule("D01", MUST_FIX, QT_TRANSLATE_NOOP(
        "Quality", "Activity ended before its hazard's date of information"),
          QT_TRANSLATE_NOOP("Quality", "Correct the activity's dates or the hazard's date "
                            "of information.")),
    _rule("D02", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Activity ends before it starts"),
          QT_TRANSLATE_NOOP("Quality", "Correct the start or end date.")),
    _rule("L01", MUST_FIX, QT_TRANSLATE_NOOP(
        "Quality", "Linked to a hazard that does not exist"),
          QT_TRANSLATE_NOOP("Quality", "Correct the hazard ID, or clear it when the record "
                            "belongs to no hazard.")),
    _rule("C01", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Activity outside every hazard"),
          QT_TRANSLATE_NOOP("Quality", "Check the activity's polygon and CRS, or record the "
                            "hazard it worked on.")),
    _rule("C02", ADVISORY, QT_TRANSLATE_NOOP(
        "Quality", "Find outside every hazard and activity"),
          QT_TRANSLATE_NOOP("Quality", "Check the find's position; a find outside known "
                            "hazards is evidence of a new hazard.")),
    _rule("C03", MUST_FIX, QT_TRANSLATE_NOOP("Quality", "Hazards overlap"),
          QT_TRANSLATE_NOOP("Quality", "Cut the overlap out of one of the hazards, or merge "
                            "the two records.")),
    _rule("C04", ADVISORY, QT_TRANSLATE_NOOP("Quality", "Accident outside every hazard"),
          QT_TRANSLATE_NOOP("Quality", "Check the accident's position; an accident at a "
                            "known location is direct evidence: survey the place and "
                            "record the hazard.")),
    _rule("S01", MUST_FIX, QT_TRANSLATE_NOOP(
        "Quality", "Survey does not close within the programme tolerance"),
          QT_TRANSLATE_NOOP("Quality", "Check the bearings and distances of the survey "
                            "table against the field sheet.")),
)}


#: the rules whose problem is an area (written to the problem areas as well)
AREA_CODES = ("G03", "G08", "C01", "C03")


@dataclass(frozen=True)
class Thresholds:
    """The editable limits, geocheck's defaults where it has one."""
    long_segment_m: float = 5000.0
    part_overlap_pct: float = 0.9
    area_difference_pct: float = 1.0
    sliver_m2: float = 1.0  # overlaps smaller than this are round-off (programme setting)
    closure: object = None  # core.traverse.Tolerance (programme setting)
    max_leg_m: float = 2000.0  # programme setting


@dataclass
class Record:
    """One feature: its table, QGIS feature ID, attributes (dict) and lon/lat
    shapely geometry (None when absent); ``geometry_error`` says why a stored
    geometry could not be read."""
    table: str
    fid: int
    attributes: dict
    geometry: object = None
    geometry_error: str = None


@dataclass
class Problem:
    code: str
    table: str
    fid: int
    record_id: str  # the record's human ID (hazard_id, activity_id ...)
    field: str  # the field at fault, None for the geometry
    message: str  # translated
    location: object = None  # lon/lat shapely geometry at the problem
    details: dict = field(default_factory=dict)

    @property
    def rule(self):
        return RULES[self.code]

    def point(self):
        """A point at the problem: the location itself, a segment's middle, a
        point inside an area; None when the problem has no place."""
        shape = self.location
        if shape is None or shape.is_empty:
            return None
        if shape.geom_type == "Point":
            return shape
        if shape.geom_type in ("LineString", "MultiLineString"):
            return shape.interpolate(0.5, normalized=True)
        return shape.representative_point()

    def area(self):
        """The area at the problem (an overlap, a repeated part, an activity
        outside the hazards) as a MultiPolygon, or None for other rules."""
        shape = self.location
        if self.code not in AREA_CODES or shape is None or shape.is_empty:
            return None
        from shapely import get_parts, multipolygons
        polygons = [sub for part in get_parts(shape) for sub in get_parts(part)
                    if sub.geom_type == "Polygon"]
        return multipolygons(polygons) if polygons else None


def message(text, **values):
    """A rule's translated message with its values filled in."""
    return translate(CONTEXT, text).format(**values)
