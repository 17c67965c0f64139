"""Export national report on the sample programme, on both backends: the
PDF's text carries the figures *Land release statistics* gives (read from
its output layers, never typed in), the Article 7 region rows add up to the
national totals, the charts are pictures in the layout, an empty year says
so, bad dates get a translated error and no file, and the database is not
touched."""

import datetime
import os
import re
import subprocess

import pytest
from qgis.core import QgsLayoutItemPicture, QgsProcessingException

from mine_action_mapper.core import report_tables as rt
from mine_action_mapper.layouts.national_report import NationalReport, group_separator
from mine_action_mapper.layouts.national_report_data import read_report_data
from mine_action_mapper.store import languages
from mine_action_mapper.store.features import python_value

YEAR, AS_OF = 2025, "2025-12-31"
GROUPS = {"region": 0, "contamination": 3}


def _run(algorithm, parameters):
    import processing
    return processing.run("mineaction:" + algorithm, parameters)


def _text(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())  # ligatures


def _report(backend, tmp_path, name="report.pdf", **extra):
    parameters = dict(backend.where, YEAR=YEAR, AS_OF=AS_OF, OUTPUT=str(tmp_path / name),
                      AUTHORITY="Examplia Mine Action Centre")
    parameters.update(extra)
    return _run("exportnationalreport", parameters)["OUTPUT"]


def _statistics(backend, group_by):
    """The statistics algorithm's released (reporting year) and as-of tables."""
    out = _run("landreleasestatistics", dict(
        backend.where, START="{}-01-01".format(YEAR), END=AS_OF, AS_OF=AS_OF, SPLIT=3,
        GROUP_BY=[GROUPS[name] for name in group_by], RELEASED="memory:",
        REMAINING="memory:", REMAINING_AS_OF="memory:", EO="memory:",
        CONSISTENCY="memory:", BENEFICIARIES="memory:", TEAMS="memory:", CASUALTIES="memory:"))

    def rows(layer):
        return [{name: python_value(f[name]) for name in layer.fields().names()}
                for f in layer.getFeatures()]
    return rows(out["RELEASED"]), rows(out["REMAINING_AS_OF"]), rows(out["EO"])


def _pages(text):
    """N of the report's "Page n of N" footers, checked on every page."""
    totals = {int(total) for total in re.findall(r"Page \d+ of (\d+)", text)}
    assert len(totals) == 1, totals
    [pages] = totals
    assert "Page {0} of {0}".format(pages) in text
    return pages


def _number(value):
    return rt.format_number(value, ",")


def test_report_carries_the_statistics(backend, tmp_path):
    before = backend.dump()
    pdf = _report(backend, tmp_path, COMPLETION_DATE="2030-12-31")
    text = _text(pdf)
    assert backend.dump() == before  # the database is not modified
    released, as_of, eo = _statistics(backend, ())
    national = as_of[0]
    # the national summary, from the statistics algorithm's own layers
    assert "Hazardous areas remaining {} {}".format(
        national["remaining_count"], _number(national["remaining_m2"])) in text
    assert "of which suspected hazardous areas (SHA) {} {}".format(
        national["sha_count"], _number(national["sha_m2"])) in text
    assert "Land released in the period – {}".format(
        _number(released[0]["released_m2"])) in text
    assert "Land cleared – {}".format(_number(released[0]["cleared_m2"])) in text
    assert "Explosive ordnance items found in the period {}".format(
        sum(row["found"] for row in eo)) in text
    # Article 7: per treaty, the totals are the statistics' for its contamination
    released, as_of, _eo = _statistics(backend, ("contamination",))
    for chapter, covered in ((rt.CHAPTERS["apmbc"], rt.APMBC_CONTAMINATION),
                             (rt.CHAPTERS["ccm"], rt.CCM_CONTAMINATION)):
        rows = [row for row in as_of if row["contamination"] in covered]
        assert sum(row["remaining_m2"] for row in rows) > 0, chapter  # the sample has both
        total = "Total " + " ".join(
            str(sum(row[name] for row in rows)) if name.endswith("count")
            else _number(sum(row[name] for row in rows))
            for name in ("sha_count", "sha_m2", "cha_count", "cha_m2", "remaining_count",
                         "remaining_m2"))
        start = text.index(chapter)
        assert total in text[start:], (chapter, total)
        year = [row for row in released if row["contamination"] in covered]
        if sum(row["released_m2"] for row in year):
            assert "Total {} {} {} {}".format(*(_number(sum(
                sum(row[m + "_m2"] for m in methods) for row in year))
                for _name, methods in rt.ARTICLE7_METHODS), _number(sum(
                    row["released_m2"] for row in year))) in text[start:]
    pages = _pages(text)
    assert "Page 1 of {}".format(pages) in text and pages >= 3
    assert "Examplia Mine Action Centre" in text
    assert not os.path.exists(str(tmp_path / ".report.pdf.partial"))


