#!/usr/bin/env bash
# Make (once) .venv-checks: /usr/bin/python3 without system site packages, so
# that PyQt6 is the only Qt it sees, with the pinned requirements-checks.txt.
# Re-installs only when that file changes. Prints nothing when up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-checks
if [ ! -x $VENV/bin/python ]; then
  echo "checks_venv: creating $VENV"
  /usr/bin/python3 -m venv $VENV
fi
stamp=$VENV/.requirements.sha256
wanted=$(sha256sum requirements-checks.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "checks_venv: installing requirements-checks.txt"
  $VENV/bin/python -m pip install -q --disable-pip-version-check -r requirements-checks.txt
  echo "$wanted" > "$stamp"
fi
