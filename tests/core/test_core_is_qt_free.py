"""core/ must run without Qt or QGIS (DESIGN.md): checked in a clean process."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_no_qt_or_qgis():
    modules = sorted(p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__")
    script = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location(
    "mine_action_mapper", {str(ROOT / '__init__.py')!r},
    submodule_search_locations=[{str(ROOT)!r}])
module = importlib.util.module_from_spec(spec)
sys.modules["mine_action_mapper"] = module
spec.loader.exec_module(module)
for name in {modules!r}:
    importlib.import_module("mine_action_mapper.core." + name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"))
print(",".join(bad))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                            text=True, check=True)
    assert len(modules) >= 4
    assert result.stdout.strip() == ""
