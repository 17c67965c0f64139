"""The mine action data model, described once in plain Python.

The GeoPackage/PostGIS writer, the attribute forms, the styles, the sample data
loader and docs/data-model.md all read this description, so a field is added in
one place. It is modelled on what IMSMA NG and IMSMA Core keep for hazards,
survey points, land release activities, EO finds and tasks (see
docs/data-model.md).
"""

import re
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, translate
from .vocabulary import UNITS_PER_CIRCLE

#: 1: 0.1.0; 2: hazards.parent_hazard_id; 3: the review of operator
#: submissions (``since=3`` fields) and GeoPackage row versions
#: (store/migrate.py upgrades older databases); 4: ``external_id``, the
#: identity a record has in the system it was imported from (IMSMA Core's
#: ``imsma_id``), written back on export (docs/field-mapping.md), and sex-,
#: age- and disability-disaggregated beneficiaries, team composition and
#: ``accidents``
SCHEMA_VERSION = 4
CONTEXT = "DataModel"

# field kinds; the QGIS side maps them to QVariant types and widgets
STRING, INTEGER, REAL, DATE, DATETIME, BOOLEAN = (
    "string", "integer", "real", "date", "datetime", "boolean")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    alias: str  # English source text, shown translated in forms
    not_null: bool = False
    unique: bool = False
    lookup: str = None  # vocabulary name -> value relation widget to ``lookups``
    default: str = None  # QGIS expression evaluated when a feature is created
    constraint: str = None  # QGIS expression that must hold
    constraint_text: str = None  # English source text explaining the constraint
    length: int = 0
    read_only: bool = False
    planned: bool = False  # a date that may lie in the future (a plan, a due date)
    #: the schema version that added the field; an upgrade adds the fields
    #: whose ``since`` is above the database's version (store/migrate.py)
    since: int = 1

    def translated_alias(self):
        return translate(CONTEXT, self.alias)

    def literal_default(self):
        """The default as SQL when it is a literal (``'approved'``, ``1``,
        ``true``), the same in QGIS expressions and SQL; else None. A NOT NULL
        field added to a schema fills existing rows with it."""
        text = (self.default or "").strip()
        if re.fullmatch(r"'[^']*'|-?\d+(\.\d+)?|true|false", text):
            return text
        return None


@dataclass(frozen=True)
class Layer:
    name: str  # table name
    title: str  # English source text, the layer name shown in QGIS
    geometry: str  # "MultiPolygon", "Point", "LineString" or None for tables
    fields: tuple
    doc: str = ""
    key_field: str = None  # the human identifier (unique, used for links)
    #: attribute form tabs: (English title, field names); fields not named
    #: go to the first tab, the audit fields to a last "Record" tab
    form_tabs: tuple = ()
    #: fields that together identify a record when there is no key field
    natural_key: tuple = ()
    #: rows may lack a geometry (survey points: their bearings are the record)
    geometry_optional: bool = False
    #: the schema version that added the table (an upgrade creates it)
    since: int = 1

    def field(self, name):
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)

    def field_names(self):
        return [item.name for item in self.fields]

    def translated_title(self):
        return translate(CONTEXT, self.title)

    def tabs(self):
        """[(English tab title, [field names])] covering every field once."""
        named = {name for _title, names in self.form_tabs for name in names}
        record = AUDIT_FIELDS + REVIEW_FIELDS
        audit = [f.name for f in self.fields if f.name in record]
        rest = [f.name for f in self.fields
                if f.name not in named and f.name not in record]
        tabs = [(title, list(names)) for title, names in self.form_tabs]
        if tabs:
            tabs[0][1][:0] = rest
        else:
            tabs = [(QT_TRANSLATE_NOOP("DataModel", "Details"), rest)]
        if audit:
            tabs.append((QT_TRANSLATE_NOOP("DataModel", "Record"), audit))
        return tabs


#: fields every editable table carries for auditing, shown on a last tab
#: (with the review fields of the tables operators submit)
AUDIT_FIELDS = ("uuid", "created_at", "created_by")


def _uuid():
    return Field("uuid", STRING, QT_TRANSLATE_NOOP("DataModel", "UUID"), not_null=True,
                 unique=True, default="uuid(format:='WithoutBraces')", read_only=True)


