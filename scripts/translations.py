"""Move a language's translations between its Qt Linguist source and JSON.

For translators without Qt Linguist: export the strings of one language to a
JSON list, translate the ``translation`` values, import it back. Import only
touches the messages it names (by context and English source), marks them
finished, and never adds or removes a message (``make i18n`` does that from
the code).

    python scripts/translations.py export uk > uk.json              # unfinished only
    python scripts/translations.py export uk --all --context Vocabulary > uk.json
    python scripts/translations.py import uk uk.json
    python scripts/translations.py stats                            # per language
"""

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_file import entries, languages, messages, text, ts_path, unfinished  # noqa: E402


def export(language, everything=False, contexts=None):
    return [{"context": name, "source": source, "translation": text(translation)}
            for name, source, translation in messages(language)
            if (not contexts or name in contexts) and (everything or unfinished(translation))]


def import_(language, rows):
    """Set the given translations; returns (set, unknown) counts."""
    path = ts_path(language)
    tree = ET.parse(path)
    index = {(name, source): message for name, source, message in entries(tree)}
    done = unknown = 0
    for row in rows:
        message = index.get((row["context"], row["source"]))
        text = (row.get("translation") or "").strip("\n")
        if message is None or not text.strip():
            unknown += message is None
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    root = tree.getroot()
    if not root.get("language"):
        root.set("language", language)
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return done, unknown


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export")
    exporting.add_argument("language")
    exporting.add_argument("--all", action="store_true", help="finished strings too")
    exporting.add_argument("--context", action="append")
    importing = commands.add_parser("import")
    importing.add_argument("language")
    importing.add_argument("json")
    commands.add_parser("stats")
    args = parser.parse_args(argv)
    if args.command == "export":
        json.dump(export(args.language, args.all, args.context), sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
    elif args.command == "import":
        rows = json.loads(Path(args.json).read_text(encoding="utf-8"))
        done, unknown = import_(args.language, rows)
        print("%d translations set, %d not found in the .ts" % (done, unknown))
        return 1 if unknown else 0
    else:
        for language in languages():
            total = len(export(language, everything=True))
            print("%s: %d of %d translated" % (language, total - len(export(language)), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