def test_region_rows_add_up_to_the_national_totals(backend, tmp_path):
    data = read_report_data(backend.database, YEAR, datetime.date(2025, 12, 31), 1.0)
    _released, as_of, _eo = _statistics(backend, ("contamination",))
    for table in rt.REPORT_TABLES:
        if table.key.endswith("_remaining"):
            covered = rt.APMBC_CONTAMINATION if table.key.startswith("apmbc") \
                else rt.CCM_CONTAMINATION
            rows = rt.table_rows(table, data)
            *regions, total = rows
            for index in range(1, len(table.columns)):
                assert total[index] == pytest.approx(sum(r[index] for r in regions))
            assert total[-1] == pytest.approx(sum(
                row["remaining_m2"] for row in as_of if row["contamination"] in covered))
            assert total[-2] == sum(row["remaining_count"] for row in as_of
                                    if row["contamination"] in covered)
    summary = dict((row[0], row[1:]) for row in rt.table_rows(rt.REPORT_TABLES[0], data))
    national = sum(row["remaining_m2"] for row in as_of)
    assert summary["Hazardous areas remaining"][1] == pytest.approx(national)


@pytest.mark.parametrize("backend", ["gpkg"], indirect=True)
def test_charts_are_pictures_in_the_layout(backend, tmp_path):
    data = read_report_data(backend.database, YEAR, datetime.date(2025, 12, 31), 1.0)
    for completion, expected in ((None, 2), ((datetime.date(2030, 12, 31), 0.0), 3)):
        folder = tmp_path / str(expected)
        folder.mkdir()
        layout = NationalReport(backend.database, data, "en", completion=completion).fill(
            str(folder))
        pictures = [item for item in layout.items() if isinstance(item, QgsLayoutItemPicture)]
        assert len(pictures) == expected
        for picture in pictures:
            assert os.path.getsize(picture.picturePath()) > 5000
            assert picture.picturePath().endswith(".svg")


@pytest.mark.parametrize("backend", ["gpkg"], indirect=True)
def test_empty_year_and_bad_dates(backend, tmp_path):
    # 2021: hazards recorded, nothing released: honest zeros and a sentence
    text = _text(_report(backend, tmp_path, YEAR=2021, AS_OF="2021-12-31"))
    assert text.count("No land was released in the reporting period.") == 2
    assert "Land released in the period – 0" in text
    # before the first record: nothing to report
    output = tmp_path / "early.pdf"
    with pytest.raises(QgsProcessingException, match="No hazard is recorded on or before "
                                                     "2000-12-31"):
        _report(backend, tmp_path, "early.pdf", YEAR=2000, AS_OF="2000-12-31")
    assert not output.exists()
    with pytest.raises(QgsProcessingException, match="as-of date 2024-06-30 is before"):
        _report(backend, tmp_path, "early.pdf", AS_OF="2024-06-30")
    assert not output.exists() and not list(tmp_path.glob(".*partial*"))
    # the same refusal in the user's language
    with languages.speaking("fr"):
        with pytest.raises(Exception) as error:
            read_report_data(backend.database, YEAR, datetime.date(2024, 6, 30), 1.0)
    assert "2024-06-30" in str(error.value) and "as-of date" not in str(error.value)


