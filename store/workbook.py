"""Write a workbook of plain text sheets (XLSX) through GDAL's XLSX driver.

QGIS ships GDAL, so a field form needs no spreadsheet library at run time.
Every cell is written as text (XLSForm reads its columns as text) and the
header is the first row. Callers write into a ``core.files`` partial folder,
so a workbook appears whole or not at all.
"""

import os

from osgeo import gdal, ogr

from ..core.errors import OutputError
from ..core.i18n import translate


def _fail(path):
    raise OutputError(translate(
        "Outputs", "The workbook {path} cannot be written: {error}").format(
            path=path, error=gdal.GetLastErrorMsg() or "GDAL"))


def write_workbook(path, sheets):
    """Write ``sheets`` [(name, header, rows of cells)] to the XLSX ``path``."""
    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    if dataset is None:
        _fail(path)
    for name, header, rows in sheets:
        layer = dataset.CreateLayer(name, geom_type=ogr.wkbNone)
        if layer is None:
            _fail(path)
        for column in header:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        for cells in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for index, value in enumerate(cells):
                if value not in (None, ""):
                    feature.SetField(index, str(value))
            if layer.CreateFeature(feature) != 0:
                _fail(path)
    dataset = None  # the XLSX is written when the dataset closes
    if not os.path.isfile(path):
        _fail(path)
