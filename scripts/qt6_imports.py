"""Every name the project imports from ``qgis.PyQt`` must exist in PyQt6, as
QGIS 4 (Qt6) will look it up: ``qgis.PyQt.QtX`` is PyQt6's ``QtX`` there.

Run with the PyQt6 of .venv-checks (scripts/checks_venv.sh), which sees no
PyQt5 and no QGIS:

    .venv-checks/bin/python scripts/qt6_imports.py [FILE|DIR ...]

An import in the body of ``try: ... except ImportError:`` passes when either
the body or the handler resolves (ui/qt_compat.py: QAction in QtGui in Qt6,
in QtWidgets in Qt5). Prints each missing name; exit 1 if any.
"""

import ast
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt6_check import ROOT, python_files  # noqa: E402 - stdlib-only helpers


def _pyqt6(module, target="PyQt6"):
    """PyQt6's module for a qgis.PyQt one (``qgis.PyQt`` itself is ``PyQt6``)."""
    return target + module[len("qgis.PyQt"):]


def _imports(nodes):
    """(module, name or None, line) of qgis.PyQt imports among ``nodes``."""
    found = []
    for node in nodes:
        for sub in ast.walk(node):
            if isinstance(sub, ast.ImportFrom) and sub.module and (
                    sub.module == "qgis.PyQt" or sub.module.startswith("qgis.PyQt.")):
                found.extend((sub.module, alias.name, sub.lineno) for alias in sub.names)
            elif isinstance(sub, ast.Import):
                found.extend((alias.name, None, sub.lineno) for alias in sub.names
                             if alias.name.startswith("qgis.PyQt."))
    return found


def _resolves(module, name, target="PyQt6"):
    try:
        mod = importlib.import_module(_pyqt6(module, target))
    except ImportError:
        return False
    if name is None or name == "*":
        return True
    if hasattr(mod, name):
        return True
    try:  # a submodule: from qgis.PyQt import QtCore, sip
        importlib.import_module(_pyqt6(module, target) + "." + name)
        return True
    except ImportError:
        return False


def _groups(tree):
    """Import groups that must resolve together: each try/except ImportError
    gives two alternatives; every other import is a group of one."""
    alternatives, in_try = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError",
                                                               "ModuleNotFoundError")
                for h in node.handlers):
            options = [_imports(node.body)] + [_imports(h.body) for h in node.handlers]
            if any(options):
                alternatives.append(options)
                for option in options:
                    in_try.update(id(item) for item in option)
                in_try.update(id(n) for part in [node.body] + [h.body for h in node.handlers]
                              for stmt in part for n in ast.walk(stmt))
    plain = [[[item]] for item in _imports(
        [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
         and id(n) not in in_try])]
    return alternatives + plain


def check(paths, target="PyQt6"):
    """(number of names checked, missing [(file, line, module, name)]) against
    ``target`` (PyQt6; the tests also run it against the suite's PyQt5)."""
    checked, missing = set(), []
    for path in python_files(paths):
        rel = path.resolve().relative_to(ROOT).as_posix() if path.resolve().is_relative_to(
            ROOT) else str(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for options in _groups(tree):
            for option in options:
                checked.update((module, name) for module, name, _ in option)
            if not any(all(_resolves(m, n, target) for m, n, _ in option)
                       for option in options):
                missing.extend((rel, line, module, name) for module, name, line in options[0]
                               if not _resolves(module, name, target))
    return len(checked), missing


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    qtcore = importlib.import_module("PyQt6.QtCore")  # the target itself, not qgis.PyQt
    checked, missing = check(argv or [ROOT])
    for rel, line, module, name in missing:
        print("%s:%d: %s%s is not in %s" % (rel, line, module, "." + name if name else "",
                                          _pyqt6(module)))
    print("qt6_imports: %d qgis.PyQt names checked against PyQt6 %s (Qt %s), %d missing"
          % (checked, qtcore.PYQT_VERSION_STR, qtcore.QT_VERSION_STR,
             len(missing)), file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
