"""A field mapping profile applied to QGIS layers, both ways.

In: ``mapped_layer`` turns a source layer (an IMSMA Core-style layer, an
operator's shapefile) into a memory layer with our field names, our codes
and the profile's CRS, row for row, which *Import records* then checks and
writes like any records. Out: ``export_fields`` and ``export_features``
give the source's field names, codes and CRS for the records of one of our
tables, ``external_id`` written back into the source's ID field. A profile
problem (a source field the layer lacks, a code with no mapping) is an
InputError naming the profile, the field and the value, raised before
anything is written.
"""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                       QgsField, QgsFields, QgsProject, QgsVectorLayer, QgsWkbTypes)

from ..core import schema
from ..core.errors import InputError, MineActionError
from ..core.field_mapping import EXTERNAL_ID, SHAPEFILE_NAME_LENGTH
from ..core.i18n import translate
from .features import WGS84, from_shapely, python_value, qgs_value, read_records
from .fields import qgs_field


def profile_crs(profile):
    """The profile's CRS as a QgsCoordinateReferenceSystem (InputError if unknown)."""
    crs = QgsCoordinateReferenceSystem(profile.crs)
    if not crs.isValid():
        raise InputError(translate(
            "Profile", "Field mapping profile {profile}: \"crs\" '{crs}' is not a "
            "coordinate reference system QGIS knows.").format(
                profile=profile.name, crs=profile.crs), field="PROFILE")
    return crs


def _source_crs(source, profile, name):
    """The records' CRS: the profile's fixed CRS, which a layer with its own
    CRS must agree with."""
    crs = profile_crs(profile)
    own = source.sourceCrs()
    if own.isValid() and own != crs and not (own.authid() in ("OGC:CRS84", "EPSG:4326")
                                            and crs.authid() in ("OGC:CRS84", "EPSG:4326")):
        raise InputError(translate(
            "Profile", "Nothing was imported from {source}: its CRS is {own}, but field "
            "mapping profile {profile} says the source is in {crs}. Use the profile made "
            "for these records, or correct its \"crs\".").format(
                source=name, own=own.authid() or own.description(), profile=profile.name,
                crs=crs.authid()), field="PROFILE")
    return crs


def _check_source_fields(source, mapping, name, feedback):
    names = source.fields().names()
    for wanted in mapping.source_fields():
        if wanted not in names:
            raise InputError(translate(
                "Profile", "Nothing was imported from {source}: field mapping profile "
                "{profile} maps the field '{field}', which the records do not have (their "
                "fields: {fields}).").format(
                    source=name, profile=mapping.profile, field=wanted,
                    fields=", ".join(names)), field=wanted)
    if feedback is not None:
        unmapped = [n for n in names if n not in mapping.source_fields()]
        if unmapped:
            feedback.pushWarning(translate(
                "Profile", "Fields of {source} that profile {profile} does not map were not "
                "imported: {fields}.").format(
                    source=name, profile=mapping.profile, fields=", ".join(unmapped)))


def _mapped_fields(source, mapping):
    """QgsFields of the mapped layer: the source's types under our names
    (text where codes are mapped), then the constants as text."""
    fields = QgsFields()
    for source_name in mapping.source_fields():
        original = source.fields().field(source_name)
        for target in mapping.targets(source_name):
            if target in mapping.values or target == EXTERNAL_ID:
                fields.append(qgs_field(target, schema.STRING))
            else:
                copy = QgsField(original)
                copy.setName(target)
                fields.append(copy)
    for target in mapping.constants:
        fields.append(qgs_field(target, schema.STRING))
    return fields


