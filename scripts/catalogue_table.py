"""Write the bad-input catalogue's table into docs/data-safety.md.

The table (cases by kind and outcome) is computed from the CASES of
tests/qgis/test_bad_input_catalogue.py; test_docs_table_is_current fails when
the committed document is out of date.

    python scripts/catalogue_table.py            # rewrite the table
    python scripts/catalogue_table.py --check    # exit 1 if it would change
"""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "tests" / "qgis" / "test_bad_input_catalogue.py"


def _catalogue():
    # the module imports QGIS only inside its cases, so plain Python loads it
    spec = importlib.util.spec_from_file_location("bad_input_catalogue", CATALOGUE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render(text, catalogue):
    start = text.index(catalogue.TABLE_START) + len(catalogue.TABLE_START)
    end = text.index(catalogue.TABLE_END)
    return text[:start] + "\n" + catalogue.markdown_table() + text[end:]


def main(argv):
    catalogue = _catalogue()
    text = catalogue.DOC.read_text(encoding="utf-8")
    new = render(text, catalogue)
    if "--check" in argv:
        if new != text:
            print("docs/data-safety.md is out of date: run python scripts/catalogue_table.py")
            return 1
        return 0
    catalogue.DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
