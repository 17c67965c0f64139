"""The one source of truth for mine action terms (IMAS / IMSMA).

Every list the plugin shows or reasons about lives here: hazard classes,
statuses, land release activities and outcomes, contamination, evidence, survey
point types, EO categories, site points and the smaller lists forms need.

Each term has a stable ``code`` (stored in databases, relied on by the engine)
and an English ``label`` marked for translation. A national programme renames or
adds terms in the database's ``lookups`` table, seeded from these defaults; an
added term names the default ``base_code`` whose meaning it carries (a
"Defined Hazardous Area" added as a class behaves as ``CHA``), so logic only ever
tests the codes defined here.
"""

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Vocabulary"


@dataclass(frozen=True)
class Term:
    code: str
    label: str  # English source text; use ``Vocabulary.label`` to show it

    def translated(self):
        return translate(CONTEXT, self.label)


@dataclass(frozen=True)
class Vocabulary:
    name: str  # value of ``lookups.vocabulary``
    title: str  # English source text
    terms: tuple

    def codes(self):
        return [term.code for term in self.terms]

    def term(self, code):
        for term in self.terms:
            if term.code == code:
                return term
        raise KeyError(code)

    def label(self, code):
        """Translated label of ``code`` (the code itself when unknown)."""
        try:
            return self.term(code).translated()
        except KeyError:
            return code

    def __contains__(self, code):
        return any(term.code == code for term in self.terms)

    def __iter__(self):
        return iter(self.terms)


def _vocabulary(name, title, *pairs):
    return Vocabulary(name, title, tuple(Term(code, label) for code, label in pairs))



HAZARD_CLASS = _vocabulary(
    "hazard_class", QT_TRANSLATE_NOOP("Vocabulary", "Hazard class"),
    ("SHA", QT_TRANSLATE_NOOP("Vocabulary", "Suspected Hazardous Area (SHA)")),
    ("CHA", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed Hazardous Area (CHA)")),
)

HAZARD_STATUS = _vocabulary(
    "hazard_status", QT_TRANSLATE_NOOP("Vocabulary", "Hazard status"),
    ("open", QT_TRANSLATE_NOOP("Vocabulary", "Open")),
    ("worked_on", QT_TRANSLATE_NOOP("Vocabulary", "Worked on")),
    ("closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")),
)

ACTIVITY_TYPE = _vocabulary(
    "activity_type", QT_TRANSLATE_NOOP("Vocabulary", "Land release activity"),
    ("nts", QT_TRANSLATE_NOOP("Vocabulary", "Non-technical survey")),
    ("ts", QT_TRANSLATE_NOOP("Vocabulary", "Technical survey")),
    ("clearance", QT_TRANSLATE_NOOP("Vocabulary", "Clearance")),
)

RELEASE_OUTCOME = _vocabulary(
    "release_outcome", QT_TRANSLATE_NOOP("Vocabulary", "Land release outcome"),
    ("cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled (non-technical survey)")),
    ("reduced_ta", QT_TRANSLATE_NOOP("Vocabulary", "Reduced with technical asset")),
    ("reduced_nta", QT_TRANSLATE_NOOP("Vocabulary", "Reduced without technical asset")),
    ("cleared", QT_TRANSLATE_NOOP("Vocabulary", "Cleared")),
    ("confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed (SHA part becomes CHA)")),
)

#: outcomes that take land out of the hazard, in the order they are reported
RELEASING_OUTCOMES = ("cancelled", "reduced_ta", "reduced_nta", "cleared")
#: the outcome that turns suspected land into confirmed land
CONFIRMING_OUTCOME = "confirmed"
#: which activity may produce which outcome (IMAS 07.11)
OUTCOMES_BY_ACTIVITY = {
    "nts": ("cancelled", "confirmed"),
    "ts": ("reduced_ta", "reduced_nta", "confirmed"),
    "clearance": ("cleared",),
}

CONTAMINATION = _vocabulary(
    "contamination", QT_TRANSLATE_NOOP("Vocabulary", "Contamination"),
    ("ap_mines", QT_TRANSLATE_NOOP("Vocabulary", "Anti-personnel mines")),
    ("av_mines", QT_TRANSLATE_NOOP("Vocabulary", "Anti-vehicle mines")),
    ("cluster_munitions", QT_TRANSLATE_NOOP("Vocabulary", "Cluster munitions")),
    ("uxo", QT_TRANSLATE_NOOP("Vocabulary", "Unexploded ordnance (UXO)")),
    ("axo", QT_TRANSLATE_NOOP("Vocabulary", "Abandoned explosive ordnance (AXO)")),
    ("ied", QT_TRANSLATE_NOOP("Vocabulary", "Improvised explosive devices (IED)")),
    ("mixed", QT_TRANSLATE_NOOP("Vocabulary", "Mixed contamination")),
)

