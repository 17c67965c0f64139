"""A save the database refused, told in the user's language.

The database's triggers and row-level security refuse a conflicting or a
forbidden save for any client, with a stable English text (docs/postgis.md)
that QGIS shows in its *Commit errors* message. For the layers of a mine
action database the plugin says the same on the message bar
(``ui.messages``), translated: the layer, the records refused (read from
what stays in the edit buffer) and what happened.
"""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer

from ..core import schema
from ..core.i18n import translate
from ..store import roles, row_versions
from ..store.sources import geopackage_table, postgres_table
from .messages import tell


def table_item(layer):
    """The data model's table of ``layer``, or None (not a database layer)."""
    located = postgres_table(layer) or geopackage_table(layer)
    return schema.BY_NAME.get(located[1]) if located else None


def refused_records(layer, item):
    """The names (``schema.record_key``) of the records whose changes stay
    in ``layer``'s edit buffer: after a refused save, the refused ones."""
    buffer = layer.editBuffer()
    if buffer is None:
        return []
    keys = schema.record_key(item)
    features = list(buffer.addedFeatures().values())
    fids = (set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())) \
        - set(buffer.addedFeatures())
    features += [layer.getFeature(fid) for fid in sorted(fids)]
    names = []
    for feature in features:
        values = [feature[key] if feature.fields().indexOf(key) >= 0 else None for key in keys]
        text = " / ".join(str(value) for value in values if value not in (None, ""))
        names.append(text or "#{}".format(feature.id()))
    return names


def refusal_message(layer, item, errors):
    """The translated message of a refused save of ``layer`` (its commit
    ``errors``), or None when the database refused nothing."""
    text = " ".join(" ".join(errors or ()).split())
    names = refused_records(layer, item)
    records = ", ".join(names) or translate("SaveRefusals", "its records")
    if row_versions.is_conflict(text):
        return translate(
            "SaveRefusals", "{layer}: {records} changed by another editor since you "
            "opened it. Nothing of your change to it was saved: your edits are still "
            "in the layer. Discard them (Roll Back), and make your change again on "
            "what is now stored.").format(layer=layer.name(), records=records)
    reason = roles.refusal(text, item.name)
    if reason is None:
        return None
    return translate("SaveRefusals", "{layer}: {records} not saved. {reason}").format(
        layer=layer.name(), records=records, reason=reason)


class SaveRefusals(QObject):
    """Watches the mine action layers of ``project`` and tells each refused
    save on ``iface``'s message bar after QGIS has tried it."""

    def __init__(self, iface, project=None):
        super().__init__()
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.watched = {}  # layer id -> (layer, slot), to disconnect at unload
        self.project.layersAdded.connect(self.watch)
        self.project.layersWillBeRemoved.connect(self.forget)
        self.watch(self.project.mapLayers().values())

    def watch(self, layers):
        for layer in layers:
            item = table_item(layer) if hasattr(layer, "editBuffer") else None
            if item is None or layer.id() in self.watched:
                continue

            def committing(*_args, layer=layer, item=item):
                QTimer.singleShot(0, lambda: self.check(layer, item))
            layer.beforeCommitChanges.connect(committing)
            self.watched[layer.id()] = (layer, committing)

    def forget(self, layer_ids):
        for layer_id in layer_ids:
            self.watched.pop(layer_id, None)

    def check(self, layer, item):
        """Tell the refusal of ``layer``'s last save, if it was refused;
        returns the message told (None when nothing was refused)."""
        try:
            if layer.id() not in self.watched or not layer.isEditable():
                return None
            message = refusal_message(layer, item, layer.commitErrors())
        except RuntimeError:  # the layer was deleted meanwhile
            return None
        if message:
            from qgis.core import Qgis
            tell(self.iface, translate("SaveRefusals", "Not saved"), message,
                 Qgis.MessageLevel.Critical)
        return message

    def unload(self):
        for signal, slot in ((self.project.layersAdded, self.watch),
                             (self.project.layersWillBeRemoved, self.forget)):
            signal.disconnect(slot)
        for layer, slot in self.watched.values():
            try:
                layer.beforeCommitChanges.disconnect(slot)
            except (RuntimeError, TypeError):  # deleted, or already disconnected
                pass
        self.watched = {}
