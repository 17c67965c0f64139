"""Package for QField / Import QField changes on both backends (the sample
programme made by the real algorithms, the ``backend`` fixture).

The package is opened and edited in a QGIS process without the plugin
(tests/fixtures/qfield_without_plugin.py), as QField would; its edits come
back through *Import QField changes*."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsGeometry

from mine_action_mapper.core import schema
from mine_action_mapper.store import field_copy
from mine_action_mapper.store.database import open_layer
from mine_action_mapper.store.features import python_value

pytestmark = pytest.mark.usefixtures("clean_slate")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TASK = "EX-TK-0001"


def _package(backend, folder, **options):
    from qgis import processing
    return processing.run("mineaction:packageforqfield", dict(
        backend.where, OUTPUT=str(folder), **options))


def _in_qgis_without_plugin(project, tmp_path):
    """The report of tests/fixtures/qfield_without_plugin.py on ``project``:
    a fresh profile, ``python -I`` (no PYTHONPATH, no tests folder)."""
    profile = tmp_path / "plain-profile"
    profile.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run([sys.executable, "-I", str(FIXTURES / "qfield_without_plugin.py"),
                          str(project), str(profile)], cwd=str(tmp_path), env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _find(database, table, uuid):
    return next(f for f in open_layer(database, table).getFeatures() if f["uuid"] == uuid)


def test_a_task_package_holds_the_field_copy_its_project_and_its_task_order(
        backend, tmp_path):
    before = backend.dump()
    folder = tmp_path / "team-1"
    result = _package(backend, folder, TASK=TASK)
    assert backend.dump() == before  # the database is only read
    assert result["OUTPUT"] == str(folder) and result["TASK_ORDERS"] == 1
    manifest = json.loads((folder / "mine_action_package.json").read_text())
    assert manifest["task"] == TASK and manifest["format"] == 1
    gpkg = folder / manifest["geopackage"]
    assert result["PROJECT"] == str(folder / manifest["project"])
    # the same field copy as Make field copy writes: subset, uuids, base
    reference = str(tmp_path / "reference.gpkg")
    field_copy.make_field_copy(backend.database, reference, task_id=TASK)
    for item in field_copy.COPIED:
        uuids = {python_value(f["uuid"]) for f in open_layer(str(gpkg), item.name).getFeatures()}
        assert uuids == {python_value(f["uuid"]) for f in
                         open_layer(reference, item.name).getFeatures()}, item.name
    info, base = field_copy.read_copy(str(gpkg))
    assert info["field_copy.task"] == TASK
    assert {(table, uuid): row["fingerprint"] for (table, uuid), row in base.items()} == \
        {(table, uuid): row["fingerprint"]
         for (table, uuid), row in field_copy.read_copy(reference)[1].items()}
    assert result["RECORDS"] == len(base)
    # the task order, printed from the copy
    [order] = manifest["task_orders"]
    text = subprocess.run(["pdftotext", str(folder / order), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert TASK in text
    # the project: relative paths only, nothing names where it was built
    with zipfile.ZipFile(result["PROJECT"]) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".qgs")]
        project = archive.read(name).decode("utf-8")
    assert "./{}|layername=hazards".format(manifest["geopackage"]) in project
    assert str(tmp_path) not in project and ".mam-partial" not in project
    assert not list(tmp_path.glob(".mam-partial-*"))


def test_the_package_works_without_the_plugin_and_its_edits_come_back(backend, tmp_path):
    """Every layer's widgets, defaults (evaluated), constraints (a stored
    record passes, wrong values fail), style rules and relations in a QGIS
    without the plugin; then a team's edits there (a new find from the form's
    defaults, a status, a moved site point, a deleted route) imported."""
    from qgis import processing
    folder = tmp_path / "team-1"
    made = _package(backend, folder, TASK=TASK)
    report = _in_qgis_without_plugin(made["PROJECT"], tmp_path)
    assert report["plugin_absent"] and report["read"] and not report["invalid"]
    assert report["problems"] == []
    assert not report["absolute"] and report["crs_same"]
    assert report["read_only"] == ["lookups", "release_history", "schema_info"]
    assert len(report["layers"]) == len(schema.LAYERS)
    checked = report["checked"]
    assert checked["value_relations"] >= 20 and checked["defaults"] >= 40
    assert checked["constraints"] >= 10 and checked["not_null"] >= 20
    assert checked["style_rules"] >= 20 and checked["labels"] >= 3
    assert checked["relations"] == 7
    assert all(count > 0 for name, count in report["relations"].items()
               if name != "eo_finds_activity_id"), report["relations"]
    assert set(report["widgets"].values()) <= {
        "TextEdit", "ValueRelation", "DateTime", "CheckBox", "Hidden"}
    assert report["uuid_ok"] and report["new_defaults"]["quantity"] == "1"

    before = backend.dump()
    done = processing.run("mineaction:importqfieldchanges", dict(
        backend.where, PACKAGE=str(folder), REPORT="memory:"))
    assert (done["INSERTED"], done["UPDATED"], done["CONFLICTS"], done["REJECTED"]) \
        == (1, 2, 0, 0)
    outcomes = {(f["outcome"], f["table_name"]) for f in done["REPORT"].getFeatures()}
    assert ("deleted_in_copy", "access_routes") in outcomes
    edited = report["edited"]
    find = _find(backend.database, "eo_finds", report["new_uuid"])
    assert find["find_id"] == "EX-EO-Q001" and find["quantity"] == 1
    assert _find(backend.database, "hazards", edited["hazard"])["status"] == edited["status"]
    site = _find(backend.database, "site_points", edited["site"])
    assert site.geometry().equals(QgsGeometry.fromWkt(edited["site_moved"])) or \
        site.geometry().distance(QgsGeometry.fromWkt(edited["site_moved"])) < 1e-7
    assert _find(backend.database, "access_routes", edited["route"])  # kept
    assert backend.dump() != before

    after = backend.dump()
    again = processing.run("mineaction:importqfieldchanges", dict(
        backend.where, PACKAGE=made["PROJECT"]))  # the project names the package too
    assert (again["INSERTED"], again["UPDATED"], again["CONFLICTS"]) == (0, 0, 0)
    assert backend.dump() == after  # nothing applied twice


# ----------------------------------------------------------- whole or none
def test_a_package_folder_is_written_whole_or_not_at_all(backend, tmp_path):
    folder = tmp_path / "team"
    with pytest.raises(Exception, match="no task 'EX-TK-9999'"):
        _package(backend, folder, TASK="EX-TK-9999")
    assert not folder.exists() and not list(tmp_path.glob(".mam-partial-*"))
    other = tmp_path / "notes"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(Exception, match="is not a QField package: it is never replaced"):
        _package(backend, other, TASK=TASK)
    assert os.listdir(other) == ["notes.txt"]
    _package(backend, folder, TASK=TASK)
    with pytest.raises(Exception, match="already holds a QField package"):
        _package(backend, folder, TASK=TASK)
    (folder / "stale.txt").write_text("from the old package")
    replaced = _package(backend, folder, REGION="Westmarch Region", OVERWRITE=True)
    assert not (folder / "stale.txt").exists() and replaced["TASK_ORDERS"] >= 1
    manifest = json.loads((folder / "mine_action_package.json").read_text())
    assert manifest["region"] == "Westmarch Region" and manifest["task"] is None
    assert not list(tmp_path.glob(".mam-partial-*"))


def test_a_killed_packaging_leaves_no_package(tmp_path, profile, provider):
    """SIGKILL while the package is being built: no folder at the
    destination; the next run sweeps the dead run's partial folder."""
    import backends  # tests/fixtures
    from qgis_process_runner import command, kill_when, qgis_env
    made = backends.gpkg_backend(tmp_path / "programme.gpkg")
    backends.import_sample(made)
    folder = tmp_path / "team"
    arguments = command("packageforqfield", "DATABASE={}".format(made.database),
                        "TASK={}".format(TASK), "OUTPUT={}".format(folder))

    def building():
        return any((partial / "package").exists() for partial in tmp_path.glob(".mam-partial-*"))
    assert kill_when(profile, arguments, building), "the packaging ended before it built"
    assert not folder.exists()
    run = subprocess.run(arguments, env=qgis_env(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (folder / "mine_action_package.json").exists()
    assert not list(tmp_path.glob(".mam-partial-*"))


def test_an_import_killed_mid_transaction_leaves_the_database_unchanged(
        tmp_path, profile, provider):
    """The import writes in one transaction (store.field_submit): SIGKILL
    once it writes leaves all of it or nothing; a complete run then brings
    everything, a second one nothing."""
    import backends  # tests/fixtures
    from qgis_process_runner import command, kill_when, qgis_env, sqlite_writing
    from mine_action_mapper.store.features import layer_feature
    made = backends.gpkg_backend(tmp_path / "programme.gpkg")
    backends.import_sample(made)
    folder = tmp_path / "team"
    _package(made, folder, TASK=TASK)
    manifest = json.loads((folder / "mine_action_package.json").read_text())
    finds = open_layer(str(folder / manifest["geopackage"]), "eo_finds")
    hazard = python_value(next(finds.getFeatures())["hazard_id"])
    import datetime
    added = [layer_feature(finds, dict(
        find_id="EX-EO-K{:05d}".format(number), hazard_id=hazard, eo_category="ap_mine",
        quantity=1, find_date=datetime.date(2024, 3, 1)), QgsGeometry.fromWkt(
            "POINT (-108.8{:04d} 50.0{:04d})".format(number, number)))
        for number in range(3000)]
    assert finds.dataProvider().addFeatures(added)[0]
    del finds
    arguments = command("importqfieldchanges", "PACKAGE={}".format(folder),
                        "DATABASE={}".format(made.database))
    before = made.dump()
    assert kill_when(profile, arguments, sqlite_writing(made.database)), \
        "the import ended before it wrote"
    killed = made.dump()
    run = subprocess.run(arguments, env=qgis_env(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    after = made.dump()
    assert killed in (before, after)  # all or nothing, never a part
    assert len(after["eo_finds"]) == len(before["eo_finds"]) + 3000
    if killed == before:
        assert '"INSERTED": 3000' in run.stdout, run.stdout
    run = subprocess.run(arguments, env=qgis_env(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0 and '"INSERTED": 0' in run.stdout, run.stdout + run.stderr
    assert made.dump() == after


# --------------------------------------------------------------- bad input
def test_what_is_not_a_package_is_refused_with_a_clear_message(backend, tmp_path):
    from qgis import processing
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(Exception, match="is not a QField package written by 'Package for "
                                        "QField'.*mine_action_package.json"):
        processing.run("mineaction:importqfieldchanges", dict(
            backend.where, PACKAGE=str(empty)))
    folder = tmp_path / "team"
    _package(backend, folder, TASK=TASK)
    manifest_path = folder / "mine_action_package.json"
    manifest = json.loads(manifest_path.read_text())
    os.rename(folder / manifest["geopackage"], tmp_path / "elsewhere.gpkg")
    with pytest.raises(Exception, match="has lost its GeoPackage"):
        processing.run("mineaction:importqfieldchanges", dict(
            backend.where, PACKAGE=str(folder)))
    manifest_path.write_text(json.dumps(dict(manifest, format=2)))
    with pytest.raises(Exception, match="newer version.*package format 2"):
        processing.run("mineaction:importqfieldchanges", dict(
            backend.where, PACKAGE=str(folder)))
    with pytest.raises(Exception, match="either a region or a task"):
        _package(backend, tmp_path / "both", TASK=TASK, REGION="Westmarch Region")
