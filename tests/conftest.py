"""Test set-up shared by every test.

The repository root is the plugin package, but its folder name depends on the
checkout. Tests import it as ``mine_action_mapper`` (the installed name)
through an alias made here, so they never depend on the checkout's name.
"""

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "mine_action_mapper"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _alias_plugin_package():
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


_alias_plugin_package()
