"""Export field task orders as PDF (and PNG) through a print layout atlas.

One layout (``layouts/task_order_<paper>.qpt``) is loaded once; its atlas
walks a coverage layer of the chosen tasks and, at each feature, the layout is
filled for that task (``layouts.layout_fill``). QGIS's own exporter then writes
one PDF per task, or one combined PDF with a page (or more) per task, and
optionally a PNG per task. Progress follows the atlas; cancelling stops at the
next page.

Rendering uses QObjects and layers owned by the calling thread: call this
from the main thread (the Processing algorithm sets FlagNoThreading).
"""

import contextlib
import os
import shutil
import tempfile

from osgeo import gdal
from qgis.core import (Qgis, QgsFeedback, QgsLayoutExporter,
                       QgsProject, QgsVectorLayer)

from ..core import schema
from ..core.i18n import translate
from ..core.errors import InputError, MineActionError, OutputError
from . import layout_templates as templates
from ..core.task_order_data import TABLES as DATA_TABLES, ProgrammeData
from ..store import languages
from ..store.database import open_layer
from ..store.settings_store import effective_settings, task_order_language
from ..store.features import new_feature, read_records
from .layout_direction import mirror_for_right_to_left
from .layout_fill import TaskOrderMaps, fill_task_order
from ..store.fields import qgs_field

@contextlib.contextmanager
def quiet_gdal():
    """Silence GDAL's console messages during an image export: QGIS tries to
    georeference every exported image in place, which PNG cannot take
    ("ERROR 6 ... does not support update access"); the export's own result
    still says whether it worked."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def pdf_settings(dpi):
    """How every task order and overview PDF is written: vectors kept whole and
    unsimplified, text as text (searchable, and checkable by tests)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # text stays text
    settings.simplifyGeometries = False
    settings.exportMetadata = True
    return settings


def file_stem(task_id):
    return "task_order_" + "".join(c if c.isalnum() or c in "-_" else "_" for c in task_id)


