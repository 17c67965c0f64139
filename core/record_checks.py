"""Pure checks an imported record must pass beyond its field types.

The data model's value constraints are QGIS expressions in ``core.schema``,
shared by the forms and the import (which evaluates the same expression).
What the schema cannot say lives here: which columns an import must bring,
the closest field to a misspelt column, dates in the future, and coordinates
that are not longitude/latitude (with a guess of what they are).
"""

import datetime
import difflib

from .i18n import translate
from .schema import AUDIT_FIELDS, REVIEW_FIELDS

#: a date up to this far ahead of today is accepted (time zones, clocks)
FUTURE_TOLERANCE = datetime.timedelta(days=1)

#: what the land release engine reads from each table it works on
ENGINE_FIELDS = {
    "hazards": ("hazard_id", "hazard_class", "status", "date_of_information"),
    "land_release_activities": ("activity_id", "activity_type", "outcome", "end_date"),
}


def required_fields(layer):
    """Names of the fields every imported row must give, in schema order.

    A not-null field is required even when the data model has a default: a
    misspelt ``status`` column must not quietly become "open". Only the audit
    fields (uuid, created_at, created_by) and the review fields (a record is
    reviewed in the database, not in its source) are filled automatically."""
    wanted = set(ENGINE_FIELDS.get(layer.name, ()))
    if layer.key_field:
        wanted.add(layer.key_field)
    wanted.update(layer.natural_key)
    wanted.update(f.name for f in layer.fields if f.not_null)
    return [f.name for f in layer.fields if f.name in wanted
            and f.name not in AUDIT_FIELDS + REVIEW_FIELDS]


def closest(name, candidates):
    """The candidate most like ``name`` (case ignored), or None if none is close."""
    by_lower = {candidate.lower(): candidate for candidate in candidates}
    match = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.7)
    return by_lower[match[0]] if match else None


def is_future(value, today=None):
    """Whether a date or datetime lies beyond today plus the tolerance."""
    if value is None:
        return False
    today = today or datetime.date.today()
    if isinstance(value, datetime.datetime):
        value = value.date()
    return value > today + FUTURE_TOLERANCE


def is_lonlat(x, y):
    """Whether (x, y) can be a WGS 84 longitude and latitude."""
    return -180.0 <= x <= 180.0 and -90.0 <= y <= 90.0


def crs_hint(x, y):
    """A sentence saying which CRS numbers (x, y) that are not lon/lat look
    like, so the user knows what to set."""
    if -90.0 <= x <= 90.0 and -180.0 <= y <= 180.0:
        return translate(
            "Import", "The numbers look like latitude and longitude in the wrong order: "
            "longitude (east-west) must come first.")
    if 100000.0 <= abs(x) <= 900000.0 and abs(y) <= 10000000.0:
        return translate(
            "Import", "The numbers look like UTM metres (easting 500000-ish, northing up "
            "to 10,000,000): set the layer's CRS, e.g. EPSG:326xx (north) or "
            "EPSG:327xx (south) for UTM zone xx.")
    if abs(x) <= 20037509.0 and abs(y) <= 20048967.0:
        return translate(
            "Import", "The numbers look like projected metres (UTM, a national grid or "
            "Web Mercator EPSG:3857): set the layer's CRS to the one they were "
            "measured in.")
    return translate(
        "Import", "The numbers are too large for any usual CRS: check the coordinate "
        "columns.")
