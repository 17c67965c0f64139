"""The national database's roles on a real PostgreSQL server: each test logs
in as an administrator, an editor, two operators of different organisations
and a viewer (login roles with passwords, added by *Set up national database
roles*) and checks what each may and may not do; the matrix tested here is the
one docs/postgis.md shows."""

import datetime
import re
from pathlib import Path

import pytest
import shapely

from mine_action_mapper.core import schema
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import roles
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.reference import DatabaseRef

pytestmark = pytest.mark.usefixtures("clean_slate")

DOC = Path(__file__).resolve().parents[2] / "docs" / "postgis.md"
MATRIX_START, MATRIX_END = "<!-- role matrix: tests/qgis/test_roles.py -->", "<!-- /role matrix -->"
PASSWORD = "Pa55 'word' %s"  # quotes, a space and a percent sign: passed safely
ORGS = {"operator_a": "Examplia Demining Unit", "operator_b": "Northern Clearance Group"}
#: who logs in, and the group each login joins
LOGINS = (("admin", "admin"), ("editor", "editor"), ("operator_a", "operator"),
          ("operator_b", "operator"), ("viewer", "viewer"))


def _quoted(value):
    return "'{}'".format(str(value).replace("\\", "\\\\").replace("'", "\\'"))


def _as(postgis, login):
    """libpq connection string of the test server for ``login``."""
    return "dbname={} host={} port={} user={} password={} sslmode=disable".format(
        _quoted(postgis.dbname), postgis.host, postgis.port, _quoted(login),
        _quoted(PASSWORD))


class National:
    """A mine action database with its roles and one login per role."""

    def __init__(self, ref, postgis):
        self.ref, self.postgis = ref, postgis
        self.logins = {who: "{}_{}_login".format(ref.schema, who) for who, _group in LOGINS}

    def connect(self, who):
        import psycopg2
        return psycopg2.connect(_as(self.postgis, self.logins[who]), connect_timeout=10)

    def ref_as(self, who):
        return DatabaseRef(conninfo=_as(self.postgis, self.logins[who]), schema=self.ref.schema)

    def table(self, name):
        return '"{}".{}'.format(self.ref.schema, name)

    def run(self, who, statement, values=None, commit=False):
        """Rows of ``statement`` run as ``who`` (rolled back unless ``commit``)."""
        connection = self.connect(who)
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement.replace("{s}", '"{}"'.format(self.ref.schema)),
                               values)
                rows = cursor.fetchall() if cursor.description else cursor.rowcount
            (connection.commit if commit else connection.rollback)()
            return rows
        finally:
            connection.close()

    def superuser(self, statement, values=None):
        connection = self.postgis.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement.replace("{s}", '"{}"'.format(self.ref.schema)),
                               values)
                rows = cursor.fetchall() if cursor.description else []
            connection.commit()
            return rows
        finally:
            connection.close()


def _activity(national, who, activity_id, organisation, review="approved"):
    return national.run(who, "INSERT INTO {s}.land_release_activities (uuid, activity_id, "
                             "hazard_id, activity_type, outcome, end_date, organisation, "
                             "review_status) VALUES (%s, %s, 'H-1', 'clearance', 'cleared', "
                             "'2024-05-01', %s, %s)",
                        (activity_id, activity_id, organisation, review), commit=True)


@pytest.fixture()
def national(pg_database, postgis):
    """The roles set up on a fresh database, a login per role, a hazard and
    one submitted activity of each operator."""
    found = National(pg_database, postgis)
    roles.set_up(pg_database)
    for who, group in LOGINS:
        found.superuser("CREATE ROLE \"{}\" LOGIN PASSWORD %s".format(found.logins[who]),
                        (PASSWORD,))
        roles.set_up(pg_database, found.logins[who], group, ORGS.get(who))
    found.superuser("INSERT INTO {s}.hazards (uuid, hazard_id, hazard_class, status, "
                    "date_of_information, geom) VALUES ('h1', 'H-1', 'CHA', 'open', "
                    "'2020-01-01', ST_Multi(ST_MakeEnvelope(30, 10, 30.01, 10.01, 4326)))")
    for who in ORGS:  # each operator submits one activity of its own
        _activity(found, who, "A-" + who, ORGS[who])
    yield found
    names = list(found.logins.values()) + list(roles.group_names(pg_database.schema).values())
    found.superuser("DROP SCHEMA {s} CASCADE")
    for name in names:
        found.superuser('DROP OWNED BY "{0}"; DROP ROLE "{0}"'.format(name))


