"""The one place a field value becomes a date.

Field records carry dates as ISO text ("2024-05-17", sometimes with a time
after it), as Python dates or datetimes, or empty. Callers decide what an
empty or unreadable date means for them and say so in their own words.
"""

import datetime


def to_date(value):
    """A ``datetime.date`` from a date, a datetime or ISO text ("YYYY-MM-DD",
    anything after the tenth character ignored); None when empty.
    Raises ValueError when the text is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    return datetime.date.fromisoformat(text[:10])
