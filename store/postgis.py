"""A mine action database on PostgreSQL/PostGIS: connect, probe, create.

SQL goes through psycopg2 (shipped with QGIS on Debian and in OSGeo4W), the
one way here to run statements with bound values inside one transaction;
QGIS layers read and edit the tables afterwards. Every identifier is quoted
(``psycopg2.sql.Identifier``), every value is a bound parameter.

A database is a schema: the data model's tables with NOT NULL and CHECK
constraints, unique indexes, the lookups, ``schema_info``, a ``row_version``
on every editable table guarded by a trigger (no lost update, for any client:
docs/postgis.md), and the default forms and styles in ``public.layer_styles``
as QGIS stores them. Creating it is one transaction: a failure leaves
nothing behind, and an existing schema is used only when empty.
"""

import uuid
from datetime import datetime, timezone

from qgis.core import (QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsReadWriteContext,
                       QgsVectorLayer)
from qgis.PyQt.QtXml import QDomDocument

from ..core import schema
from ..core.errors import InputError, OutputError
from ..core.i18n import translate
from . import database_state, forms, languages
from .database_state import DatabaseError, DatabaseState
from .fields import qgs_field
from .reference import (DATABASE_ID, DEFAULT_STYLE_NAME, GEOMETRY_COLUMN, KEY_COLUMN,
                        SETTING_PREFIX)
from .row_versions import CONFLICT_TEXT, is_conflict  # noqa: F401 (is_conflict: callers)

CONNECT_TIMEOUT_S = 10

_SQL_TYPES = {
    schema.STRING: "text",
    schema.INTEGER: "integer",
    schema.REAL: "double precision",
    schema.DATE: "date",
    schema.DATETIME: "timestamp with time zone",
    schema.BOOLEAN: "boolean",
}

#: public.layer_styles as QGIS 3.22 creates it (QGIS adds columns it lacks)
_LAYER_STYLES = """CREATE TABLE IF NOT EXISTS public.layer_styles (
    id serial PRIMARY KEY,
    f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
    f_geometry_column varchar, stylename text, styleqml xml, stylesld xml,
    useasdefault boolean, description text,
    owner varchar(63) DEFAULT CURRENT_USER, ui xml,
    update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"""

#: the row version guard; TG_ARGV names the fields that identify a record
_ROW_VERSION_FUNCTION = """CREATE FUNCTION {schema}.mam_row_version() RETURNS trigger
LANGUAGE plpgsql AS $function$
DECLARE
    record_id text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
        RETURN NEW;
    END IF;
    IF NEW.row_version = OLD.row_version + 1 OR NEW.row_version = -(OLD.row_version + 1) THEN
        NEW.row_version := OLD.row_version + 1;
        RETURN NEW;
    END IF;
    SELECT string_agg(to_jsonb(OLD) ->> key, ' / ') INTO record_id
        FROM unnest(TG_ARGV) AS key;
    RAISE EXCEPTION USING
        MESSAGE = format('%s %s: {conflict} (now version %s); nothing was saved. '
                         'Reload it and make your change again.',
                         TG_TABLE_NAME, record_id, OLD.row_version),
        HINT = 'Set row_version to the version you read + 1.';
END
$function$"""


def _psycopg2():
    """psycopg2, imported when a PostGIS database is used: a QGIS without it
    still runs the plugin on GeoPackages."""
    import psycopg2
    import psycopg2.sql
    return psycopg2


def _sql():
    return _psycopg2().sql


def _identifier_for_values(*names):
    """An identifier for a query run with bound values: psycopg2 then reads
    every '%' of the query as a placeholder, so a '%' in a name is doubled
    (statements run without values use ``sql.Identifier`` as it is)."""
    return _sql().Identifier(*(name.replace("%", "%%") for name in names))


def _error_text(error):
    return " ".join(str(error).split())