# --------------------------------------------------------------- the matrix
#: action -> (statement, what the statement's values are for each login)
def _actions(national):
    own = {"operator_a": "A-operator_a", "operator_b": "A-operator_b"}
    other = {"operator_a": "A-operator_b", "operator_b": "A-operator_a"}
    update = ("UPDATE {s}.land_release_activities SET team = 'T9', "
              "row_version = row_version + 1 WHERE activity_id = %s")
    return {
        "read activities": lambda who: ("SELECT count(*) FROM {s}.land_release_activities", None),
        "insert hazard": lambda who: (
            "INSERT INTO {s}.hazards (uuid, hazard_id, hazard_class, status, "
            "date_of_information) VALUES ('h2', 'H-2', 'SHA', 'open', '2024-01-01')", None),
        "update hazard": lambda who: (
            "UPDATE {s}.hazards SET name = 'x', row_version = row_version + 1", None),
        "delete hazard": lambda who: ("DELETE FROM {s}.hazards", None),
        "insert activity, own organisation": lambda who: (
            "INSERT INTO {s}.land_release_activities (uuid, activity_id, activity_type, "
            "outcome, end_date, organisation) VALUES ('n1', 'N-1', 'nts', 'cancelled', "
            "'2024-06-01', %s)", (ORGS.get(who, ORGS["operator_a"]),)),
        "insert activity, other organisation": lambda who: (
            "INSERT INTO {s}.land_release_activities (uuid, activity_id, activity_type, "
            "outcome, end_date, organisation) VALUES ('n2', 'N-2', 'nts', 'cancelled', "
            "'2024-06-01', %s)", (ORGS["operator_b" if who == "operator_a" else "operator_a"],)),
        "update activity, own organisation": lambda who: (
            update, (own.get(who, "A-operator_a"),)),
        "update activity, other organisation": lambda who: (
            update, (other.get(who, "A-operator_b"),)),
        "delete activity, own organisation": lambda who: (
            "DELETE FROM {s}.land_release_activities WHERE activity_id = %s",
            (own.get(who, "A-operator_a"),)),
        "approve activity": lambda who: (
            "UPDATE {s}.land_release_activities SET review_status = 'approved', "
            "row_version = row_version + 1 WHERE activity_id = %s",
            (own.get(who, "A-operator_a"),)),
        "change lookups": lambda who: (
            "UPDATE {s}.lookups SET label = 'x', row_version = row_version + 1 "
            "WHERE vocabulary = 'hazard_class' AND code = 'SHA'", None),
        "change organisation members": lambda who: (
            "UPDATE {s}.organisation_members SET organisation = 'x'", None),
    }


YES, NO = "yes", "no"
#: what each login may do (columns: admin, editor, operator A, operator B, viewer)
EXPECTED = {
    "read activities": (YES, YES, YES, YES, YES),
    "insert hazard": (YES, YES, NO, NO, NO),
    "update hazard": (YES, YES, NO, NO, NO),
    "delete hazard": (YES, YES, NO, NO, NO),
    "insert activity, own organisation": (YES, YES, YES, YES, NO),
    "insert activity, other organisation": (YES, YES, NO, NO, NO),
    "update activity, own organisation": (YES, YES, YES, YES, NO),
    "update activity, other organisation": (YES, YES, NO, NO, NO),
    "delete activity, own organisation": (YES, YES, YES, YES, NO),
    "approve activity": (YES, YES, NO, NO, NO),
    "change lookups": (YES, NO, NO, NO, NO),
    "change organisation members": (YES, NO, NO, NO, NO),
}
COLUMNS = ("administrator", "national editor", "operator A", "operator B", "viewer")


