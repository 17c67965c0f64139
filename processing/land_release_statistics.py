"""Processing algorithm: land release statistics per period and group
(tables as layers and an XLSX workbook; never modifies the database)."""

import datetime

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureSink, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterDateTime,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsWkbTypes)

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.land_release_stats import GROUPS, SPLITS
from ..store.database import schema_version
from .algorithm import MineActionAlgorithm
from .database_choice import add_connection_parameters, chosen_database
from .defaults import chosen_setting, current_settings, loaded_database

#: output parameter -> (table, layer name)
TABLE_OUTPUTS = {
    "RELEASED": ("released", QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                                "Land released")),
    "REMAINING": ("remaining", QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                                  "Remaining at period end")),
    "REMAINING_AS_OF": ("remaining_as_of", QT_TRANSLATE_NOOP(
        "LandReleaseStatisticsAlgorithm", "Remaining at the as-of date")),
    "EO": ("eo", QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                   "Explosive ordnance found and destroyed")),
    "CONSISTENCY": ("consistency", QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                                      "Consistency check")),
    "BENEFICIARIES": ("beneficiaries", QT_TRANSLATE_NOOP(
        "LandReleaseStatisticsAlgorithm", "Beneficiaries by sex, age and disability")),
    "TEAMS": ("team", QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                        "Team composition by sex")),
    "CASUALTIES": ("casualties", QT_TRANSLATE_NOOP(
        "LandReleaseStatisticsAlgorithm", "Casualties by sex and age group")),
}
GROUP_LABELS = {
    "region": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Region"),
    "district": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "District"),
    "organisation": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Organisation"),
    "contamination": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm",
                                       "Contamination type"),
    "hazard_class": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Hazard class"),
}
SPLIT_LABELS = {
    "year": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Year"),
    "quarter": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Quarter"),
    "month": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "Month"),
    "whole": QT_TRANSLATE_NOOP("LandReleaseStatisticsAlgorithm", "The whole period"),
}


def _date(algorithm, parameters, name, context):
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return value.date().toPyDate() if value.isValid() else None


