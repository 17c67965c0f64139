"""The list of algorithms the provider offers (one line per algorithm)."""


def algorithm_classes():
    from .apply_styles import ApplyStylesAlgorithm
    from .check_database import CheckDatabaseAlgorithm
    from .create_database import CreateDatabaseAlgorithm
    from .export_field_forms import ExportFieldFormsAlgorithm
    from .export_overview import ExportOverviewAlgorithm
    from .export_national_report import ExportNationalReportAlgorithm
    from .export_records import ExportRecordsAlgorithm
    from .export_task_orders import ExportTaskOrdersAlgorithm
    from .import_field_submissions import ImportFieldSubmissionsAlgorithm
    from .import_records import ImportRecordsAlgorithm
    from .make_field_copy import MakeFieldCopyAlgorithm
    from .submit_field_copy import SubmitFieldCopyAlgorithm
    from .package_for_qfield import PackageForQFieldAlgorithm
    from .import_qfield_changes import ImportQFieldChangesAlgorithm
    from .declination_at_points import DeclinationAtPointsAlgorithm
    from .hazard_polygons_from_survey import HazardPolygonsFromSurveyAlgorithm
    from .survey_table_from_polygons import SurveyTableFromPolygonsAlgorithm
    from .open_database import OpenDatabaseAlgorithm
    from .repair_geometries import RepairGeometriesAlgorithm
    from .compute_land_release import ComputeLandReleaseAlgorithm
    from .setup_roles import SetUpRolesAlgorithm
    from .update_database import UpdateDatabaseAlgorithm
    from .land_release_statistics import LandReleaseStatisticsAlgorithm
    from .upgrade_database import UpgradeDatabaseAlgorithm
    return [
        CreateDatabaseAlgorithm,
        OpenDatabaseAlgorithm,
        ImportRecordsAlgorithm,
        ExportRecordsAlgorithm,
        UpgradeDatabaseAlgorithm,
        SetUpRolesAlgorithm,
        MakeFieldCopyAlgorithm,
        SubmitFieldCopyAlgorithm,
        CheckDatabaseAlgorithm,
        RepairGeometriesAlgorithm,
        ComputeLandReleaseAlgorithm,
        UpdateDatabaseAlgorithm,
        LandReleaseStatisticsAlgorithm,
        ExportNationalReportAlgorithm,
        HazardPolygonsFromSurveyAlgorithm,
        SurveyTableFromPolygonsAlgorithm,
        DeclinationAtPointsAlgorithm,
        ApplyStylesAlgorithm,
        ExportTaskOrdersAlgorithm,
        ExportOverviewAlgorithm,
        ExportFieldFormsAlgorithm,
        ImportFieldSubmissionsAlgorithm,
        PackageForQFieldAlgorithm,
        ImportQFieldChangesAlgorithm,
    ]
