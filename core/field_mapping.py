"""Field mapping profiles: how another system's layer maps onto our tables.

A profile is a small JSON file (docs/field-mapping.md) a programme keeps
next to its data: which source field becomes which of our fields, the
source's codes for our lookup codes, the source's fixed CRS, constant
values, and which source field holds the record's ID in that system
(kept in ``external_id`` and written back on export). The same profile
reads a layer in (*Import records*) and writes records back in the
source's shape (*Export records*), so a round trip keeps identities and
codes. Everything here is plain Python; ``store.mapped_records`` applies
a profile to QGIS layers.
"""

import json
import os
from dataclasses import dataclass, field as dataclass_field

from . import schema
from .errors import InputError
from .i18n import translate

FORMAT = "mine-action-mapper/field-mapping"
#: the profile format version this plugin reads
VERSION = 1
#: the bundled profiles, one JSON file each
BUNDLED_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "profiles")
EXTERNAL_ID = "external_id"
#: the field name limit of a shapefile's DBF table
SHAPEFILE_NAME_LENGTH = 10


def _problem(profile, text, **values):
    return InputError(translate("Profile", "Field mapping profile {profile}: {problem}").format(
        profile=profile, problem=text.format(**values)), field="PROFILE")


def bundled():
    """{name: path} of the profiles shipped in the plugin's profiles/ folder."""
    if not os.path.isdir(BUNDLED_DIR):
        return {}
    return {name[:-5]: os.path.join(BUNDLED_DIR, name)
            for name in sorted(os.listdir(BUNDLED_DIR)) if name.endswith(".json")}


@dataclass
class TableMapping:
    """One table's mapping: ``fields`` {source field: our field} in the
    profile's order; ``values`` {our field: {their code: our code}};
    ``constants`` {our field: value}; ``external_id`` the source field with
    the record's ID in that system (or None); ``lengths`` {source field:
    text length} for the export."""
    profile: str
    table: str
    fields: dict
    values: dict = dataclass_field(default_factory=dict)
    constants: dict = dataclass_field(default_factory=dict)
    external_id: str = None
    lengths: dict = dataclass_field(default_factory=dict)

    def source_fields(self):
        """Every source field the mapping reads, in order."""
        names = list(self.fields)
        if self.external_id and self.external_id not in names:
            names.insert(0, self.external_id)
        return names

    def targets(self, source):
        """Our fields a source field fills (the external ID may fill two)."""
        found = [self.fields[source]] if source in self.fields else []
        if source == self.external_id and EXTERNAL_ID not in found:
            found.insert(0, EXTERNAL_ID)
        return found

    def source_of(self, target):
        """The source field that fills our ``target``, or None."""
        if target == EXTERNAL_ID and self.external_id:
            return self.external_id
        return next((source for source, ours in self.fields.items() if ours == target), None)

    def to_ours(self, target, value, row):
        """Our code for the source's ``value`` of our field ``target``
        (unchanged when the field has no value map); InputError naming the
        profile, the row, the field and the value when the map lacks it."""
        codes = self.values.get(target)
        if codes is None or value is None:
            return value
        text = str(value).strip()
        if text == "":
            return None
        if text not in codes:
            raise InputError(translate(
                "Profile", "Row {row}, field '{source}': profile {profile} has no code of "
                "ours for the value '{value}' (it maps: {codes}). Add it to the profile's "
                "\"values\" for {field} and import again.").format(
                    row=row, source=self.source_of(target), profile=self.profile, value=text,
                    codes=", ".join(sorted(codes)), field=target),
                feature=row, field=self.source_of(target))
        return codes[text]

    def to_theirs(self, target, value, record):
        """The source's code for our ``value`` of ``target``: the first of
        their codes that maps to it; InputError naming the record when none does."""
        codes = self.values.get(target)
        if codes is None or value is None:
            return value
        for theirs, ours in codes.items():
            if ours == value:
                return theirs
        raise InputError(translate(
            "Profile", "Record {record}, field '{field}': profile {profile} has none of the "
            "source's codes for our code '{value}'. Add one to the profile's \"values\" "
            "for {field} and export again.").format(
                record=record, field=target, profile=self.profile, value=value),
            feature=record, field=target)


@dataclass
class Profile:
    name: str
    path: str
    description: str
    crs: str
    tables: dict  # {our table: TableMapping}
    max_name_length: int = 0

    def table(self, name):
        if name not in self.tables:
            raise _problem(self.name, translate(
                "Profile", "it has no mapping for table {table} (it maps: {tables})."),
                table=name, tables=", ".join(sorted(self.tables)))
        return self.tables[name]


def _object(profile, value, where):
    if not isinstance(value, dict):
        raise _problem(profile, translate(
            "Profile", "\"{where}\" must be a JSON object of names."), where=where)
    return value


