"""Canvas items of the survey dock: the traverse preview and the benchmark tool.

Only drawing: positions come from ``core.traverse`` through
``core.survey_records``; nothing here computes a traverse.
"""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsPointXY, QgsProject, QgsWkbTypes)
from qgis.gui import QgsMapCanvasItem, QgsMapToolEmitPoint, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtCore import QPointF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPen

from .numbers import number_text

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
PASS_COLOUR = QColor(0, 150, 60)
FAIL_COLOUR = QColor(215, 25, 28)
UNCHECKED_COLOUR = QColor(120, 120, 120)
POLYGON_COLOUR = QColor(230, 120, 0)
LEG_COLOUR = QColor(40, 90, 200)


class PointLabels(QgsMapCanvasItem):
    """Point numbers drawn next to their positions (map CRS), haloed."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.labels = []  # [(QgsPointXY in map CRS, text)]
        self.font = QFont()
        self.font.setBold(True)
        self.font.setPointSizeF(9.0)
        self.setZValue(1000)

    def set_labels(self, labels):
        self.labels = list(labels)
        self.updatePosition()
        self.update()

    def updatePosition(self):
        extent = self.canvas.extent()
        self.setRect(extent)

    def paint(self, painter, option=None, widget=None):
        if not self.labels:
            return
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        origin = self.pos()
        for point, text in self.labels:
            at = self.toCanvasCoordinates(point) - origin + QPointF(6, -6)
            box = metrics.boundingRect(text)
            box.moveTo(at.x(), at.y() - box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 210))
            painter.drawRoundedRect(box.adjusted(-2, 0, 2, 0), 2, 2)
            painter.setPen(QPen(QColor(20, 20, 20)))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class TraversePreview:
    """Rubber bands, vertex markers and labels showing a computed traverse."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.polygon = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.polygon.setColor(QColor(POLYGON_COLOUR.red(), POLYGON_COLOUR.green(),
                                     POLYGON_COLOUR.blue(), 200))
        self.polygon.setFillColor(QColor(POLYGON_COLOUR.red(), POLYGON_COLOUR.green(),
                                         POLYGON_COLOUR.blue(), 45))
        self.polygon.setWidth(2)
        self.legs = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.LineGeometry)
        self.legs.setColor(LEG_COLOUR)
        self.legs.setWidth(1)
        self.legs.setLineStyle(Qt.PenStyle.DashLine)
        self.gap = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.LineGeometry)
        self.gap.setWidth(4)
        self.labels = PointLabels(canvas)
        self.markers = []
        self.points = {}  # point number -> QgsPointXY (map CRS), for tests and labels
        self.gap_line = None  # (QgsPointXY, QgsPointXY) map CRS

    def _transform(self):
        return QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(),
                                      QgsProject.instance())

    def clear(self, keep_markers=0):
        """Remove what is drawn; ``keep_markers`` vertex markers stay on the
        canvas to be moved by ``show`` (re-creating a hundred scene items on
        every keystroke costs more than the traverse itself)."""
        for band in (self.polygon, self.legs, self.gap):
            band.reset(self._kind(band))
        for marker in self.markers[keep_markers:]:
            self.canvas.scene().removeItem(marker)
        self.markers = self.markers[:keep_markers]
        self.points = {}
        self.gap_line = None
        self.labels.set_labels([])

    def _kind(self, band):
        return (QgsWkbTypes.GeometryType.PolygonGeometry if band is self.polygon
                else QgsWkbTypes.GeometryType.LineGeometry)

    def show(self, result, colour_state=None):
        """Draw a ``TraverseResult``: legs, points, polygon, misclosure gap.
        ``colour_state``: "pass", "fail" or other (grey) for the gap line."""
        every = (result.benchmark,) + tuple(result.points)
        self.clear(keep_markers=len(every))
        transform = self._transform()

        def to_map(lon, lat):
            return transform.transform(QgsPointXY(lon, lat))

        for point in every:
            self.points[point.point_no] = to_map(point.unadjusted_lon, point.unadjusted_lat) \
                if point.point_type == "end" else to_map(point.lon, point.lat)
        for point in result.points:
            self.legs.addGeometry(QgsGeometry.fromPolylineXY(
                [self.points[point.from_point], self.points[point.point_no]]), None)
        ring = [to_map(xy[0], xy[1]) for xy in result.polygon.exterior.coords]
        self.polygon.setToGeometry(QgsGeometry.fromPolygonXY([ring]), None)
        while len(self.markers) < len(every):
            self.markers.append(QgsVertexMarker(self.canvas))
        for marker, point in zip(self.markers, every):
            marker.setCenter(self.points[point.point_no])
            if point.point_type == "benchmark":
                marker.setIconType(QgsVertexMarker.IconType.ICON_TRIANGLE)
                marker.setColor(QColor(0, 0, 0))
                marker.setIconSize(14)
            else:
                marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
                marker.setColor(POLYGON_COLOUR if point.point_no in result.perimeter
                                else LEG_COLOUR)
                marker.setIconSize(9)
            marker.setPenWidth(2)
        self.labels.set_labels(
            [(self.points[point.point_no], str(point.point_no)) for point in every
             if point.point_type != "end"])
        if result.closure is not None:
            end = next(p for p in result.points if p.point_type == "end")
            start = next(p for p in result.points if p.point_type == "start")
            self.gap_line = (to_map(end.unadjusted_lon, end.unadjusted_lat),
                             to_map(start.unadjusted_lon, start.unadjusted_lat))
            colour = {"pass": PASS_COLOUR, "fail": FAIL_COLOUR}.get(colour_state,
                                                                    UNCHECKED_COLOUR)
            self.gap.setColor(colour)
            self.gap.setToGeometry(QgsGeometry.fromPolylineXY(list(self.gap_line)), None)
            middle = QgsPointXY((self.gap_line[0].x() + self.gap_line[1].x()) / 2,
                                (self.gap_line[0].y() + self.gap_line[1].y()) / 2)
            self.labels.set_labels(self.labels.labels + [
                (middle, number_text(result.closure.misclosure_m, 2) + " m")])
        # no canvas.refresh(): canvas items repaint themselves, and a refresh
        # would render every layer of the project again on each keystroke

    def remove(self):
        self.clear()
        scene = self.canvas.scene()
        for item in (self.polygon, self.legs, self.gap, self.labels):
            scene.removeItem(item)


class BenchmarkTool(QgsMapToolEmitPoint):
    """Click the map to set the benchmark: emits (lon, lat) in WGS84."""

    picked = pyqtSignal(float, float)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas_ = canvas
        self.canvasClicked.connect(self._clicked)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _clicked(self, point, _button):
        transform = QgsCoordinateTransform(self.canvas_.mapSettings().destinationCrs(), WGS84,
                                           QgsProject.instance())
        lonlat = transform.transform(point)
        self.picked.emit(lonlat.x(), lonlat.y())
