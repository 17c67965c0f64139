"""The national database's roles: administrator, editor, operator, viewer.

One readable SQL script (``store/sql/roles.sql``, docs/postgis.md) creates
four NOLOGIN group roles named after the schema, the grants, the
``organisation_members`` table that ties an operator's login to its
organisation, the review trigger and the row-level security policies of the
tables operators submit to. This module fills the script's placeholders with
quoted names (``psycopg2.sql``) and runs it, with the optional "add this
login to that group" part, in one transaction; running it again changes
nothing. It also turns the server's refusals into translated messages that
name the table and what was refused.
"""

import os
import re

from ..core import schema
from ..core.errors import InputError, OutputError
from ..core.i18n import translate
from . import postgis
from .database_state import check

SQL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sql", "roles.sql")
#: the line that starts the script's "add a login" part
MEMBER_MARKER = "-- @member"
#: the group roles, each named ``<schema>_<group>``
GROUPS = ("admin", "editor", "operator", "viewer")
OPERATOR = "operator"
#: PostgreSQL cuts longer names (NAMEDATALEN - 1 bytes)
MAX_NAME_BYTES = 63
#: data tables national editors write (lookups and schema_info: administrators)
NATIONAL_TABLES = tuple(item.name for item in schema.LAYERS
                        if item not in (schema.LOOKUPS, schema.SCHEMA_INFO))


def group_names(schema_name):
    """{group: role name} of a mine action schema: ``national_editor``, ..."""
    return {group: "{}_{}".format(schema_name, group) for group in GROUPS}


def _check_names(ref):
    longest = max(group_names(ref.schema).values(), key=lambda name: len(name.encode()))
    if len(longest.encode("utf-8")) > MAX_NAME_BYTES:
        raise InputError(translate(
            "Roles", "{database}: the role name {role} would be longer than PostgreSQL's "
            "{limit} bytes. Roles are named after the schema: use a schema with a "
            "shorter name.").format(database=ref.label(), role=longest,
                                    limit=MAX_NAME_BYTES), field="SCHEMA")


def script(ref, login=None, group=None, organisation=None):
    """The filled script (a ``psycopg2.sql.Composed``): the roles of ``ref``'s
    schema and, when ``login`` is given, its membership of ``group``."""
    from psycopg2 import sql  # with a PostGIS database only, as store.postgis
    with open(SQL_PATH, encoding="utf-8") as handle:
        text = handle.read()
    roles_part, member_part = text.split(MEMBER_MARKER, 1)
    names = group_names(ref.schema)
    values = dict(
        schema=sql.Identifier(ref.schema), schema_name=sql.Literal(ref.schema),
        reviewed=sql.Literal(list(schema.REVIEWED)),
        reviewed_keys=sql.Literal([",".join(schema.record_key(schema.BY_NAME[name]))
                                   for name in schema.REVIEWED]),
        national=sql.Literal(list(NATIONAL_TABLES)))
    for key, name in names.items():
        values[key] = sql.Identifier(name)
        values[key + "_name"] = sql.Literal(name)
    composed = sql.SQL(roles_part).format(**values)
    if login:
        composed += sql.SQL(MEMBER_MARKER + member_part).format(
            group=sql.Identifier(names[group]), login=sql.Identifier(login),
            login_name=sql.Literal(login), organisation=sql.Literal(organisation),
            schema=values["schema"])
    return composed


def _check_login(cursor, ref, login, group, organisation):
    if group not in GROUPS:
        raise InputError(translate("Roles", "Unknown group '{group}' (expected one of "
                                   "{groups}).").format(group=group, groups=", ".join(GROUPS)),
                         field="GROUP")
    cursor.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,))
    row = cursor.fetchone()
    if row is None or not row[0]:
        raise InputError(translate(
            "Roles", "{database}: there is no login role '{login}' on the server. Create it "
            "first (createuser --pwprompt {login}), then add it to a group.").format(
                database=ref.label(), login=login), field="LOGIN")
    if group == OPERATOR and not organisation:
        raise InputError(translate(
            "Roles", "The operator login '{login}' needs the organisation it submits for "
            "(as its records name it in their organisation field).").format(login=login),
            field="ORGANISATION")


def set_up(ref, login=None, group=None, organisation=None, feedback=None):
    """Create (or complete) the roles of the PostGIS database ``ref`` and, when
    ``login`` is given, add it to ``group`` (an operator with its
    ``organisation``), in one transaction. Returns the script as run (text)."""
    _check_names(ref)
    check(ref, writing=True)
    organisation = (organisation or "").strip() or None
    connection = postgis.connect(ref)
    try:
        with connection.cursor() as cursor:
            if login:
                _check_login(cursor, ref, login, group, organisation)
            composed = script(ref, login, group, organisation if group == OPERATOR else None)
            text = composed.as_string(connection)
            cursor.execute(composed)
            for notice in connection.notices:
                if feedback is not None and "WARNING" in notice:
                    feedback.pushWarning(notice.strip())
        connection.commit()
    except BaseException as error:
        connection.rollback()
        import psycopg2
        if isinstance(error, psycopg2.Error):
            raise OutputError(translate(
                "Roles", "{database}: the roles were not set up: {error}. Nothing was "
                "changed (run this as a superuser, or as a role with CREATEROLE that owns "
                "the schema).").format(database=ref.label(),
                                       error=refusal(str(error)) or " ".join(
                                           str(error).split())),
                field="CONNECTION") from None
        raise
    finally:
        connection.close()
    return text


# ------------------------------------------------------------ refusals
_DENIED = re.compile(r'permission denied for (?:table|relation|schema|sequence) "?([^"\s]+)"?')
_ROW_SECURITY = re.compile(r'violates row-level security policy(?: for table "([^"]+)")?')
_FOREIGN = re.compile(r"(\w+) (.*?): belongs to organisation (.*?), not to yours \((.*?)\)")
_APPROVED = re.compile(r"(\w+) (.*?): approved by the national centre")
_APPROVER = re.compile(r"(\w+) (.*?): only a national editor approves")


def refusal(text, table=None):
    """A translated message for a server's refusal of a change (a missing
    privilege, row-level security, the review trigger), naming the table and
    what was refused; None when ``text`` is no such refusal."""
    text = " ".join((text or "").split())
    match = _FOREIGN.search(text)
    if match:
        return translate(
            "Roles", "{table} {record}: it belongs to organisation {owner}, not to yours "
            "({own}). An operator changes only its own organisation's records; nothing "
            "was saved.").format(table=match.group(1), record=match.group(2),
                                 owner=match.group(3), own=match.group(4))
    match = _APPROVED.search(text)
    if match:
        return translate(
            "Roles", "{table} {record}: approved by the national centre, so an operator "
            "cannot delete it; nothing was saved.").format(
                table=match.group(1), record=match.group(2))
    match = _APPROVER.search(text)
    if match:
        return translate(
            "Roles", "{table} {record}: only a national editor approves or returns a "
            "record; nothing was saved.").format(table=match.group(1), record=match.group(2))
    match = _ROW_SECURITY.search(text)
    if match:
        return translate(
            "Roles", "{table}: the database refused the record: an operator adds and "
            "changes only records of its own organisation (the organisation its login is "
            "a member of), and they stay submitted until the national centre reviews "
            "them. Nothing was saved.").format(table=match.group(1) or table or "?")
    match = _DENIED.search(text)
    if match:
        return translate(
            "Roles", "{table}: your login may not make this change (the database refused "
            "it: permission denied). Ask the national administrator for the role you "
            "need; nothing was saved.").format(table=match.group(1))
    return None
