"""The land release dock driven through its real widgets: choose a hazard,
read its ledger and timeline, register an activity from a polygon, preview,
commit into the edit buffers, undo or save; on a GeoPackage and on PostGIS."""

import datetime

import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from mine_action_mapper.core import geodesy
from mine_action_mapper.store.features import python_value, to_shapely
from mine_action_mapper.styles.project import load_database

SQUARE = shapely.box(30.0, 10.0, 30.004, 10.004)
WEST = shapely.box(29.999, 9.999, 30.001, 10.005)  # overlaps the hazard's west edge




@pytest.fixture()
def dock(any_database, iface, add_rows):
    """The dock on a project that loaded a database (GeoPackage or PostGIS)."""
    database = any_database
    add_rows(database, "hazards", [
        dict(hazard_id="H1", hazard_class="SHA", status="open",
             date_of_information=QDate(2020, 1, 1), geometry=SQUARE),
        dict(hazard_id="H2", hazard_class="CHA", status="open",
             date_of_information=QDate(2020, 1, 1),
             geometry=shapely.box(30.01, 10.0, 30.012, 10.002))])
    add_rows(database, "land_release_activities", [
        dict(activity_id="A1", hazard_id="H1", activity_type="nts", outcome="cancelled",
             end_date=QDate(2021, 2, 1), organisation="Examplia Demining Unit",
             geometry=shapely.box(30.003, 10.0, 30.004, 10.004))])
    project = QgsProject.instance()
    _group, layers = load_database(database, project)
    from mine_action_mapper.ui.land_release_dock import LandReleaseDock
    widget = LandReleaseDock(iface)
    yield widget, layers
    widget.cleanup()
    widget.deleteLater()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def _polygon_layer(shape):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "drawn", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(shape.wkt))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    return layer


def test_dock_is_listed_in_panels():
    from mine_action_mapper.ui.land_release_dock import LandReleaseDock
    from mine_action_mapper.ui.panels import PANELS, panel_class
    assert LandReleaseDock in [panel_class(panel) for panel in PANELS]


def test_ledger_and_timeline_of_a_hazard(dock):
    widget, layers = dock
    assert [widget.hazard_combo.itemData(i) for i in range(widget.hazard_combo.count())] \
        == ["H1", "H2"]
    # from the map selection
    hazards = layers["hazards"]
    hazards.selectByExpression("\"hazard_id\" = 'H2'")
    assert widget.select_from_map()
    assert widget.current_hazard() == "H2"
    widget.set_hazard("H1")
    text = widget.ledger_label.text()
    area = geodesy.area_m2(SQUARE)
    assert "{:,.0f} m²".format(area) in text  # original = remaining SHA, nothing applied
    assert "Remaining SHA" in text and "Cleared" in text
    assert widget.timeline.count() == 1
    assert widget.timeline.item(0).text().startswith("2021-02-01  A1")
    assert "not applied yet" in widget.timeline.item(0).text()


def test_register_preview_commit_and_undo(dock):
    widget, layers = dock
    widget.set_hazard("H1")
    widget.source_layer.setLayer(_polygon_layer(WEST))
    assert widget.use_selected_polygon()
    assert widget.set_choice(widget.type_combo, "ts")
    outcomes = [widget.outcome_combo.itemData(i) for i in range(widget.outcome_combo.count())]
    assert outcomes == ["reduced_ta", "reduced_nta", "confirmed"]  # filtered by type
    assert widget.set_choice(widget.outcome_combo, "reduced_ta")
    widget.end_date_edit.setDate(QDate(2022, 6, 30))
    widget.organisation_edit.setText("Westmarch Clearance Trust")
    assert widget.preview_button.isEnabled()
    widget.preview_button.click()
    result = widget.preview_result
    assert result is not None
    # the preview is the activity clipped to the hazard, drawn on the canvas
    [part] = result.released
    clipped = shapely.intersection(WEST, SQUARE)
    assert part.area_m2 == pytest.approx(geodesy.area_m2(clipped), rel=1e-6)
    assert len(widget.preview_bands) == 1
    drawn = to_shapely(widget.preview_bands[0].asGeometry())
    assert drawn.symmetric_difference(clipped).area < 1e-12
    remaining = geodesy.area_m2(SQUARE) - part.area_m2
    assert "{:,.0f} m²".format(remaining) in widget.preview_label.text()

    hazards, activities = layers["hazards"], layers["land_release_activities"]
    history = layers["release_history"]
    counts = (activities.featureCount(), history.featureCount())
    widget.commit_button.click()
    assert hazards.isEditable() and activities.isEditable() and history.isEditable()
    assert activities.featureCount() == counts[0] + 1
    assert history.featureCount() == counts[1] + 2  # released + status change
    [h1] = [f for f in hazards.getFeatures() if f["hazard_id"] == "H1"]
    assert h1["area_m2"] == pytest.approx(remaining, abs=0.01)
    assert h1["status"] == "worked_on"
    assert geodesy.area_m2(to_shapely(h1.geometry())) == pytest.approx(remaining, abs=0.01)
    [new] = [f for f in activities.getFeatures() if f["activity_id"] == "H1-LR-01"]
    assert (new["activity_type"], new["outcome"], python_value(new["end_date"])) == (
        "ts", "reduced_ta", datetime.date(2022, 6, 30))
    # the dock shows the new state
    assert "{:,.0f} m²".format(part.area_m2) in widget.ledger_label.text()

    widget.undo_button.click()
    assert activities.featureCount() == counts[0]
    assert history.featureCount() == counts[1]
    [h1] = [f for f in hazards.getFeatures() if f["hazard_id"] == "H1"]
    assert geodesy.area_m2(to_shapely(h1.geometry())) == pytest.approx(
        geodesy.area_m2(SQUARE), rel=1e-9)
    assert python_value(h1["status"]) == "open"


