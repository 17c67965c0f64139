"""The QGIS project of a QField package: the layers of a field copy as the
desktop loads them, for QField, which reads a project as it is.

Only QGIS core goes in (the stored forms and styles, value relations,
relations, the view): no plugin expression, no Python init code. Paths are
saved relative to the project, so the folder can be copied to a device; the
project's CRS is the layers' own, the one QField digitises in.
"""

from qgis.core import (Qgis, QgsAttributeEditorContainer, QgsAttributeEditorRelation,
                       QgsEditorWidgetSetup, QgsFeatureRequest, QgsProject, QgsRectangle,
                       QgsReferencedRectangle, QgsRelation, QgsRelationContext)

from ..core import schema
from ..core.errors import OutputError
from ..core.i18n import translate
from .project import load_database

#: (child table, its field, parent table, the parent's key): the relations
#: of the project, shown on a tab of the parents' forms
RELATIONS = (
    ("survey_points", "hazard_id", "hazards", "hazard_id"),
    ("land_release_activities", "hazard_id", "hazards", "hazard_id"),
    ("eo_finds", "hazard_id", "hazards", "hazard_id"),
    ("tasks", "hazard_id", "hazards", "hazard_id"),
    ("eo_finds", "activity_id", "land_release_activities", "activity_id"),
    ("site_points", "task_id", "tasks", "task_id"),
    ("access_routes", "task_id", "tasks", "task_id"),
)
#: tables a field team reads but never edits in the package (the import
#: sends back only the field copy's tables, store.field_copy.COPIED)
READ_ONLY = (schema.LOOKUPS.name, schema.SCHEMA_INFO.name, schema.RELEASE_HISTORY.name)


def write_project(gpkg, path, title):
    """Write the project ``path`` (.qgz) around the GeoPackage ``gpkg``."""
    project = QgsProject()
    project.setFileName(path)
    _group, layers = load_database(gpkg, project)
    crs = layers[schema.HAZARDS.name].crs()
    project.setCrs(crs)
    project.setEllipsoid("WGS84")
    project.setTitle(title)
    project.setFilePathStorage(Qgis.FilePathType.Relative)
    for table in READ_ONLY:
        layers[table].setReadOnly(True)
    _without_absolute_sources(layers.values())
    _add_relations(project, layers)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(
        _extent(layers), crs))
    if not project.write(path):
        raise OutputError(translate(
            "QFieldPackage", "The project {path} could not be written: {error}").format(
                path=path, error=project.error()), field="OUTPUT")
    project.clear()


def _without_absolute_sources(layers):
    """Value relations name the lookups layer by its id in the project (what
    QGIS and QField resolve first), not by the file's absolute path: that is
    where the package was built, not where it is opened."""
    for layer in layers:
        for index in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() == "ValueRelation":
                config = dict(setup.config())
                config.pop("LayerSource", None)
                layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", config))


def _extent(layers):
    """The extent of the package's records (their geometries, not the
    tables' recorded extents), grown by a tenth (about 500 m around a
    single point); the hazards' layer extent when there is none."""
    extent = None
    request = QgsFeatureRequest().setNoAttributes()
    for item in schema.LAYERS:
        if item.geometry:
            for feature in layers[item.name].getFeatures(request):
                if feature.hasGeometry():
                    box = feature.geometry().boundingBox()
                    if extent is None:
                        extent = QgsRectangle(box)
                    else:
                        extent.combineExtentWith(box)
    if extent is None or not extent.isFinite():
        return layers[schema.HAZARDS.name].extent()
    geographic = layers[schema.HAZARDS.name].crs().isGeographic()
    extent.grow(max(extent.width(), extent.height()) * 0.1 or (0.005 if geographic else 500.0))
    return extent


def _add_relations(project, layers):
    """The project's relations (child field -> parent key), each also on a
    tab of the parent's form: a team sees a hazard's survey points and finds."""
    tabs = {}
    for child, field, parent, key in RELATIONS:
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId("{}_{}".format(child, field))
        relation.setName(translate("QFieldPackage", "{child} of the {parent}").format(
            child=layers[child].name(), parent=layers[parent].name()))
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers[parent].id())
        relation.addFieldPair(field, key)
        if not relation.isValid():
            raise OutputError(translate(
                "QFieldPackage", "The relation {relation} is not valid: a table or "
                "field of the field copy is missing.").format(relation=relation.id()))
        project.relationManager().addRelation(relation)
        tabs.setdefault(parent, []).append(relation)
    for parent, relations in tabs.items():
        layer = layers[parent]
        form = layer.editFormConfig()
        root = form.invisibleRootContainer()
        tab = QgsAttributeEditorContainer(translate("QFieldPackage", "Related records"), root)
        for relation in relations:
            tab.addChildElement(QgsAttributeEditorRelation(relation, tab))
        root.addChildElement(tab)
        layer.setEditFormConfig(form)