def _text_map(profile, value, where):
    for key, item in _object(profile, value, where).items():
        if not isinstance(item, str) or not item.strip():
            raise _problem(profile, translate(
                "Profile", "\"{where}\": the value of '{key}' must be a name (text)."),
                where=where, key=key)
    return value


def _table(profile, name, spec, limit):
    if name not in schema.BY_NAME:
        raise _problem(profile, translate(
            "Profile", "'{table}' is not a table of the data model."), table=name)
    model = schema.BY_NAME[name]
    known = model.field_names()
    spec = _object(profile, spec, name)
    fields = _text_map(profile, spec.get("fields", {}), name + ".fields")
    values = _object(profile, spec.get("values", {}), name + ".values")
    constants = _object(profile, spec.get("constants", {}), name + ".constants")
    lengths = _object(profile, spec.get("lengths", {}), name + ".lengths")
    external = spec.get("external_id")
    if external is not None and (not isinstance(external, str) or not external.strip()):
        raise _problem(profile, translate(
            "Profile", "\"{where}\" must name a source field."), where=name + ".external_id")
    seen = {}
    for source, target in fields.items():
        if target not in known:
            raise _problem(profile, translate(
                "Profile", "table {table}: '{field}' (for the source field '{source}') is "
                "not a field of {table}; its fields: {fields}."),
                table=name, field=target, source=source, fields=", ".join(known))
        if target in seen:
            raise _problem(profile, translate(
                "Profile", "table {table}: the source fields '{first}' and '{second}' "
                "both map to {field}; keep one."),
                table=name, first=seen[target], second=source, field=target)
        seen[target] = source
    if external is not None:
        if EXTERNAL_ID not in known:
            raise _problem(profile, translate(
                "Profile", "table {table} has no external ID field, so \"external_id\" "
                "cannot be given for it."), table=name)
        if seen.get(EXTERNAL_ID, external) != external:
            raise _problem(profile, translate(
                "Profile", "table {table}: \"external_id\" names '{source}' but \"fields\" "
                "maps '{other}' to external_id; keep one."),
                table=name, source=external, other=seen[EXTERNAL_ID])
    for target, codes in values.items():
        if target not in known or schema.BY_NAME[name].field(target).lookup is None:
            raise _problem(profile, translate(
                "Profile", "table {table}: \"values\" has codes for '{field}', which is not "
                "a list field of {table}."), table=name, field=target)
        if target not in seen:
            raise _problem(profile, translate(
                "Profile", "table {table}: \"values\" has codes for '{field}', but no "
                "source field maps to it."), table=name, field=target)
        _text_map(profile, codes, "{}.values.{}".format(name, target))
    for target, value in constants.items():
        if target not in known:
            raise _problem(profile, translate(
                "Profile", "table {table}: the constant '{field}' is not a field of "
                "{table}."), table=name, field=target)
        if target in seen:
            raise _problem(profile, translate(
                "Profile", "table {table}: '{field}' is both a constant and mapped from "
                "'{source}'; keep one."), table=name, field=target, source=seen[target])
    mapping = TableMapping(profile, name, dict(fields), {k: dict(v) for k, v in values.items()},
                           dict(constants), external, dict(lengths))
    for source in mapping.source_fields():
        if limit and len(source) > limit:
            raise _problem(profile, translate(
                "Profile", "the source field name '{source}' is longer than the profile's "
                "limit of {limit} characters."), source=source, limit=limit)
    return mapping


def parse(data, path):
    """A Profile from the decoded JSON ``data`` of the file ``path``;
    InputError naming the profile and what is wrong."""
    label = os.path.basename(path)
    data = _object(label, data, label)
    label = data.get("name") or label
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise _problem(label, translate(
            "Profile", "it is not a field mapping profile of version {version} (\"format\": "
            "\"{format}\", \"version\": {version})."), format=FORMAT, version=VERSION)
    crs = data.get("crs")
    if not isinstance(crs, str) or not crs.strip():
        raise _problem(label, translate(
            "Profile", "\"crs\" must name the source's coordinate reference system, e.g. "
            "\"EPSG:4326\"."))
    limit = data.get("max_name_length", 0)
    if not isinstance(limit, int) or limit < 0:
        raise _problem(label, translate(
            "Profile", "\"max_name_length\" must be a whole number of characters."))
    tables = _object(label, data.get("tables"), "tables")
    if not tables:
        raise _problem(label, translate("Profile", "\"tables\" maps no table."))
    return Profile(label, path, str(data.get("description", "")), crs.strip(),
                   {name: _table(label, name, spec, limit) for name, spec in tables.items()},
                   limit)


def load(path):
    """The profile in JSON file ``path``; InputError naming it when it cannot
    be read or is wrong."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise _problem(path, translate("Profile", "it cannot be read ({error})."),
                       error=error.strerror or error) from None
    except ValueError as error:
        raise _problem(path, translate("Profile", "it is not valid JSON ({error})."),
                       error=error) from None
    return parse(data, path)