#: the review of an operator's submission (docs/postgis.md, "Review"), kept
#: by the database (not given by an import): on a single-desk GeoPackage every
#: record is approved; on a national PostGIS database with roles an operator's
#: record is submitted until a national editor approves (or returns) it, and
#: only approved activities release land; records of schema 2 count as approved
REVIEW_FIELDS = ("review_status", "reviewed_by", "reviewed_at")


def _review():
    return (
        Field("review_status", STRING, QT_TRANSLATE_NOOP("DataModel", "Review status"),
              not_null=True, lookup="review_status", default="'approved'", since=3),
        Field("reviewed_by", STRING, QT_TRANSLATE_NOOP("DataModel", "Reviewed by"),
              read_only=True, since=3),
        Field("reviewed_at", DATETIME, QT_TRANSLATE_NOOP("DataModel", "Reviewed at"),
              read_only=True, since=3),
    )


def _external_id():
    """The record's ID in the system it came from (docs/field-mapping.md):
    unique when set, empty for records made here."""
    return Field("external_id", STRING, QT_TRANSLATE_NOOP("DataModel", "External ID"),
                 unique=True, length=50, since=4)


def _organisation(since=1):
    """The organisation that recorded a row: an operator edits only its own."""
    return Field("organisation", STRING, QT_TRANSLATE_NOOP("DataModel", "Organisation"),
                 since=since)


def _audit():
    return (
        Field("created_at", DATETIME, QT_TRANSLATE_NOOP("DataModel", "Created at"),
              default="now()", read_only=True),
        Field("created_by", STRING, QT_TRANSLATE_NOOP("DataModel", "Created by"),
              default="@user_account_name", read_only=True),
        Field("remarks", STRING, QT_TRANSLATE_NOOP("DataModel", "Remarks")),
    )


_NON_NEGATIVE = QT_TRANSLATE_NOOP("DataModel", "Must be zero or more")
def _count(name, alias, since=4):
    """A count of people: a non-negative integer, NULL when not recorded.
    NULL is not zero: a report that gives no women's figure has not said
    that no woman benefited, and a statistic must count it apart."""
    return Field(name, INTEGER, alias, since=since,
                 constraint='"{0}" IS NULL OR "{0}" >= 0'.format(name),
                 constraint_text=_NON_NEGATIVE)


#: the beneficiary fields (SADD: sex and age, and persons with disabilities,
#: who are also counted in the four groups), in report order
BENEFICIARY_FIELDS = ("beneficiaries_women", "beneficiaries_girls", "beneficiaries_boys",
                      "beneficiaries_men", "beneficiaries_disabled")
#: the team composition fields of an activity
TEAM_FIELDS = ("team_women", "team_men")
#: the casualty groups of an accident: sex and age group, and unknown
CASUALTY_GROUPS = ("women", "men", "girls", "boys", "unknown")
CASUALTY_FIELDS = tuple("{}_{}".format(outcome, group) for outcome in ("killed", "injured")
                        for group in CASUALTY_GROUPS)


def _beneficiaries(expected=False):
    """Beneficiaries by sex and age, and persons with disabilities:
    ``expected`` ones on a hazard, those of the handover on an activity."""
    if expected:
        aliases = (QT_TRANSLATE_NOOP("DataModel", "Expected beneficiaries: women"),
                   QT_TRANSLATE_NOOP("DataModel", "Expected beneficiaries: girls"),
                   QT_TRANSLATE_NOOP("DataModel", "Expected beneficiaries: boys"),
                   QT_TRANSLATE_NOOP("DataModel", "Expected beneficiaries: men"),
                   QT_TRANSLATE_NOOP("DataModel",
                                     "Expected beneficiaries: persons with disabilities"))
    else:
        aliases = (QT_TRANSLATE_NOOP("DataModel", "Beneficiaries: women"),
                   QT_TRANSLATE_NOOP("DataModel", "Beneficiaries: girls"),
                   QT_TRANSLATE_NOOP("DataModel", "Beneficiaries: boys"),
                   QT_TRANSLATE_NOOP("DataModel", "Beneficiaries: men"),
                   QT_TRANSLATE_NOOP("DataModel", "Beneficiaries: persons with disabilities"))
    return tuple(_count(name, alias) for name, alias in zip(BENEFICIARY_FIELDS, aliases))


_AREA = Field("area_m2", REAL, QT_TRANSLATE_NOOP("DataModel", "Area (m²)"),
              constraint='"area_m2" IS NULL OR "area_m2" >= 0',
              constraint_text=_NON_NEGATIVE, read_only=True)