class TaskOrderExporter:
    """Task orders of one database on one paper size."""

    def __init__(self, database_path, paper=templates.A4_PORTRAIT, project=None,
                 manual_declination=None, language=None):
        if paper not in templates.PAPERS:
            raise InputError(translate(
                "TaskOrder", "Unknown paper size '{paper}' (expected one of {papers}).").format(
                    paper=paper, papers=", ".join(templates.PAPERS)), field="paper")
        self.path = database_path
        self.paper = paper
        self.project = project or QgsProject()
        self.manual_declination = manual_declination
        self.data = ProgrammeData({
            table: [(attributes, shape) for _fid, attributes, shape
                    in read_records(open_layer(database_path, table))]
            for table in DATA_TABLES})
        #: the language setting the pages are printed in (store.languages):
        #: the database's, else the language QGIS runs in
        self.language = language or task_order_language(effective_settings(database_path))
        with languages.speaking(self.language):
            self.maps = TaskOrderMaps(database_path, self.project)
        self.layout = templates.load_template(self.project, paper)
        if languages.is_right_to_left(self.language):
            mirror_for_right_to_left(self.layout, templates.TASK_ORDER_FRAMES[paper],
                                     templates.PAGE_SIZES[paper][0])
        self._work = tempfile.TemporaryDirectory(prefix="mam-task-orders-")
        self.drawn = {}  # task_id -> what fill_task_order reported
        self._orders = {}  # task_id -> TaskOrder, checked before any page is drawn

    def close(self):
        """Remove the temporary declination diagrams."""
        self._work.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def check(self, task_id):
        """The task's ``TaskOrder``; a problem raises an error naming the task and field."""
        if task_id not in self.data.tasks:
            raise InputError(translate(
                "TaskOrder", "Task {task} is not in the tasks table.").format(task=task_id),
                feature=task_id, field="task_id")
        try:
            with languages.speaking(self.language):
                self._orders[task_id] = self.data.task_order(task_id, self.manual_declination)
        except MineActionError:
            # the same check again, so the message is in the user's language
            self._orders.pop(task_id, None)
            self._explain(task_id)
            raise
        return self._orders[task_id]

    def _explain(self, task_id):
        try:
            self.data.task_order(task_id, self.manual_declination)
        except MineActionError as error:
            if error.feature == task_id:
                raise
            raise MineActionError(translate("TaskOrder", "Task {task}: {problem}").format(
                task=task_id, problem=error), feature=task_id, field=error.field) from None

    def fill(self, task_id):
        """Fill the layout for ``task_id``; returns fill_task_order's report."""
        order = self._orders.get(task_id) or self.check(task_id)
        with languages.speaking(self.language):
            report = fill_task_order(self.layout, self.maps, order, self._work.name)
        self.drawn[task_id] = dict(report, order=order)
        return self.drawn[task_id]

    def _coverage(self, task_ids):
        layer = QgsVectorLayer("None", "tasks", "memory")
        layer.dataProvider().addAttributes([qgs_field("task_id", schema.STRING),
                                            qgs_field("sequence", schema.INTEGER)])
        layer.updateFields()
        layer.dataProvider().addFeatures([
            new_feature(layer.fields(), {"task_id": task_id, "sequence": number})
            for number, task_id in enumerate(task_ids)])
        return layer

    def export(self, task_ids, folder, combined=False, png=False, feedback=None, dpi=300,
               png_dpi=150):
        """Write the task orders of ``task_ids`` into ``folder``; returns the
        list of files written. ``combined``: one PDF for all tasks instead of
        one per task. Every task is checked before a page is drawn, and the
        files are written in a temporary folder inside ``folder``, moved into
        place only when all are complete: a failure or a cancel writes none."""
        task_ids = list(task_ids)
        for task_id in task_ids:
            self.check(task_id)
        if not task_ids:
            return []
        os.makedirs(folder, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".task-orders-", dir=folder)
        try:
            written = self._export(task_ids, staging, combined, png, feedback, dpi, png_dpi)
            if feedback is not None and feedback.isCanceled():
                return []
            placed = []
            for path in written:
                target = os.path.join(folder, os.path.basename(path))
                os.replace(path, target)
                placed.append(target)
            return placed
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _export(self, task_ids, folder, combined, png, feedback, dpi, png_dpi):
        """One atlas export into ``folder`` (the staging folder); the files written."""
        feedback = feedback or QgsFeedback()
        coverage = self._coverage(task_ids)
        atlas = self.layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"sequence"')
        atlas.setFilenameExpression(
            "'task_order_' || regexp_replace(\"task_id\", '[^A-Za-z0-9_-]', '_')")
        atlas.setEnabled(True)
        runs = (2 if png else 1) * len(task_ids)
        state = {"done": 0, "error": None}

        def on_feature(_feature):
            number = atlas.currentFeatureNumber()
            if not 0 <= number < len(task_ids):
                return
            try:
                # features are sorted by "sequence": feature number n is task_ids[n]
                self.fill(task_ids[number])
            except Exception as error:  # noqa: BLE001 - a Qt slot must not raise; re-raised below
                state["error"] = error
                feedback.cancel()
            state["done"] += 1
            feedback.setProgress(100.0 * (state["done"] - 1) / runs)

        atlas.featureChanged.connect(on_feature)
        written = []
        try:
            pdf = pdf_settings(dpi)
            if combined:
                target = os.path.join(folder, "task_orders.pdf")
                result, error = QgsLayoutExporter.exportToPdf(atlas, target, pdf, feedback)
                self._check(result, error, state, feedback)
                written.append(target)
            else:
                result, error = QgsLayoutExporter.exportToPdfs(
                    atlas, os.path.join(folder, "task_order.pdf"), pdf, feedback)
                self._check(result, error, state, feedback)
                written += [os.path.join(folder, file_stem(task_id) + ".pdf")
                            for task_id in task_ids]
            if png:
                image = QgsLayoutExporter.ImageExportSettings()
                image.dpi = png_dpi
                with quiet_gdal():
                    result, error = QgsLayoutExporter.exportToImage(
                        atlas, os.path.join(folder, "task_order.png"), "png", image, feedback)
                self._check(result, error, state, feedback)
                written += [os.path.join(folder, file_stem(task_id) + ".png")
                            for task_id in task_ids]
        finally:
            atlas.featureChanged.disconnect(on_feature)
            atlas.setEnabled(False)
        feedback.setProgress(100.0)
        return [path for path in written if os.path.exists(path)]

    @staticmethod
    def _check(result, error, state, feedback):
        if state["error"] is not None:
            raise state["error"]
        if feedback.isCanceled():
            return
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OutputError(translate(
                "TaskOrder", "The task order could not be written: {error}").format(
                    error=error or result))

    def export_one(self, task_id, path, dpi=300):
        """One task order as one PDF at ``path`` (no atlas)."""
        self.fill(task_id)
        result = QgsLayoutExporter(self.layout).exportToPdf(path, pdf_settings(dpi))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OutputError(translate(
                "TaskOrder", "The task order could not be written: {error}").format(error=result))
        return path


def export_task_orders(database_path, task_ids, folder, paper=templates.A4_PORTRAIT,
                       combined=False, png=False, feedback=None):
    """Convenience wrapper: export and return the files written."""
    with TaskOrderExporter(database_path, paper) as exporter:
        return exporter.export(task_ids, folder, combined, png, feedback)
