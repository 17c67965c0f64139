#!/usr/bin/env bash
# Install what development, the tests and the demo need, and nothing twice:
#   1. Debian packages (QGIS 3.22 with Python bindings, qgis_process, Xvfb,
#      Qt Linguist tools, poppler) when any is missing;
#   2. .venv from /usr/bin/python3 --system-site-packages (sees qgis, PyQt5);
#   3. the pinned Python packages of requirements.txt (numpy stays < 2).
# Run by every make target that needs it; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-qgis qgis qgis-providers xvfb qttools5-dev-tools pyqt5-dev-tools
              python3-venv python3-pip poppler-utils imagemagick python3-matplotlib
              postgresql-15-postgis-3 fonts-noto-ui-core debootstrap)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "setup: installing Python packages from requirements.txt"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$wanted" > "$stamp"
fi
