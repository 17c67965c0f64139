"""Processing algorithm: bring a QField package's edits back into the
database (a field copy submission, ``store.field_submit``)."""

from qgis.core import QgsProcessingParameterFile

from .submit_field_copy import SubmitFieldCopyAlgorithm


class ImportQFieldChangesAlgorithm(SubmitFieldCopyAlgorithm):
    NAME = "importqfieldchanges"
    GROUP_ID = "fielddata"
    COPY = "PACKAGE"

    def displayName(self):
        return self.tr("Import QField changes")

    def shortHelpString(self):
        return self.tr(
            "Brings back into the mine action database what a team added, changed or "
            "deleted in QField in a package written by 'Package for QField' (give the "
            "package folder, its project or its GeoPackage, copied back whole from the "
            "device). Records are matched by uuid, as 'Submit field copy' does:\n\n"
            "- a record added in QField (it has a new uuid) is inserted;\n"
            "- a record changed in QField (values or geometry) is updated, unless it was "
            "also changed in the database since the package was made: then it is a "
            "conflict, reported field by field with both values and not applied;\n"
            "- a record deleted in QField is reported and kept: the field never deletes "
            "from the national database (delete it there if it must go);\n"
            "- every added or changed record passes the checks of 'Import records'; one "
            "that fails is rejected, named with its field, and the others go in.\n\n"
            "Everything is written in one transaction; importing the same package again "
            "changes nothing.")

    def add_copy_parameter(self):
        self.addParameter(QgsProcessingParameterFile(
            self.COPY, self.tr("QField package folder (or its project or GeoPackage)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder))

    def copy_path(self, parameters, context):
        from ..store.qfield_package import package_geopackage
        return package_geopackage(self.parameterAsFile(parameters, self.COPY, context))
