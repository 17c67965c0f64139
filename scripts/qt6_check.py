"""Qt6 / QGIS 4 migration check: the plugin's code must run unchanged on Qt5
(QGIS 3.22 to 3.44) and Qt6 (QGIS 4).

The rules are those of QGIS's own migration script
(scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in the QGIS source), written again
for a check in CI rather than a one-off rewrite. Enum members are resolved by
introspecting the PyQt and qgis modules of the QGIS that runs this check, as
QGIS's script does, so ``Qt.AlignLeft`` is known to be
``Qt.AlignmentFlag.AlignLeft`` and a scoped name that does not exist in this
QGIS is reported too.

    python scripts/qt6_check.py            # findings, exit 1 if any
    python scripts/qt6_check.py --fix      # rewrite the mechanical ones first
    python scripts/qt6_check.py FILE|DIR   # only these

``--fix`` rewrites enum scoping, renamed enums, ``exec_`` and ``PyQt5``
imports; the others need a person.
"""

import argparse
import ast
import enum
import importlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {"build", "dist", "output", "__pycache__"}  # and every .folder (.git, .venv*)
# Where QAction and QShortcut come from: QtWidgets in Qt5, QtGui in Qt6.
COMPAT_MODULE = "ui/qt_compat.py"
COMPAT_NAMES = {"QAction", "QShortcut"}
# Qt enums renamed before Qt6 removed the old name.
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "RenderHint.Antialiasing",
}
REMOVED_NAMES = {
    "QRegExp": "QRegExp is removed in Qt6: use QRegularExpression",
    "QRegExpValidator": "QRegExpValidator is removed in Qt6: use QRegularExpressionValidator",
    "QDesktopWidget": "QDesktopWidget is removed in Qt6: use QScreen (QGuiApplication.screens())",
    "qApp": "qApp is removed in Qt6: use QApplication.instance()",
}
SIGNAL_TYPES = {"str", "int", "float", "bool", "object", "list", "dict"}
# A name whose value holds the QGIS version: QVariant types are allowed in the
# branch of an `if` that tests it (QMetaType where it exists, QVariant before).
VERSION_NAMES = {"QGIS_VERSION_INT", "QT_VERSION", "PYQT_VERSION"}


class Finding:
    def __init__(self, path, line, col, rule, message, fix=None):
        self.path, self.line, self.col = path, line, col
        self.rule, self.message = rule, message
        self.fix = fix  # (line, start byte, end byte, replacement) or None

    def __str__(self):
        return "%s:%d:%d: %s: %s" % (self.path, self.line, self.col + 1, self.rule,
                                     self.message)


def _is_enum_class(value):
    return isinstance(value, type) and (
        type(value).__name__ == "enumtype" or issubclass(value, enum.Enum))


def _is_enum_member(value):
    return _is_enum_class(type(value))


_MODULES = {}


def _module(name):
    if name not in _MODULES:
        try:
            _MODULES[name] = importlib.import_module(name)
        except Exception:  # a module this QGIS lacks: its names are not resolved
            _MODULES[name] = None
    return _MODULES[name]


def _qt_module(name):
    return name == "qgis" or name.startswith(("qgis.", "PyQt5", "PyQt6"))


def _enum_alias(owner, member):
    """The attribute of ``owner`` naming the enum class of ``member``."""
    cls = type(member)
    names = [cls.__name__] + sorted(dir(owner))
    for name in names:
        try:
            if getattr(owner, name) is cls:
                return name
        except Exception:  # noqa: PERF203 - some sip attributes raise on access
            continue
    return None


