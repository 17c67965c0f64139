"""Programme settings: closure tolerances, sliver size, issuing authority, paper.

IMAS sets no misclosure tolerance, and programmes differ on slivers, paper and
who issues task orders, so these are settings, not constants. This module is
the one definition of them: their defaults, their validation (a translated
error naming the setting) and their flat text form ``{key: str}``, the form in
which a database's ``schema_info`` table and QgsSettings keep them. Where
they are stored and which value wins is ``store.settings_store``'s business.
"""

import datetime
import math
import re
from dataclasses import asdict, dataclass, fields, replace

from .i18n import QT_TRANSLATE_NOOP, translate
from .errors import MineActionError

#: the land release engine's default sliver size (core.land_release imports
#: it from here: importing the engine would load shapely and numpy with QGIS)
DEFAULT_TOLERANCE_M2 = 1.0

#: paper codes, as the task order layouts (layouts.layout_templates.PAPERS) name them
PAPERS = ("a4_portrait", "a3_landscape")

#: setting key -> English label (translated where shown)
LABELS = {
    "min_precision": QT_TRANSLATE_NOOP("Settings", "Smallest relative precision 1:N"),
    "max_misclosure_m": QT_TRANSLATE_NOOP("Settings", "Largest misclosure (m)"),
    "max_leg_m": QT_TRANSLATE_NOOP("Settings", "Longest traverse leg accepted (m)"),
    "sliver_tolerance_m2": QT_TRANSLATE_NOOP("Settings", "Smallest piece released (m²)"),
    "authority": QT_TRANSLATE_NOOP("Settings", "Issuing authority"),
    "paper": QT_TRANSLATE_NOOP("Settings", "Task order paper"),
    "language": QT_TRANSLATE_NOOP("Settings", "Language of task orders and the overview"),
    "completion_date": QT_TRANSLATE_NOOP("Settings", "Completion target date (YYYY-MM-DD)"),
    "completion_target_m2": QT_TRANSLATE_NOOP(
        "Settings", "Hazardous area that may remain at the completion date (m²)"),
}

# a language code, or two joined by "+" (printed in both: "uk+en")
_LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?(\+[a-z]{2,3}([_-][A-Za-z]{2,4})?)?$")


@dataclass(frozen=True)
class Settings:
    """One programme's settings. ``min_precision`` 0 and ``max_misclosure_m``
    None switch that closure check off; ``language`` None follows QGIS."""

    min_precision: float = 200.0
    max_misclosure_m: float = None
    max_leg_m: float = 2000.0
    sliver_tolerance_m2: float = DEFAULT_TOLERANCE_M2
    authority: str = ""
    paper: str = PAPERS[0]
    language: str = None
    completion_date: str = ""  # ISO date of the completion target ('' none)
    completion_target_m2: float = 0.0

    def validated(self):
        """``self`` when every value is acceptable, else MineActionError
        naming the first bad setting (``field`` is its key)."""
        _number(self, "min_precision", minimum=0.0)
        if self.max_misclosure_m is not None:
            _number(self, "max_misclosure_m", minimum=0.0, above=True)
        _number(self, "max_leg_m", minimum=0.0, above=True)
        _number(self, "sliver_tolerance_m2", minimum=0.0)
        if not isinstance(self.authority, str):
            _fail("authority", self.authority, translate("Settings", "it must be text"))
        if self.paper not in PAPERS:
            _fail("paper", self.paper, translate("Settings", "it must be one of {papers}")
                  .format(papers=", ".join(PAPERS)))
        if self.completion_date:
            try:
                datetime.date.fromisoformat(str(self.completion_date))
            except ValueError:
                _fail("completion_date", self.completion_date, translate(
                    "Settings", "it must be a date written YYYY-MM-DD, or empty"))
        _number(self, "completion_target_m2", minimum=0.0)
        if self.language is not None and not _LANGUAGE.match(str(self.language)):
            _fail("language", self.language, translate(
                "Settings", "it must be a language code such as en or fr, or two joined "
                "by + to print both (uk+en)"))
        return self

    def to_dict(self):
        """{key: str} of every setting; a value switched off is ''."""
        return {key: _text(value) for key, value in asdict(self).items()}

    @classmethod
    def from_dict(cls, values, base=None):
        """Settings from {key: str}: keys present override ``base`` (the
        built-in defaults when None); unknown keys are ignored; a bad value
        raises MineActionError naming the setting."""
        changes = {}
        for field in fields(cls):
            if field.name in values and values[field.name] is not None:
                changes[field.name] = _parse(field.name, values[field.name])
        return replace(base or cls(), **changes).validated()


KEYS = tuple(field.name for field in fields(Settings))
TEXT_KEYS = ("authority", "paper", "language", "completion_date")


def label(key):
    return translate("Settings", LABELS[key])


def _fail(key, value, reason):
    raise MineActionError(translate(
        "Settings", "Setting \"{setting}\" ({key}): \"{value}\" is not accepted: {reason}.")
        .format(setting=label(key), key=key, value=value, reason=reason), field=key)


def _number(settings, key, minimum, above=False):
    value = getattr(settings, key)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(value) and (value > minimum if above else value >= minimum)
    if not ok:
        reason = (translate("Settings", "it must be a number greater than {minimum}") if above
                  else translate("Settings", "it must be a number, {minimum} or more"))
        _fail(key, value, reason.format(minimum=_text(minimum)))


def _parse(key, text):
    """Typed value of one setting from its text form ('' = switched off)."""
    text = str(text).strip()
    if key in TEXT_KEYS:
        if key in ("authority", "completion_date"):
            return text
        return text or (None if key == "language" else PAPERS[0])
    if text == "":
        if key == "max_misclosure_m":
            return None
        if key in ("min_precision", "completion_target_m2"):
            return 0.0
    try:
        return float(text.replace(",", "."))
    except ValueError:
        _fail(key, text, translate("Settings", "it must be a number"))


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return "{:g}".format(value) if value == int(value) else repr(value)
    return str(value)
