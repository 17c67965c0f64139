"""Make field copy / Submit field copy on both backends: a GeoPackage national
database and a PostGIS one on the session's server, the same sample
programme in each (tests/fixtures/task_order_sample.py)."""

import datetime
import shutil
import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from mine_action_mapper.core import schema
from mine_action_mapper.core.errors import MineActionError
from mine_action_mapper.store import field_copy, field_submit
from mine_action_mapper.store.database import create_geopackage, create_postgis, open_layer
from mine_action_mapper.store.features import layer_feature, python_value
from mine_action_mapper.store.importer import import_records
from mine_action_mapper.styles.symbology import apply_symbology

pytestmark = pytest.mark.usefixtures("clean_slate")

WEST, EAST = "Westmarch Region", "Eastmarch Region"
EASTERN = ("EX-HA-0005", "EX-HA-0006", "EX-HA-0007", "EX-HA-0008")


@pytest.fixture(scope="module")
def sample(tmp_path_factory, qgis_app):
    """The sample programme, its last four hazards moved to another region."""
    from task_order_sample import build_sample_database  # tests/fixtures
    path = str(tmp_path_factory.mktemp("sample") / "sample.gpkg")
    build_sample_database(path)
    _edit(open_layer(path, "hazards"),
          changes=[("hazard_id", hazard, "region", EAST) for hazard in EASTERN])
    return path


@pytest.fixture(params=["geopackage", "postgis"])
def national(request, sample, tmp_path, provider):
    """The national database on one backend, holding the sample programme."""
    if request.param == "geopackage":
        path = str(tmp_path / "national.gpkg")
        shutil.copy(sample, path)
        return path
    pg_schema = request.getfixturevalue("pg_schema")
    ref = create_postgis(pg_schema(), style=apply_symbology)
    lookups = open_layer(ref, "lookups")
    for item in field_copy.COPIED:
        import_records(open_layer(sample, item.name), open_layer(ref, item.name), item.name,
                       lookups)
    return ref


def _state(database, skip=()):
    """Every record of every copied table (values and geometry), and the
    lookups and schema information: the database's content."""
    state = {}
    for item in field_copy.COPIED + (schema.LOOKUPS, schema.SCHEMA_INFO):
        layer = open_layer(database, item.name)
        rows = []
        for feature in layer.getFeatures():
            row = tuple((name, str(python_value(feature[name])))
                        for name in layer.fields().names() if name not in skip)
            rows.append(row + (("geometry", feature.geometry().asWkt(9)),))
        state[item.name] = sorted(rows)
    return state


def _find(layer, field, value):
    return next(f for f in layer.getFeatures() if f[field] == value)


def _edit(layer, changes=(), added=(), deleted=()):
    """Edit ``layer`` in its edit buffer, as QGIS or QField would: ``changes``
    (key field, key, field, value), ``added`` dicts, ``deleted`` keys."""
    assert layer.startEditing()
    fields = layer.fields()
    for key_field, key, name, value in changes:
        feature = _find(layer, key_field, key)
        if name == "geometry":
            assert layer.changeGeometry(feature.id(), value)
        else:
            assert layer.changeAttributeValue(feature.id(), fields.indexOf(name), value)
    for values in added:
        geometry = values.pop("geometry", None)
        assert layer.addFeature(layer_feature(layer, values, geometry))
    for key_field, key in deleted:
        assert layer.deleteFeature(_find(layer, key_field, key).id())
    assert layer.commitChanges(), layer.commitErrors()


def _copy(national, tmp_path, **subset):
    path = str(tmp_path / "field.gpkg")
    field_copy.make_field_copy(national, path, style=apply_symbology, **subset)
    return path


def _ids(database, table, key):
    return {python_value(f[key]) for f in open_layer(database, table).getFeatures()}


