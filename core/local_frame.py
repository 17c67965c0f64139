"""A local plane around a survey: metres east/north of a centre point.

Traverse adjustment and crossing checks need plane geometry. An azimuthal
equidistant projection centred on the benchmark keeps distances and azimuths
from the centre exact; elsewhere its scale error grows like (r/R)^2/3, about
1e-8 (0.01 mm per km) at 2 km from the benchmark, far below tape and compass
precision (about 1:1000), so plane corrections of a few metres computed here are
exact for practical purposes at hazard scale.
"""

from pyproj import Transformer


class LocalFrame:
    def __init__(self, lon, lat):
        self.centre = (lon, lat)
        self._transformer = Transformer.from_crs(
            "EPSG:4326",
            f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +x_0=0 +y_0=0 +datum=WGS84 +units=m",
            always_xy=True)

    def to_local(self, lon, lat):
        """(lon, lat) -> (east m, north m)."""
        return self._transformer.transform(lon, lat)

    def to_lonlat(self, east, north):
        """(east m, north m) -> (lon, lat)."""
        return self._transformer.transform(east, north, direction="INVERSE")