def mapped_layer(source, mapping, profile, name, feedback=None):
    """A memory layer of ``source``'s rows through ``mapping`` (a
    TableMapping of ``profile``): our field names and codes, in the
    profile's CRS. InputError naming the profile, row, field and value."""
    crs = _source_crs(source, profile, name)
    _check_source_fields(source, mapping, name, feedback)
    kind = QgsWkbTypes.displayString(source.wkbType()) \
        if source.wkbType() != QgsWkbTypes.Type.NoGeometry else "None"
    layer = QgsVectorLayer("{}?crs={}".format(kind, crs.authid()), name, "memory")
    fields = _mapped_fields(source, mapping)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for row, record in enumerate(source.getFeatures(), start=1):
        values = {}
        for source_name in mapping.source_fields():
            value = python_value(record[source_name])
            for target in mapping.targets(source_name):
                if target == EXTERNAL_ID and value is not None:
                    values[target] = str(value).strip() or None
                else:
                    values[target] = mapping.to_ours(target, value, row)
        values.update(mapping.constants)
        feature = QgsFeature(layer.fields())
        feature.setAttributes([qgs_value(values.get(layer.fields().at(i).name()))
                               for i in range(layer.fields().count())])
        feature.setGeometry(record.geometry())
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _named_for_source(error, mapping):
    """``error`` (from the import of a mapped layer) with the source field
    it concerns named as well, since the user knows the source's names."""
    if not error.field or error.field not in schema.BY_NAME[mapping.table].field_names():
        return error
    source = mapping.source_of(error.field)
    if source == error.field:
        return error
    if source:
        note = translate("Profile", "(Field '{field}' of the records, through profile "
                                    "{profile}.)").format(field=source, profile=mapping.profile)
    elif error.field not in mapping.constants:
        note = translate("Profile", "(Profile {profile} maps no field of the records to "
                                    "{field}.)").format(profile=mapping.profile, field=error.field)
    else:
        return error
    return type(error)(str(error) + " " + note, feature=error.feature, field=error.field)


def import_mapped(source, target, lookups, mapping, profile, name, feedback=None,
                  geometry_by_key=None):
    """Import ``source`` into ``target`` (our table ``mapping.table``)
    through ``mapping``: every row mapped and checked as *Import records*
    checks rows (``geometry_by_key`` as there), then all written, or none.
    Returns the number written."""
    from .importer import import_records, nothing_imported
    try:
        records = mapped_layer(source, mapping, profile, name, feedback)
    except InputError as error:
        if error.feature is None:
            raise
        raise nothing_imported(name, mapping.table, error) from None
    try:
        return import_records(records, target, mapping.table, lookups, geometry_by_key,
                              feedback, source_name=name)
    except MineActionError as error:
        raise _named_for_source(error, mapping) from None


def _kind(model, target, mapping):
    if target in mapping.values or target == EXTERNAL_ID:
        return schema.STRING
    return model.field(target).kind


def export_fields(mapping, shapefile=False):
    """The source's fields as the export writes them: each source field
    once, typed from our field; text as long as the profile says (254, the
    DBF limit, in a shapefile). InputError when a name is too long for a
    shapefile's DBF table."""
    model = schema.BY_NAME[mapping.table]
    fields = QgsFields()
    for source_name in mapping.source_fields():
        if shapefile and len(source_name) > SHAPEFILE_NAME_LENGTH:
            raise InputError(translate(
                "Profile", "A shapefile keeps field names of at most {limit} characters, "
                "and profile {profile} writes '{field}': export to a GeoPackage, or use a "
                "profile with shorter names.").format(
                    limit=SHAPEFILE_NAME_LENGTH, profile=mapping.profile, field=source_name),
                field="OUTPUT")
        target = mapping.targets(source_name)[-1]
        kind = _kind(model, target, mapping)
        length = int(mapping.lengths.get(source_name, 0))
        if kind == schema.STRING and shapefile:
            length = min(length or 254, 254)
        fields.append(qgs_field(source_name, kind, length))
    return fields


def export_features(target_layer, mapping, profile, fields, feedback=None,
                    transform_context=None):
    """The records of ``target_layer`` (our table ``mapping.table``) as
    features of ``fields`` in the profile's CRS, with the source's codes and
    ``external_id`` in the source's ID field (a record without one takes
    the field's other mapping, e.g. the hazard ID). InputError naming the
    record and field when a code has no source code."""
    model = schema.BY_NAME[mapping.table]
    crs = profile_crs(profile)
    context = transform_context or QgsProject.instance().transformContext()
    transform = QgsCoordinateTransform(WGS84, crs, context) if crs != WGS84 else None
    key = schema.record_key(model)
    wanted = [f for f in model.field_names() if mapping.source_of(f) or f in key]
    features = []
    for _fid, attributes, shape in read_records(target_layer, wanted, transform_context,
                                                feedback):
        record = " / ".join(str(attributes.get(name)) for name in key)
        values = {}
        for source_name in mapping.source_fields():
            targets = mapping.targets(source_name)
            value = None
            for target in targets:  # the external ID first, then the field's own
                value = attributes.get(target)
                if value is not None:
                    value = mapping.to_theirs(target, value, record)
                    break
            values[source_name] = value
        feature = QgsFeature(fields)
        feature.setAttributes([qgs_value(values.get(fields.at(i).name()))
                               for i in range(fields.count())])
        if shape is not None:
            feature.setGeometry(from_shapely(shape, transform))
        features.append(feature)
    return features
