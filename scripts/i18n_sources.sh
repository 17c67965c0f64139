#!/usr/bin/env bash
# The plugin's Python files whose strings are shown to users (not tests,
# benchmarks, developer scripts or the sample data generator).
cd "$(dirname "$0")/.."
find . -name '*.py' -not -path './.venv*' -not -path './tests/*' -not -path './benchmarks/*' \
  -not -path './scripts/*' -not -path './sample_data/*' -not -path './build/*' \
  -not -path './dist/*' -not -path './_vendor/*' | sort
