"""scripts/qt6_check.py: the QGIS 4 / Qt6 migration rules, on hand-made sources
with known answers, on every enum member of Qt and Qgis of the QGIS running
the suite, and on the whole repository (zero findings on 3.22, 3.40 and 3.44:
a scoped name that one of them lacks is a finding there)."""

import importlib.util
from pathlib import Path

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("qt6_check", ROOT / "scripts" / "qt6_check.py")
qt6_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6_check)


def rules(source, path="x.py"):
    return [f.rule for f in qt6_check.check_source(source, path)]


def fixed(source):
    return qt6_check.apply_fixes(source, qt6_check.check_source(source))


def test_the_repository_has_no_findings():
    findings, _ = qt6_check.check_tree([ROOT])
    assert [str(f) for f in findings] == []


def test_unscoped_enums_are_found_and_scoped():
    source = ("from qgis.PyQt.QtCore import Qt\n"
              "from qgis.core import Qgis, QgsWkbTypes\n"
              "label = 'é'; align = Qt.AlignLeft | Qt.AlignTop\n"
              "level, kind = Qgis.Warning, QgsWkbTypes.PolygonGeometry\n")
    assert rules(source) == ["enum-scope"] * 4
    new = fixed(source)
    assert "label = 'é'; align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n" in new
    assert "Qgis.MessageLevel.Warning, QgsWkbTypes.GeometryType.PolygonGeometry" in new
    assert rules(new) == []
    before, after = {}, {}
    exec(source, before)  # noqa: S102 - the two versions must mean the same
    exec(new, after)  # noqa: S102
    for name in ("align", "level", "kind"):
        assert after[name] == before[name]


@pytest.mark.parametrize("owner", [Qt, Qgis], ids=["Qt", "Qgis"])
def test_every_enum_member_of_this_qgis_is_scoped_to_the_same_value(owner):
    module = "qgis.PyQt.QtCore" if owner is Qt else "qgis.core"
    names = [name for name in dir(owner) if not name.startswith("_")
             and qt6_check._is_enum_member(getattr(owner, name))
             and not qt6_check._is_enum_class(getattr(owner, name))]
    assert len(names) > 20  # 3.22: Qgis has 25 unscoped members
    lines = ["from %s import %s" % (module, owner.__name__)]
    lines += ["v%d = %s.%s" % (i, owner.__name__, name) for i, name in enumerate(names)]
    source = "\n".join(lines) + "\n"
    new = fixed(source)
    scope = {}
    exec(new, scope)  # noqa: S102 - every rewritten name must exist and mean the same
    for i, name in enumerate(names):
        assert scope["v%d" % i] == getattr(owner, name), name
    assert [r for r in rules(new) if r in ("enum-scope", "enum-missing")] == []


def test_a_scoped_name_this_qgis_lacks_is_a_finding():
    assert rules("from qgis.PyQt.QtCore import Qt\nQt.AlignmentFlag.AlignNowhere\n") == [
        "enum-missing"]
    assert rules("from qgis.PyQt.QtCore import Qt\nQt.NoSuchEnum.AlignLeft\n") == [
        "enum-missing"]


def test_exec_underscore_is_renamed_in_calls_and_definitions():
    source = "class D:\n    def exec_(self):\n        return self.dialog.exec_()\n"
    assert rules(source) == ["exec", "exec"]
    assert fixed(source) == "class D:\n    def exec(self):\n        return self.dialog.exec()\n"
    assert rules("spec.loader.exec_module(module)\n") == []


def test_pyqt5_imports_go_through_qgis_pyqt():
    source = "from PyQt5.QtCore import QDate\n"
    assert rules(source) == ["pyqt-import"]
    assert fixed(source) == "from qgis.PyQt.QtCore import QDate\n"
    assert rules("import PyQt5.QtCore\n") == ["pyqt-import"]


def test_renamed_enums_are_rewritten():
    source = "from qgis.PyQt.QtCore import Qt\nbutton = Qt.MidButton\n"
    assert rules(source) == ["renamed-enum"]
    assert fixed(source).endswith("button = Qt.MouseButton.MiddleButton\n")


def test_qaction_and_qshortcut_come_from_the_compatibility_module_only():
    source = "from qgis.PyQt.QtWidgets import QAction, QShortcut, QMenu\n"
    assert rules(source) == ["qaction", "qaction"]
    assert rules(source, path=qt6_check.COMPAT_MODULE) == []
    from mine_action_mapper.ui.qt_compat import QAction, QShortcut
    from qgis.PyQt import QtGui, QtWidgets
    assert QAction is getattr(QtGui, "QAction", None) or QAction is QtWidgets.QAction
    assert QShortcut is getattr(QtGui, "QShortcut", None) or QShortcut is QtWidgets.QShortcut


