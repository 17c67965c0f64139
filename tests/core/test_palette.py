"""The one palette covers every code it draws, with well-formed values."""

import re

import pytest

from mine_action_mapper.core import palette, vocabulary

HEX = re.compile(r"^#[0-9A-F]{6}$")


def _lines(entries):
    for lines in entries:
        yield from lines


@pytest.mark.parametrize("vocab, entries", [
    (vocabulary.HAZARD_CLASS, palette.HAZARD_CLASS),
    (vocabulary.HAZARD_STATUS, palette.HAZARD_STATUS),
    (vocabulary.RELEASE_OUTCOME, palette.RELEASE_OUTCOME),
    (vocabulary.SITE_POINT_TYPE, palette.SITE_TYPE),
    (vocabulary.ROUTE_TYPE, palette.ROUTE_TYPE),
])
def test_every_code_has_an_entry(vocab, entries):
    assert set(entries) == set(vocab.codes())


def test_colours_are_hex_and_styles_known():
    lines = list(_lines(palette.HAZARD_STATUS.values())) \
        + list(_lines(palette.ROUTE_TYPE.values())) + list(palette.OTHER_ROUTE) \
        + [palette.task_outline(code) for code in vocabulary.TASK_STATUS.codes() + [None]]
    colours = list(palette.HAZARD_CLASS.values()) + [line.colour for line in lines]
    for outcome in palette.RELEASE_OUTCOME.values():
        colours += [outcome.colour, outcome.outline]
        assert outcome.pattern in palette.PATTERNS
        assert 0 <= outcome.alpha <= 255
    assert all(HEX.match(colour) for colour in colours), colours
    assert all(line.style in palette.LINE_STYLES and line.width > 0 for line in lines)


def test_outcomes_part_by_colour_and_pattern():
    outcomes = palette.RELEASE_OUTCOME.values()
    assert len({outcome.colour for outcome in outcomes}) == len(outcomes)
    assert len({outcome.pattern for outcome in outcomes}) == len(outcomes)


def test_the_map_conventions():
    """docs/symbology.md: GICHD class colours, cleared green, closed #99FF00."""
    assert palette.HAZARD_CLASS == {"CHA": "#FF0000", "SHA": "#F4A718"}
    assert palette.RELEASE_OUTCOME["cleared"].colour == "#009E73"
    assert palette.cmyk_to_rgb(40, 0, 100, 0) == palette.CLOSED_GREEN == "#99FF00"
    assert palette.ROUTE_TYPE["access"][-1].colour == palette.BLACK


def test_every_pending_review_status_has_its_line():
    assert set(palette.REVIEW_STATUS) == set(vocabulary.PENDING_REVIEW)
    assert vocabulary.APPROVED not in palette.REVIEW_STATUS
    assert set(vocabulary.PENDING_REVIEW) | {vocabulary.APPROVED} == set(
        vocabulary.REVIEW_STATUS.codes())
    for line in palette.REVIEW_STATUS.values():
        assert HEX.match(line.colour) and line.style in palette.LINE_STYLES
    assert len({(line.style, line.dashes) for line in palette.REVIEW_STATUS.values()}) == 2
    assert HEX.match(palette.PENDING_TEXT) and 0 < palette.PENDING_WASH < 255
