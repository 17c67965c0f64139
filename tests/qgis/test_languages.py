"""A database speaks the language chosen at creation, whatever QGIS speaks;
task orders and the overview print in it, in two languages, or right to
left, and no text runs out of its frame in any language."""

import re
import shutil
import sqlite3
import subprocess
import threading
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsVectorLayer

from mine_action_mapper.core import vocabulary
from mine_action_mapper.core.i18n import translate
from mine_action_mapper.layouts import layout_templates as templates
from mine_action_mapper.layouts.layout_overview import OverviewExporter
from mine_action_mapper.layouts.task_order import TaskOrderExporter
from mine_action_mapper.store import languages
from mine_action_mapper.store.migrate import register_gpkg_functions
from mine_action_mapper.store.settings_store import database_values

from task_order_sample import build_sample_database  # tests/fixtures

TASK = "EX-TK-0001"


def _sql(path):
    """A plain sqlite3 connection that can update GeoPackage tables (their
    R-tree triggers call GeoPackage SQL functions)."""
    connection = sqlite3.connect(path)
    register_gpkg_functions(connection)
    return connection


def french(context, text):
    return languages.translator("fr")(context, text)


# ------------------------------------------------------------- translators
def test_one_language_two_languages_and_english():
    assert "fr" in languages.available() and "en" in languages.available()
    assert languages.translator("fr")("TaskOrder", "FIELD TASK ORDER") == \
        "ORDRE DE TÂCHE DE TERRAIN"
    assert languages.translator("fr+en")("TaskOrder", "FIELD TASK ORDER") == \
        "ORDRE DE TÂCHE DE TERRAIN / FIELD TASK ORDER"
    # a long text puts its second language on a line of its own
    long_text = languages.translator("fr+en")("TaskOrder", "North and declination") + " " + \
        languages.translator("fr+en")(
            "Overview", "Hazardous areas by class and land release activities by outcome, "
                        "as recorded on {date}. Scale 1:{scale}.")
    assert "\nHazardous areas by class" in long_text
    # non-ASCII sources (°, ², ›) are found too
    assert languages.translator("fr")("DataModel", "Declination applied (°, east +)") == \
        "Déclinaison appliquée (°, est +)"
    assert languages.display_name("fr+en") == "Français + English"
    assert "fr+en" in languages.choices() and "en+en" not in languages.choices()
    assert languages.is_right_to_left("ar") and not languages.is_right_to_left("uk+en")


def test_speaking_a_language_is_for_this_thread_only(monkeypatch):
    from mine_action_mapper.core import i18n
    monkeypatch.setattr(i18n, "_translator", None)  # the interface speaks English
    seen = {}

    def other_thread():
        seen["other"] = translate("TaskOrder", "Legend")

    with languages.speaking("fr"):
        assert translate("TaskOrder", "Legend") == "Légende"
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    assert seen["other"] == "Legend"
    assert translate("TaskOrder", "Legend") == "Legend"
    # English is English even when the interface speaks French
    monkeypatch.setattr(i18n, "_translator", french)
    with languages.speaking("en"):
        assert translate("TaskOrder", "Legend") == "Legend"


# ---------------------------------------------------------------- creation
def _language_index(setting):
    return languages.choices().index(setting) + 1


def test_database_created_in_french_from_an_english_qgis(tmp_path, provider):
    import processing
    path = str(tmp_path / "programme.gpkg")
    processing.run("mineaction:createdatabase", {
        "OUTPUT": path, "LANGUAGE": _language_index("fr"), "OPEN": False})
    with sqlite3.connect(path) as connection:
        labels = dict(connection.execute(
            "SELECT code, label FROM lookups WHERE vocabulary = 'hazard_class'"))
    assert labels["SHA"] == "Zone suspectée dangereuse (ZSD)"
    assert database_values(path)["language"] == "fr"
    # the stored form opens in French in any QGIS, with or without the plugin
    layer = QgsVectorLayer(path + "|layername=hazards", "hazards", "ogr")
    assert layer.isValid()
    alias = layer.attributeAlias(layer.fields().indexOf("hazard_class"))
    assert alias == "Classe"
    # and the interface kept its own language
    assert vocabulary.HAZARD_CLASS.label("SHA") == "Suspected Hazardous Area (SHA)"