def connect(ref):
    """A psycopg2 connection to ``ref``'s server (not autocommit), or a
    DatabaseError naming the connection: server down, wrong password, ..."""
    psycopg2 = _psycopg2()
    conninfo = QgsDataSourceUri(ref.conninfo).connectionInfo(True)
    try:
        return psycopg2.connect(conninfo, connect_timeout=CONNECT_TIMEOUT_S,
                                application_name="Mine Action Mapper")
    except psycopg2.OperationalError as error:
        text = _error_text(error)
        if "password" in text or "authentication" in text:
            raise DatabaseError(translate(
                "Database", "{database}: the server refused the user name or password "
                "({error}). Check the QGIS connection's credentials.").format(
                    database=ref.label(), error=text), "password", ref) from None
        if "could not connect" in text or "Connection refused" in text \
                or "timeout expired" in text or "could not translate host" in text:
            raise DatabaseError(translate(
                "Database", "{database}: the PostgreSQL server cannot be reached "
                "({error}). Is it running, and are the host and port right?").format(
                    database=ref.label(), error=text), "unreachable", ref) from None
        raise DatabaseError(translate(
            "Database", "{database}: cannot connect ({error}).").format(
                database=ref.label(), error=text), "unreachable", ref) from None


def _schema_tables(cursor, name):
    cursor.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                   "c.relnamespace WHERE n.nspname = %s", (name,))
    return {row[0] for row in cursor.fetchall()}


def _schema_exists(cursor, name):
    cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
    return cursor.fetchone() is not None


def probe(ref):
    """The ``DatabaseState`` of the PostGIS database ``ref``, or DatabaseError
    (server down, wrong password, no such schema, not a mine action database,
    a damaged version)."""
    connection = connect(ref)
    try:
        with connection.cursor() as cursor:
            if not _schema_exists(cursor, ref.schema):
                raise DatabaseError(translate(
                    "Database", "{database}: there is no such schema in the database. "
                    "Check the schema name, or create the database with 'Create mine "
                    "action database'.").format(database=ref.label()), "missing", ref)
            if schema.SCHEMA_INFO.name not in _schema_tables(cursor, ref.schema):
                raise DatabaseError(translate(
                    "Database", "{database} is not a mine action database (it has no "
                    "schema_info table).").format(database=ref.label()), "foreign", ref)
            cursor.execute(_sql().SQL("SELECT value FROM {} WHERE key = %s").format(
                _identifier_for_values(ref.schema, schema.SCHEMA_INFO.name)),
                ("schema_version",))
            row = cursor.fetchone()
    finally:
        connection.close()
    if row is None:
        raise DatabaseError(translate(
            "Database", "{database} is not a mine action database (no schema "
            "version).").format(database=ref.label()), "foreign", ref)
    try:
        version = int(str(row[0]).strip())
    except (TypeError, ValueError):
        raise DatabaseError(translate(
            "Database", "The schema version of {database} is '{value}', not a number: "
            "it was edited by hand.").format(database=ref.label(), value=row[0]),
            "damaged", ref) from None
    return DatabaseState(ref, version)


#: SQLSTATE of a missing privilege (or ownership)
INSUFFICIENT_PRIVILEGE = "42501"


def explained(error, ref, template):
    """The error to show for a psycopg2 ``error`` met on ``ref``: a missing
    privilege is told as such (which privilege the server names, on which
    table); anything else is ``template`` ({database}, {error})."""
    text = _error_text(error).split(" CONTEXT:")[0]
    if getattr(error, "pgcode", None) == INSUFFICIENT_PRIVILEGE:
        return DatabaseError(translate(
            "Database", "{database}: the role you log in with may not do this "
            "({error}). Ask the database's administrator for the privilege; nothing "
            "was changed.").format(database=ref.label(), error=text), "privilege", ref)
    return OutputError(template.format(database=ref.label(), error=text))


def _missing_privilege(cursor, ref, needs):
    """(privilege, object) the login role lacks among ``needs`` ({table:
    privileges}), or None; INSERT also needs the key's sequence."""
    cursor.execute("SELECT has_schema_privilege(%s, 'USAGE')", (ref.schema,))
    if not cursor.fetchone()[0]:
        return "USAGE", translate("Database", "schema {schema}").format(schema=ref.schema)
    for table, privileges in needs.items():
        qualified = '"{}"."{}"'.format(ref.schema.replace('"', '""'), table)
        for privilege in privileges:
            cursor.execute("SELECT has_table_privilege(%s, %s)", (qualified, privilege))
            if not cursor.fetchone()[0]:
                return privilege, translate("Database", "table {table}").format(table=table)
        if "INSERT" in privileges:
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", (qualified, KEY_COLUMN))
            sequence = cursor.fetchone()[0]
            cursor.execute("SELECT %s IS NULL OR has_sequence_privilege(%s, 'USAGE')",
                           (sequence, sequence))
            if not cursor.fetchone()[0]:
                return "USAGE", translate("Database", "sequence {sequence} (the new "
                                          "records' {key})").format(
                                              sequence=sequence, key=KEY_COLUMN)
    return None


