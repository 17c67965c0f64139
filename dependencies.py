"""Check the Python packages the plugin needs before anything imports them.

QGIS must keep starting when a package is missing; the plugin then says what
to install instead of failing with a traceback. Packages shipped inside the
plugin zip (``_vendor/``) are made importable first.
"""

import importlib
import os
import sys

VENDOR = os.path.join(os.path.dirname(__file__), "_vendor")

#: (import name, pip name, minimum major version or None)
REQUIRED = (("shapely", "shapely>=2", 2), ("pyproj", "pyproj", None),
            ("pygeomag", "pygeomag", None))


def add_vendor_path():
    if os.path.isdir(VENDOR) and VENDOR not in sys.path:
        sys.path.append(VENDOR)


def missing_packages():
    """pip requirement strings of the packages that cannot be used."""
    add_vendor_path()
    missing = []
    for module_name, requirement, minimum_major in REQUIRED:
        try:
            module = importlib.import_module(module_name)
        except Exception:  # ImportError, or a broken binary package
            missing.append(requirement)
            continue
        if minimum_major is not None:
            version = getattr(module, "__version__", "0")
            if int(version.split(".")[0]) < minimum_major:
                missing.append(requirement)
    return missing
