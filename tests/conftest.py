"""Test set-up shared by every test.

The repository root is the plugin package, but its folder name depends on the
checkout. Tests import it as ``mine_action_mapper`` (the installed name)
through an alias made here, so they never depend on the checkout's name.
"""

import gc
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "mine_action_mapper"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS settings of the test run live in a throw-away profile, never the user's
# (pytest-qgis, when it starts QGIS, points them at a folder of its own:
# 2.x a new one in /tmp, 5.x <rootdir>/.qgis-settings, which the chroot
# script mounts empty for each run)
if "QGIS_CUSTOM_CONFIG_PATH" not in os.environ:
    import tempfile
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = tempfile.mkdtemp(prefix="mam-qgis-profile-")


def _drop_root_from_path():
    """``python -m pytest`` puts the working folder on sys.path; from the
    repository root the plugin's own ``processing`` package would then hide
    QGIS's ``processing``. The plugin is reached through its alias instead."""
    sys.path[:] = [entry for entry in sys.path
                   if Path(entry or ".").resolve() != ROOT]


def _alias_plugin_package():
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


_drop_root_from_path()
_alias_plugin_package()
# test data builders (tests/fixtures/*.py) import as top-level modules; they
# live with the tests so that they never ship in the plugin zip
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    # QGIS has exited by now: collecting the Python wrappers of objects it
    # freed can crash (QGIS 3.40, in the terminal summary), so stop the collector
    gc.disable()
    session.config._mam_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave with pytest's own status once every result is reported.

    After a long QGIS session, Python's interpreter shutdown can crash while
    destroying Qt objects that QGIS already released (seen on 3.22 at the end
    of the full suite, after the summary). Nothing is left to do by then, so
    the process ends here instead of in that teardown."""
    status = getattr(config, "_mam_exitstatus", None)
    if status is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