def require_privileges(ref, needs):
    """Raise DatabaseError, before anything is written, when the role ``ref``
    logs in with lacks a privilege of ``needs`` ({table: ("INSERT", ...)}):
    the message names the role, the privilege and the table."""
    connection = connect(ref)
    try:
        with connection.cursor() as cursor:
            missing = _missing_privilege(cursor, ref, needs)
            cursor.execute("SELECT current_user")
            role = cursor.fetchone()[0]
    finally:
        connection.close()
    if missing is not None:
        raise DatabaseError(translate(
            "Database", "{database}: the role '{role}' lacks the {privilege} privilege on "
            "{object}, which this needs. Ask the database's administrator to grant it; "
            "nothing was changed.").format(database=ref.label(), role=role,
                                           privilege=missing[0], object=missing[1]),
            "privilege", ref)


# ---------------------------------------------------------------- create
def _column(field, default=None):
    """The column definition of ``field``; ``default`` (SQL text) fills the
    rows of a table it is added to."""
    sql = _sql()
    kind = _SQL_TYPES[field.kind]
    if field.kind == schema.STRING and field.length:
        kind = "varchar({:d})".format(field.length)
    parts = [sql.Identifier(field.name), sql.SQL(kind)]
    if default is not None:
        parts.append(sql.SQL("DEFAULT {}").format(sql.SQL(default)))
    if field.not_null:
        parts.append(sql.SQL("NOT NULL"))
    if field.constraint:  # the data model's expressions are plain SQL too
        parts.append(sql.SQL("CHECK ({})").format(sql.SQL(field.constraint)))
    return sql.SQL(" ").join(parts)


def _unique_index(name, item, field):
    """The unique index of ``field`` in schema ``name``: partial when the
    field may be empty (an external ID is unique when set)."""
    sql = _sql()
    where = sql.SQL("") if field.not_null else sql.SQL(" WHERE {} IS NOT NULL").format(
        sql.Identifier(field.name))
    return sql.SQL("CREATE UNIQUE INDEX IF NOT EXISTS {} ON {} ({}){}").format(
        sql.Identifier("uq_{}_{}".format(item.name, field.name)),
        sql.Identifier(name, item.name), sql.Identifier(field.name), where)


def _create_table(cursor, name, item, srid):
    sql = _sql()
    columns = [sql.SQL("{} bigserial PRIMARY KEY").format(sql.Identifier(KEY_COLUMN))]
    # a NOT NULL field with a literal default has it in SQL too, as when it is
    # added by an upgrade: any client may leave it out
    columns += [_column(field, field.literal_default() if field.not_null else None)
                for field in item.fields]
    if item.name in schema.VERSIONED:
        columns.append(sql.SQL("{} integer NOT NULL DEFAULT 1").format(
            sql.Identifier(schema.ROW_VERSION)))
    if item.geometry:
        columns.append(sql.SQL("{} geometry({}, {})").format(
            sql.Identifier(GEOMETRY_COLUMN), sql.SQL(item.geometry), sql.Literal(int(srid))))
    table = sql.Identifier(name, item.name)
    cursor.execute(sql.SQL("CREATE TABLE {} ({})").format(table, sql.SQL(", ").join(columns)))
    if item.geometry:
        cursor.execute(sql.SQL("CREATE INDEX {} ON {} USING gist ({})").format(
            sql.Identifier("sidx_{}_{}".format(item.name, GEOMETRY_COLUMN)), table,
            sql.Identifier(GEOMETRY_COLUMN)))
    for field in item.fields:
        if field.unique:
            cursor.execute(_unique_index(name, item, field))
    if item is schema.LOOKUPS:
        cursor.execute(sql.SQL("CREATE UNIQUE INDEX {} ON {} ({}, {})").format(
            sql.Identifier("uq_{}_code".format(item.name)), table,
            sql.Identifier("vocabulary"), sql.Identifier("code")))
    if item.name in schema.VERSIONED:
        cursor.execute(sql.SQL(
            "CREATE TRIGGER {} BEFORE INSERT OR UPDATE ON {} FOR EACH ROW "
            "EXECUTE FUNCTION {}({})").format(
                sql.Identifier("mam_row_version_{}".format(item.name)), table,
                sql.Identifier(name, "mam_row_version"),
                sql.SQL(", ").join(sql.Literal(key) for key in schema.record_key(item))))


