"""Processing algorithm: the national database's roles (store/roles.py)."""

from qgis.core import (QgsProcessingOutputString, QgsProcessingParameterDatabaseSchema,
                       QgsProcessingParameterEnum, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterProviderConnection, QgsProcessingParameterString)

from ..core.errors import InputError
from ..store.reference import POSTGRES
from .algorithm import MineActionAlgorithm
from .database_choice import CONNECTION, SCHEMA, chosen_postgis

#: the groups in the order the dialog offers them
GROUP_CHOICES = ("operator", "editor", "viewer", "admin")


class SetUpRolesAlgorithm(MineActionAlgorithm):
    NAME = "setuproles"
    GROUP_ID = "database"
    LOGIN, GROUP, ORGANISATION, SQL, ROLES = "LOGIN", "GROUP", "ORGANISATION", "SQL", "ROLES"

    def displayName(self):
        return self.tr("Set up national database roles")

    def shortHelpString(self):
        return self.tr(
            "Creates the roles of a national mine action database on PostgreSQL, named "
            "after its schema, in one transaction; running it again changes nothing:\n"
            "- <schema>_admin, national administrator: owns the schema (upgrades, "
            "lookups, organisation members);\n"
            "- <schema>_editor, national editor: every record, and the review of "
            "operators' submissions;\n"
            "- <schema>_operator, operator editor: adds and changes only its own "
            "organisation's activities, EO finds, survey points and site points, which "
            "stay submitted until a national editor approves them; reads everything;\n"
            "- <schema>_viewer: reads everything.\n\n"
            "Row-level security and a trigger enforce it for any client. Only approved "
            "activities release land.\n\n"
            "Optionally it adds an existing login role to one group; an operator's login "
            "also names its organisation, as its records write it. Run it as a "
            "superuser, or as a role with CREATEROLE that owns the schema. The SQL it "
            "runs is store/sql/roles.sql, filled with the schema's names; it can be "
            "saved to a file for psql.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterProviderConnection(
            CONNECTION, self.tr("PostgreSQL connection"), POSTGRES))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            SCHEMA, self.tr("Schema of the mine action database"), CONNECTION))
        self.addParameter(QgsProcessingParameterString(
            self.LOGIN, self.tr("Add this login role (optional)"), optional=True))
        group = QgsProcessingParameterEnum(
            self.GROUP, self.tr("to the group"), list(GROUP_CHOICES),
            defaultValue=GROUP_CHOICES[0])
        group.setUsesStaticStrings(True)
        self.addParameter(group)
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation of an operator's login"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.SQL, self.tr("Save the SQL run as"), self.tr("SQL script (*.sql)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.ROLES, self.tr("Group roles")))

    def compute(self, parameters, context, feedback):
        from ..store.roles import group_names, set_up
        ref = chosen_postgis(self, parameters, context)
        if ref is None or not ref.schema:
            raise InputError(self.tr("Choose the PostgreSQL connection and the schema of "
                                     "the mine action database."), field=CONNECTION)
        login = (self.parameterAsString(parameters, self.LOGIN, context) or "").strip()
        group = self.parameterAsEnumString(parameters, self.GROUP, context)
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context)
        text = set_up(ref, login or None, group, organisation, feedback)
        names = group_names(ref.schema)
        feedback.pushInfo(self.tr("Group roles of {database}: {roles}").format(
            database=ref.label(), roles=", ".join(names.values())))
        if login:
            feedback.pushInfo(self.tr("{login} is a member of {role}.").format(
                login=login, role=names[group]))
        path = self.parameterAsFileOutput(parameters, self.SQL, context)
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        return {self.ROLES: ",".join(names.values()), self.SQL: path or None}
