"""Survey tables through QGIS: reading a hazard's stored rows and writing a
computed survey into the layers' edit buffers (``store.loaded`` finds the
project's layers). The rules live in ``core.survey_records``."""

from qgis.core import QgsExpression, QgsFeatureRequest
from shapely.geometry import Point

from ..core.errors import DatabaseError, InputError, OutputError
from ..core.i18n import translate
from ..core.survey_records import group_by_hazard, hazard_row, point_rows
from .features import attribute_map, layer_feature, layer_geometry, python_value


def hazard_feature_ids(layer, hazard_id):
    expression = "\"hazard_id\" = {}".format(QgsExpression.quotedValue(hazard_id))
    request = QgsFeatureRequest().setFilterExpression(expression)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return [feature.id() for feature in layer.getFeatures(request)]


def load_rows(points_layer, hazard_id):
    """The stored survey point rows of one hazard (dicts), in point order."""
    request = QgsFeatureRequest().setFilterExpression(
        "\"hazard_id\" = {}".format(QgsExpression.quotedValue(hazard_id)))
    names = points_layer.fields().names()
    rows = [{name: python_value(feature[name]) for name in names}
            for feature in points_layer.getFeatures(request)]
    return group_by_hazard(rows).get(hazard_id, [])


def save_to_layers(hazards_layer, points_layer, survey, result, hazard_class="SHA",
                   replace=False):
    """Write the hazard polygon and its survey points into the layers' edit
    buffers (editing is started if needed; nothing is committed), as one undo
    step per layer. With ``replace`` an existing hazard of the same ID gets the
    new geometry and area and its survey points are replaced; otherwise a
    hazard with that ID must not exist. Returns the hazard feature id."""
    existing = hazard_feature_ids(hazards_layer, survey.hazard_id)
    if existing and not replace:
        raise InputError(translate(
            "SurveyRecords", "Hazard {hazard} already exists: load it to change its survey, or "
            "choose another hazard ID").format(hazard=survey.hazard_id), field="hazard_id")
    for layer in (hazards_layer, points_layer):
        if not layer.isEditable() and not layer.startEditing():
            raise DatabaseError(translate("SurveyRecords", "Layer {layer} cannot be edited.")
                                .format(layer=layer.name()))
    _attributes, polygon = hazard_row(survey, result)
    geometry = layer_geometry(polygon, hazards_layer)

    hazards_layer.beginEditCommand(translate("SurveyRecords", "Survey of hazard {hazard}")
                                   .format(hazard=survey.hazard_id))
    if existing:
        fid = existing[0]
        ok = hazards_layer.changeGeometry(fid, geometry)
        ok = _change(hazards_layer, fid, {"area_m2": result.area_m2,
                                          "survey_date": survey.survey_date}) and ok
    else:
        feature = layer_feature(hazards_layer, {
            "hazard_id": survey.hazard_id, "hazard_class": hazard_class,
            "area_m2": result.area_m2, "original_area_m2": result.area_m2,
            "survey_date": survey.survey_date, "date_of_information": survey.survey_date},
            geometry)
        ok = hazards_layer.addFeature(feature)
        fid = feature.id()
    if not ok:
        hazards_layer.destroyEditCommand()
        raise OutputError(translate("SurveyRecords", "Hazard {hazard} could not be written.")
                          .format(hazard=survey.hazard_id))
    hazards_layer.endEditCommand()

    points_layer.beginEditCommand(translate("SurveyRecords", "Survey points of hazard {hazard}")
                                  .format(hazard=survey.hazard_id))
    ok = True
    if existing:
        ok = points_layer.deleteFeatures(hazard_feature_ids(points_layer, survey.hazard_id))
    managed = ("fid", "uuid", "created_at", "created_by")
    for values, (lon, lat) in point_rows(survey, result):
        values = {name: value for name, value in values.items() if name not in managed}
        feature = layer_feature(points_layer, values,
                                layer_geometry(Point(lon, lat), points_layer))
        ok = points_layer.addFeature(feature) and ok
    if not ok:
        points_layer.destroyEditCommand()
        hazards_layer.undoStack().undo()  # nothing half-written
        raise OutputError(translate(
            "SurveyRecords", "The survey points of hazard {hazard} could not be written.")
            .format(hazard=survey.hazard_id))
    points_layer.endEditCommand()
    return fid


def _change(layer, fid, values):
    """Change the attributes of feature ``fid`` in the edit buffer; a None
    value leaves the stored value."""
    ok = True
    for index, value in attribute_map(layer.fields(), values).items():
        if value is not None:
            ok = layer.changeAttributeValue(fid, index, value) and ok
    return ok