# ------------------------------------------------------------------ printing
# poppler reports the font's ligatures as such
LIGATURES = str.maketrans({"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff"})
# what a PDF's text layer does not keep of Arabic: bidirectional embedding
# marks (poppler adds them), vowel marks (drawn as separate glyphs), and
# which way a bracket faces (mirrored in right-to-left text)
UNKEPT = re.compile("[\u200e\u200f\u202a-\u202e\u064b-\u0652\u0670()]")


def _comparable(text):
    """Text as a PDF's text layer gives it back: Arabic presentation forms
    (the shaped letters) folded to letters, marks dropped."""
    return UNKEPT.sub("", unicodedata.normalize("NFKC", text.translate(LIGATURES)))


def _pages(pdf):
    """Per page: (width, height, [(text, x0, y0, x1, y1)]) in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("&nbsp;", " ")
    root = ET.fromstring(re.sub(r' xmlns="[^"]+"', "", html, count=1))
    return [(float(page.get("width")), float(page.get("height")),
             [((word.text or "").translate(LIGATURES), float(word.get("xMin")),
               float(word.get("yMin")), float(word.get("xMax")), float(word.get("yMax")))
              for word in page.iter("word")])
            for page in root.iter("page")]


def _words(pdf):
    """The first page's width, height and words."""
    return _pages(pdf)[0]


def _outside(words, left, top, right, bottom):
    return [w[0] for w in words if w[1] < left - 0.5 or w[3] > right + 0.5
            or w[2] < top - 0.5 or w[4] > bottom + 0.5]


MM = 72.0 / 25.4


def _outside_maps(words, paper):
    """The words outside the map frames (a map's own labels and grid
    annotations are drawn by the map, not the page)."""
    frames = templates.TASK_ORDER_FRAMES[paper]
    boxes = []
    for item in (templates.MAIN_MAP, templates.OVERVIEW_MAP):
        x, y, width, height = frames[item]
        boxes.append(((x - 7) * MM, (y - 7) * MM, (x + width + 7) * MM, (y + height + 7) * MM))

    def in_a_map(word):
        cx, cy = (word[1] + word[3]) / 2, (word[2] + word[4]) / 2
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)
    return [word for word in words if not in_a_map(word)]


def _overlaps(words):
    """Pairs of words drawn over each other. A word's box spans its font's
    ascent and descent, so the boxes of tightly set lines touch: two words
    overlap when their boxes share more than a third of a line's height."""
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            across = min(a[3], b[3]) - max(a[1], b[1])
            down = min(a[4], b[4]) - max(a[2], b[2])
            if across > 0.5 and down > min(a[4] - a[2], b[4] - b[2]) / 3:
                found.append((a[0], b[0], round(a[1]), round(a[2])))
    return found


@pytest.fixture(scope="module")
def sample_db(qgis_app, tmp_path_factory):
    return build_sample_database(str(tmp_path_factory.mktemp("db") / "programme.gpkg"))


def _longest(vocab, setting):
    """The code of ``vocab`` whose label is longest in ``setting``."""
    with languages.speaking(setting):
        return max(vocab.terms, key=lambda term: len(vocab.label(term.code))).code


@pytest.fixture(scope="module")
def longest_db(sample_db, tmp_path_factory):
    """The sample with long free texts; coded fields are set per language."""
    path = str(tmp_path_factory.mktemp("long") / "programme.gpkg")
    shutil.copy(sample_db, path)
    with _sql(path) as connection:
        connection.execute(
            "UPDATE tasks SET organisation = ?, team = ?, row_version = row_version + 1 "
            "WHERE task_id = ?",
            ("Humanitarian Demining Operator of the Northern Provinces",
             "Multi-Task Team 12 (manual and mechanical)", TASK))
        connection.execute(
            "UPDATE hazards SET name = ?, locality = ?, row_version = row_version + 1 "
            "WHERE hazard_id = "
            "(SELECT hazard_id FROM tasks WHERE task_id = ?)",
            ("Quillen Flats minefield along the old irrigation canal",
             "Upper Quillen Valley, between the ford and the railway bridge", TASK))
    return path


def _set_longest_codes(path, setting):
    with _sql(path) as connection:
        connection.execute(
            "UPDATE tasks SET task_type = ?, priority = ?, status = ?, "
            "row_version = row_version + 1 WHERE task_id = ?",
            (_longest(vocabulary.ACTIVITY_TYPE, setting),
             _longest(vocabulary.TASK_PRIORITY, setting),
             _longest(vocabulary.TASK_STATUS, setting), TASK))
        connection.execute(
            "UPDATE hazards SET hazard_class = ?, contamination = ?, "
            "row_version = row_version + 1 WHERE hazard_id = "
            "(SELECT hazard_id FROM tasks WHERE task_id = ?)",
            (_longest(vocabulary.HAZARD_CLASS, setting),
             _longest(vocabulary.CONTAMINATION, setting), TASK))


