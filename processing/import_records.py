"""Processing algorithm: import records into a table of a mine action database."""

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile)

from ..core import schema
from ..store.database import open_layer, schema_version
from ..store.features import read_records
from ..store.importer import import_records
from .algorithm import MineActionAlgorithm
from .defaults import loaded_database

#: the tables officers import records into (lookups and history are managed)
TABLES = [layer for layer in schema.LAYERS
          if layer.name not in ("lookups", "schema_info", "release_history")]


class ImportRecordsAlgorithm(MineActionAlgorithm):
    NAME = "importrecords"
    GROUP_ID = "database"
    INPUT, DATABASE, TABLE, GEOMETRIES, COUNT = (
        "INPUT", "DATABASE", "TABLE", "GEOMETRIES", "COUNT")

    def displayName(self):
        return self.tr("Import records into mine action database")


    def shortHelpString(self):
        return self.tr(
            "Adds the rows of a table or layer (CSV, spreadsheet, IMSMA export) "
            "to one table of a mine action database. Columns are matched by "
            "field name. Every row is checked first: codes against the "
            "database's lookup lists, dates, numbers, required fields and "
            "unique IDs. If any row is wrong, the error names the row and the "
            "field, and nothing is written.\n\n"
            "Rows without a geometry can take one from a second layer (for "
            "example hazard polygons computed from survey traverses), matched "
            "by the table's ID field. Areas are computed on the ellipsoid.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Records"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path))
        # table names as static values: stable in models and qgis_process
        table = QgsProcessingParameterEnum(
            self.TABLE, self.tr("Table"), [layer.name for layer in TABLES],
            defaultValue=TABLES[0].name)
        table.setUsesStaticStrings(True)
        self.addParameter(table)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GEOMETRIES, self.tr("Geometries for rows without one (matched by ID)"),
            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Rows imported")))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        table = schema.BY_NAME[self.parameterAsEnumString(parameters, self.TABLE, context)]
        schema_version(path)
        geometry_by_key = None
        geometries = self.parameterAsSource(parameters, self.GEOMETRIES, context)
        if geometries is not None and table.key_field:
            geometry_by_key = {
                attributes[table.key_field]: shape
                for _id, attributes, shape in read_records(
                    geometries, [table.key_field], context.transformContext())}
        target = open_layer(path, table.name)
        count = import_records(source, target, table.name,
                               open_layer(path, schema.LOOKUPS.name), geometry_by_key, feedback)
        feedback.pushInfo(self.tr("{count} rows imported into {table}").format(
            count=count, table=table.translated_title()))
        return {self.COUNT: count}
