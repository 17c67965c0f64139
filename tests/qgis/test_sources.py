"""The one parser of layer sources (store.sources) and the database a project
has loaded (store.loaded), on real layers of real files."""

import os

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from mine_action_mapper.store.database import create_geopackage, open_layer
from mine_action_mapper.store.loaded import loaded_database
from mine_action_mapper.store.reference import DatabaseRef
from mine_action_mapper.store.sources import (database_tables, file_of, geopackage_file,
                                              geopackage_table, source_of)
from mine_action_mapper.styles.project import load_database
from mine_action_mapper.styles.symbology import apply_symbology


pytestmark = pytest.mark.usefixtures("clean_slate")


@pytest.fixture()
def csv_file(tmp_path):
    folder = tmp_path / "survey data"  # a space: percent-encoded in the layer's URL
    folder.mkdir()
    path = folder / "points.csv"
    path.write_text("id,x,y\n1,30.0,10.0\n", encoding="utf-8")
    return path


def test_strings_name_their_file(tmp_path):
    gpkg = tmp_path / "programme.gpkg"
    real = os.path.realpath(str(gpkg))
    assert file_of("{}|layername=hazards".format(gpkg)) == real
    assert file_of(str(gpkg)) == real
    assert file_of(gpkg) == real
    assert file_of("ogr:dbname='{}' table=\"computed\" (geom)".format(gpkg)) == real
    quoted = tmp_path / "o'clock.gpkg"
    assert file_of("ogr:dbname='{}' table=\"t\"".format(str(quoted).replace("'", "''"))) \
        == os.path.realpath(str(quoted))
    assert file_of("file://{}?delimiter=,".format(tmp_path / "a%20b.csv")) \
        == os.path.realpath(str(tmp_path / "a b.csv"))
    for no_file in ("TEMPORARY_OUTPUT", "memory:", "postgres://db", "dbname='x' table=t",
                    "", None, 42):
        assert file_of(no_file) is None, no_file


def test_layers_name_their_file_and_table(database, csv_file):
    hazards = open_layer(database, "hazards")
    assert file_of(hazards) == os.path.realpath(database)
    assert geopackage_file(hazards) == os.path.realpath(database)
    assert geopackage_table(hazards) == (database, "hazards")
    source = source_of(hazards)
    assert (source.provider, source.path, source.table) == ("ogr", database, "hazards")
    url = "{}?type=csv&xField=x&yField=y&crs=EPSG:4326".format(csv_file.as_uri())
    points = QgsVectorLayer(url, "points", "delimitedtext")
    assert points.isValid()
    assert file_of(points) == os.path.realpath(str(csv_file))
    assert geopackage_file(points) is None and geopackage_table(points) is None
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "scratch", "memory")
    assert file_of(memory) is None and geopackage_file(memory) is None
    assert source_of(memory).provider == "memory" and source_of(memory).table == ""
    assert geopackage_file(str(csv_file.parent / "missing.gpkg")) is None


def test_the_highest_database_in_the_tree_is_the_loaded_one(database, tmp_path):
    project = QgsProject.instance()
    assert loaded_database(project).path is None
    other = create_geopackage(str(tmp_path / "other.gpkg"), style=apply_symbology)
    load_database(database, project)
    _group, layers = load_database(other, project)  # inserted at the top
    loaded = loaded_database(project)
    assert loaded.path == os.path.abspath(other)
    assert loaded.layer("hazards") == layers["hazards"].id()
    found = database_tables(project, ("hazards", "survey_points"))
    assert list(found) == [DatabaseRef(path=os.path.abspath(other)),
                           DatabaseRef(path=os.path.abspath(database))]
    assert set(found[DatabaseRef(path=os.path.abspath(database))]) == {"hazards",
                                                                       "survey_points"}


def test_a_database_lacking_a_required_table_is_not_loaded(database):
    project = QgsProject.instance()
    project.addMapLayer(open_layer(database, "hazards"))
    assert loaded_database(project).path is None  # no schema_info layer
    assert loaded_database(project, ("hazards",)).layers["hazards"].name() == "hazards"
    assert database_tables(project, ("hazards",), required=("hazards", "survey_points")) == {}
