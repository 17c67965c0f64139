"""Ground areas and lengths on the WGS84 ellipsoid: the one way to measure.

Mine action figures are square metres of ground. They are never taken from
planar coordinates in degrees or from a projected CRS's distortion; every area
and length in the plugin comes from these functions, which take shapely
geometries in longitude/latitude (EPSG:4326 axis order x=lon, y=lat).
"""

from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def area_m2(geometry):
    """Ellipsoidal area in m2 of a (multi)polygon in lon/lat; 0 for others.

    pyproj returns a signed area (negative for clockwise rings); the ground
    area is its absolute value. Holes are subtracted by pyproj itself.
    """
    if geometry is None or geometry.is_empty:
        return 0.0
    area, _perimeter = GEOD.geometry_area_perimeter(geometry)
    return abs(area)


def length_m(geometry):
    """Ellipsoidal length in m of a line (or perimeter of a polygon)."""
    if geometry is None or geometry.is_empty:
        return 0.0
    return GEOD.geometry_length(geometry)


def direct(lon, lat, azimuth_deg, distance_m):
    """Geodesic direct problem: the point ``distance_m`` from (lon, lat) on
    true azimuth ``azimuth_deg``. Returns (lon, lat)."""
    lon2, lat2, _back = GEOD.fwd(lon, lat, azimuth_deg, distance_m)
    return lon2, lat2


def inverse(lon1, lat1, lon2, lat2):
    """Geodesic inverse problem: (true azimuth 0..360, distance m) from 1 to 2."""
    azimuth, _back, distance = GEOD.inv(lon1, lat1, lon2, lat2)
    return azimuth % 360.0, distance
