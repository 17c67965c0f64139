"""A task order's contents from plain records, and the one benchmark policy."""

import datetime

import pytest
from shapely.geometry import Point, box

from mine_action_mapper.core import benchmark, geodesy
from mine_action_mapper.core.errors import InputError
from mine_action_mapper.core.task_order_data import ProgrammeData

AREA = box(30.0, 10.0, 30.002, 10.001)
BENCHMARK_ROW = {"hazard_id": "H1", "point_type": "benchmark", "point_no": 0,
                 "coord_entered": "10.0005, 29.9995"}


def _records(survey=(), sites=()):
    return {
        "tasks": [({"task_id": "T1", "hazard_id": "H1",
                    "start_date": datetime.date(2024, 5, 6)}, AREA)],
        "hazards": [({"hazard_id": "H1"}, AREA)],
        "survey_points": list(survey),
        "site_points": list(sites),
    }


def test_the_surveyed_benchmark_starts_the_table_at_the_recorded_coordinates():
    # the geometry disagrees with coord_entered: the recorded coordinates rule
    data = ProgrammeData(_records(survey=[(BENCHMARK_ROW, Point(29.9, 10.1))]))
    order = data.task_order("T1")
    assert order.benchmark_source == benchmark.SURVEYED
    assert order.benchmark == pytest.approx((29.9995, 10.0005))
    assert order.rows[0].point_type == "benchmark"
    # benchmark, four corners, end point back on the start
    assert len(order.rows) == 6
    legs = sum(row.distance_m for row in order.rows[2:])
    assert legs == pytest.approx(geodesy.length_m(AREA), rel=1e-6)
    assert order.work_date == datetime.date(2024, 5, 6)


def test_without_a_survey_the_control_point_then_the_first_vertex():
    control = ({"task_id": "T1", "site_type": "control_point"}, Point(30.003, 10.002))
    order = ProgrammeData(_records(sites=[control])).task_order("T1")
    assert (order.benchmark, order.benchmark_source) == (
        (30.003, 10.002), benchmark.CONTROL_POINT)
    order = ProgrammeData(_records()).task_order("T1")
    assert order.benchmark_source == benchmark.FIRST_VERTEX
    assert order.benchmark == tuple(AREA.exterior.coords[0])


def test_unknown_task_names_the_task():
    with pytest.raises(InputError) as error:
        ProgrammeData(_records()).task_order("T9")
    assert (error.value.feature, error.value.field) == ("T9", "task_id")


def test_a_digitised_polygon_starts_at_the_corner_nearest_the_benchmark():
    rotated = benchmark.start_nearest(AREA, (30.0021, 10.0011))
    assert rotated.exterior.coords[0] == (30.002, 10.001)
    assert rotated.equals(AREA)
    placed = benchmark.placed_benchmark(AREA, 20.0)
    corner = AREA.exterior.coords[0]
    assert geodesy.inverse(corner[0], corner[1], *placed)[1] == pytest.approx(20.0)


@pytest.mark.parametrize("start, issue, expected", [
    (datetime.datetime(2024, 5, 6, 8, 30), None, datetime.date(2024, 5, 6)),
    ("2024-05-06", None, datetime.date(2024, 5, 6)),  # as text (a CSV, a string field)
    (None, datetime.date(2023, 1, 2), datetime.date(2023, 1, 2)),
    ("next week", "2023-01-02", datetime.date(2023, 1, 2)),  # not a date: the next one
])
def test_the_work_date_is_the_first_date_of_start_then_issue(start, issue, expected):
    records = _records()
    attributes, area = records["tasks"][0]
    records["tasks"] = [(dict(attributes, start_date=start, issue_date=issue), area)]
    assert ProgrammeData(records).task_order("T1").work_date == expected
