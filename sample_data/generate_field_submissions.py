"""Developer tool: write the bundled fictional field submissions
(``sample_data/field_submissions/``), as KoBoToolbox and ODK Central export
them, from the plugin's own field forms.

EVERY SUBMISSION IS INVENTED, like the rest of the Examplia programme. The
set is what ``make demo`` imports (*Import field submissions*):

* **five non-technical surveys** (hazard reports) of new hazards EX-HA-0101,
  0102, 0104, 0105 and 0106: the survey tables of EX-HA-0001, 0002, 0004,
  0005 and 0006 walked again in June 2024 from a benchmark 0.1° (about 11
  km) further north, in a region of their own (Northmarch);
* **two activity reports**: a technical survey of EX-HA-0001 whose reduced
  area was drawn on the phone (geoshape), with two AP mines, and the
  clearance of EX-HA-0005 walked as survey points, with a submunition;
* **three EO spot reports**, the last one broken (a quantity of 0), for the
  import to name;
* **two photos** (drawn here: a grey card saying it is fictional), of the
  technical survey's site and of the first spot report's find, in the ODK
  zip's ``media/`` and in KoBoToolbox's attachments download beside the XLSX
  (``kobo/attachments/<submission uuid>/``).

Each form is written twice, ``kobo/<form>.xlsx`` and ``odk/<form>.zip``: the
same submissions (the same instance UUIDs), so the second import of each
changes nothing. The layout is tests/fixtures/field_exports.py's, which the
tests also use::

    .venv/bin/python sample_data/generate_field_submissions.py [--out DIR]
"""

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE.parent / "tests" / "fixtures"))

import plugin_package  # noqa: E402  scripts/plugin_package.py

plugin_package.load()
import field_exports  # noqa: E402  tests/fixtures/field_exports.py

#: the sample survey tables walked again, and the new hazards' IDs
SURVEYED = ("EX-HA-0001", "EX-HA-0002", "EX-HA-0004", "EX-HA-0005", "EX-HA-0006")
NORTH = (0.1, 0.0)
FOLDER = HERE / "field_submissions"
SITE_PHOTO, FIND_PHOTO = "ex_lr_0101_site.jpg", "ex_eo_0201_find.jpg"


def survey_table():
    with open(HERE / "survey_points.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def submissions():
    """{form id: [submission]} of the bundled set."""
    rows = survey_table()
    surveys = field_exports.surveys_from_table(
        rows, SURVEYED, first=0xB0DE0000, shift=NORTH,
        rename={hazard: hazard.replace("EX-HA-00", "EX-HA-01") for hazard in SURVEYED})
    for survey in surveys:
        # walked in June 2024 (the magnetic declination is the model's for that date)
        survey["values"].update(region="Northmarch Region", organisation="Examplia Demining Unit",
                                locality="Ostervale", survey_date=survey["submitted"][:10],
                                remarks="FICTIONAL SAMPLE DATA: not a real hazard location.")
    spots = field_exports.eo_spot_reports()
    broken = field_exports.eo_spot_reports(prefix="EX-EO-03", first=0xE0510000)[0]
    broken["values"]["quantity"] = "0"
    activities = field_exports.activity_reports(rows)
    activities[0]["repeats"]["photos"] = [{"photo": SITE_PHOTO, "caption": "Reduced area, "
                                           "looking north (fictional)"}]
    spots[0]["values"]["photo"] = FIND_PHOTO
    return {field_exports.FORM: surveys, field_exports.ACTIVITY_ID: activities,
            field_exports.EO_SPOT_ID: spots + [broken]}


def photo(text):
    """A small JPEG card: ``text`` on grey, marked fictional."""
    import io
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (320, 200), (128, 128, 120))
    draw = ImageDraw.Draw(image)
    for line, words in enumerate(("FICTIONAL SAMPLE PHOTO", "Examplia (not a real place)",
                                  text)):
        draw.text((16, 40 + 40 * line), words, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def photos(forms):
    """{(submission uuid, file name): JPEG bytes} of the set's photos."""
    return {(submission["uuid"], name): photo(name)
            for rows in forms.values() for submission in rows
            for name in [submission["values"].get("photo")] + [
                row.get("photo") for row in submission["repeats"].get("photos", [])]
            if name}


def write(folder):
    """Write both exports of every form under ``folder``; returns the paths."""
    forms, paths = submissions(), []
    media = photos(forms)
    for tool in ("kobo", "odk"):
        (folder / tool).mkdir(parents=True, exist_ok=True)
    for form_id, rows in forms.items():
        paths.append(field_exports.kobo_xlsx(str(folder / "kobo" / (form_id + ".xlsx")), rows,
                                             form_id))
        ours = {submission["uuid"] for submission in rows}
        paths.append(field_exports.odk_zip(
            str(folder / "odk" / (form_id + ".zip")), rows, form_id,
            media={name: content for (uuid, name), content in media.items() if uuid in ours}))
    for (uuid, name), content in media.items():
        target = folder / "kobo" / "attachments" / uuid / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        paths.append(str(target))
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FOLDER)
    for path in write(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
