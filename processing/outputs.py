"""An algorithm's outputs: never an input, written whole or not at all.

Two rules every Mine Action algorithm follows (the base class applies them):

* **No output clobbers an input.** An output that is, or is a layer inside,
  a file any input reads (the database, a survey CSV, a layer's GeoPackage) is
  refused before anything is written. QGIS replaces a whole GeoPackage when a
  sink names it, so ``OUTPUT=programme.gpkg`` would otherwise wipe a national
  database.
* **Outputs appear complete.** A sink or file destination that names a file
  is written under its own name in a hidden folder beside it
  (``core.files``) and moved into place once the algorithm has succeeded; a
  failure or cancellation removes it.
"""

import os

from qgis.core import (QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterVectorDestination, QgsProcessingUtils)

from ..core import files
from ..core.i18n import translate
from ..core.errors import MineActionError
from ..store import database_state
from ..store.sources import file_of

_FILE_OUTPUTS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                 QgsProcessingParameterRasterDestination,
                 QgsProcessingParameterFileDestination)


def _static(value):
    prop = getattr(value, "sink", None) or getattr(value, "source", None)
    if prop is not None and hasattr(prop, "staticValue"):
        return prop.staticValue()
    return value


def input_files(algorithm, parameters, context):
    """{real path: parameter description} of every file the inputs read."""
    found = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        values = parameters.get(definition.name())
        if not isinstance(values, (list, tuple)):
            values = [values]
        for value in values:
            value = _static(value)
            if isinstance(value, str) and value and os.sep not in value \
                    and context.project() is not None:
                value = QgsProcessingUtils.mapLayerFromString(
                    value, context, allowLoadingNewLayers=False) or value
            path = file_of(value)
            if path is not None and os.path.exists(path):
                found[path] = definition.description()
    return found


def _is_mine_action_database(path):
    try:
        database_state.probe(path)
    except database_state.DatabaseError as error:
        return error.reason not in ("foreign", "damaged", "missing", "folder",
                                    "unreadable")
    return True


def refuse_clobbering(algorithm, parameters, context):
    """Raise MineActionError when an output would write into an input's file
    or into any mine action database (inputs or not: a sink that names a
    GeoPackage replaces the whole file)."""
    inputs = input_files(algorithm, parameters, context)
    for definition in algorithm.destinationParameterDefinitions():
        if definition.name() in algorithm.DIRECT_OUTPUTS:
            continue  # the algorithm guards it itself (create database)
        value = _static(parameters.get(definition.name()))
        path = file_of(value)
        if path is None:
            continue
        if os.path.isfile(path) and _is_mine_action_database(path):
            raise MineActionError(translate(
                "Outputs", "The output '{output}' ({path}) is a mine action database: "
                "writing it would destroy the database. Choose another file for the "
                "output.").format(output=definition.description(), path=path),
                field=definition.name())
        if path in inputs:
            raise MineActionError(translate(
                "Outputs", "The output '{output}' ({path}) is the file the input "
                "'{input}' reads: writing it would destroy that data. Choose another "
                "file for the output.").format(
                    output=definition.description(), path=path, input=inputs[path]),
                field=definition.name())


class PendingOutputs:
    """The file outputs of one run, written in partial folders until commit."""

    def __init__(self, context):
        self.context = context
        self.entries = []  # (partial folder, final folder)

    def redirect(self, parameters, definition):
        """``parameters`` with ``definition``'s file destination moved into a
        partial folder (unchanged when it names no plain file)."""
        if not isinstance(definition, _FILE_OUTPUTS):
            return parameters
        value = parameters.get(definition.name())
        raw = _static(value)
        if not isinstance(raw, str) or file_of(raw) is None or "|" in raw \
                or raw.startswith(("ogr:", "file:")):
            return parameters
        final = os.path.abspath(os.path.expanduser(raw))
        try:
            partial = files.partial_folder(final)
        except OSError as error:  # a parent that is a file, no permission ...
            raise MineActionError(translate(
                "Outputs", "The output '{output}' ({path}) cannot be written: {error}. "
                "Choose another file or folder for the output.").format(
                    output=definition.description(), path=final,
                    error=error.strerror or error), field=definition.name()) from None
        self.entries.append((partial, os.path.dirname(final)))
        temporary = os.path.join(partial, os.path.basename(final))
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            moved = QgsProcessingOutputLayerDefinition(value)
            moved.sink.setStaticValue(temporary)
        else:
            moved = temporary
        changed = dict(parameters)
        changed[definition.name()] = moved
        return changed

    def final(self, text):
        """``text`` (a path, layer source or result) with partial folders
        replaced by the destinations."""
        if not isinstance(text, str):
            return text
        for partial, folder in self.entries:
            text = text.replace(partial, folder)
        return text

    def commit(self, results):
        """Move every output into place; returns ``results`` with final paths."""
        details = self.context.layersToLoadOnCompletion()
        for partial, folder in self.entries:
            if os.path.isdir(partial):
                files.commit(partial, folder)
        if details and self.entries:
            self.context.setLayersToLoadOnCompletion(
                {self.final(key): value for key, value in details.items()})
        final = {key: self.final(value) for key, value in (results or {}).items()}
        self.entries = []
        return final

    def discard(self):
        for partial, _folder in self.entries:
            files.discard(partial)
        self.entries = []
