"""Processing algorithm: import records into a table of a mine action database."""

from qgis.core import (QgsFeatureRequest, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterCrs, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterString)

from ..core import schema
from ..store.database import open_layer, schema_version
from ..store.features import read_records
from ..core.errors import MineActionError
from ..store.record_sources import records_layer
from ..store.sources import file_of
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import loaded_database
from .profile_choice import add_profile_parameters, chosen_profile

#: the tables officers import records into (lookups and history are managed)
TABLES = [layer for layer in schema.LAYERS
          if layer.name not in ("lookups", "schema_info", "release_history")]


class ImportRecordsAlgorithm(MineActionAlgorithm):
    NAME = "importrecords"
    GROUP_ID = "database"
    INPUT, DATABASE, TABLE, GEOMETRIES, SOURCE_CRS, ENCODING, COUNT = (
        "INPUT", "DATABASE", "TABLE", "GEOMETRIES", "SOURCE_CRS", "ENCODING", "COUNT")

    def displayName(self):
        return self.tr("Import records into mine action database")


    def shortHelpString(self):
        return self.tr(
            "Adds the rows of a table or layer (CSV, spreadsheet, IMSMA export) "
            "to one table of a mine action database. Columns are matched by "
            "field name. Every row is checked first, and if any row is wrong the "
            "error names the row (1 is the first row after the header) and the "
            "field, and nothing is written:\n"
            "- required columns and values: key fields, the fields the data model "
            "requires and those land release needs (hazards: hazard_id, "
            "hazard_class, status, date_of_information; activities: activity_id, "
            "activity_type, outcome, end_date) must be columns with a value in "
            "every row, even when forms would fill in a default. A column that is "
            "not a field is reported as a warning, with the field it resembles, "
            "and not imported;\n"
            "- codes against the database's lookup lists; numbers and dates; no "
            "date after tomorrow except planned dates (task start and due dates);\n"
            "- the data model's rules, as the forms apply them: depths, distances "
            "and areas not negative, an end date not before its start date, a "
            "bearing within its unit's circle (360°, 400 grads, 6400 or 6000 "
            "mils) ...;\n"
            "- IDs: a key (hazard_id, activity_id ...), a uuid or, for survey "
            "points, a hazard_id and point_no that is repeated or already in the "
            "table is refused. Re-importing rows is refused rather than skipped: "
            "an import run twice by mistake must not add duplicates, and a partial "
            "re-import would leave it unclear which rows were new;\n"
            "- geometries: readable, of the table's type, longitude/latitude once "
            "transformed to WGS 84 (the error says what the numbers look like, "
            "e.g. UTM metres in a lon/lat layer, or degrees in a projected one). Every table except survey points needs a geometry "
            "in every row. Records without a CRS (a CSV, a shapefile without .prj) "
            "are refused unless their CRS is given;\n"
            "- text encoding: a text file that is not UTF-8 is read as "
            "windows-1252 with a warning, unless its encoding is given.\n\n"
            "Rows without a geometry can take one from a second layer (for "
            "example hazard polygons computed from survey traverses), matched "
            "by the table's ID field. Areas are computed on the ellipsoid.") + "\n\n" + self.tr(
            "A field mapping profile (a JSON file, or one shipped with the plugin: "
            "IMSMA Core-style layers, an operator's shapefile) reads another system's "
            "layer: its field names, its codes and its CRS become ours, and its own ID "
            "is kept in external_id (docs/field-mapping.md).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Records"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=loaded_database().path, optional=True))
        add_connection_parameters(self, loaded=loaded_database())
        # table names as static values: stable in models and qgis_process
        table = QgsProcessingParameterEnum(
            self.TABLE, self.tr("Table"), [layer.name for layer in TABLES],
            defaultValue=TABLES[0].name)
        table.setUsesStaticStrings(True)
        self.addParameter(table)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GEOMETRIES, self.tr("Geometries for rows without one (matched by ID)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of the records when the layer has none"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Text encoding of a CSV file (empty: UTF-8, or "
                                   "windows-1252 with a warning)"),
            defaultValue="", optional=True))
        add_profile_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Rows imported")))

    def compute(self, parameters, context, feedback):
        from ..store.importer import import_records
        # the import checks every geometry itself and names the row; QGIS's own
        # check would stop at the first invalid one with a message of its own
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        path = chosen_database(self, parameters, context, self.DATABASE)
        table = schema.BY_NAME[self.parameterAsEnumString(parameters, self.TABLE, context)]
        source_crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        encoding = (self.parameterAsString(parameters, self.ENCODING, context) or "").strip()
        schema_version(path, writing=True)
        records = records_layer(layer, encoding, feedback) if layer is not None else None
        if records is not None and records is not layer:
            source = records
        name = file_of(layer) or source.sourceName()
        if source.sourceCrs().isValid() and source_crs.isValid() and \
                source.sourceCrs() != source_crs:
            feedback.pushWarning(self.tr(
                "The records have their own CRS, {crs}; the CRS given for records "
                "without one was not used. Change the layer's CRS if it is wrong.").format(
                    crs=source.sourceCrs().authid()))
        geometry_by_key = None
        geometries = self.parameterAsSource(parameters, self.GEOMETRIES, context)
        if geometries is not None and table.key_field:
            if not geometries.sourceCrs().isValid():
                raise MineActionError(self.tr(
                    "The layer of geometries {layer} has no CRS, so its positions are "
                    "unknown: set its CRS and import again.").format(
                        layer=geometries.sourceName()), field=self.GEOMETRIES)
            geometry_by_key = {
                attributes[table.key_field]: shape
                for _id, attributes, shape in read_records(
                    geometries, [table.key_field], context.transformContext())}
        target = open_layer(path, table.name)
        lookups = open_layer(path, schema.LOOKUPS.name)
        profile = chosen_profile(self, parameters, context)
        if profile is not None:
            from ..store.mapped_records import import_mapped
            count = import_mapped(source, target, lookups, profile.table(table.name), profile,
                                  name, feedback, geometry_by_key)
        else:
            count = import_records(source, target, table.name, lookups, geometry_by_key,
                                   feedback, source_crs=source_crs, source_name=name)
        feedback.pushInfo(self.tr("{count} rows imported into {table}").format(
            count=count, table=table.translated_title()))
        return {self.COUNT: count}
