"""Attribute forms for mine action layers, built from core.schema.

A form is part of a layer's style, so once saved as the default style in the
database it opens the same in plain QGIS and in QField: value relations to the
``lookups`` table, date pickers, constraints, defaults and read-only audit
fields.
"""

from qgis.core import (QgsAttributeEditorContainer, QgsAttributeEditorField,
                       QgsDefaultValue, QgsEditFormConfig, QgsEditorWidgetSetup,
                       QgsFieldConstraints)

from ..core import schema
from ..core.i18n import translate

_DATE_FORMATS = {
    schema.DATE: "yyyy-MM-dd",
    schema.DATETIME: "yyyy-MM-dd HH:mm:ss",
}
_MULTILINE = ("remarks",)


def lookup_filter(vocabulary_name):
    """Expression selecting the active entries of one vocabulary in ``lookups``."""
    return "\"vocabulary\" = '{}' AND \"active\"".format(vocabulary_name)


def value_relation_setup(lookups_layer, vocabulary_name, allow_null):
    """Value relation to ``lookups``; the layer is also named by table and
    source so QGIS can find it again when the id is unknown (a new project)."""
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": lookups_layer.id(),
        "LayerName": schema.LOOKUPS.name,
        "LayerSource": lookups_layer.source(),
        "LayerProviderName": lookups_layer.providerType(),
        "Key": "code",
        "Value": "label",
        "FilterExpression": lookup_filter(vocabulary_name),
        "AllowNull": allow_null,
        "OrderByValue": False,
        "AllowMulti": False,
        "UseCompleter": False,
        "NofColumns": 1,
    })


def _widget_setup(item, lookups_layer):
    if item.lookup:
        return value_relation_setup(lookups_layer, item.lookup, not item.not_null)
    if item.kind in _DATE_FORMATS:
        fmt = _DATE_FORMATS[item.kind]
        return QgsEditorWidgetSetup("DateTime", {
            "allow_null": not item.not_null, "calendar_popup": True,
            "display_format": fmt, "field_format": fmt, "field_iso_format": False})
    if item.kind == schema.BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if item.kind in (schema.INTEGER, schema.REAL):
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
    return QgsEditorWidgetSetup("TextEdit", {
        "IsMultiline": item.name in _MULTILINE, "UseHtml": False})


def configure_form(layer, schema_layer, lookups_layer):
    """Give ``layer`` the aliases, widgets, constraints and defaults of
    ``schema_layer``; ``lookups_layer`` is the database's lookups table."""
    form = layer.editFormConfig()
    fields = layer.fields()
    hard = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    for item in schema_layer.fields:
        index = fields.indexOf(item.name)
        if index < 0:
            raise KeyError(item.name)
        layer.setFieldAlias(index, item.translated_alias())
        layer.setEditorWidgetSetup(index, _widget_setup(item, lookups_layer))
        if item.not_null:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull, hard)
        if item.unique:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique, hard)
        if item.constraint:
            layer.setConstraintExpression(
                index, item.constraint, translate("DataModel", item.constraint_text or ""))
            layer.setFieldConstraint(
                index, QgsFieldConstraints.Constraint.ConstraintExpression, hard)
        if item.default:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(item.default))
        form.setReadOnly(index, item.read_only)
    for index in range(fields.count()):
        if fields.at(index).name() not in schema_layer.field_names():
            # the provider's primary key (fid), the row version: never edited, not shown
            form.setReadOnly(index, True)
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
        if fields.at(index).name() == schema.ROW_VERSION:
            # PostGIS: every change in QGIS names the version it makes
            layer.setDefaultValueDefinition(
                index, QgsDefaultValue(schema.ROW_VERSION_ON_UPDATE, True))
    _lay_out_tabs(form, schema_layer, fields)
    layer.setEditFormConfig(form)


def _lay_out_tabs(form, schema_layer, fields):
    """Drag-and-drop form with the data model's tabs (QField shows them too)."""
    root = form.invisibleRootContainer()
    root.clear()
    for title, names in schema_layer.tabs():
        tab = QgsAttributeEditorContainer(translate("DataModel", title), root)
        for name in names:
            tab.addChildElement(QgsAttributeEditorField(name, fields.indexOf(name), tab))
        root.addChildElement(tab)
    form.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