@pytest.mark.parametrize("backend", ["gpkg"], indirect=True)
def test_french_and_arabic(backend, tmp_path):
    choices = languages.choices()
    french = _text(_report(backend, tmp_path, "fr.pdf", LANGUAGE=choices.index("fr") + 1))
    with languages.speaking("fr"):
        title = rt.translate(rt.CONTEXT, "NATIONAL MINE ACTION REPORT")
    assert title != "NATIONAL MINE ACTION REPORT" and title in french
    data = read_report_data(backend.database, YEAR, datetime.date(2025, 12, 31), 1.0)
    remaining = rt.table_rows(rt.REPORT_TABLES[0], data)[0][2]
    separator = group_separator("fr")
    assert separator.isspace()  # French groups digits with a (narrow) space
    assert rt.format_number(remaining, separator).replace(separator, " ") in french
    arabic = _report(backend, tmp_path, "ar.pdf", LANGUAGE=choices.index("ar") + 1)
    assert os.path.getsize(arabic) > 20000
    with languages.speaking("ar"):
        heading = rt.translate(rt.CONTEXT, rt.CHAPTERS["summary"])
    assert heading != rt.CHAPTERS["summary"]


def test_completion_target_from_the_programme_settings(backend, tmp_path):
    """Without a COMPLETION_DATE, the database's completion target draws the
    progress chart."""
    from mine_action_mapper.store.settings_store import write_database
    untargeted = _text(_report(backend, tmp_path, "none.pdf"))
    assert "the path to the target" not in untargeted and _pages(untargeted) >= 2
    write_database(backend.database, {"completion_date": "2030-12-31",
                                      "completion_target_m2": "1000"})
    text = _text(_report(backend, tmp_path, "target.pdf"))
    assert "the path to the target of 2030-12-31" in text and _pages(text) >= 3


@pytest.mark.parametrize("backend", ["gpkg"], indirect=True)
def test_a_new_table_is_one_entry(backend, tmp_path, monkeypatch):
    """A table of another statistics table needs one REPORT_TABLES entry."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemManualTable
    extra = rt.ReportTable(
        "consistency", "summary", "Consistency of the period",
        (rt.Column("Region", rt.TEXT), rt.Column("Difference (m²)", rt.M2)),
        lambda data: [[row["region"] or "-", row["difference_m2"]]
                      for row in data.tables["consistency"]
                      if row["period_start"] >= data.period.start])
    monkeypatch.setattr(rt, "REPORT_TABLES", rt.REPORT_TABLES + (extra,))
    data = read_report_data(backend.database, YEAR, datetime.date(2025, 12, 31), 1.0)
    layout = NationalReport(backend.database, data, "en").fill(str(tmp_path))
    labels = [item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert "Consistency of the period" in labels
    tables = [frame for frame in layout.multiFrames()
              if isinstance(frame, QgsLayoutItemManualTable)]
    headers = [[column.heading() for column in table.headers()] for table in tables]
    assert ["Region", "Difference (m²)"] in headers


def test_people_tables_carry_the_statistics(backend, tmp_path):
    """Beneficiaries and casualties by sex and age: the statistics
    algorithm's people tables of the reporting year, in the report."""
    text = _text(_report(backend, tmp_path))
    out = _run("landreleasestatistics", dict(
        backend.where, START="{}-01-01".format(YEAR), END=AS_OF, AS_OF=AS_OF, SPLIT=0,
        GROUP_BY=[], RELEASED="memory:", REMAINING="memory:", REMAINING_AS_OF="memory:",
        EO="memory:", CONSISTENCY="memory:", BENEFICIARIES="memory:", TEAMS="memory:",
        CASUALTIES="memory:"))
    beneficiaries = {f["category"]: (f["people"], f["recorded"], f["not_recorded"])
                     for f in out["BENEFICIARIES"].getFeatures()}
    assert sum(people for people, _r, _n in beneficiaries.values()) > 0  # the sample has some
    start = text.index(rt.CHAPTERS["people"])
    for category, (people, recorded, missing) in beneficiaries.items():
        assert "{} {} {} {}".format(rt.PEOPLE_LABELS[category], people, recorded,
                                    missing) in text[start:], category
    casualties = {(f["outcome"], f["category"]): (f["people"], f["not_recorded"])
                  for f in out["CASUALTIES"].getFeatures()}
    for category in rt.CASUALTY_CATEGORIES:
        killed, injured = casualties.get(("killed", category), (0, 0)), casualties.get(
            ("injured", category), (0, 0))
        assert "{} {} {} {} {}".format(rt.PEOPLE_LABELS[category], killed[0], injured[0],
                                       killed[1], injured[1]) in text[start:], category