# ------------------------------------------------------------------- make
def test_a_region_copy_holds_its_hazards_their_records_and_the_lookups(national, tmp_path):
    before = _state(national)
    path = _copy(national, tmp_path, region=WEST)
    assert _state(national) == before  # the source is only read
    assert _ids(path, "hazards", "hazard_id") == {
        "EX-HA-0001", "EX-HA-0002", "EX-HA-0003", "EX-HA-0004"}
    west = _ids(path, "hazards", "hazard_id")
    for table in ("survey_points", "land_release_activities", "tasks"):
        copied = _ids(path, table, "uuid")
        expected = {python_value(f["uuid"]) for f in open_layer(national, table).getFeatures()
                    if f["hazard_id"] in west}
        assert copied >= expected and copied, table
    assert not _ids(path, "survey_points", "hazard_id") & set(EASTERN)
    provider_columns = ("fid", schema.ROW_VERSION)
    assert _state(path, provider_columns)["lookups"] == \
        _state(national, provider_columns)["lookups"]
    info = field_copy.schema_info(path)
    source_info = field_copy.schema_info(national)
    assert info["field_copy.source_id"] == source_info["database_id"]
    assert info["field_copy.region"] == WEST and info["field_copy.format"] == "1"
    assert info["database_id"] != source_info["database_id"]  # the copy is its own database
    _info, base = field_copy.read_copy(path)
    total = sum(open_layer(path, item.name).featureCount() for item in field_copy.COPIED)
    assert len(base) == total > 20
    sources = {}  # each source table read once (a layer open costs some 25 ms)
    for table, _uuid in base:
        if table not in sources:
            sources[table] = {python_value(f["uuid"]): f
                              for f in open_layer(national, table).getFeatures()}
    for (table, uuid), row in base.items():
        source = sources[table][uuid]
        assert row["fingerprint"] == field_copy.fingerprint(schema.BY_NAME[table], source)
        if getattr(national, "is_postgres", False):
            assert row["row_version"] == source[schema.ROW_VERSION] == 1
    # the forms travel with the copy: QGIS without the plugin opens them
    plain = QgsVectorLayer(path + "|layername=hazards", "plain", "ogr")
    setup = plain.editorWidgetSetup(plain.fields().indexOf("hazard_class"))
    assert setup.type() == "ValueRelation"
    assert plain.renderer().type() != "singleSymbol"


def test_a_task_copy_holds_the_task_its_hazard_and_theirs(national, tmp_path):
    path = _copy(national, tmp_path, task_id="EX-TK-0001")
    assert _ids(path, "hazards", "hazard_id") == {"EX-HA-0001"}
    assert "EX-TK-0001" in _ids(path, "tasks", "task_id")
    assert _ids(path, "survey_points", "hazard_id") == {"EX-HA-0001"}
    assert _ids(path, "site_points", "task_id") <= _ids(path, "tasks", "task_id") | {None}
    assert open_layer(path, "site_points").featureCount() > 0


def test_an_unknown_region_or_task_is_named(national, tmp_path):
    with pytest.raises(MineActionError, match="No hazard has the region 'Nowhere'.*"
                                              "Westmarch Region"):
        _copy(national, tmp_path, region="Nowhere")
    with pytest.raises(MineActionError, match="no task 'EX-TK-9999'"):
        _copy(national, tmp_path, task_id="EX-TK-9999")
    with pytest.raises(MineActionError, match="either a region or a task"):
        _copy(national, tmp_path, region=WEST, task_id="EX-TK-0001")
    assert not (tmp_path / "field.gpkg").exists() and not list(tmp_path.glob(".mam-partial-*"))


# ----------------------------------------------------------------- submit
def _field_work(path):
    """What a team does in the copy: a hazard's status and an activity's team
    and geometry changed, an EO find recorded, a survey point deleted, a hazard renamed
    (the national editor renames it too: the conflict)."""
    _edit(open_layer(path, "hazards"), changes=[
        ("hazard_id", "EX-HA-0003", "status", "worked_on"),
        ("hazard_id", "EX-HA-0002", "name", "Brannock Ridge (field)")])
    activities = open_layer(path, "land_release_activities")
    activity = next(activities.getFeatures())
    moved = QgsGeometry(activity.geometry())
    moved.translate(0.00001, 0.0)  # redrawn: the geometry travels with its version
    _edit(activities, changes=[("uuid", activity["uuid"], "team", "Field Team 9"),
                               ("uuid", activity["uuid"], "geometry", moved)])
    _edit(open_layer(path, "eo_finds"), added=[dict(
        find_id="EX-EO-F001", hazard_id="EX-HA-0003", eo_category="submunition",
        quantity=3, find_date=datetime.date(2024, 5, 2),
        geometry=QgsGeometry.fromWkt("POINT(-108.8 50.05)"))])
    points = open_layer(path, "survey_points")
    point = next(f for f in points.getFeatures() if f["hazard_id"] == "EX-HA-0004")
    _edit(points, deleted=[("uuid", point["uuid"])])
    return python_value(activity["uuid"]), python_value(point["uuid"])


