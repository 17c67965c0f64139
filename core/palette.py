"""The one palette: how each mine action meaning is drawn.

The map styles (styles/*.qml, built by scripts/build_styles.py), the land
release dock's preview and the print layouts (which draw with the map styles)
all read these values, so a cleared area has one colour everywhere. The map's
conventions are the truth (docs/symbology.md): hazard classes and statuses
after GICHD TN 07.11/01, release outcomes after Okabe & Ito (2008), each with
its own pattern so that they also part in greyscale.

Colours are ``#RRGGBB``; alphas 0-255; widths millimetres; line styles one of
``LINE_STYLES``. Plain data, no Qt.
"""

from collections import namedtuple


def cmyk_to_rgb(c, m, y, k):
    """Naive (uncalibrated) CMYK percent -> sRGB hex, as print shops quote it."""
    def channel(value):
        return round(255 * (1 - value / 100.0) * (1 - k / 100.0))
    return "#{:02X}{:02X}{:02X}".format(channel(c), channel(m), channel(y))


#: line styles the palette uses (the style builder maps them to Qt pen styles)
LINE_STYLES = ("solid", "dash", "dot", "dash_dot")
#: fill patterns of the release outcomes
PATTERNS = ("solid", "hatch45", "hatch135", "cross", "dots")

#: one drawn line: colour, width (mm), style; ``dashes`` a custom dash
#: pattern (mm, on/off) or None
Line = namedtuple("Line", "colour width style dashes", defaults=("solid", None))
#: a release outcome: colour, fill alpha (0: no fill), pattern, outline colour
Outcome = namedtuple("Outcome", "colour alpha pattern outline")

BLACK = "#000000"
WHITE = "#FFFFFF"
#: the colour of "any other code" (a code no rule knows)
OTHER = "#808080"
HALF = 128  # alpha of a "50 % transparent" fill

CHA_RED = "#FF0000"  # GICHD TN 07.11/01
SHA_ORANGE = "#F4A718"  # GICHD TN 07.11/01
CLOSED_GREEN = cmyk_to_rgb(40, 0, 100, 0)  # -> #99FF00

#: hazard class -> fill colour (drawn at HALF alpha, and in the hazard marker)
HAZARD_CLASS = {"CHA": CHA_RED, "SHA": SHA_ORANGE}

#: hazard status -> outline lines, bottom first
HAZARD_STATUS = {
    "open": (Line(CHA_RED, 0.8),),
    "worked_on": (Line(BLACK, 0.3), Line(SHA_ORANGE, 0.8, "dash")),
    "closed": (Line(CLOSED_GREEN, 0.8),),
}

#: land release outcome -> how its area is drawn
RELEASE_OUTCOME = {
    "cancelled": Outcome("#BBBBBB", 110, "dots", "#333333"),
    "reduced_ta": Outcome("#0072B2", 70, "hatch45", "#0072B2"),
    "reduced_nta": Outcome("#56B4E9", 90, "hatch135", "#56B4E9"),
    "cleared": Outcome("#009E73", 150, "solid", "#009E73"),
    "confirmed": Outcome("#D55E00", 0, "cross", "#D55E00"),
}
#: the dots of the "cancelled" pattern
DOTS = "#333333"

#: task status -> outline (active tasks purple, the others grey)
TASK_PURPLE = "#CC79A7"  # Okabe-Ito reddish purple
TASK_GREY = "#666666"
ACTIVE_TASK_STATUSES = ("planned", "issued", "in_progress")


def task_outline(status):
    """The outline of a task of ``status`` (a code no rule knows: ``None``)."""
    if status is None:
        return Line(TASK_PURPLE, 0.6, "dot")
    if status in ACTIVE_TASK_STATUSES:
        return Line(TASK_PURPLE, 0.9, "dash_dot")
    return Line(TASK_GREY, 0.6, "dot")


#: site point type -> its SVG symbol (styles/symbols/<name>.svg, colours inside)
SITE_TYPE = {"hls": "hls", "medical_facility": "medical_facility",
             "paramedic_post": "paramedic_post", "control_point": "control_point",
             "demolition_site": "demolition_site"}

#: route type -> lines, bottom first (a casing under the route's own line)
ROUTE_TYPE = {
    "access": (Line(WHITE, 1.4), Line(BLACK, 0.7)),
    "casevac": (Line(BLACK, 1.2), Line("#009E73", 0.8, "dash", (3.0, 1.5))),
    "safe_lane": (Line(BLACK, 2.2), Line(WHITE, 1.2)),
}
#: a route of a type no rule knows
OTHER_ROUTE = (Line(OTHER, 0.5, "dot"),)

#: accidents by their worst recorded outcome -> the fill of their pentagon
#: (black outline): people killed, people injured, none recorded
ACCIDENT = {"killed": BLACK, "injured": "#D55E00", "none": WHITE}

#: review status -> the outline drawn over a record that awaits the national
#: centre's review (its own symbol stays, washed out by PENDING_WASH): pending
#: land is not released land. Approved records get nothing more.
REVIEW_STATUS = {
    "submitted": Line(BLACK, 0.8, "dash", (2.4, 1.2)),
    "returned": Line(BLACK, 0.8, "dot"),
}
#: the white veil over a pending area (alpha), and the dock's text of a pending entry
PENDING_WASH = 150
PENDING_TEXT = "#666666"
