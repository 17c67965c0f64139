"""The dock panels the plugin adds, in menu order.

Each entry is a QgsDockWidget subclass taking ``iface``; it may define
``cleanup()`` to remove map tools and canvas items on unload.
"""

from .land_release_dock import LandReleaseDock
from .traverse_dock import TraverseDock

PANELS = [TraverseDock, LandReleaseDock]