def test_a_registered_activity_is_saved_to_the_database(dock):
    """The edit buffers the dock filled save as any QGIS edit does (on PostGIS
    the stored forms set the row version the trigger asks for)."""
    from mine_action_mapper.store.database import open_layer
    from mine_action_mapper.store.sources import database_of
    widget, layers = dock
    widget.set_hazard("H1")
    widget.set_activity_geometry(WEST)
    assert widget.set_choice(widget.type_combo, "clearance")
    assert widget.set_choice(widget.outcome_combo, "cleared")
    widget.end_date_edit.setDate(QDate(2022, 6, 30))
    widget.preview_button.click()
    widget.commit_button.click()
    for table in ("land_release_activities", "hazards", "release_history"):
        assert layers[table].commitChanges(), layers[table].commitErrors()
    database = database_of(layers["hazards"])
    [h1] = [f for f in open_layer(database, "hazards").getFeatures() if f["hazard_id"] == "H1"]
    cleared = geodesy.area_m2(shapely.intersection(WEST, SQUARE))
    assert h1["area_m2"] == pytest.approx(geodesy.area_m2(SQUARE) - cleared, abs=0.01)
    assert "H1-LR-01" in {f["activity_id"] for f in
                          open_layer(database, "land_release_activities").getFeatures()}
    assert open_layer(database, "release_history").featureCount() == 2


def test_cleanup_removes_map_tool_and_preview(dock):
    widget, _layers = dock
    widget.set_hazard("H1")
    widget.set_activity_geometry(WEST)
    widget.preview()
    assert widget.preview_bands
    widget.draw_button.setChecked(True)
    assert widget.canvas.mapTool() is widget.tool
    widget.cleanup()
    assert widget.preview_bands == []
    assert widget.canvas.mapTool() is not widget.tool


def _rgb(colour):
    return colour.name().upper()


def _rule_symbol(layer, code):
    [rule] = [rule for rule in layer.renderer().rootRule().descendants()
              if rule.filterExpression() == "\"outcome\" = '{}'".format(code)]
    return rule.symbol()


@pytest.mark.parametrize("outcome", ["cleared", "cancelled"])
def test_preview_and_map_draw_an_outcome_in_the_palette_colours(dock, outcome):
    """The dock's preview of an outcome and the styled activities layer both
    use core.palette's colours (they once disagreed: cleared yellow vs green)."""
    from mine_action_mapper.core import palette
    widget, layers = dock
    expected = palette.RELEASE_OUTCOME[outcome]
    widget.set_hazard("H1")
    widget.source_layer.setLayer(_polygon_layer(WEST))
    assert widget.use_selected_polygon()
    assert widget.set_choice(widget.type_combo, {"cleared": "clearance", "cancelled": "nts"}[outcome])
    assert widget.set_choice(widget.outcome_combo, outcome)
    widget.end_date_edit.setDate(QDate(2022, 6, 30))
    widget.preview_button.click()
    [band] = widget.preview_bands
    assert (_rgb(band.strokeColor()), _rgb(band.fillColor())) == \
        (expected.outline, expected.colour)

    symbol = _rule_symbol(layers["land_release_activities"], outcome)
    outline = symbol.symbolLayer(symbol.symbolLayerCount() - 1)
    assert _rgb(outline.strokeColor()) == expected.outline
    fills = [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount() - 1)
             if symbol.symbolLayer(i).layerType() == "SimpleFill"]
    assert [(_rgb(fill.color()), fill.color().alpha()) for fill in fills] == \
        [(expected.colour, expected.alpha)]


def test_a_pending_activity_is_listed_in_its_own_style(database, iface, add_rows):
    """A submitted activity (an operator's, awaiting review) is told apart
    from an approved one not applied yet, in the palette's pending colour."""
    from mine_action_mapper.core import palette
    add_rows(database, "hazards", [dict(
        hazard_id="H1", hazard_class="SHA", status="open",
        date_of_information=QDate(2020, 1, 1), geometry=SQUARE)])
    add_rows(database, "land_release_activities", [
        dict(activity_id=activity_id, hazard_id="H1", activity_type="nts",
             outcome="cancelled", end_date=QDate(2021, 2, day), review_status=review,
             geometry=shapely.box(30.003, 10.0, 30.004, 10.004))
        for activity_id, day, review in (("A1", 1, "approved"), ("A2", 2, "submitted"))])
    project = QgsProject.instance()
    load_database(database, project)
    from mine_action_mapper.ui.land_release_dock import LandReleaseDock
    widget = LandReleaseDock(iface)
    try:
        approved, pending = (widget.timeline.item(i) for i in range(2))
        assert "not applied yet" in approved.text() and not approved.font().italic()
        assert pending.text().endswith(
            "(Submitted, awaiting review: releases no land until approved)"), pending.text()
        assert pending.font().italic()
        assert pending.foreground().color().name() == palette.PENDING_TEXT.lower()
    finally:
        widget.cleanup()
        widget.deleteLater()
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()
