"""The national overview map (A3 landscape, ``layouts/national_overview_a3_landscape.qpt``).

Hazards by class and land release activities by outcome at small scale, with
a summary: number and area of hazards by class and status, and area of land
release activities by outcome. Every area is computed here from the
geometries with ``core.geodesy.area_m2`` (ellipsoidal m², the one way to
measure), not read from stored fields.

The land released by each outcome is counted once, as IMAS and the GICHD KPI
note ask: the release history written by updates plus the engine's result for
activities not applied yet (``store.land_release_update.net_areas_by_outcome``),
never the sum of recorded activity polygons, which overlap.
"""

import datetime
import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsLayerTreeLayer, QgsLayoutExporter, QgsLayoutItemMapGrid,
                       QgsProject, QgsRectangle)

from ..core import coordinates, geodesy, schema, vocabulary
from ..core.i18n import translate
from ..core.errors import InputError, OutputError
from . import layout_templates as t
from ..store import languages
from ..store.database import open_layer, schema_version
from ..store.features import WGS84, read_records
from ..store.reference import reference
from ..store.land_release_update import net_areas_by_outcome
from ..store.settings_store import effective_settings, task_order_language
from .layout_direction import mirror_for_right_to_left
from .layout_fill import fit_map, set_scalebar, set_table
from .text_fit import fit_page
from ..styles.symbology import apply_symbology
from .task_order import pdf_settings, quiet_gdal

MAP_TABLES = ("land_release_activities", "hazards")


def _number(value):
    return "{:,.0f}".format(value)


def overview_scale(extent, width_mm, height_mm):
    """The scale showing ``extent`` (map units m), rounded up to two significant
    figures (1:46,000): the largest scale that holds the programme, so hazards
    show as polygons whenever the programme is small enough for it."""
    required = max(extent.width() / width_mm, extent.height() / height_mm) * 1000.0
    step = 10 ** max(0, len(str(int(required))) - 2)
    return int(math.ceil(required / step) * step)


def summarise(hazard_records, activity_records, net_areas):
    """(rows by class and status, rows by outcome): plain numbers.

    ``*_records``: iterables of (attributes, lon/lat shapely geometry);
    ``net_areas``: {outcome: m² counted once}. Activities are counted as
    recorded; their land as released, once.
    """
    by_class = {}
    for attributes, shape in hazard_records:
        key = (attributes.get("hazard_class"), attributes.get("status"))
        count, area = by_class.get(key, (0, 0.0))
        by_class[key] = (count + 1, area + geodesy.area_m2(shape))
    by_outcome = {}
    for attributes, _shape in activity_records:
        outcome = attributes.get("outcome")
        count, _area = by_outcome.get(outcome, (0, 0.0))
        by_outcome[outcome] = (count + 1, net_areas.get(outcome, 0.0))
    class_order = {code: index for index, code in enumerate(vocabulary.HAZARD_CLASS.codes())}
    status_order = {code: index for index, code in enumerate(vocabulary.HAZARD_STATUS.codes())}
    class_rows = sorted(by_class.items(), key=lambda item: (
        class_order.get(item[0][0], 99), status_order.get(item[0][1], 99)))
    outcome_order = {code: index for index, code in enumerate(vocabulary.RELEASE_OUTCOME.codes())}
    outcome_rows = sorted(by_outcome.items(), key=lambda item: outcome_order.get(item[0], 99))
    return class_rows, outcome_rows


def summary_table_rows(class_rows):
    rows = []
    total_count, total_area = 0, 0.0
    for (klass, status), (count, area) in class_rows:
        rows.append([vocabulary.HAZARD_CLASS.label(klass), vocabulary.HAZARD_STATUS.label(status),
                     str(count), _number(area)])
        total_count += count
        total_area += area
    rows.append([translate("Overview", "All hazards"), "", str(total_count), _number(total_area)])
    return rows