class _Checker(ast.NodeVisitor):
    def __init__(self, path, source, compat_path):
        self.path = path
        self.lines = source.splitlines(keepends=True)
        self.compat = compat_path
        self.findings = []
        self.classes = {}      # name -> Qt/QGIS class imported in this file
        self.version_names = set(VERSION_NAMES)
        self.gated = 0         # depth of version-gated branches
        self.font_metrics = set()

    # ------------------------------------------------------------ helpers
    def add(self, node, rule, message, fix=None):
        self.findings.append(Finding(self.path, node.lineno, node.col_offset, rule,
                                     message, fix))

    def _attr_span(self, node):
        """(line, start, end) in bytes of the attribute name of ``node``."""
        line = node.end_lineno
        end = node.end_col_offset
        return line, end - len(node.attr.encode()), end

    # ------------------------------------------------------------ imports
    def visit_ImportFrom(self, node):
        module = node.module or ""
        if module.startswith("PyQt5") or module.startswith("PyQt6"):
            text = self.lines[node.lineno - 1]
            match = re.search(r"\bfrom\s+(PyQt[56])\b", text)
            fix = None
            if match:
                start = len(text[:match.start(1)].encode())
                fix = (node.lineno, start, start + 5, "qgis.PyQt")
            self.add(node, "pyqt-import", "import %s through qgis.PyQt" % module, fix)
        if module == "qgis.PyQt.Qt":
            self.add(node, "pyqt-import", "qgis.PyQt.Qt is gone in Qt6: import from QtCore")
        for alias in node.names:
            name = alias.asname or alias.name
            if alias.name in REMOVED_NAMES:
                self.add(node, "removed", REMOVED_NAMES[alias.name])
            if alias.name in ("resources", "resources_rc"):
                self.add(node, "resources", "compiled resources are gone in Qt6: "
                         "load icons by file path")
            if alias.name in COMPAT_NAMES and module.startswith(("qgis.PyQt", "PyQt")) \
                    and self.path != self.compat:
                self.add(node, "qaction", "%s moves to QtGui in Qt6: import it from %s"
                         % (alias.name, COMPAT_MODULE))
            if _qt_module(module):
                mod = _module(module)
                value = getattr(mod, alias.name, None) if mod is not None else None
                if isinstance(value, type):
                    self.classes[name] = value
        self.generic_visit(node)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                self.add(node, "pyqt-import", "import %s through qgis.PyQt" % alias.name)
        self.generic_visit(node)

    # ------------------------------------------------------------ version gates
    def visit_Assign(self, node):
        if self._mentions_version(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.version_names.add(target.id)
        if isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
                and node.value.func.id in ("QFontMetrics", "QFontMetricsF"):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.font_metrics.add(target.id)
        self.generic_visit(node)

    def _mentions_version(self, node):
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and sub.id in self.version_names:
                return True
            if isinstance(sub, ast.Attribute) and sub.attr in VERSION_NAMES:
                return True
        return False

    def visit_If(self, node):
        gated = self._mentions_version(node.test)
        self.visit(node.test)
        self.gated += gated
        for child in node.body + node.orelse:
            self.visit(child)
        self.gated -= gated

    # ------------------------------------------------------------ names
    def visit_Name(self, node):
        if node.id in REMOVED_NAMES and isinstance(node.ctx, ast.Load):
            self.add(node, "removed", REMOVED_NAMES[node.id])

    def visit_FunctionDef(self, node):
        if node.name == "exec_":
            text = self.lines[node.lineno - 1]
            match = re.search(r"\bdef\s+(exec_)\b", text)
            fix = None
            if match:
                start = len(text[:match.start(1)].encode())
                fix = (node.lineno, start, start + 5, "exec")
            self.add(node, "exec", "define exec(), not exec_()", fix)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Attribute(self, node):
        if node.attr == "exec_":
            line, start, end = self._attr_span(node)
            self.add(node, "exec", "exec_() is gone in Qt6: call exec()",
                     (line, start, end, "exec"))
        if isinstance(node.value, ast.Name):
            self._check_member(node, node.value.id)
        elif isinstance(node.value, ast.Attribute) and isinstance(node.value.value, ast.Name):
            self._check_scoped(node)
        self.generic_visit(node)

    def _check_member(self, node, owner_name):
        key = (owner_name, node.attr)
        if key in RENAMED_ENUMS:
            line, start, end = self._attr_span(node)
            self.add(node, "renamed-enum", "%s.%s is gone in Qt6: %s.%s" % (
                owner_name, node.attr, owner_name, RENAMED_ENUMS[key]),
                (line, start, end, RENAMED_ENUMS[key]))
            return
        owner = self.classes.get(owner_name)
        if owner is None:
            return
        if owner_name == "QVariant" and node.attr == "Type":
            return
        try:
            value = getattr(owner, node.attr)
        except Exception:
            return
        if owner_name == "QVariant" and _is_enum_member(value):
            if not self.gated:
                self.add(node, "qvariant-type", "QVariant.%s: a QVariant type outside a "
                         "QGIS version test; use QMetaType where it exists (store/fields.py)"
                         % node.attr)
            return
        if not _is_enum_member(value) or _is_enum_class(value):
            return
        alias = _enum_alias(owner, value)
        if alias is None or alias == node.attr:
            return
        # QGIS moved many enums to Qgis and left aliases (QgsRenderContext.
        # TextFormatAlwaysText is Qgis.TextRenderFormat.AlwaysText): the scoped
        # name is then the member's own name.
        member = node.attr
        scope = getattr(owner, alias)
        if getattr(scope, member, None) != value and isinstance(value, enum.Enum):
            member = value.name
        fix = None
        if getattr(scope, member, None) == value:
            line, start, end = self._attr_span(node)
            fix = (line, start, end, "%s.%s" % (alias, member))
        self.add(node, "enum-scope", "%s.%s: write the scoped %s.%s.%s" % (
            owner_name, node.attr, owner_name, alias, member), fix)

    def _check_scoped(self, node):
        """``X.Enum.Member`` must exist in this QGIS (it may in another only)."""
        owner = self.classes.get(node.value.value.id)
        if owner is None:
            return
        if not hasattr(owner, node.value.attr):
            self.add(node, "enum-missing", "%s.%s does not exist in this QGIS" % (
                node.value.value.id, node.value.attr))
            return
        scope = getattr(owner, node.value.attr)
        if not _is_enum_class(scope):
            return
        if node.value.value.id == "QVariant" and not self.gated:
            self.add(node, "qvariant-type", "QVariant.Type.%s: a QVariant type outside a "
                     "QGIS version test" % node.attr)
        if not hasattr(scope, node.attr):
            self.add(node, "enum-missing", "%s.%s.%s does not exist in this QGIS" % (
                node.value.value.id, node.value.attr, node.attr))

    # ------------------------------------------------------------ calls
    def visit_Call(self, node):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        attr = func.attr if isinstance(func, ast.Attribute) else None
        if name == "pyqtSignal" and any(isinstance(arg, ast.List) for arg in node.args):
            self.add(node, "signal-overload", "overloaded pyqtSignal: Qt6 code cannot "
                     "select an overload; declare one signal per signature")
        if name == "QVariant":
            self.add(node, "qvariant-ctor", "QVariant(...) constructor: use qgis.core NULL "
                     "for a null value, the plain Python value otherwise")
        if name == "QDateTime" and (len(node.args) == 8 or (
                len(node.args) == 1 and isinstance(node.args[0], ast.Call)
                and isinstance(node.args[0].func, ast.Name)
                and node.args[0].func.id == "QDate")):
            self.add(node, "qdatetime", "this QDateTime constructor is gone in Qt6: "
                     "QDateTime(QDate(...), QTime(...))")
        if attr == "desktop" and not node.args:
            self.add(node, "removed", REMOVED_NAMES["QDesktopWidget"])
        if attr == "addAction" and len(node.args) >= 4:
            self.add(node, "add-action", "addAction with 4 arguments changed in Qt6: make "
                     "the QAction, then addAction(action)")
        if attr == "width" and (
                (isinstance(func.value, ast.Call) and (
                    (isinstance(func.value.func, ast.Attribute)
                     and func.value.func.attr == "fontMetrics")
                    or (isinstance(func.value.func, ast.Name)
                        and func.value.func.id in ("QFontMetrics", "QFontMetricsF"))))
                or (isinstance(func.value, ast.Name) and func.value.id in self.font_metrics)):
            self.add(node, "font-width", "QFontMetrics.width() is gone in Qt6: "
                     "horizontalAdvance()")
        self.generic_visit(node)

    def visit_Subscript(self, node):
        index = node.slice
        if isinstance(node.value, ast.Attribute) and (
                (isinstance(index, ast.Name) and index.id in SIGNAL_TYPES)
                or (isinstance(index, ast.Constant) and isinstance(index.value, str)
                    and index.value in ("QString", "QVariant"))):
            self.add(node, "signal-overload", "%s[%s]: overloaded signals are gone in Qt6"
                     % (node.value.attr, ast.unparse(index)))
        self.generic_visit(node)

    def visit_Constant(self, node):
        if isinstance(node.value, str) and re.match(r":/[A-Za-z_]", node.value):
            self.add(node, "resources", "Qt resource path %r: load icons by file path"
                     % node.value)


def check_source(source, path="<string>", compat_path=COMPAT_MODULE):
    """Findings for one file's source text."""
    tree = ast.parse(source, filename=path)
    checker = _Checker(path, source, compat_path)
    checker.visit(tree)
    return sorted(checker.findings, key=lambda f: (f.line, f.col, f.rule))


def apply_fixes(source, findings):
    """The source with every fixable finding rewritten (byte offsets per line)."""
    lines = source.splitlines(keepends=True)
    edits = sorted({f.fix for f in findings if f.fix}, key=lambda e: (e[0], e[1]),
                   reverse=True)
    for line, start, end, text in edits:
        raw = lines[line - 1].encode()
        lines[line - 1] = (raw[:start] + text.encode() + raw[end:]).decode()
    return "".join(lines)


def python_files(paths):
    for path in paths:
        path = Path(path)
        if path.is_file():
            yield path
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in SKIP_DIRS and not d.startswith("."))
            for filename in sorted(filenames):
                if filename.endswith(".py"):
                    yield Path(dirpath) / filename


