import datetime

import pytest

from mine_action_mapper.core.dates import to_date


@pytest.mark.parametrize("value, expected", [
    ("2024-05-17", datetime.date(2024, 5, 17)),
    (" 2024-05-17T10:30:00 ", datetime.date(2024, 5, 17)),
    (datetime.datetime(2013, 1, 2, 3, 4), datetime.date(2013, 1, 2)),
    (datetime.date(2006, 7, 1), datetime.date(2006, 7, 1)),
    (None, None), ("", None), ("   ", None),
])
def test_dates_are_read(value, expected):
    assert to_date(value) == expected


@pytest.mark.parametrize("value", ["17/05/2024", "2024-13-01", "yesterday"])
def test_other_text_is_refused(value):
    with pytest.raises(ValueError):
        to_date(value)
