"""Quality flags raised while replaying land release, one code per problem.

The engine never silently fixes data: whatever it repairs, drops or ignores is
reported here so the information management officer can correct the records.
Codes are stable (stored, filtered on); messages are translated.
"""

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, translate

#: the activity overlaps no hazard it may act on (or only by slivers)
ACTIVITY_OUTSIDE_HAZARDS = "activity_outside_hazards"
#: part of the activity covers land an earlier activity already released;
#: that part is counted once, by the earlier method
ALREADY_RELEASED = "already_released"
#: the activity ended before the hazard's date of information: ignored for it
ACTIVITY_BEFORE_HAZARD = "activity_before_hazard_record"
#: a piece smaller than the tolerance was dropped (not released / absorbed)
SLIVER = "sliver"
#: an invalid input geometry was repaired with make_valid
GEOMETRY_REPAIRED = "geometry_repaired"
#: two hazards overlap; the overlap stays with the earlier record only
HAZARD_OVERLAP = "hazard_overlap"
#: the activity ends after today (plus a day's grace): not applied, so a typo
#: such as 2062 for 2026 cannot release land or date a hazard in the future
FUTURE_DATE = "future_date"
#: the hazard's date of information is after today (plus a day's grace)
FUTURE_HAZARD_DATE = "future_hazard_date"

MESSAGES = {
    ACTIVITY_OUTSIDE_HAZARDS: QT_TRANSLATE_NOOP(
        "LandRelease", "The activity lies outside every hazard it may act on."),
    ALREADY_RELEASED: QT_TRANSLATE_NOOP(
        "LandRelease", "Part of the activity covers land already released by an "
        "earlier activity; it is counted once, by the earlier method."),
    ACTIVITY_BEFORE_HAZARD: QT_TRANSLATE_NOOP(
        "LandRelease", "The activity ended before the hazard's date of information "
        "and does not change the hazard."),
    SLIVER: QT_TRANSLATE_NOOP(
        "LandRelease", "A sliver smaller than the tolerance was dropped."),
    GEOMETRY_REPAIRED: QT_TRANSLATE_NOOP(
        "LandRelease", "The geometry was invalid and has been repaired."),
    HAZARD_OVERLAP: QT_TRANSLATE_NOOP(
        "LandRelease", "The hazard overlaps an earlier hazard record; the overlap "
        "is counted in the earlier hazard only."),
    FUTURE_DATE: QT_TRANSLATE_NOOP(
        "LandRelease", "The activity ends in the future (a mistyped year?); it was not "
        "applied. Correct its end date and compute again."),
    FUTURE_HAZARD_DATE: QT_TRANSLATE_NOOP(
        "LandRelease", "The hazard's date of information is in the future (a mistyped "
        "year?); activities that ended before it do not change the hazard."),
}

CODES = tuple(MESSAGES)

#: slivers below this (1 mm²) are overlay round-off, not data: handled the
#: same way but not reported
NOISE_M2 = 1e-6


@dataclass(frozen=True)
class QAFlag:
    """One problem found; ``geometry`` (lon/lat) locates it when it has an area."""

    code: str
    hazard_id: str = None
    activity_id: str = None
    related_id: str = None  # the other hazard of a HAZARD_OVERLAP
    area_m2: float = 0.0
    geometry: object = None

    @property
    def message(self):
        return translate("LandRelease", MESSAGES[self.code])

    def sort_key(self):
        return (self.code, self.hazard_id or "", self.activity_id or "",
                self.related_id or "")
