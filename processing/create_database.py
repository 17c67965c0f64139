"""Processing algorithm: create an empty mine action database, a GeoPackage
or a schema on a PostgreSQL/PostGIS connection."""

from qgis.core import (QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterFileDestination)

from ..core.errors import InputError
from ..store.database import create_geopackage, create_postgis
from ..styles.project import load_database
from ..styles.symbology import apply_symbology
from .algorithm import MineActionAlgorithm
from .language import chosen_language, language_parameter
from .database_choice import add_connection_parameters, chosen_postgis
from .metadata import plugin_version


class CreateDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "createdatabase"
    GROUP_ID = "database"
    OUTPUT, CRS, OVERWRITE, OPEN, LANGUAGE = "OUTPUT", "CRS", "OVERWRITE", "OPEN", "LANGUAGE"
    # create_geopackage builds the file aside and moves it into place itself
    DIRECT_OUTPUTS = (OUTPUT,)

    def displayName(self):
        return self.tr("Create mine action database")


    def shortHelpString(self):
        return self.tr(
            "Creates a GeoPackage holding the mine action data model: hazardous "
            "areas, survey points, land release activities, explosive ordnance "
            "finds, tasks, site points, access routes, the release history and "
            "the programme's lookup lists. Each layer carries its attribute form "
            "and map style as its default style, so the file opens ready to edit "
            "in QGIS and QField, with or without this plugin.\n\n"
            "GICHD recommends storing WGS 84 (EPSG:4326); areas are always "
            "computed on the ellipsoid whatever the CRS.\n\n"
            "The lookup lists, forms and legends are written in the language chosen "
            "(by default the one QGIS runs in), which also becomes the language its "
            "task orders and overview are printed in (Settings › Options › Mine "
            "Action). A language with English prints both.\n\n"
            "For a national database shared by several editors, choose a PostgreSQL "
            "connection and a new (or empty) schema instead of a file: the same "
            "tables are created there in one transaction, with the styles in "
            "public.layer_styles and a row version that refuses conflicting saves.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Mine action database"),
            self.tr("GeoPackage (*.gpkg *.GPKG)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system"), "EPSG:4326",
            # optional: QGIS 3.22 refuses an omitted CRS despite the default
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OPEN, self.tr("Open the database in the current project"), True))
        self.addParameter(language_parameter(
            self.LANGUAGE, self.tr("Language of the database"),
            self.tr("The language QGIS runs in")))
        add_connection_parameters(self, self.tr("Schema (new or empty)"))

    def compute(self, parameters, context, feedback):
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        self._open = self.parameterAsBool(parameters, self.OPEN, context)
        language = chosen_language(self, parameters, self.LANGUAGE, context)
        ref = chosen_postgis(self, parameters, context)
        if ref is not None:
            create_postgis(ref, crs, plugin_version(), feedback, style=apply_symbology,
                           language=language)
            feedback.pushInfo(self.tr("Created {database}").format(database=ref.label()))
            self._path = ref
            return {self.OUTPUT: None}
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path:
            raise InputError(self.tr(
                "Give the GeoPackage file to create, or a PostgreSQL connection and "
                "a schema."), field=self.OUTPUT)
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        create_geopackage(path, crs, overwrite, plugin_version(), feedback,
                          style=apply_symbology, language=language)
        feedback.pushInfo(self.tr("Created {path}").format(path=path))
        self._path = path
        return {self.OUTPUT: path}

    def postProcessAlgorithm(self, context, feedback):
        # runs in the main thread: the only safe place to touch the project
        if getattr(self, "_open", False) and context.project() is not None:
            load_database(self._path, context.project())
        return {self.OUTPUT: None if getattr(self._path, "is_postgres", False) else self._path}