def _refuse_used_schema(cursor, ref):
    if not _schema_exists(cursor, ref.schema):
        return False
    if _schema_tables(cursor, ref.schema):
        raise OutputError(translate(
            "Database", "{database} already exists and is not empty: nothing was "
            "changed. Choose another schema name (nothing is ever dropped).").format(
                database=ref.label()), field="SCHEMA")
    cursor.execute("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                   "p.pronamespace WHERE n.nspname = %s", (ref.schema,))
    if cursor.fetchone()[0]:
        raise OutputError(translate(
            "Database", "{database} already exists and holds functions: nothing was "
            "changed. Choose another schema name.").format(database=ref.label()),
            field="SCHEMA")
    return True


def _require_postgis(cursor, ref):
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
    if cursor.fetchone() is None:
        raise OutputError(translate(
            "Database", "{database}: the PostGIS extension is not installed in this "
            "database. Ask its administrator to run CREATE EXTENSION postgis; "
            "nothing was changed.").format(database=ref.label()), field="CONNECTION")


def _srid(crs):
    authid = crs.authid()
    if not authid.upper().startswith("EPSG:"):
        raise InputError(translate(
            "Database", "A PostGIS mine action database needs an EPSG coordinate "
            "reference system, not {crs}.").format(crs=authid or crs.description()),
            field="CRS")
    return int(authid.split(":", 1)[1])


def _seed(cursor, ref, crs, plugin_version, lookup_rows, language):
    sql = _sql()
    cursor.executemany(sql.SQL(
        "INSERT INTO {} (vocabulary, code, label, base_code, sort_order, active) "
        "VALUES (%s, %s, %s, %s, %s, true)").format(
            _identifier_for_values(ref.schema, schema.LOOKUPS.name)), lookup_rows)
    cursor.executemany(sql.SQL("INSERT INTO {} (key, value) VALUES (%s, %s)").format(
        _identifier_for_values(ref.schema, schema.SCHEMA_INFO.name)), [
            ("schema_version", str(schema.SCHEMA_VERSION)),
            (DATABASE_ID, str(uuid.uuid4())),
            ("created_at", datetime.now(timezone.utc).isoformat(timespec="seconds")),
            ("crs", crs.authid()),
            ("plugin_version", plugin_version),
        ] + ([(SETTING_PREFIX + "language", language)] if language else []))


def _form_layer(item, crs):
    """A memory layer with the fields the PostGIS layer of ``item`` has
    (fid, the data model's, row_version), to build its style before the
    table exists outside this transaction."""
    geometry = item.geometry or "None"
    layer = QgsVectorLayer("{}?crs={}".format(geometry, crs.authid()) if item.geometry
                           else geometry, item.name, "memory")
    fields = [qgs_field(KEY_COLUMN, schema.INTEGER)]
    fields += [qgs_field(field.name, field.kind, field.length) for field in item.fields]
    if item.name in schema.VERSIONED:
        fields.append(qgs_field(schema.ROW_VERSION, schema.INTEGER))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    return layer


def _style_rows(ref, crs, style):
    """(table, geometry column, QML, SLD) of each table's default style."""
    lookups_source = ref.layer_source(schema.LOOKUPS.name)[0]
    options = QgsVectorLayer.LayerOptions(False, False)
    # the lookups layer the value relations name; its table exists only
    # once the transaction commits, so this layer is not valid yet
    lookups = QgsVectorLayer(lookups_source, schema.LOOKUPS.name, "postgres", options)
    rows = []
    for item in schema.LAYERS:
        layer = _form_layer(item, crs)
        forms.configure_form(layer, item, lookups)
        if style is not None and item.geometry:
            style(layer, item.name)
        qml, sld = QDomDocument(), QDomDocument()
        error = layer.exportNamedStyle(qml, QgsReadWriteContext())
        if error:
            raise OutputError(translate(
                "Database", "Cannot store the style of {table}: {error}").format(
                    table=item.name, error=error))
        layer.exportSldStyle(sld, "")
        rows.append((item.name, GEOMETRY_COLUMN if item.geometry else None, qml.toString(),
                     sld.toString()))
    return rows


def _write_styles(cursor, ref, styles):
    """Store the ``_style_rows`` as the tables' default styles, replacing the
    plugin's earlier ones (``public.layer_styles`` is made when missing)."""
    cursor.execute(_LAYER_STYLES)
    cursor.execute("DELETE FROM public.layer_styles WHERE f_table_catalog = "
                   "current_database() AND f_table_schema = %s AND stylename = %s",
                   (ref.schema, DEFAULT_STYLE_NAME))
    cursor.executemany(
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, "
        "f_table_name, f_geometry_column, stylename, styleqml, stylesld, "
        "useasdefault, description, owner) VALUES (current_database(), "
        "%s, %s, %s, %s, XMLPARSE(DOCUMENT %s), XMLPARSE(DOCUMENT %s), true, %s, "
        "current_user)",
        # type stays NULL: QGIS matches it to any geometry type (3.22
        # writes the type of the layer's URI, mostly 'Unknown geometry')
        [(ref.schema, table, geometry, DEFAULT_STYLE_NAME, qml, sld,
          translate("Database", "Mine Action Mapper default style"))
         for table, geometry, qml, sld in styles])


def default_styles(ref):
    """{table: QML} of the default styles of ``ref``'s tables in
    ``public.layer_styles``, read in one query: QGIS's PostgreSQL provider
    looks the style of each layer up on its own (about 0.3 s a layer, most
    of opening a database). The choice is QGIS's: the table and geometry
    column, a default style before the others, the newest first."""
    psycopg2 = _psycopg2()
    connection = connect(ref)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
            if not cursor.fetchone()[0]:
                return {}
            cursor.execute(
                "SELECT f_table_name, f_geometry_column, styleqml::text FROM "
                "public.layer_styles WHERE f_table_catalog = current_database() AND "
                "f_table_schema = %s ORDER BY useasdefault DESC, update_time DESC, id DESC",
                (ref.schema,))
            styles = {}
            for table, geometry, qml in cursor.fetchall():
                item = schema.BY_NAME.get(table)
                wanted = GEOMETRY_COLUMN if item is not None and item.geometry else None
                if (geometry or None) == wanted:
                    styles.setdefault(table, qml)
            return styles
    except psycopg2.Error:  # e.g. a login that may not read them: QGIS looks them up
        return {}
    finally:
        connection.close()


def create(ref, crs=None, plugin_version="", feedback=None, style=None, lookup_rows=(),
           language=None):
    """Create the mine action database ``ref`` (a new or empty schema) in
    ``crs`` (EPSG:4326 by default), in one transaction; returns ``ref``. Its
    forms and legends are written in ``language``, its language setting."""
    sql = _sql()
    crs = crs if crs is not None and crs.isValid() else QgsCoordinateReferenceSystem("EPSG:4326")
    srid = _srid(crs)
    with languages.speaking(language):
        styles = _style_rows(ref, crs, style)
    connection = connect(ref)
    try:
        with connection.cursor() as cursor:
            _require_postgis(cursor, ref)
            if not _refuse_used_schema(cursor, ref):
                cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(ref.schema)))
            cursor.execute(sql.SQL(_ROW_VERSION_FUNCTION.replace(
                "{conflict}", CONFLICT_TEXT)).format(schema=sql.Identifier(ref.schema)))
            for number, item in enumerate(schema.LAYERS):
                if feedback is not None:
                    feedback.pushInfo(translate("Database", "Creating table {table}").format(
                        table=item.name))
                    feedback.setProgress(80.0 * number / len(schema.LAYERS))
                _create_table(cursor, ref.schema, item, srid)
            _seed(cursor, ref, crs, plugin_version, lookup_rows, language)
            _write_styles(cursor, ref, styles)
        connection.commit()
    except BaseException as error:
        connection.rollback()
        if isinstance(error, _psycopg2().Error):
            raise OutputError(translate(
                "Database", "{database} was not created: {error}. Nothing was "
                "written.").format(database=ref.label(), error=_error_text(error)),
                field="SCHEMA") from None
        raise
    finally:
        connection.close()
    if feedback is not None:
        feedback.setProgress(100.0)
    return ref


