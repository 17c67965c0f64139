"""Records as an import reads them: a file's text encoding, rows QGIS skipped.

A CSV exported from a spreadsheet on Windows is often windows-1252, not
UTF-8; read as UTF-8 its accents become "?" marks and the names are lost. And
QGIS's delimited text reader leaves out rows whose coordinates it cannot
read. Both would import a silently different table, so the records layer is
checked here first, and re-opened with the right encoding when needed.
"""

import codecs
import os

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, QUrlQuery

from ..core.i18n import translate
from ..core.errors import MineActionError
from .sources import file_of

_TEXT_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
#: tried in order when no encoding is given: Excel's Western default, then Latin-1
_FALLBACKS = ("windows-1252", "ISO-8859-1")
#: what QGIS's delimited text reader is told about geometries (none in the check)
_GEOMETRY_KEYS = ("geomType", "wktField", "xField", "yField", "zField", "mField",
                  "spatialIndex")


def _query(layer):
    return QUrlQuery(QUrl(layer.source()))


def _current_encoding(layer):
    if layer.providerType() == "delimitedtext":
        return _query(layer).queryItemValue("encoding") or "UTF-8"
    return layer.dataProvider().encoding() or "UTF-8"


def _same(first, second):
    try:
        return codecs.lookup(first).name == codecs.lookup(second).name
    except LookupError:
        return False


def _decode_error(data, encoding):
    """None when ``data`` is ``encoding`` text, else (line, byte offset)."""
    try:
        data.decode(encoding)
        return None
    except UnicodeDecodeError as error:
        return data.count(b"\n", 0, error.start) + 1, error.start


def choose_encoding(path, encoding=None, feedback=None):
    """The encoding to read text file ``path`` in: ``encoding`` when given (an
    error if the file is not valid in it), else UTF-8, else the first fallback
    the file decodes in, with a warning naming it."""
    with open(path, "rb") as handle:
        data = handle.read()
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise MineActionError(translate(
                "Import", "'{encoding}' is not a text encoding name; use e.g. UTF-8, "
                "windows-1252 or ISO-8859-1.").format(encoding=encoding),
                field="ENCODING") from None
        problem = _decode_error(data, encoding)
        if problem:
            raise MineActionError(translate(
                "Import", "{path} is not {encoding} text (line {line}, byte {offset}): "
                "give the file's own encoding.").format(
                    path=path, encoding=encoding, line=problem[0], offset=problem[1]),
                field="ENCODING")
        return encoding
    problem = _decode_error(data, "utf-8")
    if problem is None:
        return "UTF-8"
    for fallback in _FALLBACKS:
        if _decode_error(data, fallback) is None:
            if feedback is not None:
                feedback.pushWarning(translate(
                    "Import", "{path} is not UTF-8 text (line {line}); it was read as "
                    "{encoding}. If accented letters look wrong, give the file's "
                    "encoding (ENCODING).").format(
                        path=path, line=problem[0], encoding=fallback))
            return fallback
    return "UTF-8"  # not reached: ISO-8859-1 decodes any bytes


def _reopened(layer, encoding):
    """A new layer on the same source read in ``encoding`` (the CRS kept)."""
    if layer.providerType() == "delimitedtext":
        url = QUrl(layer.source())
        query = _query(layer)
        query.removeAllQueryItems("encoding")
        query.addQueryItem("encoding", encoding)
        url.setQuery(query)
        copy = QgsVectorLayer(url.toString(), layer.name(), "delimitedtext")
    else:
        copy = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
        copy.setProviderEncoding(encoding)
    if layer.crs().isValid():
        copy.setCrs(layer.crs())
    return copy


def _check_skipped_rows(layer, path):
    """Refuse a delimited text layer that left rows out (unreadable coordinates)."""
    query = _query(layer)
    if query.queryItemValue("geomType").lower() in ("", "none"):
        return
    url = QUrl(layer.source())
    for key in _GEOMETRY_KEYS:
        query.removeAllQueryItems(key)
    query.addQueryItem("geomType", "none")
    url.setQuery(query)
    every_row = QgsVectorLayer(url.toString(), "rows", "delimitedtext")
    skipped = every_row.featureCount() - layer.featureCount()
    if every_row.isValid() and skipped > 0:
        raise MineActionError(translate(
            "Import", "{count} rows of {path} have coordinates QGIS could not read, and "
            "its delimited text reader left them out. Nothing was imported: correct "
            "them, or give the file path itself as the records so that the rows are "
            "named.").format(count=skipped, path=path))


def records_layer(layer, encoding=None, feedback=None):
    """The layer to import from: ``layer`` itself, or the same file re-opened
    in its real text encoding. ``encoding`` empty means: detect (UTF-8, else
    windows-1252 with a warning). Non-text sources (GeoPackage, memory) are
    returned as they are; a shapefile is re-opened only when told an
    encoding."""
    path = file_of(layer)
    if path is None or not os.path.isfile(path):
        return layer
    if not path.lower().endswith(_TEXT_SUFFIXES):
        if encoding and not _same(encoding, _current_encoding(layer)):
            return _reopened(layer, encoding)
        return layer
    chosen = choose_encoding(path, encoding, feedback)
    if not _same(chosen, _current_encoding(layer)):
        layer = _reopened(layer, chosen)
    if layer.providerType() == "delimitedtext":
        _check_skipped_rows(layer, path)
    return layer
