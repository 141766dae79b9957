#!/usr/bin/env bash
# Runs each fuzz target for the given time (default 10m), one after the
# other: the GeoJSON loader (whole-file parse and streaming load), the
# simplestyle parser and the place finder.
# Seeds live in each package's testdata/fuzz/; new crashers are written
# there too and must be fixed, then kept as regression seeds.
#   bash scripts/fuzz.sh [DURATION]     e.g. 30s, 10m
set -euo pipefail
cd "$(dirname "$0")/.."
t="${1:-10m}"
for target in "./layer FuzzParse" "./layer FuzzLoadContext" "./layer FuzzNodePaths" "./style FuzzParse" "./places FuzzFind"; do
  set -- $target
  echo "== $2 in $1 for $t"
  go test -run '^$' -fuzz "^$2\$" -fuzztime "$t" -parallel 1 "$1"
done