HAZARDS = Layer(
    "hazards", QT_TRANSLATE_NOOP("DataModel", "Hazardous areas"), "MultiPolygon",
    (
        _uuid(),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID"),
              not_null=True, unique=True, length=40),
        Field("parent_hazard_id", STRING,
              QT_TRANSLATE_NOOP("DataModel", "Confirmed part of hazard"), length=40,
              read_only=True, since=2),
        Field("name", STRING, QT_TRANSLATE_NOOP("DataModel", "Local name")),
        Field("hazard_class", STRING, QT_TRANSLATE_NOOP("DataModel", "Class"),
              not_null=True, lookup="hazard_class", default="'SHA'"),
        Field("status", STRING, QT_TRANSLATE_NOOP("DataModel", "Status"),
              not_null=True, lookup="hazard_status", default="'open'"),
        Field("contamination", STRING, QT_TRANSLATE_NOOP("DataModel", "Contamination"),
              lookup="contamination"),
        Field("evidence", STRING, QT_TRANSLATE_NOOP("DataModel", "Main evidence"),
              lookup="evidence"),
        Field("date_of_information", DATE,
              QT_TRANSLATE_NOOP("DataModel", "Date of information"), not_null=True,
              default="now()"),
        Field("survey_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Survey date")),
        Field("organisation", STRING, QT_TRANSLATE_NOOP("DataModel", "Reporting organisation")),
        Field("region", STRING, QT_TRANSLATE_NOOP("DataModel", "Region")),
        Field("district", STRING, QT_TRANSLATE_NOOP("DataModel", "District")),
        Field("locality", STRING, QT_TRANSLATE_NOOP("DataModel", "Nearest locality")),
        Field("land_use", STRING, QT_TRANSLATE_NOOP("DataModel", "Blocked land use")),
        Field("depth_cm", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Clearance depth (cm)"),
              constraint='"depth_cm" IS NULL OR "depth_cm" >= 0',
              constraint_text=_NON_NEGATIVE),
        Field("original_area_m2", REAL,
              QT_TRANSLATE_NOOP("DataModel", "Original area (m²)"),
              constraint='"original_area_m2" IS NULL OR "original_area_m2" >= 0',
              constraint_text=_NON_NEGATIVE, read_only=True),
        _AREA,
    ) + _audit() + (_external_id(),) + _beneficiaries(expected=True),
    doc=QT_TRANSLATE_NOOP("DataModel", "Suspected and confirmed hazardous areas."),
    key_field="hazard_id",
    form_tabs=(
        (QT_TRANSLATE_NOOP("DataModel", "Hazard"),
         ("hazard_id", "external_id", "name", "hazard_class", "status", "contamination",
          "evidence", "date_of_information", "survey_date", "organisation")),
        (QT_TRANSLATE_NOOP("DataModel", "Location and land"),
         ("region", "district", "locality", "land_use", "depth_cm")),
        (QT_TRANSLATE_NOOP("DataModel", "Areas and remarks"),
         ("original_area_m2", "area_m2", "parent_hazard_id", "remarks")),
        (QT_TRANSLATE_NOOP("DataModel", "Expected beneficiaries"), BENEFICIARY_FIELDS),
    ),
)

# the full circle of each unit comes from core.vocabulary, as core.bearings reads it
_BEARING_RANGE = (
    '"bearing" IS NULL OR ("bearing" >= 0 AND "bearing" < CASE '
    + "".join("WHEN \"bearing_unit\" = '{}' THEN {:g} ".format(unit, circle)
              for unit, circle in UNITS_PER_CIRCLE.items() if unit != "deg")
    + "ELSE {:g} END)".format(UNITS_PER_CIRCLE["deg"]))

