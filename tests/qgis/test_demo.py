"""README's demo commands work: the whole job on the sample programme, in a
GeoPackage (make demo) and in a PostGIS schema (make demo-postgis), with the
same printed results."""

import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _demo(folder, *options):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"),
                             "--output", str(folder)] + list(options),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in range(1, 8):
        assert "\n{}. ".format(step) in "\n" + out
    return out


@pytest.fixture(scope="module")
def gpkg_demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return folder, _demo(folder)


def test_demo_runs_end_to_end(gpkg_demo):
    tmp_path, out = gpkg_demo
    assert "EX-HA-0007" in out and "fail" in out  # the sample's bad closure
    database = tmp_path / "examplia.gpkg"
    assert (tmp_path / "examplia.qgz").exists()
    assert len(list((tmp_path / "task_orders").glob("*.pdf"))) == 4  # the sample's tasks
    assert (tmp_path / "national_overview.pdf").stat().st_size > 10000
    report = subprocess.run(["pdftotext", str(tmp_path / "national_report.pdf"), "-"],
                            check=True, capture_output=True, text=True).stdout
    assert "Anti-Personnel Mine Ban Convention, Article 7" in report and "Page 1 of" in report
    qfield = tmp_path / "qfield_EX-TK-0001"  # a QField package of one task
    assert {path.name for path in qfield.iterdir()} >= {
        "EX-TK-0001.qgz", "EX-TK-0001.gpkg", "mine_action_package.json", "task_orders"}
    assert "QField package (" in out and str(qfield / "EX-TK-0001.qgz") in out
    from osgeo import ogr
    workbook = ogr.Open(str(tmp_path / "land_release_statistics.xlsx"))
    assert workbook.GetLayerCount() == 8  # one sheet per statistics table
    assert "beneficiaries: 577 women, " in out and "1 injured unknown" in out
    with sqlite3.connect(database) as connection:
        hazards = connection.execute("SELECT count(*) FROM hazards").fetchone()[0]
        history = connection.execute("SELECT count(*) FROM release_history").fetchone()[0]
        without_geometry = connection.execute(
            "SELECT count(*) FROM hazards WHERE geom IS NULL").fetchone()[0]
    assert hazards >= 8 and history > 0 and without_geometry == 0
    total = [line for line in out.splitlines() if line.strip().startswith("total")]
    assert len(total) == 1
    # the bundled field submissions: KoBo's go in, ODK's same ones change nothing,
    # the broken spot report is named with its field
    assert "kobo/mam_hazard_report.xlsx  5 imported, 0 rejected" in out
    assert "odk/mam_hazard_report.zip    0 imported, 0 rejected, 5 already imported" in out
    assert "EX-EO-0301  rejected" in out and "'quantity'" in out
    # their photos, kept by record (table / uuid): the site's and a find's
    assert sorted(path.relative_to(tmp_path / "field_photos").parts[0] for path
                  in (tmp_path / "field_photos").rglob("*.jpg")) == [
                      "eo_finds", "land_release_activities"]
    with sqlite3.connect(database) as connection:
        assert connection.execute(
            "SELECT count(*) FROM land_release_activities WHERE review_status = 'submitted'"
        ).fetchone()[0] == 2


def _words(pdf, database_name):
    """The words of a PDF's text, the database's own name (a pattern)
    replaced: the overview names its source, the file or the schema."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return re.sub(database_name, "<database>", " ".join(text.split())).split()


def _results(out, folder):
    """The demo's printed results, the output ``folder`` written <output>:
    every line but those naming the database, its server and the files
    named on lines of their own."""
    return [line.replace(str(folder), "<output>") for line in out.splitlines()
            if not re.match(r"\s*(1\. Created|PostGIS server|/|national overview:|7\. )", line)]


def test_demo_on_postgis_prints_the_same(gpkg_demo, tmp_path):
    """make demo-postgis: the same steps on a throw-away PostGIS cluster give
    the same tables and PDFs of the same content, and the cluster is gone."""
    gpkg_folder, gpkg_out = gpkg_demo
    out = _demo(tmp_path, "--postgis")
    assert "schema 'Examplia national" in out
    assert _results(out, tmp_path) == _results(gpkg_out, gpkg_folder)
    pdfs = sorted(path.relative_to(gpkg_folder) for path in gpkg_folder.rglob("*.pdf"))
    assert len(pdfs) == 7  # 4 task orders, the overview, the national report, the QField package's task order
    assert sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*.pdf")) == pdfs
    for pdf in pdfs:
        # a schema of its own, suffixed on a server the environment names; the
        # same words, in any order: the server returns features unordered, so
        # map labels may be drawn (and written to the PDF) in another order
        assert sorted(_words(tmp_path / pdf, r"Examplia national( [0-9a-f]{8})?")) == \
            sorted(_words(gpkg_folder / pdf, r"examplia\.gpkg")), pdf
    assert not (tmp_path / "examplia.qgz").exists()  # it would name the stopped server
    host, port = re.search(r"PostGIS server on (\S+):(\d+)", out).groups()
    if not os.environ.get("MAM_TEST_PG_HOST"):  # its own cluster: stopped
        with pytest.raises(OSError):
            socket.create_connection((host, int(port)), timeout=5).close()
