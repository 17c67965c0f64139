"""What state a mine action GeoPackage is in, told apart before it is used.

OGR answers every problem with "Table 'schema_info' cannot be read" or "does
not support transactions". A user needs to know which of these it is, and
what to do: the file is missing, is a folder, is damaged, is a GeoPackage but
not a mine action database, was made by an older plugin (upgrade it) or a
newer one (update the plugin; opened read-only), or is locked by another
program. The file is probed read-only with SQLite itself (a GeoPackage is an
SQLite database), so the probe never changes it.
"""

import os
import sqlite3
from dataclasses import dataclass
from urllib.parse import quote

from ..core import schema
from ..core import errors
from ..core.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
#: how long a writer waits for another program's lock before giving up
LOCK_TIMEOUT_S = 2.0


class DatabaseError(errors.DatabaseError):
    """A database that cannot be used as asked; ``reason`` says why."""

    def __init__(self, message, reason, path=None):
        super().__init__(message, feature=path)
        self.reason = reason
        self.path = path


@dataclass
class DatabaseState:
    path: str
    version: int

    @property
    def newer(self):
        return self.version > schema.SCHEMA_VERSION

    @property
    def older(self):
        return self.version < schema.SCHEMA_VERSION


def read_only(path, timeout=0.5):
    """A read-only SQLite connection to ``path`` (never creates the file)."""
    uri = "file:{}?mode=ro".format(quote(os.path.abspath(path)))
    return sqlite3.connect(uri, uri=True, timeout=timeout)


def _damaged(path, detail):
    return DatabaseError(translate(
        "Database", "{path} is damaged or is not a GeoPackage ({detail}). Restore it "
        "from a backup copy.").format(path=path, detail=detail), "damaged", path)


def label(database):
    """How messages name a database: its path, or its connection and schema."""
    return database.label() if hasattr(database, "label") else database


def probe(path):
    """The ``DatabaseState`` of the GeoPackage at ``path`` or of a PostGIS
    ``DatabaseRef`` (``store.postgis``), or DatabaseError."""
    if getattr(path, "is_postgres", False):
        from . import postgis
        return postgis.probe(path)
    if hasattr(path, "path"):  # the DatabaseRef of a GeoPackage
        path = path.path
    if not path:
        raise DatabaseError(translate("Database", "No mine action database was given."),
                            "missing")
    if os.path.isdir(path):
        raise DatabaseError(translate(
            "Database", "{path} is a folder, not a mine action database (a .gpkg "
            "file).").format(path=path), "folder", path)
    if not os.path.exists(path):
        raise DatabaseError(translate(
            "Database", "{path} does not exist.").format(path=path), "missing", path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(translate(
            "Database", "{path} cannot be read: {error}.").format(
                path=path, error=error.strerror), "unreadable", path) from None
    if header != SQLITE_HEADER:
        raise _damaged(path, translate("Database", "it does not start as an SQLite file"))
    try:
        connection = read_only(path)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from None
    try:
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            if "locked" in str(error):
                raise _locked(path) from None
            raise _damaged(path, str(error)) from None
        if schema.SCHEMA_INFO.name not in tables:
            raise DatabaseError(translate(
                "Database", "{path} is a GeoPackage but not a mine action database "
                "(it has no schema_info table). Create one with 'Create mine action "
                "database' and import these records into it.").format(path=path),
                "foreign", path)
        try:
            row = connection.execute(
                "SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as error:
            raise _damaged(path, str(error)) from None
    finally:
        connection.close()
    if row is None:
        raise DatabaseError(translate(
            "Database", "{path} is not a mine action database (no schema version).").format(
                path=path), "foreign", path)
    try:
        version = int(str(row[0]).strip())
    except (TypeError, ValueError):
        raise DatabaseError(translate(
            "Database", "The schema version of {path} is '{value}', not a number: the "
            "file was damaged or edited by hand. Restore it from a backup copy.").format(
                path=path, value=row[0]), "damaged", path) from None
    return DatabaseState(path, version)


def _locked(path):
    return DatabaseError(translate(
        "Database", "{path} is locked by another program (a QGIS session with unsaved "
        "edits, a database browser, a synchronisation tool). Save or close it there "
        "and run again; nothing was written.").format(path=path), "locked", path)


def require_writable(path):
    """Raise DatabaseError when another program holds a lock on ``path``."""
    try:
        connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from None
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise _locked(path) from None
        if "readonly" in str(error) or "read-only" in str(error):
            raise DatabaseError(translate(
                "Database", "{path} is read-only: you may not write to it. Ask for "
                "write permission or work on a copy.").format(path=path),
                "readonly", path) from None
        raise
    finally:
        connection.close()


def require_privileges(database, needs):
    """Before writing to PostGIS: the login role must hold every privilege
    of ``needs`` ({table: ("INSERT", "UPDATE")}), else DatabaseError naming
    what is missing. (A GeoPackage's permission is its file's, told by
    ``check(..., writing=True)``.)"""
    if getattr(database, "is_postgres", False):
        from . import postgis
        postgis.require_privileges(database, needs)


def open_notice(state, button=False):
    """What a user must be told when a database opens read-only, or None;
    ``button``: the message bar offers the upgrade itself."""
    name = label(state.path) if hasattr(state.path, "label") \
        else os.path.basename(state.path)
    if state.newer:
        return translate(
            "Database", "{path} was made by a newer version of Mine Action Mapper "
            "(schema {version}): it is opened read-only. Update the plugin to edit "
            "it.").format(path=name, version=state.version)
    if state.older and button:
        return translate(
            "Database", "{path} is from an older version of the plugin (schema {version}): "
            "read-only until you upgrade it. Every record is kept.").format(
                path=name, version=state.version)
    if state.older:
        return translate(
            "Database", "{path} was made by an older version of Mine Action Mapper "
            "(schema {version}): it is opened read-only. Run 'Upgrade mine action "
            "database' to edit it; every record is kept.").format(
                path=name, version=state.version)
    return None


def check(path, writing=False):
    """The state of ``path`` for an algorithm that reads it (``writing``
    False) or writes it: an older database must be upgraded first and a newer
    one is never written."""
    state = probe(path)
    if state.newer:
        raise DatabaseError(translate(
            "Database", "{path} was made by a newer version of Mine Action Mapper "
            "(schema {version}; this plugin knows schema {known} and older). Update "
            "the plugin to use it.").format(
                path=label(path), version=state.version, known=schema.SCHEMA_VERSION),
            "newer", path)
    if state.older:
        raise DatabaseError(translate(
            "Database", "{path} was made by an older version of Mine Action Mapper "
            "(schema {version}). Run 'Upgrade mine action database' on it first; it "
            "keeps every record.").format(path=label(path), version=state.version),
            "older", path)
    if writing and not getattr(path, "is_postgres", False):
        require_writable(getattr(path, "path", path))
    return state
