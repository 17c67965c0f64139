"""Map tool capturing one polygon (a land release activity) with a rubber band.

Left click adds a vertex, right click (or Enter) finishes, Backspace removes
the last vertex, Escape abandons. The polygon is emitted in the canvas CRS.
"""

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


class PolygonCaptureTool(QgsMapTool):
    captured = pyqtSignal(QgsGeometry)
    abandoned = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self._points = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(255, 120, 0, 200))
        self.band.setFillColor(QColor(255, 120, 0, 60))
        self.band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def points(self):
        return list(self._points)

    def _redraw(self, moving=None):
        points = self._points + ([moving] if moving is not None else [])
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for index, point in enumerate(points):
            self.band.addPoint(point, index == len(points) - 1)

    def add_point(self, point):
        self._points.append(QgsPointXY(point))
        self._redraw()

    def finish(self):
        """Emit the polygon (needs three vertices) and start afresh."""
        if len(self._points) < 3:
            return False
        geometry = QgsGeometry.fromPolygonXY([self._points + [self._points[0]]])
        self._points = []
        self._redraw()
        self.captured.emit(geometry)
        return True

    def clear(self):
        self._points = []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.add_point(self.toMapCoordinates(event.pos()))

    def canvasMoveEvent(self, event):  # noqa: N802
        if self._points:
            self._redraw(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif event.key() == Qt.Key.Key_Backspace and self._points:
            self._points.pop()
            self._redraw()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.abandoned.emit()

    def deactivate(self):
        self.clear()
        super().deactivate()

    def remove(self):
        """Take the rubber band off the canvas (on unload)."""
        self.clear()
        scene = self.band.scene()
        if scene is not None:
            scene.removeItem(self.band)
