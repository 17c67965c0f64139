"""Import the plugin from a checkout under its installed name.

The repository root is the plugin package; its folder name depends on the
checkout (tests/conftest.py does the same for the tests). The root is also
taken off sys.path, where the plugin's ``processing`` package would hide
QGIS's. Developer scripts and benchmarks call ``load()`` before importing
``mine_action_mapper``.
"""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "mine_action_mapper"


def load():
    """The ``mine_action_mapper`` package (imported once)."""
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT]
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return sys.modules[PACKAGE]
