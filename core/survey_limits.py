"""Limits of a survey traverse, in a module of their own: the Processing
parameters show them when QGIS starts, before the traverse code (shapely,
pyproj) is loaded. ``core.traverse`` applies them."""

#: programme default for the longest leg accepted (horizontal metres): a tape
#: or laser leg of a hazard perimeter is tens to hundreds of metres
DEFAULT_MAX_LEG_M = 2000.0
#: never more, whatever the programme says: the closure and the compass rule
#: work in a local plane round the benchmark, which a longer leg leaves
LOCAL_SURVEY_LIMIT_M = 100000.0
#: a benchmark further than this from the table's other benchmarks is worth a
#: warning: one programme's surveys rarely span more, and a wrong MGRS band or
#: a swapped sign moves a point by thousands of km
BENCHMARK_SPREAD_M = 100000.0