def _outcome(national, who, statement, values):
    import psycopg2
    try:
        result = national.run(who, statement, values)
    except psycopg2.Error as error:
        assert error.pgcode in ("42501",), (who, statement, error.pgcode, str(error))
        return NO, str(error)
    if isinstance(result, int) and result == 0:  # nothing touched: refused silently
        return NO, "0 rows"
    return YES, result


def test_each_role_may_do_exactly_what_the_matrix_says(national):
    actions = _actions(national)
    found = {}
    for action, make in actions.items():
        found[action] = tuple(_outcome(national, who, *make(who))[0] for who, _g in LOGINS)
    assert found == EXPECTED
    # everyone with a role reads every organisation's activities
    assert all(national.run(who, "SELECT count(*) FROM {s}.land_release_activities")
               == [(2,)] for who, _group in LOGINS)


def test_the_matrix_in_the_docs_is_the_tested_one():
    lines = ["| action | " + " | ".join(COLUMNS) + " |",
             "|---|" + "---|" * len(COLUMNS)]
    lines += ["| {} | {} |".format(action, " | ".join(cells))
              for action, cells in EXPECTED.items()]
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(MATRIX_START), text.index(MATRIX_END)
    assert text[start + len(MATRIX_START):end].strip() == "\n".join(lines)


# --------------------------------------------------------------- the review
def _row(national, activity_id, *names):
    return national.superuser("SELECT {} FROM {{s}}.land_release_activities WHERE "
                              "activity_id = %s".format(", ".join(names)), (activity_id,))[0]


def test_an_operators_record_is_submitted_and_a_national_editor_approves_it(national):
    # the operators' inserts asked for 'approved': the trigger made them submitted
    assert _row(national, "A-operator_a", "review_status", "reviewed_by") == ("submitted", None)
    # an operator's record without an organisation gets its login's
    national.run("operator_a", "INSERT INTO {s}.land_release_activities (uuid, activity_id, "
                 "activity_type, outcome, end_date) VALUES ('n3', 'N-3', 'nts', 'cancelled', "
                 "'2024-06-01')", commit=True)
    assert _row(national, "N-3", "organisation", "review_status") == (
        ORGS["operator_a"], "submitted")
    # an operator cannot hand its record to another organisation
    import psycopg2
    with pytest.raises(psycopg2.Error, match="row-level security"):
        national.run("operator_a", "UPDATE {s}.land_release_activities SET organisation = %s, "
                     "row_version = row_version + 1 WHERE activity_id = 'N-3'",
                     (ORGS["operator_b"],))
    national.run("editor", "UPDATE {s}.land_release_activities SET review_status = "
                 "'approved', row_version = row_version + 1 WHERE activity_id = "
                 "'A-operator_a'", commit=True)
    status, by, at = _row(national, "A-operator_a", "review_status", "reviewed_by",
                          "reviewed_at")
    assert (status, by) == ("approved", national.logins["editor"]) and at is not None
    # approved: the operator may not delete it; a change sends it back for review
    with pytest.raises(psycopg2.Error, match="approved by the national centre"):
        national.run("operator_a", "DELETE FROM {s}.land_release_activities "
                     "WHERE activity_id = 'A-operator_a'")
    national.run("operator_a", "UPDATE {s}.land_release_activities SET team = 'T2', "
                 "row_version = row_version + 1 WHERE activity_id = 'A-operator_a'",
                 commit=True)
    assert _row(national, "A-operator_a", "review_status", "reviewed_by", "team") == (
        "submitted", None, "T2")
    # returned to the operator, who corrects and resubmits it
    national.run("editor", "UPDATE {s}.land_release_activities SET review_status = "
                 "'returned', row_version = row_version + 1 WHERE activity_id = 'N-3'",
                 commit=True)
    assert _row(national, "N-3", "review_status") == ("returned",)
    national.run("operator_a", "UPDATE {s}.land_release_activities SET review_status = "
                 "'submitted', row_version = row_version + 1 WHERE activity_id = 'N-3'",
                 commit=True)
    assert _row(national, "N-3", "review_status", "reviewed_by") == ("submitted", None)


