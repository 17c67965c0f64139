"""The one reader of the plugin's Qt Linguist sources (i18n/*.ts), shared by
scripts/translations.py, scripts/glossary.py and the translation tests, so
that all three agree on which messages exist and which are unfinished."""

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ts_path(language):
    return ROOT / "i18n" / "mine_action_mapper_{}.ts".format(language)


def languages():
    """The languages that have a translation source, in a stable order."""
    return sorted(path.stem.rsplit("_", 1)[1]
                  for path in (ROOT / "i18n").glob("mine_action_mapper_*.ts"))


def unfinished(translation):
    """True when a <translation> element (or its absence) needs a translator."""
    return translation is None or translation.get("type") in ("unfinished", "obsolete") \
        or not (translation.text or "").strip()


def entries(tree):
    """(context name, source, <message> element) of every message of a parsed .ts."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def messages(language):
    """(context, source, <translation> element or None) of a language's .ts."""
    for name, source, message in entries(ET.parse(ts_path(language))):
        yield name, source, message.find("translation")


def text(translation):
    return (translation.text or "") if translation is not None else ""