def resource_files(root):
    """Compiled Qt resources (.qrc sources, pyrcc output) in the tree."""
    for path in python_files([root]):
        if path.name in ("resources.py", "resources_rc.py"):
            yield path
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        for filename in filenames:
            if filename.endswith(".qrc"):
                yield Path(dirpath) / filename


def check_tree(paths, fix=False, root=ROOT):
    """All findings under ``paths`` (after rewriting the fixable ones if ``fix``);
    returns (findings, number of fixes made)."""
    findings, fixed = [], 0
    for path in python_files(paths):
        try:
            rel = path.resolve().relative_to(root).as_posix()
        except ValueError:
            rel = path.as_posix()
        source = path.read_text(encoding="utf-8")
        found = check_source(source, rel)
        if fix and any(f.fix for f in found):
            new = apply_fixes(source, found)
            fixed += sum(1 for f in found if f.fix)
            path.write_text(new, encoding="utf-8")
            found = check_source(new, rel)
        findings.extend(found)
    for path in resource_files(root):
        findings.append(Finding(path.relative_to(root).as_posix(), 1, 0, "resources",
                                "compiled Qt resources are gone in Qt6: load by file path"))
    return findings, fixed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT)])
    parser.add_argument("--fix", action="store_true", help="rewrite the mechanical findings")
    args = parser.parse_args(argv)
    findings, fixed = check_tree(args.paths, fix=args.fix)
    for finding in findings:
        print(finding)
    if args.fix:
        print("qt6_check: %d fixes made" % fixed, file=sys.stderr)
    print("qt6_check: %d findings" % len(findings), file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