def test_the_same_rules_hold_for_finds_survey_site_points_and_accidents(national):
    import psycopg2
    for table, columns, values in (
            ("eo_finds", "uuid, find_id, eo_category, quantity, find_date",
             "'f1', 'F-1', 'ap_mine', 1, '2024-05-01'"),
            ("survey_points", "uuid, hazard_id, point_no, point_type",
             "'p1', 'H-1', 1, 'turning'"),
            ("site_points", "uuid, site_type", "'s1', 'hls'"),
            ("accidents", "uuid, accident_id, accident_date, injured_boys",
             "'x1', 'AC-1', '2024-05-01', 1")):
        national.run("operator_a", "INSERT INTO {{s}}.{} ({}) VALUES ({})".format(
            table, columns, values), commit=True)
        assert national.superuser("SELECT organisation, review_status FROM {{s}}.{}".format(
            table)) == [(ORGS["operator_a"], "submitted")]
        with pytest.raises(psycopg2.Error, match="not to yours"):
            national.run("operator_b", "UPDATE {{s}}.{} SET remarks = 'x', "
                         "row_version = row_version + 1".format(table))
        with pytest.raises(psycopg2.Error, match="permission denied"):
            national.run("viewer", "DELETE FROM {{s}}.{}".format(table))


def test_an_upgrade_gives_a_new_table_the_roles_rules(national, pg_database):
    """Schema 4 added ``accidents``: upgrading a schema 3 database whose
    roles are set up gives it the same grants and row-level security."""
    import psycopg2
    from mine_action_mapper.store import migrate
    national.superuser("DROP TABLE {s}.accidents")
    national.superuser("DELETE FROM {s}.lookups WHERE vocabulary = 'accident_activity'")
    national.superuser("UPDATE {s}.schema_info SET value = '3' WHERE key = 'schema_version'")
    assert migrate.upgrade(pg_database)[:2] == (3, 4)
    national.run("operator_a", "INSERT INTO {s}.accidents (uuid, accident_id, accident_date) "
                 "VALUES ('x1', 'AC-1', '2024-05-01')", commit=True)
    assert national.superuser("SELECT organisation, review_status FROM {s}.accidents") == [
        (ORGS["operator_a"], "submitted")]
    with pytest.raises(psycopg2.Error, match="not to yours"):
        national.run("operator_b", "UPDATE {s}.accidents SET remarks = 'x', "
                     "row_version = row_version + 1")
    with pytest.raises(psycopg2.Error, match="permission denied"):
        national.run("viewer", "DELETE FROM {s}.accidents")
    assert national.run("viewer", "SELECT count(*) FROM {s}.accidents") == [(1,)]


def test_an_operator_edits_through_qgis_and_its_record_waits_for_review(national, add_rows):
    """QGIS's form gives review_status 'approved' by default; the server keeps
    the operator's feature submitted, with its organisation."""
    add_rows(national.ref_as("operator_b"), "land_release_activities", [dict(
        activity_id="Q-1", activity_type="clearance", outcome="cleared",
        end_date=datetime.date(2024, 7, 1), hazard_id="H-1",
        organisation=ORGS["operator_b"], geometry=shapely.box(30, 10, 30.005, 10.005))])
    assert _row(national, "Q-1", "review_status", "organisation") == (
        "submitted", ORGS["operator_b"])
    # QGIS reads the privileges: the national hazards open read-only for an operator
    hazards = open_layer(national.ref_as("operator_b"), "hazards")
    assert hazards.featureCount() == 1 and not hazards.startEditing()
    assert open_layer(national.ref_as("editor"), "hazards").startEditing()


# --------------------------------------------------------------- land release
def _released_m2(national, provider):
    from qgis import processing
    out = processing.run("mineaction:computelandrelease", {
        "HAZARDS": open_layer(national.ref, "hazards"),
        "ACTIVITIES": open_layer(national.ref, "land_release_activities"),
        "TOLERANCE": 1.0, "REMAINING": "memory:", "RELEASED": "memory:",
        "LEDGER": "memory:", "HISTORY": "memory:", "QA": "memory:"})
    return sum(feature["area_m2"] for feature in out["RELEASED"].getFeatures())


