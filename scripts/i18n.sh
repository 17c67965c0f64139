#!/usr/bin/env bash
# Refresh the Qt Linguist sources (i18n/*.ts) from the plugin code and compile
# them to .qm. Existing translations are kept; strings no longer in the code
# are dropped (-noobsolete).
set -euo pipefail
cd "$(dirname "$0")/.."
LANGUAGES=(fr)
mapfile -t sources < <(scripts/i18n_sources.sh)
for language in "${LANGUAGES[@]}"; do
  ts=i18n/mine_action_mapper_${language}.ts
  pylupdate5 -noobsolete "${sources[@]}" -ts "$ts"
  lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
