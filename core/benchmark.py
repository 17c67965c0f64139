"""Where a survey or task table starts: the one benchmark policy.

Every table of bearings and distances starts at a benchmark. In order of
preference:

1. ``SURVEYED``: the hazard's surveyed benchmark, the survey point row of type
   ``benchmark``. Its recorded coordinates (``coord_entered``, what the team
   measured and what the traverse is computed from) rule; its geometry is used
   only when they are missing.
2. ``CONTROL_POINT``: the task's control point (a site point), for a task
   whose hazard has no surveyed benchmark.
3. ``FIRST_VERTEX``: the area's first vertex, when nothing else is recorded.

A table made from a digitised polygon (the "survey table from polygons"
algorithm) starts at the corner nearest a given benchmark point
(``start_nearest``); without one, a benchmark is ``PLACED`` a set distance
beyond the first corner, away from the polygon's centre.
"""

from shapely.geometry import Polygon

from . import coordinates, geodesy
from .errors import InputError
from .i18n import translate

SURVEYED, CONTROL_POINT, FIRST_VERTEX, PLACED = (
    "survey", "control_point", "first_vertex", "placed")


def surveyed_position(attributes, shape=None):
    """(lon, lat) of a benchmark survey point row (dict), or None."""
    if attributes.get("coord_entered"):
        return coordinates.parse_position(attributes["coord_entered"],
                                          attributes.get("point_no"))
    if shape is not None and not shape.is_empty:
        return (shape.x, shape.y)
    return None


def task_benchmark(surveyed, control_points, parts):
    """((lon, lat), source) of a task: its hazard's surveyed benchmark
    (``surveyed``, or None), else its first control point (shapely points),
    else the first vertex of its first area part."""
    if surveyed is not None:
        return tuple(surveyed), SURVEYED
    if control_points:
        return (control_points[0].x, control_points[0].y), CONTROL_POINT
    return tuple(parts[0].exterior.coords[0][:2]), FIRST_VERTEX


def single_polygon(shape):
    """The one polygon a survey table walks round; InputError otherwise."""
    if shape is not None and shape.geom_type == "MultiPolygon" and len(shape.geoms) == 1:
        shape = shape.geoms[0]
    if shape is None or shape.geom_type != "Polygon" or shape.is_empty:
        raise InputError(translate(
            "SurveyTableFromPolygonsAlgorithm",
            "a survey table needs a single polygon; this hazard has none or several parts"))
    return shape


def point_position(shape):
    """(lon, lat) of a benchmark point (the first of a multipoint)."""
    point = shape.geoms[0] if shape.geom_type == "MultiPoint" else shape
    return (point.x, point.y)


def start_nearest(polygon, benchmark):
    """The polygon with its ring rotated to start at the corner nearest the
    benchmark (lon, lat)."""
    ring = list(polygon.exterior.coords)[:-1]
    distances = [geodesy.inverse(benchmark[0], benchmark[1], x, y)[1] for x, y in ring]
    first = distances.index(min(distances))
    return Polygon(ring[first:] + ring[:first], [list(hole.coords) for hole in polygon.interiors])


def placed_benchmark(polygon, offset):
    """A point ``offset`` m beyond the first corner, away from the centre."""
    corner = polygon.exterior.coords[0]
    centre = polygon.centroid
    azimuth, _distance = geodesy.inverse(centre.x, centre.y, corner[0], corner[1])
    return geodesy.direct(corner[0], corner[1], azimuth, offset)