def test_a_submitted_clearance_releases_no_land_until_approved(national, provider):
    national.superuser("UPDATE {s}.land_release_activities SET geom = ST_Multi("
                       "ST_MakeEnvelope(30, 10, 30.005, 10.01, 4326)), row_version = "
                       "row_version + 1 WHERE activity_id = 'A-operator_a'")
    national.superuser("DELETE FROM {s}.land_release_activities WHERE activity_id = "
                       "'A-operator_b'")
    assert _released_m2(national, provider) == 0.0
    national.run("editor", "UPDATE {s}.land_release_activities SET review_status = "
                 "'approved', row_version = row_version + 1", commit=True)
    released = _released_m2(national, provider)
    from mine_action_mapper.core import geodesy
    assert released == pytest.approx(geodesy.area_m2(shapely.box(30, 10, 30.005, 10.01)),
                                     rel=1e-6)


# --------------------------------------------------------------- the algorithm
def _saved(name, conninfo):
    from qgis.core import QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(conninfo, {
        "saveUsername": True, "savePassword": True}), name)
    return name


def test_a_viewer_importing_records_is_told_what_was_refused(national, provider):
    from qgis import processing
    from qgis.core import QgsProcessingException
    sample = Path(__file__).resolve().parents[2] / "sample_data" / "land_release_activities.csv"
    for who, expected in (
            ("viewer", "lacks the INSERT privilege on table land_release_activities"),
            ("operator_b", "land_release_activities: the database refused the record: an "
                           "operator adds and changes only records of its own organisation")):
        connection = _saved("National as " + who, _as(national.postgis, national.logins[who]))
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("mineaction:importrecords", {
                "INPUT": str(sample), "CONNECTION": connection, "SCHEMA": national.ref.schema,
                "TABLE": "land_release_activities", "SOURCE_CRS": "EPSG:4326"})
        text = str(caught.value)
        assert expected in text, text
        assert "Traceback" not in text and "ERROR:" not in text
    assert national.superuser("SELECT count(*) FROM {s}.land_release_activities") == [(2,)]


def test_set_up_is_idempotent_and_saves_its_sql(national, provider, tmp_path):
    from qgis import processing
    policies = "SELECT count(*) FROM pg_policies WHERE schemaname = %s"
    before = national.superuser(policies, (national.ref.schema,))
    connection = _saved("National as superuser", national.postgis.conninfo())
    result = processing.run("mineaction:setuproles", {
        "CONNECTION": connection, "SCHEMA": national.ref.schema,
        "LOGIN": national.logins["operator_a"], "GROUP": "operator",
        "ORGANISATION": "Examplia Demining Unit", "SQL": str(tmp_path / "roles.sql")})
    assert result["ROLES"].split(",") == list(roles.group_names(national.ref.schema).values())
    assert national.superuser(policies, (national.ref.schema,)) == before == [
        (5 * len(schema.REVIEWED),)]  # five policies per table operators submit to
    script = (tmp_path / "roles.sql").read_text(encoding="utf-8")
    assert 'CREATE OR REPLACE FUNCTION "{}".mam_review()'.format(national.ref.schema) in script
    assert "{schema}" not in script and "GRANT \"{}\" TO \"{}\"".format(
        roles.group_names(national.ref.schema)["operator"],
        national.logins["operator_a"]) in script
    # the saved script runs again as it is (psql would run the same text)
    national.superuser(script)
    assert national.superuser(policies, (national.ref.schema,)) == before


def test_bad_set_ups_are_refused_clearly(national, pg_schema, postgis):
    with pytest.raises(MineActionError, match="no login role 'nobody'"):
        roles.set_up(national.ref, "nobody", "editor")
    with pytest.raises(MineActionError, match="needs the organisation"):
        roles.set_up(national.ref, national.logins["viewer"], "operator")
    with pytest.raises(MineActionError, match=re.escape("the roles were not set up")) as caught:
        roles.set_up(national.ref_as("editor"))  # an editor may not create roles
    assert "Nothing was changed" in str(caught.value)
    long_name = pg_schema("x" * 60)
    with pytest.raises(MineActionError, match="longer than PostgreSQL's 63 bytes"):
        roles.set_up(long_name)
