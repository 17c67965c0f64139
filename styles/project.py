"""Load a mine action database into a QGIS project as one layer-tree group."""

import os

from qgis.core import QgsEditorWidgetSetup, QgsLayerTreeGroup

from ..core import schema
from ..core.i18n import translate
from ..store import database_state
from ..store.database import open_layers
from ..store.lookups import base_codes
from ..store.reference import reference
from .symbology import STYLED_TABLES, widen_rules


def group_name(database):
    """The layer group's name: the GeoPackage's file name, or the PostGIS schema."""
    ref = reference(database)
    name = ref.schema if ref.is_postgres else os.path.splitext(ref.short_name())[0]
    return translate("Project", "Mine action: {name}").format(name=name)


def _rewire_value_relations(layers, lookups):
    """Point value relations at the lookups layer loaded now (its id is new)."""
    for layer in layers:
        for index in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != "ValueRelation":
                continue
            config = dict(setup.config())
            config["Layer"] = lookups.id()
            config["LayerSource"] = lookups.source()
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", config))


def load_database(path, project):
    """Add every layer of the database at ``path`` (a GeoPackage, or a
    PostGIS ``DatabaseRef``) to ``project`` inside a new top group and return
    (group, {table: layer}). Raises MineActionError when ``path`` is not a
    mine action database. A database of another schema
    version is loaded read-only (``database_state.open_notice`` says why)."""
    state = database_state.probe(path)
    present = [item for item in schema.LAYERS  # an older database lacks later tables
               if not state.older or item.since <= state.version]
    layers = open_layers(path, {item.name: item.translated_title() for item in present})
    if state.newer or state.older:
        for layer in layers.values():
            layer.setReadOnly(True)
    _rewire_value_relations(layers.values(), layers[schema.LOOKUPS.name])
    codes = base_codes(layers[schema.LOOKUPS.name])
    for table in STYLED_TABLES:  # the stored styles know only built-in codes
        if table in layers:
            widen_rules(layers[table], table, codes)
    root = project.layerTreeRoot()
    name = group_name(path)
    existing = root.findGroup(name)
    if existing is not None:  # loaded again (e.g. after an upgrade): replace it
        stale = existing.findLayerIds()
        root.removeChildNode(existing)
        project.removeMapLayers([layer_id for layer_id in stale
                                 if root.findLayer(layer_id) is None])
    group = QgsLayerTreeGroup(name)
    root.insertChildNode(0, group)
    for item in present:
        project.addMapLayer(layers[item.name], False)
        node = group.addLayer(layers[item.name])
        if item.geometry is None:
            node.setExpanded(False)
    return group, layers