SURVEY_POINTS = Layer(
    "survey_points", QT_TRANSLATE_NOOP("DataModel", "Survey points"), "Point",
    (
        _uuid(),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID"),
              not_null=True),
        Field("point_no", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Point number"),
              not_null=True, constraint='"point_no" >= 0',
              constraint_text=_NON_NEGATIVE),
        Field("point_type", STRING, QT_TRANSLATE_NOOP("DataModel", "Point type"),
              not_null=True, lookup="point_type", default="'turning'"),
        Field("from_point", INTEGER, QT_TRANSLATE_NOOP("DataModel", "From point"),
              constraint='"from_point" IS NULL OR "from_point" >= 0',
              constraint_text=_NON_NEGATIVE),
        Field("bearing", REAL, QT_TRANSLATE_NOOP("DataModel", "Bearing"),
              constraint=_BEARING_RANGE,
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "Bearing must be at least 0 and less than a full circle")),
        Field("bearing_text", STRING, QT_TRANSLATE_NOOP("DataModel", "Bearing as recorded")),
        Field("bearing_unit", STRING, QT_TRANSLATE_NOOP("DataModel", "Bearing unit"),
              lookup="bearing_unit", default="'deg'"),
        Field("north_reference", STRING, QT_TRANSLATE_NOOP("DataModel", "North reference"),
              lookup="north_reference", default="'magnetic'"),
        Field("declination_deg", REAL,
              QT_TRANSLATE_NOOP("DataModel", "Declination applied (°, east +)"),
              constraint='"declination_deg" IS NULL OR abs("declination_deg") <= 180',
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "Declination must be between -180 and 180 degrees")),
        Field("slope_deg", REAL, QT_TRANSLATE_NOOP("DataModel", "Slope angle (°)"),
              constraint='"slope_deg" IS NULL OR abs("slope_deg") < 90',
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "Slope must be between -90 and 90 degrees")),
        Field("distance_m", REAL, QT_TRANSLATE_NOOP("DataModel", "Distance (m)"),
              constraint='"distance_m" IS NULL OR "distance_m" >= 0',
              constraint_text=_NON_NEGATIVE),
        Field("coord_entered", STRING,
              QT_TRANSLATE_NOOP("DataModel", "Coordinates as entered")),
        Field("fixed_by", STRING, QT_TRANSLATE_NOOP("DataModel", "Position fixed by"),
              lookup="fixed_by", default="'traverse'"),
        Field("survey_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Survey date")),
    ) + _audit() + (_organisation(since=3),) + _review(),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "Benchmarks, reference and turning points with their bearing "
        "and distance from an earlier point, as recorded in the field."),
    form_tabs=(
        (QT_TRANSLATE_NOOP("DataModel", "Point"),
         ("hazard_id", "point_no", "point_type", "from_point", "survey_date")),
        (QT_TRANSLATE_NOOP("DataModel", "Bearing and distance"),
         ("bearing", "bearing_text", "bearing_unit", "north_reference",
          "declination_deg", "slope_deg", "distance_m")),
        (QT_TRANSLATE_NOOP("DataModel", "Position"),
         ("coord_entered", "fixed_by", "remarks")),
    ),
    natural_key=("hazard_id", "point_no"),
    geometry_optional=True,
)

ACTIVITIES = Layer(
    "land_release_activities",
    QT_TRANSLATE_NOOP("DataModel", "Land release activities"), "MultiPolygon",
    (
        _uuid(),
        Field("activity_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Activity ID"),
              not_null=True, unique=True, length=40),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
        Field("task_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Task ID")),
        Field("activity_type", STRING, QT_TRANSLATE_NOOP("DataModel", "Activity"),
              not_null=True, lookup="activity_type"),
        Field("outcome", STRING, QT_TRANSLATE_NOOP("DataModel", "Outcome"),
              not_null=True, lookup="release_outcome"),
        Field("technical_asset", STRING,
              QT_TRANSLATE_NOOP("DataModel", "Technical asset used")),
        Field("start_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Start date")),
        Field("end_date", DATE, QT_TRANSLATE_NOOP("DataModel", "End date"),
              not_null=True,
              constraint='"start_date" IS NULL OR "end_date" >= "start_date"',
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "The end date cannot be before the start date")),
        Field("organisation", STRING, QT_TRANSLATE_NOOP("DataModel", "Organisation")),
        Field("team", STRING, QT_TRANSLATE_NOOP("DataModel", "Team")),
        Field("depth_cm", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Clearance depth (cm)"),
              constraint='"depth_cm" IS NULL OR "depth_cm" >= 0',
              constraint_text=_NON_NEGATIVE),
        _AREA,
    ) + _audit() + _review() + (
        _external_id(),
        _count("team_women", QT_TRANSLATE_NOOP("DataModel", "Team: women")),
        _count("team_men", QT_TRANSLATE_NOOP("DataModel", "Team: men")),
        Field("handover_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Handover date"),
              since=4, constraint='"handover_date" IS NULL OR "handover_date" >= "end_date"',
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "The handover cannot be before the end of the activity")),
    ) + _beneficiaries(),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "Areas cancelled, reduced, cleared or confirmed by an activity."),
    key_field="activity_id",
    form_tabs=(
        (QT_TRANSLATE_NOOP("DataModel", "Activity"),
         ("activity_id", "external_id", "hazard_id", "task_id", "activity_type", "outcome",
          "technical_asset", "start_date", "end_date")),
        (QT_TRANSLATE_NOOP("DataModel", "Team and area"),
         ("organisation", "team") + TEAM_FIELDS + ("depth_cm", "area_m2", "remarks")),
        (QT_TRANSLATE_NOOP("DataModel", "Handover and beneficiaries"),
         ("handover_date",) + BENEFICIARY_FIELDS),
    ),
)

