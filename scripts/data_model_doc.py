"""Write docs/data-model.md from core/schema.py and core/vocabulary.py.

The data model is described once, in core/schema.py; this keeps its document
true. tests/core/test_docs.py fails when the committed file is out of date.

    python scripts/data_model_doc.py            # rewrite docs/data-model.md
    python scripts/data_model_doc.py --check    # exit 1 if it would change
"""

import sys
from pathlib import Path

import plugin_package  # scripts/plugin_package.py

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "data-model.md"

INTRO = """# Data model

A mine action database is one GeoPackage (or, later, a PostGIS schema) with
the tables below. It is created by *Create mine action database*
(`mineaction:createdatabase`), defaults to WGS 84 (EPSG:4326) as GICHD
recommends, and stores each layer's attribute form and map style as its
default style, so it opens ready to edit in plain QGIS and in QField.

The model follows what IMSMA NG and IMSMA Core keep: a hazard record
(class, status, contamination, evidence, dates, location, organisation, areas),
its survey points in IMSMA's from-point model (point number, type, from-point,
bearing with unit and north reference, declination applied, distance, the
coordinates as entered, how the position was fixed), land release activities
(type, outcome, technical asset, dates, organisation and team, area) and the
areas they release with the handover's beneficiaries and the team's
composition, explosive ordnance finds, accidents, tasks, and the site points
and routes a task order needs. Areas are in m² on the WGS84 ellipsoid, never
hectares or km² and never in degrees.

Codes are stable and carry the meaning the plugin computes with; labels live
in the `lookups` table, seeded in the database's language (chosen at creation). A programme may
rename labels or add entries: an added entry names in `base_code` the built-in
code it behaves as (for example a "Defined Hazardous Area" class with base code
`CHA`). This file is generated from `core/schema.py` by
`scripts/data_model_doc.py`.

Key: **req** not null, **uniq** unique (also a unique index in the database;
**uniq when set**: a partial one, empty values allowed), **list** the lookup
list the value comes from, **default** the QGIS expression filled in when a
feature is created. Every table also has the provider's integer key `fid`.
`external_id` keeps a record's ID in the system it was imported from, such
as IMSMA Core's `imsma_id` ([field mapping](field-mapping.md)).
"""

#: what a field copy adds (store/field_copy.py; docs/field-copy.md)
FIELD_COPY = """## A field copy's base

`schema_info` holds `database_id`, a uuid written when the database is
created: its identity (a database made before it has none and is named by
its `created_at`). A field copy (*Make field copy*) is a mine action
GeoPackage of its own and records what it was copied from in two places:

- rows of its `schema_info`: `field_copy.format` (1; a plugin refuses a copy
  of a higher format, made by a newer plugin), `field_copy.source_id` (the
  source's identity), `field_copy.source` (its file, or connection and
  schema, for messages), `field_copy.copied_at` (UTC, ISO 8601) and
  `field_copy.region` or `field_copy.task`;
- the table `field_copy_base`, one row per record copied:

| field | type | meaning |
|---|---|---|
| `table_name` | string | the table of the record |
| `uuid` | string | the record's `uuid` (unique with `table_name`) |
| `fingerprint` | string | SHA-256 of the record's values and geometry in the source at copy time |
| `copy_fingerprint` | string | the same, of the record as written in the copy |
| `row_version` | integer | the record's `row_version` in the source (PostGIS), else empty |
"""


#: people in the data model (schema 4)
PEOPLE = """## People: beneficiaries, teams, casualties (schema 4)

Reports to donors and the treaties ask for sex-, age- and disability-
disaggregated data (SADD; IMAS 05.10, GMAP's gender and diversity
guidance), so schema 4 adds counts of people, never names:

- **Beneficiaries** of released land: women, girls, boys, men, and persons
  with disabilities (also counted in those four). The data model records a
  handover where the land is released, on the land release activity: its
  `handover_date` (on or after its `end_date`) and its `beneficiaries_*`.
  There is no handover record apart; the release history is the engine's
  own. A hazard holds the *expected* beneficiaries of its release in the
  same fields (GICHD's minimum data). Age bands are the programme's (for
  example girls and boys 0-17).
- **Team composition** of the activity's team: `team_women`, `team_men`.
- **Accidents** (`accidents`): where and when, the device category (the
  `eo_category` list), what the casualties were doing (`accident_activity`;
  `demining` tells a demining accident from a civilian one), the hazard it
  lies in, and the killed and injured by sex and age group (women, men,
  girls, boys, and sex or age unknown). An accident is an operator table
  like the finds: the organisation's own, submitted until approved. **No
  names or personal details are stored: this is a mapping tool, not a
  victim register.** Victim data belongs in the national victim information
  system, under its own protection rules.

Every count is an integer, zero or more, and **empty (NULL) means "not
recorded"**, not zero. A statistician must tell "no woman benefited" from
"nobody counted the women": a NOT NULL default of 0 would turn every
unrecorded figure, and every record stored before schema 4, into a false
zero. The statistics count both (docs/statistics.md): the people counted,
how many records gave the figure and how many did not.
"""


def _load():
    plugin_package.load()
    from mine_action_mapper.core import schema, vocabulary
    return schema, vocabulary


def render():
    schema, vocabulary = _load()
    lines = [INTRO]
    for layer in schema.LAYERS:
        geometry = layer.geometry or "no geometry (table)"
        lines.append("## `{}`: {}\n".format(layer.name, layer.title))
        lines.append("{} Geometry: {}.\n".format(layer.doc, geometry))
        lines.append("| field | type | label | rules |")
        lines.append("|---|---|---|---|")
        for field in layer.fields:
            rules = []
            if field.not_null:
                rules.append("req")
            if field.unique:
                rules.append("uniq" if field.not_null else "uniq when set")
            if field.lookup:
                rules.append("list `{}`".format(field.lookup))
            if field.default:
                rules.append("default `{}`".format(field.default))
            if field.constraint:
                rules.append("check `{}`".format(field.constraint.replace("|", "\\|")))
            if field.read_only:
                rules.append("read-only in forms")
            lines.append("| `{}` | {} | {} | {} |".format(
                field.name, field.kind, field.alias, "; ".join(rules)))
        lines.append("")
    lines.append(PEOPLE)
    lines.append(FIELD_COPY)
    lines.append("## Lookup lists (default entries)\n")
    for vocab in vocabulary.ALL:
        lines.append("- **`{}`** ({}): {}".format(vocab.name, vocab.title, ", ".join(
            "`{}` {}".format(term.code, term.label) for term in vocab.terms)))
    lines.append("")
    return "\n".join(lines)


def main():
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
    print("wrote {}".format(DOC))


if __name__ == "__main__":
    main()