# ---------------------------------------------------------------- upgrade
def _info(cursor, ref, key, lock=False):
    cursor.execute(_sql().SQL("SELECT value FROM {} WHERE key = %s" + (  # nosec B608 - psycopg2 sql.Identifier, value a parameter
        " FOR UPDATE" if lock else "")).format(
            _identifier_for_values(ref.schema, schema.SCHEMA_INFO.name)), (key,))
    row = cursor.fetchone()
    return row[0] if row else None


def _set_info(cursor, ref, key, value):
    table = _identifier_for_values(ref.schema, schema.SCHEMA_INFO.name)
    sql = _sql()
    cursor.execute(sql.SQL("UPDATE {} SET value = %s WHERE key = %s").format(table),
                   (value, key))
    if not cursor.rowcount:
        cursor.execute(sql.SQL("INSERT INTO {} (key, value) VALUES (%s, %s)").format(table),
                       (key, value))


def upgrade(ref, plugin_version="", fail_after_step=None, style=None):
    """Upgrade the PostGIS database ``ref`` to the current schema in one
    transaction: the fields each version added (NOT NULL ones filled with
    their default, CHECK constraints as when created), the tables it added
    (as created, row version trigger included; with the grants and
    row-level security of ``store.roles`` when roles are set up), the lookups of new
    vocabularies, the stored styles drawn by ``style``, and the version.
    Returns (old version, new version, notes) as ``store.migrate.upgrade``."""
    from .migrate import missing_lookup_rows, not_null_default
    state = probe(ref)
    if state.newer:
        database_state.check(ref)  # raises the "newer" error, naming ref
    if not state.older:
        return state.version, state.version, []
    if state.version < 2:  # PostGIS databases were first made at schema 2
        raise DatabaseError(translate(
            "Database", "{database} claims schema version {version}, which no "
            "PostGIS database had: it was edited by hand.").format(
                database=ref.label(), version=state.version), "damaged", ref)
    sql = _sql()
    connection = connect(ref)
    try:
        with connection.cursor() as cursor:
            # the version row is locked: a second upgrade waits, then sees it done
            version = int(_info(cursor, ref, "schema_version", lock=True))
            if version != state.version:
                connection.rollback()
                return upgrade(ref, plugin_version, fail_after_step, style)
            language = _info(cursor, ref, SETTING_PREFIX + "language")
            crs = QgsCoordinateReferenceSystem(_info(cursor, ref, "crs") or "EPSG:4326")
            with languages.speaking(language):
                styles = _style_rows(ref, crs, style)
            while version < schema.SCHEMA_VERSION:
                for layer, field in schema.fields_since(version + 1):
                    cursor.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {}").format(
                        sql.Identifier(ref.schema, layer.name), _column(
                            field, not_null_default(field) if field.not_null else None)))
                    if field.unique:
                        cursor.execute(_unique_index(ref.schema, layer, field))
                for layer in schema.layers_since(version + 1):  # tables it added
                    if layer.name not in _schema_tables(cursor, ref.schema):
                        _create_table(cursor, ref.schema, layer, _srid(crs))
                version += 1
                if fail_after_step == version:
                    raise RuntimeError("forced failure after step to {}".format(version))
            cursor.execute(sql.SQL("SELECT DISTINCT vocabulary FROM {}").format(
                sql.Identifier(ref.schema, schema.LOOKUPS.name)))
            vocabularies = {row[0] for row in cursor.fetchall()}
            cursor.executemany(sql.SQL(
                "INSERT INTO {} (vocabulary, code, label, base_code, sort_order, active) "
                "VALUES (%s, %s, %s, %s, %s, true)").format(
                    _identifier_for_values(ref.schema, schema.LOOKUPS.name)),
                missing_lookup_rows(vocabularies, language))
            _write_styles(cursor, ref, styles)
            if "organisation_members" in _schema_tables(cursor, ref.schema):
                # roles are set up: the grants and policies of the new tables
                from .roles import script
                cursor.execute(script(ref))
            _set_info(cursor, ref, "schema_version", str(version))
            _set_info(cursor, ref, "upgraded_at",
                      datetime.now(timezone.utc).isoformat(timespec="seconds"))
            if plugin_version:
                _set_info(cursor, ref, "plugin_version", plugin_version)
        connection.commit()
    except BaseException as error:
        connection.rollback()
        if isinstance(error, _psycopg2().Error):
            raise explained(error, ref, translate(
                "Database", "{database} was not upgraded: {error}. Nothing was "
                "changed.")) from None
        raise
    finally:
        connection.close()
    return state.version, version, []