EO_FINDS = Layer(
    "eo_finds", QT_TRANSLATE_NOOP("DataModel", "Explosive ordnance finds"), "Point",
    (
        _uuid(),
        Field("find_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Find ID"),
              not_null=True, unique=True, length=40),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
        Field("activity_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Activity ID")),
        Field("eo_category", STRING, QT_TRANSLATE_NOOP("DataModel", "EO category"),
              not_null=True, lookup="eo_category"),
        Field("eo_model", STRING, QT_TRANSLATE_NOOP("DataModel", "Model / description")),
        Field("quantity", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Quantity"),
              not_null=True, default="1", constraint='"quantity" >= 1',
              constraint_text=QT_TRANSLATE_NOOP("DataModel", "Quantity must be at least 1")),
        Field("find_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Find date"),
              not_null=True, default="now()"),
        Field("destroyed", BOOLEAN, QT_TRANSLATE_NOOP("DataModel", "Destroyed"),
              default="true"),
        Field("depth_cm", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Depth (cm)"),
              constraint='"depth_cm" IS NULL OR "depth_cm" >= 0',
              constraint_text=_NON_NEGATIVE),
    ) + _audit() + (_organisation(since=3),) + _review() + (_external_id(),),
    doc=QT_TRANSLATE_NOOP("DataModel", "Explosive ordnance found, by category."),
    key_field="find_id",
)

_CASUALTY_ALIASES = {
    "killed_women": QT_TRANSLATE_NOOP("DataModel", "Killed: women"),
    "killed_men": QT_TRANSLATE_NOOP("DataModel", "Killed: men"),
    "killed_girls": QT_TRANSLATE_NOOP("DataModel", "Killed: girls"),
    "killed_boys": QT_TRANSLATE_NOOP("DataModel", "Killed: boys"),
    "killed_unknown": QT_TRANSLATE_NOOP("DataModel", "Killed: sex or age unknown"),
    "injured_women": QT_TRANSLATE_NOOP("DataModel", "Injured: women"),
    "injured_men": QT_TRANSLATE_NOOP("DataModel", "Injured: men"),
    "injured_girls": QT_TRANSLATE_NOOP("DataModel", "Injured: girls"),
    "injured_boys": QT_TRANSLATE_NOOP("DataModel", "Injured: boys"),
    "injured_unknown": QT_TRANSLATE_NOOP("DataModel", "Injured: sex or age unknown"),
}

ACCIDENTS = Layer(
    "accidents", QT_TRANSLATE_NOOP("DataModel", "Accidents"), "Point",
    (
        _uuid(),
        Field("accident_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Accident ID"),
              not_null=True, unique=True, length=40),
        Field("accident_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Accident date"),
              not_null=True),
        Field("device_category", STRING, QT_TRANSLATE_NOOP("DataModel", "Device category"),
              lookup="eo_category"),
        Field("activity_at_time", STRING,
              QT_TRANSLATE_NOOP("DataModel", "What the casualties were doing"),
              lookup="accident_activity"),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
    ) + tuple(_count(name, _CASUALTY_ALIASES[name]) for name in CASUALTY_FIELDS)
    + _audit() + (_organisation(since=4),) + _review(),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "Accidents with explosive ordnance: where, when, the device and "
        "the killed and injured by sex and age group. No names or personal details: "
        "a mapping tool, not a victim register."),
    key_field="accident_id",
    form_tabs=(
        (QT_TRANSLATE_NOOP("DataModel", "Accident"),
         ("accident_id", "accident_date", "device_category", "activity_at_time",
          "hazard_id", "organisation", "remarks")),
        (QT_TRANSLATE_NOOP("DataModel", "Casualties"), CASUALTY_FIELDS),
    ),
    since=4,
)