def release_table_rows(outcome_rows):
    rows = []
    released = 0.0
    for outcome, (count, area) in outcome_rows:
        rows.append([vocabulary.RELEASE_OUTCOME.label(outcome), str(count), _number(area)])
        if outcome in vocabulary.RELEASING_OUTCOMES:
            released += area
    rows.append([translate("Overview", "Released (cancelled, reduced, cleared)"), "",
                 _number(released)])
    return rows


class OverviewExporter:
    def __init__(self, database_path, project=None, language=None):
        schema_version(database_path)
        self.path = database_path
        self.project = project or QgsProject()
        #: the language setting the page is printed in (store.languages)
        self.language = language or task_order_language(effective_settings(database_path))
        self.layers = {}
        with languages.speaking(self.language):
            for table in MAP_TABLES:
                layer = open_layer(database_path, table, schema.BY_NAME[table].translated_title())
                apply_symbology(layer, table, required=True)
                self.project.addMapLayer(layer, False)
                self.layers[table] = layer
        self.layout = t.load_template(self.project, t.OVERVIEW)
        if languages.is_right_to_left(self.language):
            mirror_for_right_to_left(self.layout, t.OVERVIEW_FRAMES,
                                     t.PAGE_SIZES[t.A3_LANDSCAPE][0])
        self.report = {}

    def fill(self, authority=None, when=None):
        """Fill the page; returns what it shows (scale, CRS, summary rows)."""
        with languages.speaking(self.language):
            return self._fill(authority, when)

    def _fill(self, authority, when):
        when = when or datetime.date.today()
        hazards = [(a, s) for _f, a, s in read_records(self.layers["hazards"])]
        activities = [(a, s) for _f, a, s in read_records(self.layers["land_release_activities"])]
        shapes = [s for _a, s in hazards + activities if s is not None and not s.is_empty]
        if not shapes:
            raise InputError(translate(
                "Overview", "The database has no hazard or activity with a geometry to map."))
        minx = min(s.bounds[0] for s in shapes)
        miny = min(s.bounds[1] for s in shapes)
        maxx = max(s.bounds[2] for s in shapes)
        maxy = max(s.bounds[3] for s in shapes)
        utm = coordinates.lonlat_to_utm((minx + maxx) / 2, (miny + maxy) / 2)
        crs = QgsCoordinateReferenceSystem(utm.crs)
        to_map = QgsCoordinateTransform(WGS84, crs, QgsProject.instance().transformContext())
        extent = to_map.transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
        extent.grow(max(extent.width(), extent.height()) * 0.08 + 200.0)
        main = self.layout.itemById(t.MAIN_MAP)
        main.setCrs(crs)
        main.setLayers([self.layers[table] for table in MAP_TABLES])
        main.setKeepLayerSet(True)
        scale = fit_map(main, extent, overview_scale(extent, main.rect().width(),
                                                  main.rect().height()))
        self._graticule(main, scale)
        legend = self.layout.itemById(t.LEGEND)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for table in reversed(MAP_TABLES):
            root.addChildNode(QgsLayerTreeLayer(self.layers[table]))
        legend.setTitle(translate("Overview", "Legend"))
        legend.updateLegend()
        class_rows, outcome_rows = summarise(hazards, activities,
                                             net_areas_by_outcome(self.path))
        self.layout.itemById(t.TITLE).setText(translate("Overview", "NATIONAL MINE ACTION OVERVIEW"))
        self.layout.itemById(t.SUBTITLE).setText(translate(
            "Overview", "Hazardous areas by class and land release activities by outcome, "
                        "as recorded on {date}. Scale 1:{scale}.").format(
                date=when.isoformat(), scale="{:,}".format(scale)))
        self.layout.itemById(t.SUMMARY_TITLE).setText(translate(
            "Overview", "Hazardous areas by class and status"))
        set_table(t.frame_by_id(self.layout, t.SUMMARY_TABLE), [
            translate("Overview", "Class"), translate("Overview", "Status"),
            translate("Overview", "Hazards"), translate("Overview", "Area (m²)")],
            summary_table_rows(class_rows))
        self.layout.itemById(t.RELEASE_TITLE).setText(translate(
            "Overview", "Land release activities by outcome"))
        set_table(t.frame_by_id(self.layout, t.RELEASE_TABLE), [
            translate("Overview", "Outcome"), translate("Overview", "Activities"),
            translate("Overview", "Land, counted once (m²)")], release_table_rows(outcome_rows))
        set_scalebar(self.layout.itemById(t.SCALEBAR), scale, t.OVERVIEW_FRAMES[t.SCALEBAR][2] - 12)
        self.layout.itemById(t.FOOTER).setText(translate(
            "Overview", "Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and "
                        "minutes of latitude and longitude. Areas are ground areas on the WGS 84 "
                        "ellipsoid. Source: {database}. Issued by {authority} on {date}.").format(
                crs_name=crs.description(), crs=utm.crs,
                database=reference(self.path).short_name(),
                authority=authority or translate("Overview", "the national mine action authority"),
                date=when.isoformat()))
        self.layout.itemById(t.DISCLAIMER).setText(translate(
            "Overview", "Planning overview only: not for navigation or for entering any area. "
                        "Hazard boundaries are approximate and unrecorded contamination may "
                        "exist anywhere. Hazardous areas are what remains; land released "
                        "is counted once, by the method that released it first."))
        fit_page(self.layout, t.OVERVIEW_FRAMES)
        self.layout.refresh()
        self.report = {"scale": scale, "crs": utm.crs, "class_rows": class_rows,
                       "outcome_rows": outcome_rows}
        return self.report

    @staticmethod
    def _graticule(main, scale):
        grid = main.grids().grid(0) if main.grids().size() else None
        if grid is None:
            grid = QgsLayoutItemMapGrid("graticule", main)
            main.grids().addGrid(grid)
        width_deg = main.extent().width() / 70000.0  # about a degree of longitude at 50°
        minutes = max(1, min(60, int(round(width_deg * 60 / 5.0))))
        for nice in (1, 2, 5, 10, 15, 30, 60):
            if nice >= minutes:
                minutes = nice
                break
        grid.setCrs(WGS84)
        grid.setIntervalX(minutes / 60.0)
        grid.setIntervalY(minutes / 60.0)
        grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DegreeMinute)
        grid.setAnnotationTextFormat(t.text_format(6.5))
        grid.setAnnotationPrecision(0)
        for side in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Right,
                     QgsLayoutItemMapGrid.BorderSide.Top, QgsLayoutItemMapGrid.BorderSide.Bottom):
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame, side)
            grid.setAnnotationDirection(
                QgsLayoutItemMapGrid.AnnotationDirection.Horizontal
                if side in (QgsLayoutItemMapGrid.BorderSide.Top,
                            QgsLayoutItemMapGrid.BorderSide.Bottom)
                else QgsLayoutItemMapGrid.AnnotationDirection.VerticalDescending, side)
        from qgis.PyQt.QtGui import QColor
        grid.setGridLineColor(QColor(120, 120, 120, 160))
        grid.setGridLineWidth(0.15)

    def export(self, pdf_path, png_path=None, authority=None, when=None, dpi=300):
        self.fill(authority, when)
        exporter = QgsLayoutExporter(self.layout)
        result = exporter.exportToPdf(pdf_path, pdf_settings(dpi))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OutputError(translate("Overview", "The overview could not be written ({error}).")
                                  .format(error=result))
        written = [pdf_path]
        if png_path:
            image = QgsLayoutExporter.ImageExportSettings()
            image.dpi = 150
            with quiet_gdal():
                result = exporter.exportToImage(png_path, image)
            if result == QgsLayoutExporter.ExportResult.Success:
                written.append(png_path)
        return written


__all__ = ["OverviewExporter", "summarise", "summary_table_rows", "release_table_rows"]
