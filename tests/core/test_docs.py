"""docs/data-model.md is generated from core/schema.py and must be current."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_data_model_doc_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "data_model_doc.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, "run: python scripts/data_model_doc.py"


def test_data_model_doc_names_every_field():
    from mine_action_mapper.core import schema
    text = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    for layer in schema.LAYERS:
        assert "## `{}`".format(layer.name) in text
        for field in layer.fields:
            assert "| `{}` |".format(field.name) in text