TASKS = Layer(
    "tasks", QT_TRANSLATE_NOOP("DataModel", "Tasks"), "MultiPolygon",
    (
        _uuid(),
        Field("task_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Task ID"),
              not_null=True, unique=True, length=40),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
        Field("task_type", STRING, QT_TRANSLATE_NOOP("DataModel", "Task type"),
              not_null=True, lookup="activity_type"),
        Field("organisation", STRING, QT_TRANSLATE_NOOP("DataModel", "Organisation")),
        Field("team", STRING, QT_TRANSLATE_NOOP("DataModel", "Team")),
        Field("priority", STRING, QT_TRANSLATE_NOOP("DataModel", "Priority"),
              lookup="task_priority", default="'medium'"),
        Field("status", STRING, QT_TRANSLATE_NOOP("DataModel", "Status"),
              not_null=True, lookup="task_status", default="'planned'"),
        Field("issue_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Issue date")),
        Field("start_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Planned start"),
              planned=True),
        Field("due_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Due date"), planned=True,
              constraint='"due_date" IS NULL OR "start_date" IS NULL OR '
                         '"due_date" >= "start_date"',
              constraint_text=QT_TRANSLATE_NOOP(
                  "DataModel", "The due date cannot be before the start date")),
        Field("issued_by", STRING, QT_TRANSLATE_NOOP("DataModel", "Issuing authority")),
        Field("version", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Version"), default="1",
              constraint='"version" IS NULL OR "version" >= 1',
              constraint_text=QT_TRANSLATE_NOOP("DataModel", "Version must be at least 1")),
    ) + _audit(),
    doc=QT_TRANSLATE_NOOP("DataModel", "Work orders given to survey and clearance teams."),
    key_field="task_id",
)

SITE_POINTS = Layer(
    "site_points", QT_TRANSLATE_NOOP("DataModel", "Site points"), "Point",
    (
        _uuid(),
        Field("site_type", STRING, QT_TRANSLATE_NOOP("DataModel", "Site type"),
              not_null=True, lookup="site_point_type"),
        Field("name", STRING, QT_TRANSLATE_NOOP("DataModel", "Name")),
        Field("task_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Task ID")),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
        Field("radio_call", STRING, QT_TRANSLATE_NOOP("DataModel", "Radio call sign")),
    ) + _audit() + (_organisation(since=3),) + _review(),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "Helicopter landing sites, medical points, control points and "
        "demolition sites for a task."),
)

ACCESS_ROUTES = Layer(
    "access_routes", QT_TRANSLATE_NOOP("DataModel", "Access routes"), "LineString",
    (
        _uuid(),
        Field("route_type", STRING, QT_TRANSLATE_NOOP("DataModel", "Route type"),
              not_null=True, lookup="route_type", default="'access'"),
        Field("name", STRING, QT_TRANSLATE_NOOP("DataModel", "Name")),
        Field("task_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Task ID")),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID")),
    ) + _audit(),
    doc=QT_TRANSLATE_NOOP("DataModel", "Access and casualty evacuation routes."),
)

RELEASE_HISTORY = Layer(
    "release_history", QT_TRANSLATE_NOOP("DataModel", "Release history"), None,
    (
        _uuid(),
        Field("hazard_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Hazard ID"),
              not_null=True),
        Field("activity_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Activity ID")),
        Field("event_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Event date"),
              not_null=True),
        Field("event", STRING, QT_TRANSLATE_NOOP("DataModel", "Event"), not_null=True),
        Field("outcome", STRING, QT_TRANSLATE_NOOP("DataModel", "Outcome"),
              lookup="release_outcome"),
        Field("area_m2", REAL, QT_TRANSLATE_NOOP("DataModel", "Area (m²)")),
        Field("from_class", STRING, QT_TRANSLATE_NOOP("DataModel", "Class before"),
              lookup="hazard_class"),
        Field("to_class", STRING, QT_TRANSLATE_NOOP("DataModel", "Class after"),
              lookup="hazard_class"),
        Field("from_status", STRING, QT_TRANSLATE_NOOP("DataModel", "Status before"),
              lookup="hazard_status"),
        Field("to_status", STRING, QT_TRANSLATE_NOOP("DataModel", "Status after"),
              lookup="hazard_status"),
        Field("organisation", STRING, QT_TRANSLATE_NOOP("DataModel", "Organisation")),
        Field("recorded_at", DATETIME, QT_TRANSLATE_NOOP("DataModel", "Recorded at"),
              default="now()"),
        Field("recorded_by", STRING, QT_TRANSLATE_NOOP("DataModel", "Recorded by"),
              default="@user_account_name"),
    ),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "Every change of a hazard's area, class or status, with its cause."),
)