def test_a_round_trip_applies_the_field_work_and_reports_the_conflict(national, tmp_path):
    path = _copy(national, tmp_path, region=WEST)
    activity_uuid, point_uuid = _field_work(path)
    _edit(open_layer(national, "hazards"), changes=[  # meanwhile, at the centre
        ("hazard_id", "EX-HA-0002", "name", "Brannock Ridge (centre)"),
        ("hazard_id", "EX-HA-0002", "land_use", "forest")])
    plan = field_submit.submit_field_copy(path, national)
    assert (plan.count("inserted"), plan.count("updated"), plan.count("conflict"),
            plan.count("rejected"), plan.count("deleted_in_copy")) == (1, 2, 1, 0, 1)
    conflicts = {(o.table_name, o.record, o.field): (o.copy_value, o.database_value)
                 for o in plan.outcomes if o.outcome == "conflict"}
    assert conflicts == {  # which record, which fields, both values
        ("hazards", "EX-HA-0002", "name"): ("Brannock Ridge (field)", "Brannock Ridge (centre)"),
        ("hazards", "EX-HA-0002", "land_use"): ("cropland", "forest")}
    hazards = open_layer(national, "hazards")
    assert _find(hazards, "hazard_id", "EX-HA-0002")["name"] == "Brannock Ridge (centre)"
    assert _find(hazards, "hazard_id", "EX-HA-0003")["status"] == "worked_on"
    activity = _find(open_layer(national, "land_release_activities"), "uuid", activity_uuid)
    assert activity["team"] == "Field Team 9"
    copied = _find(open_layer(path, "land_release_activities"), "uuid", activity_uuid)
    assert activity.geometry().asWkt(7) == copied.geometry().asWkt(7)
    find = _find(open_layer(national, "eo_finds"), "find_id", "EX-EO-F001")
    assert find["quantity"] == 3 and find["hazard_id"] == "EX-HA-0003"
    assert point_uuid in _ids(national, "survey_points", "uuid")  # never deleted
    if getattr(national, "is_postgres", False):  # each update named its version
        assert _find(hazards, "hazard_id", "EX-HA-0003")[schema.ROW_VERSION] == 2
        assert activity[schema.ROW_VERSION] == 2

    after = _state(national)
    again = field_submit.submit_field_copy(path, national)
    assert _state(national) == after  # submitting twice changes nothing
    assert (again.count("inserted"), again.count("updated"), again.count("conflict")) \
        == (0, 0, 1)


def test_a_row_failing_the_import_checks_is_rejected_and_the_others_go_in(
        national, tmp_path):
    path = _copy(national, tmp_path, task_id="EX-TK-0001")
    point = QgsGeometry.fromWkt("POINT(-108.83 50.063)")
    _edit(open_layer(path, "eo_finds"), added=[
        dict(find_id="EX-EO-F010", hazard_id="EX-HA-0001", eo_category="ap_mine",
             quantity=1, find_date=datetime.date(2024, 5, 2), geometry=point),
        dict(find_id="EX-EO-F011", hazard_id="EX-HA-0001", eo_category="no_such_code",
             quantity=1, find_date=datetime.date(2024, 5, 2), geometry=point)])
    _edit(open_layer(path, "hazards"), changes=[
        ("hazard_id", "EX-HA-0001", "depth_cm", -4)])
    plan = field_submit.submit_field_copy(path, national)
    rejected = {o.record: o for o in plan.outcomes if o.outcome == "rejected"}
    assert set(rejected) == {"EX-EO-F011", "EX-HA-0001"}
    assert rejected["EX-EO-F011"].field == "eo_category"
    assert "'no_such_code' is not a code of the list 'eo_category'" \
        in rejected["EX-EO-F011"].message
    assert rejected["EX-HA-0001"].field == "depth_cm"
    assert "EX-EO-F010" in _ids(national, "eo_finds", "find_id")
    assert "EX-EO-F011" not in _ids(national, "eo_finds", "find_id")
    assert _find(open_layer(national, "hazards"), "hazard_id", "EX-HA-0001")["depth_cm"] == 13


# -------------------------------------------------------------- bad input
def test_bad_copies_are_refused_with_a_clear_message(national, tmp_path):
    path = _copy(national, tmp_path, task_id="EX-TK-0001")
    _edit(open_layer(path, "hazards"), changes=[("hazard_id", "EX-HA-0001", "status", "closed")])
    before = _state(national)
    other = create_geopackage(str(tmp_path / "other.gpkg"))
    with pytest.raises(MineActionError, match="field copy of another database"):
        field_submit.submit_field_copy(path, other)
    with pytest.raises(MineActionError, match="not a field copy"):
        field_submit.submit_field_copy(other, national)
    plain = tmp_path / "roads.gpkg"
    from osgeo import gdal
    gdal.GetDriverByName("GPKG").Create(str(plain), 0, 0, 0, gdal.GDT_Unknown)
    with pytest.raises(MineActionError, match="not a mine action database"):
        field_submit.submit_field_copy(str(plain), national)
    newer = str(tmp_path / "newer.gpkg")
    shutil.copy(path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE schema_info SET value = '2' WHERE key = 'field_copy.format'")
    with pytest.raises(MineActionError, match="made by a newer version.*field copy format 2"):
        field_submit.submit_field_copy(newer, national)
    assert _state(national) == before


# ------------------------------------------------------- killed mid-write
def _server_writing(server):
    """A test of whether another connection to the test server has written
    in a transaction still open (it holds a transaction id)."""
    connection = server.connect()
    connection.autocommit = True

    def writing():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT "
                           "NULL AND pid <> pg_backend_pid() AND datname = current_database()")
            return cursor.fetchone()[0] > 0
    return writing, connection


