"""Building the zip leaves the checkout clean: ``make package`` compiles the
committed .ts without refreshing them (refreshing is ``make i18n``'s job), and
the committed .qm is what the committed .ts compiles to."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _prerequisites(target):
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^{}:(.*)$".format(re.escape(target)), text, re.M)
    assert match, target
    return match.group(1).split()


def test_package_does_not_refresh_the_ts_files():
    assert "i18n" not in _prerequisites("package")
    assert "qm" in _prerequisites("package")


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        fresh = tmp_path / (ts.stem + ".qm")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name
