"""Processing algorithm: export records through a field mapping profile,
back into the shape of the system they came from."""

from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink)

from ..core import schema
from ..store.database import open_layer, schema_version
from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database
from .profile_choice import add_profile_parameters, chosen_profile

#: the tables that keep an external ID (and so can go back to their source)
TABLES = [layer.name for layer in schema.LAYERS if "external_id" in layer.field_names()]


class ExportRecordsAlgorithm(MineActionAlgorithm):
    NAME = "exportrecords"
    GROUP_ID = "database"
    DATABASE, TABLE, OUTPUT, COUNT = "DATABASE", "TABLE", "OUTPUT", "COUNT"

    def displayName(self):
        return self.tr("Export records through a field mapping profile")

    def shortHelpString(self):
        return self.tr(
            "Writes the records of one table (hazards, land release activities or EO "
            "finds) in the shape of another system, as a field mapping profile "
            "describes it: the source's field names, its codes for ours, its CRS, and "
            "each record's external ID in the source's ID field (e.g. IMSMA Core's "
            "imsma_id), so that records imported through the profile go back with "
            "their identity. A code with no source code is named and nothing is "
            "written. A shapefile output keeps field names of at most 10 characters: "
            "a profile with longer names is refused rather than truncated "
            "(docs/field-mapping.md).")

    def initAlgorithm(self, config=None):
        add_database_parameters(self, self.DATABASE)
        table = QgsProcessingParameterEnum(self.TABLE, self.tr("Table"), TABLES,
                                           defaultValue=TABLES[0])
        table.setUsesStaticStrings(True)
        self.addParameter(table)
        add_profile_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Exported records"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Records exported")))

    def compute(self, parameters, context, feedback):
        from ..store.mapped_records import export_features, export_fields, profile_crs
        database = chosen_database(self, parameters, context, self.DATABASE)
        schema_version(database)
        table = self.parameterAsEnumString(parameters, self.TABLE, context)
        profile = chosen_profile(self, parameters, context, required=True)
        mapping = profile.table(table)
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context) or ""
        fields = export_fields(mapping, shapefile=destination.lower().endswith(".shp"))
        # every record is mapped before the output exists: all of it or nothing
        features = export_features(open_layer(database, table), mapping, profile, fields,
                                   feedback, context.transformContext())
        if feedback.isCanceled():
            return {}
        from ..store.fields import wkb_type
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          wkb_type(schema.BY_NAME[table]), profile_crs(profile))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.tr("The records could not be written: {error}").format(
                error=sink.lastError()))
        feedback.pushInfo(self.tr("{count} records of {table} exported through profile "
                                  "{profile}").format(count=len(features), table=table,
                                                      profile=profile.name))
        return {self.OUTPUT: dest, self.COUNT: len(features)}