class LandReleaseStatisticsAlgorithm(MineActionAlgorithm):
    NAME = "landreleasestatistics"
    GROUP_ID = "reporting"
    DATABASE, START, END, SPLIT, AS_OF, GROUP_BY, TOLERANCE, WORKBOOK = (
        "DATABASE", "START", "END", "SPLIT", "AS_OF", "GROUP_BY", "TOLERANCE", "WORKBOOK")

    def displayName(self):
        return self.tr("Land release statistics")

    def shortHelpString(self):
        return self.tr(
            "Tables of land release per reporting period and group, as national "
            "plans, donor reports and Article 7 reports need them: land cancelled, "
            "reduced with and without technical asset and cleared; remaining "
            "suspected (SHA) and confirmed (CHA) areas, number and m², at the end "
            "of each period and at the as-of date; explosive ordnance found and "
            "destroyed by category; and a consistency row per period (remaining at "
            "start - released + newly recorded + reclassified = remaining at "
            "end).\n\n"
            "Every m² is counted once, by the method that released it first: the "
            "figures come from the release history and, for activities not applied "
            "yet, from the land release engine (what Update mine action database "
            "would write). Released land is grouped by the organisation of the "
            "activity and the class it left; remaining land by the hazard's "
            "reporting organisation and class.\n\n"
            "Periods: from the start date (default: 1 January of the first "
            "record's year) to the end date (default: the as-of date, itself "
            "today by default), split by year, quarter or month. The tables are "
            "layers without geometry, and optionally one XLSX workbook with one "
            "sheet per table. The database is not modified.") + "\n\n" + self.tr(
            "People, from the approved records: beneficiaries of the land handed over "
            "(women, girls, boys, men; persons with disabilities, also counted in "
            "those four), the composition of the teams by sex, and the killed and "
            "injured of accidents by sex and age group. Each row gives the people "
            "counted, how many records gave the figure and how many did not record "
            "it: a figure not recorded is never read as zero.")

    def initAlgorithm(self, config=None):
        database = loaded_database()
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Mine action database"), extension="gpkg",
            defaultValue=database.path, optional=True))
        add_connection_parameters(self)
        for name, label in ((self.START, self.tr("Period start")),
                            (self.END, self.tr("Period end"))):
            self.addParameter(QgsProcessingParameterDateTime(
                name, label, QgsProcessingParameterDateTime.Type.Date, optional=True))
        split = QgsProcessingParameterEnum(
            self.SPLIT, self.tr("Split the period by"),
            [self.tr(SPLIT_LABELS[code]) for code in SPLITS], defaultValue=0)
        self.addParameter(split)
        self.addParameter(QgsProcessingParameterDateTime(
            self.AS_OF, self.tr("As-of date (default: today)"),
            QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.GROUP_BY, self.tr("Group by"),
            [self.tr(GROUP_LABELS[code]) for code in GROUPS], allowMultiple=True,
            optional=True, defaultValue=[]))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Smallest piece released (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            current_settings(database).sliver_tolerance_m2, minValue=0.0))
        for key, (_table, label) in TABLE_OUTPUTS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                key, self.tr(label), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.WORKBOOK, self.tr("Statistics workbook"),
            self.tr("Excel workbooks (*.xlsx)"), optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        from ..core import land_release_stats as stats
        from ..core.disaggregated_stats import people_statistics
        from ..core.land_release import LandReleaseCancelled
        from ..store import statistics_io
        database = chosen_database(self, parameters, context, self.DATABASE)
        schema_version(database)
        tolerance = chosen_setting(
            self, parameters, self.TOLERANCE,
            self.parameterAsDouble(parameters, self.TOLERANCE, context),
            "sliver_tolerance_m2", database)
        as_of = _date(self, parameters, self.AS_OF, context) or datetime.date.today()
        group_by = [GROUPS[i] for i in sorted(
            self.parameterAsEnums(parameters, self.GROUP_BY, context))]
        split = SPLITS[self.parameterAsEnum(parameters, self.SPLIT, context)]

        feedback.pushInfo(self.tr("Reading the database and replaying the activities "
                                  "not applied yet"))
        try:
            accounts, events, finds = statistics_io.read_statistics_inputs(
                database, tolerance, context.transformContext(),
                progress=lambda f: feedback.setProgress(80.0 * f),
                is_cancelled=feedback.isCanceled)
        except LandReleaseCancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        end = _date(self, parameters, self.END, context) or as_of
        start = _date(self, parameters, self.START, context)
        if start is None:
            days = [a.recorded for a in accounts if a.recorded != datetime.date.min]
            start = datetime.date(min(days).year if days else end.year, 1, 1)
        if end < start:
            raise QgsProcessingException(self.tr(
                "The period end ({end}) is before its start ({start}).").format(
                    end=end.isoformat(), start=start.isoformat()))
        period_list = stats.periods(start, end, split)
        tables = stats.land_release_statistics(
            accounts, events, finds, period_list, as_of, group_by, tolerance)
        tables.update(people_statistics(*statistics_io.read_people_inputs(database),
                                        period_list, group_by))

        outputs = {}
        for key, (table, _label) in TABLE_OUTPUTS.items():
            sink, dest = self.parameterAsSink(
                parameters, key, context, statistics_io.table_fields(table, group_by),
                QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            if not sink.addFeatures(statistics_io.table_features(table, tables[table],
                                                                 group_by),
                                    QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr(
                    "Cannot write the output {output}.").format(output=key))
            outputs[key] = dest
        workbook = self.parameterAsFileOutput(parameters, self.WORKBOOK, context)
        if workbook:
            statistics_io.write_workbook(workbook, tables, group_by,
                                         context.transformContext())
            outputs[self.WORKBOOK] = workbook
        worst = max((abs(row["difference_m2"]) for row in tables["consistency"]),
                    default=0.0)
        released = sum(row["released_m2"] for row in tables["released"])
        feedback.pushInfo(self.tr(
            "{periods} periods from {start} to {end}: {released:.1f} m² released; "
            "consistency rows balance within {worst:.3f} m²").format(
                periods=len({row["period"] for row in tables["consistency"]}),
                start=start.isoformat(), end=end.isoformat(), released=released,
                worst=worst))
        feedback.setProgress(100.0)
        return outputs
