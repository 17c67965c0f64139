"""The code layout (docs/architecture.md), checked on the source's AST:
computed (core/) imports no Qt or qgis; stored (store/) imports nothing
drawn, printed or shown; widgets and algorithms leave geometry to core and
store; no module reaches into another's private names."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "store", "styles", "layouts", "ui", "processing")


def _modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).glob("*.py")):
            yield package, path
    for name in ("plugin.py", "expressions.py", "dependencies.py", "__init__.py"):
        yield "", ROOT / name


def _imports(path, package):
    """(absolute dotted module inside the plugin or outside it, names) per import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ()
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = [package] if package else []
                base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
                module = ".".join(base + ([node.module] if node.module else []))
                yield "plugin:" + module, tuple(alias.name for alias in node.names)
            else:
                yield node.module or "", tuple(alias.name for alias in node.names)


def _targets(package):
    """Every module name imported by the modules of ``package`` (plugin
    modules as ``plugin:<package>.<module>``, including ``from . import x``)."""
    found = {}
    for owner, path in _modules():
        if owner != package:
            continue
        for module, names in _imports(path, package):
            found.setdefault(module, set()).add(path.name)
            if module.startswith("plugin:"):
                for name in names:
                    found.setdefault(module + "." + name, set()).add(path.name)
    return found


def test_the_packages_are_found():
    assert {package for package, _path in _modules()} >= set(PACKAGES)


def test_core_imports_no_qt_or_qgis():
    bad = {module: files for module, files in _targets("core").items()
           if module.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip", "osgeo")
           or module.startswith("plugin:") and not module.startswith("plugin:core")}
    assert bad == {}


def test_store_imports_nothing_drawn_printed_or_shown():
    bad = {module: files for module, files in _targets("store").items()
           if module.split(":")[-1].split(".")[0] in ("styles", "layouts", "ui", "processing")}
    assert bad == {}


@pytest.mark.parametrize("package", ["ui", "processing"])
def test_widgets_and_algorithms_import_no_shapely(package):
    bad = {module: files for module, files in _targets(package).items()
           if module.split(".")[0] == "shapely"}
    assert bad == {}


def test_no_module_imports_a_private_name_of_another():
    bad = []
    for package, path in _modules():
        for module, names in _imports(path, package):
            bad += ["{}: {} from {}".format(path.relative_to(ROOT), name, module)
                    for name in names if name.startswith("_") and not name.startswith("__")]
    assert bad == []
