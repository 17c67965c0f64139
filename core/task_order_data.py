"""What one task order shows, gathered from a mine action database's records.

Pure Python: ``ProgrammeData`` indexes the tables' records once (plain dicts
and lon/lat shapely geometries, read by the printing code through
``store.features``) and ``task_order(task_id)`` returns a ``TaskOrder``:
the task and its hazard, the task area, the benchmark, the turning point
table (``core.traverse.survey_table``, the traverse inverse, at the task's
work date), the three norths and the task's site points and routes.

Which polygon the table walks round: the task area (``tasks`` geometry, the
part of the hazard the team works), because that is the perimeter the team
sets out and marks. A multi-part area is walked part after part, the numbers
running on, each part from the benchmark.

Where the table starts is ``core.benchmark``'s policy: the hazard's surveyed
benchmark, else the task's control point, else the area's first vertex;
``benchmark_source`` says which, and the task order prints it.
"""

import datetime
from dataclasses import dataclass, field

from shapely.geometry import MultiPolygon, Polygon

from . import benchmark as benchmark_policy, coordinates
from .dates import to_date
from .errors import InputError
from .i18n import translate
from .north import north_angles
from .traverse import survey_table

#: the tables a task order reads
TABLES = ("tasks", "hazards", "survey_points", "site_points", "access_routes")


@dataclass
class TaskOrder:
    task: dict
    hazard: dict
    area: object  # shapely (Multi)Polygon, lon/lat: the task area
    hazard_shape: object  # hazard geometry or None
    benchmark: tuple  # (lon, lat)
    benchmark_source: str
    rows: tuple  # core.traverse.SurveyRow, benchmark first
    north: object  # core.north.NorthAngles
    work_date: datetime.date
    zone: int
    northern: bool
    grid_crs: str
    sites: list = field(default_factory=list)  # (attributes, shapely point)
    routes: list = field(default_factory=list)  # (attributes, shapely line)

    @property
    def task_id(self):
        return self.task["task_id"]

    @property
    def hazard_id(self):
        return self.task.get("hazard_id")


def _polygons(shape):
    if shape is None or shape.is_empty:
        return []
    if isinstance(shape, Polygon):
        return [shape]
    if isinstance(shape, MultiPolygon):
        return list(shape.geoms)
    return [geom for geom in getattr(shape, "geoms", []) if isinstance(geom, Polygon)]


def _clean_ring(polygon):
    """The exterior ring without repeated vertices (survey_table walks it)."""
    coords = []
    for xy in list(polygon.exterior.coords)[:-1]:
        if not coords or (abs(xy[0] - coords[-1][0]) > 1e-10 or abs(xy[1] - coords[-1][1]) > 1e-10):
            coords.append((xy[0], xy[1]))
    while len(coords) > 1 and coords[0] == coords[-1]:
        coords.pop()
    return Polygon(coords)


def work_date(task):
    """The date a task order's declination refers to: planned start, else issue
    date, else today; a value that is not a date counts as none."""
    for name in ("start_date", "issue_date"):
        try:
            value = to_date(task.get(name))
        except ValueError:
            value = None
        if value is not None:
            return value
    return datetime.date.today()


class ProgrammeData:
    """The tables a task order reads, indexed once for many task orders."""

    def __init__(self, records):
        """``records``: {table name: [(attributes dict, lon/lat shapely or None)]}
        of ``TABLES``; tasks is required."""
        self.tasks = {}
        for attributes, shape in records.get("tasks", ()):
            self.tasks[attributes["task_id"]] = (attributes, shape)
        self.hazards = {attributes["hazard_id"]: (attributes, shape) for attributes, shape
                        in records.get("hazards", ())}
        self.benchmarks = {}
        for attributes, shape in records.get("survey_points", ()):
            if attributes.get("point_type") != "benchmark":
                continue
            position = benchmark_policy.surveyed_position(attributes, shape)
            if position is not None:
                self.benchmarks[attributes["hazard_id"]] = position
        self.sites, self.routes = {}, {}
        for attributes, shape in records.get("site_points", ()):
            self.sites.setdefault(attributes.get("task_id"), []).append((attributes, shape))
        for attributes, shape in records.get("access_routes", ()):
            self.routes.setdefault(attributes.get("task_id"), []).append((attributes, shape))

    def task_ids(self):
        return sorted(self.tasks)

    def task_order(self, task_id, manual_declination=None):
        if task_id not in self.tasks:
            raise InputError(translate("TaskOrder", "Task {task} is not in the tasks table.")
                                  .format(task=task_id), feature=task_id, field="task_id")
        task, area = self.tasks[task_id]
        parts = [_clean_ring(part) for part in _polygons(area)]
        if not parts:
            raise InputError(translate(
                "TaskOrder", "Task {task} has no area: draw the task polygon first.")
                .format(task=task_id), feature=task_id, field="geometry")
        if task.get("hazard_id") and task["hazard_id"] not in self.hazards:
            raise InputError(translate(
                "TaskOrder", "Task {task}: hazard '{hazard}' in field hazard_id is not in the "
                "hazards table.").format(task=task_id, hazard=task["hazard_id"]),
                feature=task_id, field="hazard_id")
        hazard, hazard_shape = self.hazards.get(task.get("hazard_id"), ({}, None))
        sites = self.sites.get(task_id, [])
        control = [shape for attributes, shape in sites
                   if attributes.get("site_type") == "control_point" and shape is not None]
        benchmark, source = benchmark_policy.task_benchmark(
            self.benchmarks.get(task.get("hazard_id")), control, parts)
        utm = coordinates.lonlat_to_utm(*benchmark)
        grid_crs = coordinates.utm_crs(utm.zone, utm.northern)
        when = work_date(task)
        rows = []
        next_no = 1
        for part in parts:
            table = survey_table(part, benchmark, survey_date=when,
                                 declination_deg=manual_declination, grid_crs=grid_crs,
                                 first_point_no=next_no)
            rows.extend(table.rows if not rows else table.rows[1:])
            next_no = table.rows[-1].point_no + 1
        north = north_angles(benchmark[0], benchmark[1], when, grid_crs, manual_declination)
        return TaskOrder(task, hazard, area, hazard_shape, tuple(benchmark), source, tuple(rows),
                         north, when, utm.zone, utm.northern, grid_crs, sites,
                         self.routes.get(task_id, []))
