#!/usr/bin/env bash
# Refresh the Qt Linguist sources (i18n/*.ts) from the plugin code and compile
# them to .qm. Existing translations are kept; strings no longer in the code
# are dropped (-noobsolete).
#   scripts/i18n.sh            refresh the .ts (make i18n), then compile
#   scripts/i18n.sh --compile  only compile the committed .ts (make package):
#                              building never rewrites a tracked .ts
set -euo pipefail
cd "$(dirname "$0")/.."
LANGUAGES=(fr es pt uk ru ar)
refresh=1
if [[ "${1:-}" == "--compile" ]]; then
  refresh=0
fi
if (( refresh )); then
  mapfile -t sources < <(scripts/i18n_sources.sh)
fi
for language in "${LANGUAGES[@]}"; do
  ts=i18n/mine_action_mapper_${language}.ts
  if (( refresh )); then
    pylupdate5 -noobsolete "${sources[@]}" -ts "$ts"
  fi
  lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