@pytest.mark.parametrize("setting", languages.choices())
def test_no_text_runs_out_of_its_frame(longest_db, tmp_path, setting):
    """Every language and every language with English, with the longest
    label of each coded title-block field and long free texts: every word of
    the page lies inside the border, no two words overlap, and every title
    block value is printed whole."""
    _set_longest_codes(longest_db, setting)
    with TaskOrderExporter(longest_db, templates.A4_PORTRAIT, language=setting) as exporter:
        files = exporter.export([TASK], str(tmp_path))
        order = exporter.drawn[TASK]["order"]
        with languages.speaking(setting):
            from mine_action_mapper.layouts.layout_fill import title_rows
            expected = [cell for row in title_rows(order) for cell in row]
    pdf = [name for name in files if name.endswith(".pdf")][0]
    pages = _pages(pdf)
    width, height, words = pages[0]
    border = templates.TASK_ORDER_FRAMES[templates.A4_PORTRAIT]["border"]
    left, top = border[0] * MM, border[1] * MM
    right, bottom = (border[0] + border[2]) * MM, (border[1] + border[3]) * MM
    assert _outside(words, left, top, right, bottom) == []
    # a long table runs on to further pages, within the same margins
    for _width, _height, more in pages[1:]:
        assert _outside(more, left, top, right, bottom) == []
        assert _overlaps(more) == []
    page_words = _outside_maps(words, templates.A4_PORTRAIT)
    assert _overlaps(page_words) == []
    printed = _comparable(subprocess.run(["pdftotext", pdf, "-"], check=True,
                                         capture_output=True, text=True).stdout)
    missing = [word for cell in expected for word in _comparable(cell).split()
               if word not in printed]
    assert missing == []


def _title_position(pdf):
    """The page width and the box of the task ID printed as the subtitle
    (the tallest of its horizontal occurrences; the map labels it on end)."""
    width, _height, words = _words(pdf)
    return width, max((w for w in words if w[0] == TASK and w[3] - w[1] > w[4] - w[2]),
                      key=lambda w: w[4] - w[2])


def test_task_order_in_the_database_language_and_bilingual(sample_db, tmp_path):
    french_db = str(tmp_path / "french.gpkg")
    shutil.copy(sample_db, french_db)
    with _sql(french_db) as connection:
        connection.execute("UPDATE schema_info SET value = 'fr' WHERE key = 'setting.language'")
    with TaskOrderExporter(french_db) as exporter:  # the database's language
        assert exporter.language == "fr"
        pdf = [f for f in exporter.export([TASK], str(tmp_path / "fr")) if f.endswith(".pdf")][0]
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "ORDRE DE TÂCHE DE TERRAIN" in text and "FIELD TASK ORDER" not in text
    with TaskOrderExporter(french_db, language="fr+en") as exporter:
        pdf = [f for f in exporter.export([TASK], str(tmp_path / "both")) if f.endswith(".pdf")][0]
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "ORDRE DE TÂCHE DE TERRAIN / FIELD" in text
    assert "Légende" in text and "Legend" in text


def test_right_to_left_page_is_mirrored(sample_db, tmp_path):
    with TaskOrderExporter(sample_db, language="en") as exporter:
        left = [f for f in exporter.export([TASK], str(tmp_path / "en")) if f.endswith(".pdf")][0]
    with TaskOrderExporter(sample_db, language="ar") as exporter:
        right = [f for f in exporter.export([TASK], str(tmp_path / "ar")) if f.endswith(".pdf")][0]
    width, ltr = _title_position(left)
    _width, rtl = _title_position(right)
    assert ltr[3] < width / 2 < rtl[1]  # the task ID moved from the left to the right
    # it ends where the English one started, mirrored (within a point)
    assert abs((width - rtl[3]) - ltr[1]) < 1.0


def test_overview_in_two_languages(sample_db, tmp_path):
    exporter = OverviewExporter(sample_db, language="fr+en")
    pdf = str(tmp_path / "overview.pdf")
    exporter.export(pdf)
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "NATIONAL MINE ACTION OVERVIEW" in text
    assert "SYNTHÈSE NATIONALE DE L'ACTION CONTRE LES MINES" in text
