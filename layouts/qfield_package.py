"""Package for QField: a field copy, its project and its task orders in one
folder (docs/qfield.md).

The GeoPackage is the field copy of ``store.field_copy`` (the same subset,
uuids and base that *Submit field copy* and *Import QField changes* use),
the project ``styles.qfield_project``, the task orders this module's
``TaskOrderExporter`` prints from the copy itself. Built in a hidden folder
(``store.qfield_package.staged``): the package appears whole or not at all,
and the national database is only read.
"""

import os

from ..core import schema
from ..core.errors import InputError, MineActionError
from ..core.i18n import translate
from ..store import field_copy, qfield_package
from ..store.database import open_layer
from ..store.features import python_value
from ..store.reference import reference
from ..styles.qfield_project import write_project
from . import layout_templates
from .task_order import TaskOrderExporter


class Cancelled(MineActionError):
    """The run was cancelled: nothing was written."""


def make_qfield_package(database, folder, region=None, task_id=None, plugin_version="",
                        feedback=None, style=None, overwrite=False,
                        paper=layout_templates.A4_PORTRAIT):
    """Write the QField package of ``database`` (a path or DatabaseRef) for
    one ``region`` or one task ``task_id`` into ``folder``; returns its
    description (``store.qfield_package``). An existing package is replaced
    only with ``overwrite``; any other existing content never."""
    ref = reference(database)
    region, task_id = (region or "").strip(), (task_id or "").strip()
    if bool(region) == bool(task_id):
        raise InputError(translate(
            "FieldCopy", "Give either a region or a task for the field copy, not both "
            "and not neither."), field="REGION")
    folder = os.path.abspath(folder)
    qfield_package.check_folder(folder, ref, overwrite)
    stem = qfield_package.package_name(region, task_id)
    with qfield_package.staged(folder) as work:
        gpkg = os.path.join(work, stem + ".gpkg")
        counts = field_copy.make_field_copy(ref, gpkg, region, task_id, plugin_version,
                                            feedback, style=style)
        _stop_if_cancelled(feedback)
        task_ids = [task_id] if task_id else sorted(
            python_value(f["task_id"]) for f in
            open_layer(gpkg, schema.TASKS.name).getFeatures() if python_value(f["task_id"]))
        with TaskOrderExporter(gpkg, paper) as exporter:
            orders = exporter.export(task_ids, os.path.join(work, qfield_package.TASK_ORDERS),
                                     feedback=feedback)
        del exporter  # its layers: the copy is checkpointed when none is open
        _stop_if_cancelled(feedback)
        write_project(gpkg, os.path.join(work, stem + ".qgz"), translate(
            "QFieldPackage", "Mine action field package: {name}").format(
                name=task_id or region))
        field_copy.checkpoint(gpkg)
        manifest = {
            "project": stem + ".qgz", "geopackage": stem + ".gpkg",
            "region": region or None, "task": task_id or None, "source": ref.label(),
            "task_orders": sorted(qfield_package.TASK_ORDERS + "/" + os.path.basename(path)
                                  for path in orders),
            "records": counts}
        qfield_package.write_manifest(work, manifest)
    return dict(manifest, folder=folder)


def _stop_if_cancelled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(translate("QFieldPackage", "Cancelled: no package was written."))