LOOKUPS = Layer(
    "lookups", QT_TRANSLATE_NOOP("DataModel", "Lookup lists"), None,
    (
        Field("vocabulary", STRING, QT_TRANSLATE_NOOP("DataModel", "List"), not_null=True),
        Field("code", STRING, QT_TRANSLATE_NOOP("DataModel", "Code"), not_null=True),
        Field("label", STRING, QT_TRANSLATE_NOOP("DataModel", "Label"), not_null=True),
        Field("base_code", STRING, QT_TRANSLATE_NOOP("DataModel", "Behaves as"),
              not_null=True),
        Field("sort_order", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Order"), default="0"),
        Field("active", BOOLEAN, QT_TRANSLATE_NOOP("DataModel", "Active"), default="true"),
    ),
    doc=QT_TRANSLATE_NOOP(
        "DataModel", "The programme's own names for every list; base_code ties an "
        "entry to the built-in meaning the plugin computes with."),
)

SCHEMA_INFO = Layer(
    "schema_info", QT_TRANSLATE_NOOP("DataModel", "Schema information"), None,
    (
        Field("key", STRING, QT_TRANSLATE_NOOP("DataModel", "Key"), not_null=True,
              unique=True),
        Field("value", STRING, QT_TRANSLATE_NOOP("DataModel", "Value")),
    ),
    doc=QT_TRANSLATE_NOOP("DataModel", "Schema version and creation details."),
)

#: the tables an operator's login may write (its own organisation's rows,
#: submitted for review): row-level security on PostGIS (store/roles.py)
REVIEWED = tuple(layer.name for layer in (ACTIVITIES, EO_FINDS, SURVEY_POINTS, SITE_POINTS,
                                          ACCIDENTS))

#: every layer of a mine action database, in layer-tree order (top first)
LAYERS = (EO_FINDS, ACCIDENTS, SITE_POINTS, SURVEY_POINTS, ACCESS_ROUTES, TASKS, ACTIVITIES,
          HAZARDS, RELEASE_HISTORY, LOOKUPS, SCHEMA_INFO)

BY_NAME = {layer.name: layer for layer in LAYERS}

#: PostGIS: the integer every editable table carries against lost updates
#: (docs/postgis.md). A writer names the version it makes: the version it
#: read + 1, or, from a QGIS edit buffer, that number negated. QGIS applies
#: an on-update default after every single change of a feature, so the
#: expression must give the same value however often it runs in one edit.
ROW_VERSION = "row_version"
#: a new record's row_version stays NULL (the insert trigger gives it 1):
#: no arithmetic on NULL, which QGIS and QField report as an evaluation error
ROW_VERSION_ON_UPDATE = ('if("row_version" IS NULL OR "row_version" < 0, "row_version", '
                         '-("row_version" + 1))')
#: the tables whose rows carry a row version (every table but schema_info)
VERSIONED = tuple(layer.name for layer in LAYERS if layer is not SCHEMA_INFO)


def fields_since(version):
    """[(layer, field)] that schema ``version`` added to the tables older
    than it, in table order (a table ``version`` added comes whole:
    ``layers_since``)."""
    return [(layer, field) for layer in LAYERS if layer.since < version
            for field in layer.fields if field.since == version]


def layers_since(version):
    """The tables schema ``version`` added."""
    return [layer for layer in LAYERS if layer.since == version]


def record_key(layer):
    """The fields that name one record of ``layer`` in a message."""
    if layer.key_field:
        return (layer.key_field,)
    if layer.natural_key:
        return layer.natural_key
    if layer is LOOKUPS:
        return ("vocabulary", "code")
    return ("uuid",) if "uuid" in layer.field_names() else (layer.fields[0].name,)
