"""A local plane around a survey: metres east/north of a centre point.

Traverse adjustment and crossing checks need plane geometry. An azimuthal
equidistant projection centred on the benchmark keeps distances and azimuths
from the centre exact; elsewhere its scale error grows like (r/R)^2/3, about
1e-8 (0.01 mm per km) at 2 km from the benchmark, far below tape and compass
precision (about 1:1000), so plane corrections of a few metres computed here are
exact for practical purposes at hazard scale.
"""

from functools import lru_cache

import numpy as np
from pyproj import Transformer


@lru_cache(maxsize=16)
def _transformer(lon, lat):
    """The projection round (lon, lat), made once per centre: building a
    pyproj Transformer costs milliseconds, and the survey dock recomputes
    the same benchmark's traverse on every edit."""
    return Transformer.from_crs(
        "EPSG:4326",
        f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +x_0=0 +y_0=0 +datum=WGS84 +units=m",
        always_xy=True)


class LocalFrame:
    def __init__(self, lon, lat):
        # plain floats: a numpy 2 scalar's repr is "np.float64(50.06)", which
        # PROJ refuses as a latitude (and it would split the cache)
        lon, lat = float(lon), float(lat)
        self.centre = (lon, lat)
        self._transformer = _transformer(lon, lat)

    def to_local(self, lon, lat):
        """(lon, lat) -> (east m, north m)."""
        return self._transformer.transform(lon, lat)

    def to_lonlat(self, east, north):
        """(east m, north m) -> (lon, lat)."""
        return self._transformer.transform(east, north, direction="INVERSE")

    def to_local_many(self, positions):
        """[(east m, north m)] of (lon, lat) pairs, in one call to PROJ (the
        same values as ``to_local`` one by one)."""
        return self._many(positions, "FORWARD")

    def to_lonlat_many(self, positions):
        """[(lon, lat)] of (east m, north m) pairs, in one call to PROJ."""
        return self._many(positions, "INVERSE")

    def _many(self, positions, direction):
        xy = np.array(list(positions), dtype=float).reshape(-1, 2)
        x, y = self._transformer.transform(xy[:, 0], xy[:, 1], direction=direction)
        return list(zip(np.asarray(x).tolist(), np.asarray(y).tolist()))
