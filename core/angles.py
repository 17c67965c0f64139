"""Reading angles written as decimal degrees or degrees-minutes-seconds.

Shared by bearings and coordinates so both accept exactly the same notations.
Failures raise ``AngleFormatError`` with a ``kind`` only; each caller words
the user-facing message itself (naming its own point, field and value).
"""

import re

NUMBER = r"\d+(?:[.,]\d+)?"
DEG_MARK = r"(?:°|º|˚|d|deg)"
MIN_MARK = r"(?:'|′|’|m|min)"
SEC_MARK = r"(?:\"|″|”|''|′′|s|sec)"
_SEP = r"(?:\s+|\s*[-:]\s*)"

# 45°30'15" / 45d 30m 15s / 45° 30.5' / 45°
_MARKED_DMS = re.compile(
    rf"^(?P<d>{NUMBER})\s*{DEG_MARK}"
    rf"(?:\s*(?P<m>{NUMBER})\s*{MIN_MARK}"
    rf"(?:\s*(?P<s>{NUMBER})\s*{SEC_MARK})?)?$", re.IGNORECASE)
# 45 30 15 / 45-30-15 / 45:30 (two or three components)
_PLAIN_DMS = re.compile(rf"^(?P<d>\d+){_SEP}(?P<m>{NUMBER})(?:{_SEP}(?P<s>{NUMBER}))?$")
_DECIMAL = re.compile(rf"^{NUMBER}$")

UNREADABLE = "unreadable"
MINUTES = "minutes"
SECONDS = "seconds"
DECIMALS = "decimals"


class AngleFormatError(ValueError):
    """``kind`` is one of UNREADABLE, MINUTES, SECONDS, DECIMALS."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


def number(text):
    """A decimal number that may use a comma as decimal separator."""
    return float(text.replace(",", "."))


def is_decimal(text):
    return bool(_DECIMAL.match(text))


def parse_unsigned_angle(text):
    """Non-negative angle (decimal degrees or DMS) -> degrees."""
    text = text.strip()
    if _DECIMAL.match(text):
        return number(text)
    for pattern in (_MARKED_DMS, _PLAIN_DMS):
        match = pattern.match(text)
        if match:
            return _dms(match)
    raise AngleFormatError(UNREADABLE)


def _dms(match):
    degrees = number(match.group("d"))
    minutes, seconds = match.group("m"), match.group("s")
    if minutes is None:
        return degrees
    minutes = number(minutes)
    if not degrees.is_integer() or (seconds is not None and not minutes.is_integer()):
        raise AngleFormatError(DECIMALS)
    if minutes >= 60:
        raise AngleFormatError(MINUTES)
    seconds = number(seconds) if seconds is not None else 0.0
    if seconds >= 60:
        raise AngleFormatError(SECONDS)
    return degrees + minutes / 60.0 + seconds / 3600.0


def split_dms(degrees, second_decimals):
    """|degrees| -> (d, m, s), s rounded to ``second_decimals`` with carries."""
    scale = 10 ** second_decimals
    total = round(abs(degrees) * 3600.0 * scale)
    d, rest = divmod(total, 3600 * scale)
    m, s = divmod(rest, 60 * scale)
    return int(d), int(m), s / scale


def seconds_text(seconds, second_decimals):
    width = 3 + second_decimals if second_decimals else 2
    return f"{seconds:0{width}.{second_decimals}f}"
