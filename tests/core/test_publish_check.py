"""scripts/publish_check.py's package checks (what plugins.qgis.org validates
and reports on an upload) on hand-built zips with known faults. make
publish-check runs them, with bandit and detect-secrets, on the real zip."""

import importlib.util
import os
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("publish_check",
                                               ROOT / "scripts" / "publish_check.py")
publish_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(publish_check)

METADATA = """[general]
name=Demo
qgisMinimumVersion=3.22
qgisMaximumVersion=4.99
description=A demo.
about=Carries pygeomag (MIT) in _vendor.
version=1.0
author=Someone
email=someone@example.invalid
tracker=https://example.invalid/issues
repository=https://example.invalid/repo
"""


def build(tmp_path, extra=(), metadata=METADATA):
    """A valid plugin zip plus ``extra`` members: (name, bytes, unix mode)."""
    path = tmp_path / "demo.zip"
    members = [("demo/__init__.py", b"def classFactory(iface):\n    return None\n", 0o644),
               ("demo/metadata.txt", metadata.encode(), 0o644),
               ("demo/LICENSE", b"GPL", 0o644),
               ("demo/i18n/demo_fr.qm", b"\x3c\xb8\x64\x18\xca\xef\x9c\x95", 0o644),
               ("demo/_vendor/pygeomag/__init__.py", b"", 0o644)] + list(extra)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data, mode in members:
            info = zipfile.ZipInfo(name)
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return path


def test_a_clean_plugin_passes(tmp_path):
    errors, notes = publish_check.check_package(build(tmp_path))
    assert errors == []
    assert "vendored: pygeomag (declared in about)" in notes
    assert not any(note.startswith("WARNING") for note in notes)


@pytest.mark.parametrize("name, data, mode, expected", [
    ("demo/lib/fast.so", b"\x7fELF\x02\x01", 0o644, "executable or binary file"),
    ("demo/tool.dat", b"\x7fELF\x02\x01", 0o644, "ELF executable"),
    ("demo/setup.exe.txt", b"MZ\x90\x00", 0o644, "Windows executable"),
    ("demo/run.sh", b"#!/bin/sh\n", 0o644, "executable or binary file"),
    ("demo/core/__pycache__/x.cpython-311.pyc", b"\x00", 0o644, "refuses"),
    ("demo/.env", b"A=1\n", 0o644, "hidden file"),
    ("demo/main.py", b"print(1)\n", 0o755, "executable permission"),
    ("../evil.py", b"", 0o644, "outside the plugin folder"),
])
def test_what_the_site_refuses_or_reports_is_an_error(tmp_path, name, data, mode, expected):
    errors, _ = publish_check.check_package(build(tmp_path, [(name, data, mode)]))
    assert any(expected in error for error in errors), errors


def test_metadata_must_reach_qgis_4_and_name_what_it_carries(tmp_path):
    metadata = (METADATA.replace("qgisMaximumVersion=4.99\n", "supportsQt6=True\n")
                .replace("Carries pygeomag (MIT) in _vendor.", "Nothing declared."))
    errors, _ = publish_check.check_package(build(tmp_path, metadata=metadata))
    assert any("supportsQt6" in error for error in errors)
    assert any("qgisMaximumVersion" in error for error in errors)
    assert any("vendored package pygeomag" in error for error in errors)


def test_missing_urls_are_reported_not_invented(tmp_path):
    metadata = METADATA.replace("tracker=https://example.invalid/issues\n", "")
    errors, notes = publish_check.check_package(build(tmp_path, metadata=metadata))
    assert errors == []
    assert any(note.startswith("WARNING") and "tracker" in note for note in notes)


def test_the_size_limit_is_the_sites(tmp_path):
    """25 MB (decimal, as the site counts) of incompressible data is too big."""
    noise = os.urandom(publish_check.MAX_BYTES)
    errors, _ = publish_check.check_package(build(tmp_path, [("demo/noise.dat", noise, 0o644)]))
    assert any(error.startswith("size") for error in errors)