def test_a_submission_killed_mid_transaction_leaves_the_database_unchanged(
        national, tmp_path, profile, request):
    """SIGKILL through qgis_process once the submission writes (a journal or
    write-ahead log on the GeoPackage, a transaction id on the server): all
    of it or nothing stays (on a GeoPackage in WAL mode the log is first
    written at the commit, so the kill may land just after it). A complete
    run afterwards writes the rest; a second one changes nothing."""
    from qgis_process_runner import command, kill_when, qgis_env, sqlite_writing
    import subprocess
    path = _copy(national, tmp_path, region=WEST)
    _edit(open_layer(path, "hazards"), changes=[("hazard_id", "EX-HA-0003", "status", "closed")])
    finds = open_layer(path, "eo_finds")
    added = [layer_feature(finds, dict(
        find_id="EX-EO-K{:05d}".format(number), hazard_id="EX-HA-0003", eo_category="ap_mine",
        quantity=1, find_date=datetime.date(2024, 3, 1)), QgsGeometry.fromWkt(
            "POINT (-108.8{:04d} 50.0{:04d})".format(number, number)))
        for number in range(3000)]
    assert finds.dataProvider().addFeatures(added)[0]
    if getattr(national, "is_postgres", False):
        server = request.getfixturevalue("postgis")
        writing, watcher = _server_writing(server)
        request.addfinalizer(watcher.close)
        target = ["CONNECTION={}".format(national.conninfo), "SCHEMA={}".format(national.schema)]
    else:
        writing, target = sqlite_writing(national), ["DATABASE={}".format(national)]
    arguments = command("submitfieldcopy", "COPY={}".format(path), *target)
    before = _state(national)
    killed = kill_when(profile, arguments, writing)
    assert killed, "the submission ended before it wrote"
    if not getattr(national, "is_postgres", False):
        with sqlite3.connect(national) as connection:  # SQLite rolls a torn write back
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    killed_state = _state(national)
    untouched = killed_state == before

    run = subprocess.run(arguments, env=qgis_env(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    if untouched:
        assert '"INSERTED": 3000' in run.stdout and '"UPDATED": 1' in run.stdout, run.stdout
    else:  # killed after its commit: the complete run finds everything in
        assert '"INSERTED": 0' in run.stdout, run.stdout
    after = _state(national)
    assert killed_state in (before, after)  # all or nothing, never a part
    assert len(after["eo_finds"]) == len(before["eo_finds"]) + 3000
    run = subprocess.run(arguments, env=qgis_env(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0 and '"INSERTED": 0' in run.stdout, run.stdout + run.stderr
    assert _state(national) == after


def test_the_algorithms_write_the_copy_and_the_report(national, tmp_path):
    from qgis import processing
    database = ({"CONNECTION": national.conninfo, "SCHEMA": national.schema}
                if getattr(national, "is_postgres", False) else {"DATABASE": national})
    path = str(tmp_path / "team.gpkg")
    made = processing.run("mineaction:makefieldcopy", dict(
        database, TASK="EX-TK-0002", OUTPUT=path))
    assert made["OUTPUT"] == path and made["RECORDS"] == sum(
        open_layer(path, item.name).featureCount() for item in field_copy.COPIED) > 0
    _edit(open_layer(path, "tasks"), changes=[("task_id", "EX-TK-0002", "status", "completed")])
    done = processing.run("mineaction:submitfieldcopy", dict(
        database, COPY=path, REPORT="memory:"))
    assert (done["INSERTED"], done["UPDATED"], done["CONFLICTS"], done["REJECTED"]) \
        == (0, 1, 0, 0)
    [row] = [f.attributes() for f in done["REPORT"].getFeatures()]
    assert row[:5] == ["updated", "tasks", "EX-TK-0002", row[3], "status"]
    with pytest.raises(Exception, match="already exists"):
        processing.run("mineaction:makefieldcopy", dict(database, TASK="EX-TK-0002",
                                                        OUTPUT=path))
    other = create_geopackage(str(tmp_path / "other.gpkg"))
    with pytest.raises(Exception, match="is a mine action database, not a field copy"):
        processing.run("mineaction:makefieldcopy", dict(database, TASK="EX-TK-0002",
                                                        OUTPUT=other, OVERWRITE=True))
    made = processing.run("mineaction:makefieldcopy", dict(  # a field copy is replaced
        database, TASK="EX-TK-0002", OUTPUT=path, OVERWRITE=True))
    assert made["RECORDS"] > 0
