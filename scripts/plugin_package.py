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


def load_revision(revision, folder):
    """The plugin as it was at git ``revision``, extracted into ``folder`` and
    imported beside the current one (as ``mine_action_mapper_baseline``), to
    measure both in one run (benchmarks' ``--baseline``). Returns its name."""
    import subprocess
    target = Path(folder) / "baseline"
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    name = PACKAGE + "_baseline"
    spec = importlib.util.spec_from_file_location(
        name, target / "__init__.py", submodule_search_locations=[str(target)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return name
