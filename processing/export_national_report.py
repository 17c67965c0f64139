"""Processing algorithm: export the national report (APMBC and CCM Article 7
tables, national summary and charts) as a PDF."""

import datetime

from qgis.core import (QgsProcessingParameterDateTime, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QDate

from ..store.database import schema_version
from ..store.settings_store import effective_settings
from .algorithm import MineActionAlgorithm
from .database_choice import add_database_parameters, chosen_database
from .defaults import chosen_setting, current_settings
from .language import chosen_language, language_parameter


def _date(algorithm, parameters, name, context):
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return value.date().toPyDate() if value.isValid() else None


class ExportNationalReportAlgorithm(MineActionAlgorithm):
    NAME = "exportnationalreport"
    GROUP_ID = "reporting"
    # print layouts belong to the main thread
    MAIN_THREAD = True
    DATABASE, YEAR, AS_OF, LANGUAGE, AUTHORITY = (
        "DATABASE", "YEAR", "AS_OF", "LANGUAGE", "AUTHORITY")
    COMPLETION_DATE, TARGET_M2, OUTPUT = "COMPLETION_DATE", "TARGET_M2", "OUTPUT"

    def displayName(self):
        return self.tr("Export national report")

    def shortHelpString(self):
        return self.tr(
            "Prints the national mine action report of a reporting year as a PDF "
            "(A4 portrait): a national summary (hazardous areas remaining, SHA and "
            "CHA, land released by method, explosive ordnance found and destroyed), "
            "the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined "
            "areas remaining by region, number and m²; areas released in the year by "
            "cancellation, reduction and clearance) and their equivalent for cluster "
            "munition remnants under the Convention on Cluster Munitions, and charts: "
            "land released per year by method, remaining area by region and, when a "
            "completion date is given, progress against it.\n\n"
            "The figures are those of Land release statistics: every m² counted once, "
            "by the method that released it first. The reporting period is the "
            "calendar year, up to the as-of date (default: 31 December of the year, or "
            "today if that is earlier). The database is not modified.")

    def initAlgorithm(self, config=None):
        database = add_database_parameters(self, self.DATABASE)
        today = datetime.date.today()
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Reporting year"), QgsProcessingParameterNumber.Type.Integer,
            today.year - 1, minValue=1900, maxValue=2200))
        self.addParameter(QgsProcessingParameterDateTime(
            self.AS_OF, self.tr("As-of date of the remaining areas (default: the end of "
                                "the year)"),
            QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(language_parameter(
            self.LANGUAGE, self.tr("Language"), self.tr("The database's language")))
        settings = current_settings(database)
        self.addParameter(QgsProcessingParameterString(
            self.AUTHORITY, self.tr("Issuing authority"), settings.authority or None,
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.COMPLETION_DATE, self.tr("Completion target date (optional: the "
                                          "progress chart)"),
            QgsProcessingParameterDateTime.Type.Date,
            QDate.fromString(settings.completion_date, "yyyy-MM-dd")
            if settings.completion_date else None, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TARGET_M2, self.tr("Remaining area targeted at that date (m²)"),
            QgsProcessingParameterNumber.Type.Double, settings.completion_target_m2,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("National report PDF"), self.tr("PDF files (*.pdf)")))

    def compute(self, parameters, context, feedback):
        from ..layouts.national_report import NationalReport
        from ..layouts.national_report_data import read_report_data
        database = chosen_database(self, parameters, context, self.DATABASE)
        schema_version(database)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        as_of = _date(self, parameters, self.AS_OF, context) or min(
            datetime.date(year, 12, 31), datetime.date.today())
        authority = chosen_setting(
            self, parameters, self.AUTHORITY,
            self.parameterAsString(parameters, self.AUTHORITY, context) or None,
            "authority", database, lambda value: value or None)
        settings = effective_settings(database)
        completion = _date(self, parameters, self.COMPLETION_DATE, context)
        if parameters.get(self.COMPLETION_DATE) in (None, "") or \
                _date(self, {}, self.COMPLETION_DATE, context) == completion:
            # left empty or at the loaded database's: the chosen database's target
            completion = datetime.date.fromisoformat(settings.completion_date) \
                if settings.completion_date else completion
        target = chosen_setting(
            self, parameters, self.TARGET_M2,
            self.parameterAsDouble(parameters, self.TARGET_M2, context),
            "completion_target_m2", database)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.pushInfo(self.tr("Reading the statistics of {year} at {as_of}").format(
            year=year, as_of=as_of.isoformat()))
        data = read_report_data(database, year, as_of,
                                settings.sliver_tolerance_m2,
                                context.transformContext(),
                                progress=lambda f: feedback.setProgress(70.0 * f),
                                is_cancelled=feedback.isCanceled)
        report = NationalReport(
            database, data, chosen_language(self, parameters, self.LANGUAGE, context),
            authority, (completion, target) if completion else None)
        pages = report.export(output)
        feedback.pushInfo(self.tr("{pages} pages written").format(pages=pages))
        feedback.setProgress(100)
        return {self.OUTPUT: output}
