"""QField packages on disk: the folder, its description, and finding its
field copy again.

A package (``layouts.qfield_package`` writes it) is a folder holding
``<name>.gpkg`` (a field copy, ``store.field_copy``), ``<name>.qgz`` (the
project around it, ``styles.qfield_project``), ``task_orders/`` and
``mine_action_package.json`` (what it holds; *Import QField changes* finds
the GeoPackage through it). The folder is built beside its destination and
moved into place only when complete, so it appears whole or not at all.
"""

import contextlib
import json
import os
import shutil

from ..core import files
from ..core.errors import InputError, OutputError
from ..core.i18n import translate

#: the version of the package's description; a plugin refuses a newer one
FORMAT_VERSION = 1
MANIFEST = "mine_action_package.json"
TASK_ORDERS = "task_orders"


def package_name(region=None, task_id=None):
    """The file stem of a package's project and GeoPackage."""
    text = (task_id or region or "field").strip()
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


def is_package(folder):
    return os.path.isfile(os.path.join(folder, MANIFEST))


def check_folder(folder, ref, overwrite):
    """OutputError unless ``folder`` may receive a package: new, empty, or
    (with ``overwrite``) a package already; never the database's own folder."""
    if ref.path and os.path.abspath(ref.path).startswith(os.path.abspath(folder) + os.sep):
        raise OutputError(translate(
            "QFieldPackage", "The package folder {folder} holds the database it is made "
            "from. Choose another folder.").format(folder=folder), field="OUTPUT")
    if not os.path.exists(folder) or (os.path.isdir(folder) and not os.listdir(folder)):
        return
    if not os.path.isdir(folder) or not is_package(folder):
        raise OutputError(translate(
            "QFieldPackage", "{folder} exists and is not a QField package: it is never "
            "replaced. Choose a new or empty folder.").format(folder=folder), field="OUTPUT")
    if not overwrite:
        raise OutputError(translate(
            "QFieldPackage", "{folder} already holds a QField package. Choose another "
            "folder or allow overwriting.").format(folder=folder), field="OUTPUT")


@contextlib.contextmanager
def staged(folder):
    """Yield a new folder to build the package in; on success it replaces
    ``folder`` (an old package there is moved aside, then removed). A
    failure, a cancel (the caller raises) or a kill never touches ``folder``."""
    folder = os.path.abspath(folder)
    partial = files.partial_folder(folder)
    try:
        work = os.path.join(partial, "package")
        os.makedirs(work)
        yield work
        if os.path.exists(folder):
            os.replace(folder, os.path.join(partial, "old"))
        os.replace(work, folder)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def write_manifest(work, manifest):
    with open(os.path.join(work, MANIFEST), "w", encoding="utf-8") as stream:
        json.dump(dict(manifest, format=FORMAT_VERSION), stream, indent=1, sort_keys=True)


def read_manifest(path):
    """The description (a dict) of the package at ``path`` (its folder, its
    project or any file in it); InputError naming the path when it is none."""
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    manifest = os.path.join(folder, MANIFEST)
    if not os.path.isfile(manifest):
        raise InputError(translate(
            "QFieldPackage", "{path} is not a QField package written by 'Package for "
            "QField' (it has no {manifest}). Give the package's folder, its project or "
            "its GeoPackage.").format(path=path, manifest=MANIFEST), field="PACKAGE")
    try:
        with open(manifest, encoding="utf-8") as stream:
            content = json.load(stream)
        version = int(content["format"])
        str(content["geopackage"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(translate(
            "QFieldPackage", "The package description {manifest} cannot be read: "
            "{error}").format(manifest=manifest, error=error), field="PACKAGE") from None
    if version > FORMAT_VERSION:
        raise InputError(translate(
            "QFieldPackage", "{path} was made by a newer version of Mine Action Mapper "
            "(package format {version}; this plugin knows {known}). Update the plugin "
            "to import it.").format(path=path, version=version, known=FORMAT_VERSION),
            field="PACKAGE")
    return dict(content, folder=folder)


def package_geopackage(path):
    """The field copy of the package at ``path``: a GeoPackage given as it
    is, else the one the package's description names."""
    if os.path.isfile(path) and path.lower().endswith(".gpkg"):
        return path
    manifest = read_manifest(path)
    name = os.path.basename(str(manifest["geopackage"]))
    gpkg = os.path.join(manifest["folder"], name)
    if not os.path.isfile(gpkg):
        raise InputError(translate(
            "QFieldPackage", "The package {path} has lost its GeoPackage {name}: copy "
            "the whole package folder back from the device.").format(
                path=manifest["folder"], name=name), field="PACKAGE")
    return gpkg
