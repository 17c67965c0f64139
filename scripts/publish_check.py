"""The checks the QGIS plugin site (plugins.qgis.org) runs on an uploaded zip,
run here first so an upload is not blocked.

The site validates the package (size, paths, metadata), then scans it: bandit
and detect-secrets block an upload; executable, hidden and binary files are
reported. This check fails on all of those. Run with .venv-checks
(scripts/checks_venv.sh), which has the pinned bandit and detect-secrets:

    .venv-checks/bin/python scripts/publish_check.py [dist/mine_action_mapper-X.zip]
"""

import configparser
import json
import re
import subprocess  # nosec B404 - runs the pinned bandit and detect-secrets only
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MAX_BYTES = 25_000_000  # the site's PLUGIN_MAX_UPLOAD_SIZE (decimal megabytes)
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author",
                     "email", "about")
# Required by the site too, but URLs only the maintainers can give: reported.
REQUIRED_URLS = ("tracker", "repository")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
# The site's "suspicious files": executables, libraries and scripts.
SUSPICIOUS = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd", ".pyc",
              ".pyo")
MAGIC = {b"\x7fELF": "ELF executable", b"MZ": "Windows executable",
         b"\xcf\xfa\xed\xfe": "Mach-O executable", b"\xca\xfe\xba\xbe": "Mach-O/Java binary"}


def _default_zip():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return ROOT / "dist" / "mine_action_mapper-{}.zip".format(parser.get("general", "version"))


def check_package(zip_path):
    """(errors, notes) of the site's structural validation and file analysis."""
    errors, notes = [], []
    size = zip_path.stat().st_size
    (errors if size > MAX_BYTES else notes).append(
        "size %.1f MB (the site takes at most %d MB)" % (size / 1e6, MAX_BYTES // 1_000_000))
    with zipfile.ZipFile(zip_path) as archive:
        bad = archive.testzip()
        if bad:
            errors.append("corrupt member %s" % bad)
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        if len(tops) != 1 or not next(iter(tops)).isidentifier():
            errors.append("the zip must hold one top folder named as a Python identifier: %s"
                          % sorted(tops))
        top = max(sorted(tops), key=lambda t: sum(n.startswith(t + "/") for n in names))
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "%s/%s" % (top, required) not in names:
                errors.append("no %s/%s" % (top, required))
        kinds = Counter()
        for info in archive.infolist():
            name = info.filename
            parts = name.split("/")
            if ".." in name or name.startswith("/"):
                errors.append("%s: a path outside the plugin folder" % name)
            if any(part in FORBIDDEN_DIRS for part in parts):
                errors.append("%s: the site refuses %s folders" % (name, "/".join(FORBIDDEN_DIRS)))
            if parts[-1].startswith(".") and parts[-1] not in (".gitignore", ".gitattributes"):
                errors.append("%s: hidden file" % name)
            if name.lower().endswith(SUSPICIOUS):
                errors.append("%s: executable or binary file" % name)
            if (info.external_attr >> 16) & 0o111 and not name.endswith("/"):
                errors.append("%s: executable permission" % name)
            if not name.endswith("/"):
                head = archive.read(info)[:4]
                for magic, kind in MAGIC.items():
                    if head.startswith(magic):
                        errors.append("%s: %s" % (name, kind))
                kinds[Path(name).suffix.lower() or "(none)"] += 1
        notes.append("files by kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
        metadata = configparser.ConfigParser(interpolation=None)
        metadata.optionxform = str
        if top + "/metadata.txt" in names:
            metadata.read_string(archive.read(top + "/metadata.txt").decode("utf-8"))
        general = dict(metadata.items("general")) if metadata.has_section("general") else {}
        vendored = sorted({parts[2] for parts in (n.split("/") for n in names)
                           if len(parts) > 3 and parts[1] == "_vendor"
                           and not parts[2].endswith(".dist-info")})
    for key in REQUIRED_METADATA:
        if not general.get(key, "").strip():
            errors.append("metadata.txt: no %s" % key)
    for key in REQUIRED_URLS:
        if not general.get(key, "").strip():
            notes.append("WARNING metadata.txt: no %s URL; the site requires one at upload" % key)
    if "supportsQt6" in general:
        errors.append("metadata.txt: supportsQt6 is gone from QGIS; qgisMaximumVersion says it")
    maximum = general.get("qgisMaximumVersion", "")
    if not re.match(r"^4\.\d+$", maximum):
        errors.append("metadata.txt: qgisMaximumVersion=%r; QGIS 4 lists only plugins with "
                      "4.x there" % maximum)
    about = general.get("about", "").lower()
    for package in vendored:
        if package.lower() not in about:
            errors.append("metadata.txt: about does not declare the vendored package %s" % package)
    notes.append("vendored: %s (declared in about)" % (", ".join(vendored) or "none"))
    return errors, notes


def _run(command, cwd=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True,  # nosec B603
                          check=False)


def check_bandit(folder):
    """(errors, notes): medium and high findings are errors, low ones noted."""
    result = _run([str(BIN / "bandit"), "-r", str(folder), "-f", "json", "-q"])
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return ["bandit did not run: %s" % (result.stderr or result.stdout)[-500:]], []
    errors, low = [], Counter()
    for issue in report.get("results", []):
        where = "%s:%d" % (Path(issue["filename"]).relative_to(folder), issue["line_number"])
        if issue["issue_severity"] in ("MEDIUM", "HIGH"):
            errors.append("bandit %s %s %s: %s" % (issue["test_id"], issue["issue_severity"],
                                                   where, issue["issue_text"]))
        else:
            low[issue["test_id"]] += 1
    files = len(report.get("metrics", {})) - 1
    return errors, ["bandit: %d files, %d medium/high, low: %s" % (
        files, len(errors), ", ".join("%s %d" % kv for kv in sorted(low.items())) or "none")]


def check_secrets(folder):
    """(errors, notes) of detect-secrets over every file, as the site runs it."""
    result = _run([str(BIN / "detect-secrets"), "scan", "--all-files", "--exclude-files",
                   r"metadata\.txt", "."], cwd=folder)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return ["detect-secrets did not run: %s" % (result.stderr or result.stdout)[-500:]], []
    errors = ["detect-secrets %s:%d: %s" % (path, secret["line_number"], secret["type"])
              for path, secrets in sorted(report.get("results", {}).items())
              for secret in secrets]
    return errors, ["detect-secrets: %d findings" % len(errors)]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    zip_path = Path(argv[0]) if argv else _default_zip()
    if not zip_path.is_file():
        sys.exit("publish_check: no %s; run make package" % zip_path)
    errors, notes = check_package(zip_path)
    if any("outside the plugin folder" in error for error in errors):
        sys.exit("publish_check: %s" % "\n".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)  # checked above: no member leaves the folder
        for check in (check_bandit, check_secrets):
            found, said = check(Path(tmp))
            errors += found
            notes += said
    for note in notes:
        print("publish_check: " + note)
    for error in errors:
        print("publish_check: ERROR " + error)
    print("publish_check: %s: %d errors" % (zip_path.name, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
