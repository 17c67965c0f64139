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
    from importlib import metadata
    try:
        return int(metadata.version(module_name).split(".")[0])
    except (metadata.PackageNotFoundError, ValueError):
        module = importlib.import_module(module_name)
        return int(getattr(module, "__version__", "0").split(".")[0])


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
