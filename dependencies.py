"""Check the Python packages the plugin needs before anything imports them.

QGIS must keep starting when a package is missing; the plugin then says what
to install instead of failing with a traceback. Packages shipped inside the
plugin zip (``_vendor/``) are made importable first.
"""

import importlib
import importlib.util
import os
import sys

VENDOR = os.path.join(os.path.dirname(__file__), "_vendor")

#: (import name, pip name, minimum major version or None)
REQUIRED = (("shapely", "shapely>=2", 2), ("pyproj", "pyproj", None),
            ("pygeomag", "pygeomag", None))


def add_vendor_path():
    if os.path.isdir(VENDOR) and VENDOR not in sys.path:
        sys.path.append(VENDOR)


def _major_version(module_name, spec):
    """Installed major version, read from package metadata without importing
    the package (importing shapely and pyproj would slow QGIS start-up)."""
    version = _version_beside(module_name, spec)
    if version is None:
        from importlib import metadata
        try:
            version = metadata.version(module_name)
        except metadata.PackageNotFoundError:
            version = getattr(importlib.import_module(module_name), "__version__", "0")
    try:
        return int(version.split(".")[0])
    except ValueError:
        return 0


def _version_beside(module_name, spec):
    """The version in the name of the package's metadata folder beside it
    (``shapely-2.1.2.dist-info``, ``Shapely-2.0.1.egg-info``), or None:
    importing importlib.metadata and scanning sys.path with it took longer
    than the rest of the plugin's start-up."""
    prefix = module_name.lower() + "-"
    for location in spec.submodule_search_locations or ():
        folder = os.path.dirname(location)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.lower().startswith(prefix) and name.endswith((".dist-info", ".egg-info")):
                return name[len(prefix):].split("-")[0].rsplit(".", 1)[0]
    return None


def missing_packages():
    """pip requirement strings of the packages that cannot be used."""
    add_vendor_path()
    missing = []
    for module_name, requirement, minimum_major in REQUIRED:
        try:
            spec = importlib.util.find_spec(module_name)
        except (ImportError, ValueError):  # e.g. sys.modules[name] is None
            spec = None
        if spec is None:
            missing.append(requirement)
        elif minimum_major is not None and _major_version(module_name, spec) < minimum_major:
            missing.append(requirement)
    return missing
