"""Build the plugin zip for QGIS's "Install from ZIP", and optionally deploy it.

The zip's top folder is ``mine_action_mapper`` and it holds only plugin files
(no tests, CI, venv, benchmarks or developer scripts). The pure-Python
``pygeomag`` package (MIT, NOAA's WMM coefficients) travels inside it in
``_vendor/`` so that users install nothing extra for declination.

    python scripts/package.py --output dist [--install] [--profile-dir DIR]
"""

import argparse
import configparser
import importlib.util
import os
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "mine_action_mapper"
INCLUDE = ["metadata.txt", "LICENSE", "README.md", "__init__.py", "plugin.py",
           "dependencies.py", "expressions.py", "core", "processing", "store", "ui",
           "styles", "icons", "layouts", "sample_data", "i18n", "profiles"]
EXCLUDE_SUFFIXES = (".pyc", ".ts")
EXCLUDE_NAMES = ("__pycache__", "generate.py", "generate_field_submissions.py",
                 "expected_closures.json")
VENDORED = ("pygeomag",)


def version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version")


def _files(path):
    if path.is_file():
        yield path
        return
    for item in sorted(path.rglob("*")):
        if item.is_file() and item.suffix not in EXCLUDE_SUFFIXES \
                and not any(part in EXCLUDE_NAMES for part in item.parts):
            yield item


def _vendor_files():
    """(source, path inside _vendor) for each vendored package and its licence."""
    for package in VENDORED:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            sys.exit("package: {} is not installed; run scripts/setup.sh".format(package))
        package_dir = Path(list(spec.submodule_search_locations)[0])
        for item in _files(package_dir):
            yield item, Path(package) / item.relative_to(package_dir)
        for dist_info in package_dir.parent.glob(package + "-*.dist-info"):
            for item in _files(dist_info):
                yield item, Path(dist_info.name) / item.relative_to(dist_info)


def build(output):
    output.mkdir(parents=True, exist_ok=True)
    zip_path = output / "{}-{}.zip".format(NAME, version())
    if not any((ROOT / "i18n").glob("*.qm")):
        sys.exit("package: no compiled translations; run make i18n")
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in INCLUDE:
            path = ROOT / entry
            if not path.exists():
                continue
            for item in _files(path):
                archive.write(item, Path(NAME) / item.relative_to(ROOT))
        for source, inside in _vendor_files():
            archive.write(source, Path(NAME) / "_vendor" / inside)
    return zip_path


def default_profile_dir():
    base = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if base:
        return Path(base) / "profiles" / "default"
    return Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"


def install(zip_path, profile_dir):
    plugins = profile_dir / "python" / "plugins"
    target = plugins / NAME
    if target.exists():
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="dist", type=Path)
    parser.add_argument("--install", action="store_true",
                        help="also unpack into a QGIS profile's plugins folder")
    parser.add_argument("--profile-dir", type=Path, default=None,
                        help="QGIS profile folder (default: the user's 'default' "
                             "profile, or $QGIS_CUSTOM_CONFIG_PATH/profiles/default)")
    args = parser.parse_args()
    zip_path = build(args.output)
    print("package: {}".format(zip_path))
    if args.install:
        target = install(zip_path, args.profile_dir or default_profile_dir())
        print("installed: {} (enable it in Plugins > Manage and Install Plugins)".format(target))


if __name__ == "__main__":
    main()