@pytest.mark.parametrize("source, rule", [
    ("from qgis.PyQt.QtCore import QRegExp\n", "removed"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget\n", "removed"),
    ("width = QApplication.desktop().width()\n", "removed"),
    ("from qgis.PyQt.QtWidgets import qApp\n", "removed"),
    ("changed = pyqtSignal([int], [str])\n", "signal-overload"),
    ("combo.activated[str].connect(slot)\n", "signal-overload"),
    ("value = QVariant()\n", "qvariant-ctor"),
    ("from qgis.PyQt.QtCore import QVariant\nkind = QVariant.Int\n", "qvariant-type"),
    ("when = QDateTime(QDate(2024, 1, 2))\n", "qdatetime"),
    ("when = QDateTime(2024, 1, 2, 3, 4, 5, 0, 0)\n", "qdatetime"),
    ("menu.addAction(icon, 'Text', receiver, slot)\n", "add-action"),
    ("w = QFontMetrics(font).width('abc')\n", "font-width"),
    ("m = QFontMetricsF(font)\nw = m.width('abc')\n", "font-width"),
    ("icon = QIcon(':/plugins/mine_action_mapper/icon.svg')\n", "resources"),
    ("from . import resources\n", "resources"),
])
def test_what_needs_a_person_is_reported_and_left_alone(source, rule):
    found = qt6_check.check_source(source)
    assert rule in [f.rule for f in found]
    assert qt6_check.apply_fixes(source, found) == source


def test_qvariant_types_are_allowed_behind_a_qgis_version_test():
    source = ("from qgis.core import Qgis\n"
              "from qgis.PyQt.QtCore import QVariant\n"
              "NEW = Qgis.QGIS_VERSION_INT >= 33800\n"
              "if NEW:\n    kind = None\nelse:\n    kind = QVariant.Int\n")
    assert rules(source) == []


def test_fix_rewrites_files_and_counts(tmp_path):
    path = tmp_path / "module.py"
    path.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\ny = d.exec_()\n",
                    encoding="utf-8")
    findings, fixes = qt6_check.check_tree([path], fix=True, root=tmp_path)
    assert (findings, fixes) == ([], 2)
    assert path.read_text(encoding="utf-8").endswith("x = Qt.AlignmentFlag.AlignLeft\n"
                                                     "y = d.exec()\n")


_spec = importlib.util.spec_from_file_location("qt6_imports", ROOT / "scripts" / "qt6_imports.py")
qt6_imports = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6_imports)


def test_the_import_check_finds_missing_names_and_honours_fallbacks(tmp_path):
    """make qt6-check runs it against PyQt6 (.venv-checks); here against the
    suite's own PyQt5, which has QAction in QtWidgets only."""
    (tmp_path / "compat.py").write_text(
        "try:\n    from qgis.PyQt.QtGui import QAction\n"
        "except ImportError:\n    from qgis.PyQt.QtWidgets import QAction\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text(
        "from qgis.PyQt.QtCore import QDate, QNoSuchClass\n"
        "from qgis.PyQt import QtCore\nimport qgis.PyQt.QtGui\n", encoding="utf-8")
    checked, missing = qt6_imports.check([tmp_path], target="PyQt5")
    assert checked == 6
    assert [(Path(f).name, line, module, name) for f, line, module, name in missing] == [
        ("plain.py", 1, "qgis.PyQt.QtCore", "QNoSuchClass")]


def test_a_member_qgis_moved_to_qgis_gets_its_new_name():
    """QGIS keeps old names as aliases of members of the enums it moved to Qgis
    (QgsRenderContext.TextFormatAlwaysText is TextRenderFormat.AlwaysText)."""
    from qgis.core import QgsRenderContext
    source = "from qgis.core import QgsRenderContext\nv = QgsRenderContext.TextFormatAlwaysText\n"
    new = fixed(source)
    # 3.22's enum has only the new member names; 3.40 and 3.44 also the old ones
    assert new.endswith(("v = QgsRenderContext.TextRenderFormat.AlwaysText\n",
                         "v = QgsRenderContext.TextRenderFormat.TextFormatAlwaysText\n"))
    scope = {}
    exec(new, scope)  # noqa: S102 - the rewritten name exists and means the same
    assert scope["v"] == getattr(QgsRenderContext, "TextFormatAlwaysText")