EVIDENCE = _vocabulary(
    "evidence", QT_TRANSLATE_NOOP("Vocabulary", "Evidence"),
    ("visual_observation", QT_TRANSLATE_NOOP("Vocabulary", "Direct: visual observation of explosive ordnance")),
    ("accident_known_location", QT_TRANSLATE_NOOP("Vocabulary", "Direct: accident at a known location")),
    ("reliable_records", QT_TRANSLATE_NOOP("Vocabulary", "Direct: reliable records")),
    ("marking", QT_TRANSLATE_NOOP("Vocabulary", "Direct: hazard marking")),
    ("detonations", QT_TRANSLATE_NOOP("Vocabulary", "Direct: detonations")),
    ("old_survey", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: old survey")),
    ("former_front_line", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: former front line")),
    ("accident_unknown_location", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: accident at an unknown location")),
    ("unreliable_records", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: unreliable records")),
    ("unused_productive_land", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: productive land not in use")),
    ("verbal_report", QT_TRANSLATE_NOOP("Vocabulary", "Indirect: verbal report")),
)

#: evidence codes that confirm contamination (a hazard with them is a CHA)
DIRECT_EVIDENCE = ("visual_observation", "accident_known_location",
                   "reliable_records", "marking", "detonations")

POINT_TYPE = _vocabulary(
    "point_type", QT_TRANSLATE_NOOP("Vocabulary", "Survey point type"),
    ("reference", QT_TRANSLATE_NOOP("Vocabulary", "Reference point")),
    ("benchmark", QT_TRANSLATE_NOOP("Vocabulary", "Benchmark")),
    ("start", QT_TRANSLATE_NOOP("Vocabulary", "Start point")),
    ("turning", QT_TRANSLATE_NOOP("Vocabulary", "Turning point")),
    ("intermediate", QT_TRANSLATE_NOOP("Vocabulary", "Intermediate point")),
    ("end", QT_TRANSLATE_NOOP("Vocabulary", "End point")),
    ("evidence", QT_TRANSLATE_NOOP("Vocabulary", "Evidence point")),
    ("usage", QT_TRANSLATE_NOOP("Vocabulary", "Usage point")),
)

#: point types that lie on the hazard perimeter, in perimeter order semantics
PERIMETER_POINT_TYPES = ("start", "turning", "intermediate", "end")

EO_CATEGORY = _vocabulary(
    "eo_category", QT_TRANSLATE_NOOP("Vocabulary", "Explosive ordnance category"),
    ("ap_mine", QT_TRANSLATE_NOOP("Vocabulary", "Anti-personnel mine")),
    ("av_mine", QT_TRANSLATE_NOOP("Vocabulary", "Anti-vehicle mine")),
    ("submunition", QT_TRANSLATE_NOOP("Vocabulary", "Submunition")),
    ("projectile", QT_TRANSLATE_NOOP("Vocabulary", "Projectile")),
    ("mortar", QT_TRANSLATE_NOOP("Vocabulary", "Mortar bomb")),
    ("grenade", QT_TRANSLATE_NOOP("Vocabulary", "Grenade")),
    ("rocket", QT_TRANSLATE_NOOP("Vocabulary", "Rocket")),
    ("aircraft_bomb", QT_TRANSLATE_NOOP("Vocabulary", "Aircraft bomb")),
    ("ied", QT_TRANSLATE_NOOP("Vocabulary", "Improvised explosive device")),
    ("sa_ammunition", QT_TRANSLATE_NOOP("Vocabulary", "Small arms ammunition")),
    ("other_uxo", QT_TRANSLATE_NOOP("Vocabulary", "Other unexploded ordnance")),
)

SITE_POINT_TYPE = _vocabulary(
    "site_point_type", QT_TRANSLATE_NOOP("Vocabulary", "Site point type"),
    ("hls", QT_TRANSLATE_NOOP("Vocabulary", "Helicopter landing site (HLS)")),
    ("medical_facility", QT_TRANSLATE_NOOP("Vocabulary", "Medical facility")),
    ("paramedic_post", QT_TRANSLATE_NOOP("Vocabulary", "Paramedic post")),
    ("control_point", QT_TRANSLATE_NOOP("Vocabulary", "Control point")),
    ("demolition_site", QT_TRANSLATE_NOOP("Vocabulary", "Demolition site")),
)

BEARING_UNIT = _vocabulary(
    "bearing_unit", QT_TRANSLATE_NOOP("Vocabulary", "Bearing unit"),
    ("deg", QT_TRANSLATE_NOOP("Vocabulary", "Degrees")),
    ("grad", QT_TRANSLATE_NOOP("Vocabulary", "Grads (400 per circle)")),
    ("mil_nato", QT_TRANSLATE_NOOP("Vocabulary", "NATO mils (6400 per circle)")),
    ("mil_wp", QT_TRANSLATE_NOOP("Vocabulary", "Warsaw Pact mils (6000 per circle)")),
)

#: units per full circle, for range checks and conversions
UNITS_PER_CIRCLE = {"deg": 360.0, "grad": 400.0, "mil_nato": 6400.0, "mil_wp": 6000.0}

NORTH_REFERENCE = _vocabulary(
    "north_reference", QT_TRANSLATE_NOOP("Vocabulary", "North reference"),
    ("magnetic", QT_TRANSLATE_NOOP("Vocabulary", "Magnetic north")),
    ("true", QT_TRANSLATE_NOOP("Vocabulary", "True north")),
    ("grid", QT_TRANSLATE_NOOP("Vocabulary", "Grid north")),
)

FIXED_BY = _vocabulary(
    "fixed_by", QT_TRANSLATE_NOOP("Vocabulary", "Position fixed by"),
    ("gps", QT_TRANSLATE_NOOP("Vocabulary", "GPS / GNSS")),
    ("traverse", QT_TRANSLATE_NOOP("Vocabulary", "Bearing and distance")),
    ("map", QT_TRANSLATE_NOOP("Vocabulary", "Read from a map")),
    ("digitised", QT_TRANSLATE_NOOP("Vocabulary", "Digitised on screen")),
)

TASK_STATUS = _vocabulary(
    "task_status", QT_TRANSLATE_NOOP("Vocabulary", "Task status"),
    ("planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")),
    ("issued", QT_TRANSLATE_NOOP("Vocabulary", "Issued")),
    ("in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")),
    ("suspended", QT_TRANSLATE_NOOP("Vocabulary", "Suspended")),
    ("completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")),
)

TASK_PRIORITY = _vocabulary(
    "task_priority", QT_TRANSLATE_NOOP("Vocabulary", "Task priority"),
    ("high", QT_TRANSLATE_NOOP("Vocabulary", "High")),
    ("medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium")),
    ("low", QT_TRANSLATE_NOOP("Vocabulary", "Low")),
)

ROUTE_TYPE = _vocabulary(
    "route_type", QT_TRANSLATE_NOOP("Vocabulary", "Route type"),
    ("access", QT_TRANSLATE_NOOP("Vocabulary", "Access route")),
    ("casevac", QT_TRANSLATE_NOOP("Vocabulary", "Casualty evacuation route")),
    ("safe_lane", QT_TRANSLATE_NOOP("Vocabulary", "Safe lane")),
)

#: what a casualty was doing when the accident happened (IMSMA's accident
#: activity; ``demining`` tells a demining accident from a civilian one)
ACCIDENT_ACTIVITY = _vocabulary(
    "accident_activity", QT_TRANSLATE_NOOP("Vocabulary", "What the casualties were doing"),
    ("farming", QT_TRANSLATE_NOOP("Vocabulary", "Farming")),
    ("herding", QT_TRANSLATE_NOOP("Vocabulary", "Herding animals")),
    ("collecting", QT_TRANSLATE_NOOP("Vocabulary", "Collecting wood, food or water")),
    ("scrap", QT_TRANSLATE_NOOP("Vocabulary", "Collecting or handling scrap metal")),
    ("travelling", QT_TRANSLATE_NOOP("Vocabulary", "Travelling")),
    ("playing", QT_TRANSLATE_NOOP("Vocabulary", "Playing")),
    ("tampering", QT_TRANSLATE_NOOP("Vocabulary", "Handling or tampering with a device")),
    ("demining", QT_TRANSLATE_NOOP("Vocabulary", "Demining")),
    ("other", QT_TRANSLATE_NOOP("Vocabulary", "Something else")),
)
#: the accident activity of a demining accident (the others are civilian)
DEMINING_ACCIDENT = "demining"

#: the review of an operator's record by the national centre (docs/postgis.md)
REVIEW_STATUS = _vocabulary(
    "review_status", QT_TRANSLATE_NOOP("Vocabulary", "Review status"),
    ("submitted", QT_TRANSLATE_NOOP("Vocabulary", "Submitted, awaiting review")),
    ("approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")),
    ("returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned to the operator")),
)
#: the review status whose activities count in land release
APPROVED = "approved"
#: review statuses drawn as pending (the records wait for the national centre)
PENDING_REVIEW = ("submitted", "returned")

ALL = (HAZARD_CLASS, HAZARD_STATUS, ACTIVITY_TYPE, RELEASE_OUTCOME, CONTAMINATION,
       EVIDENCE, POINT_TYPE, EO_CATEGORY, SITE_POINT_TYPE, BEARING_UNIT,
       NORTH_REFERENCE, FIXED_BY, TASK_STATUS, TASK_PRIORITY, ROUTE_TYPE, REVIEW_STATUS,
       ACCIDENT_ACTIVITY)

BY_NAME = {vocabulary.name: vocabulary for vocabulary in ALL}
