#!/usr/bin/env bash
# Makes the benchmark data under bench/data/ (gitignored, never committed):
#   countries10m.geojson  Natural Earth 10m countries, copied from ../shared
#   stars.geojson         200,000 random star-shaped polygons (~114 MB, fixed seed)
#   points.geojson        a million random points (fixed seed)
# Files already there are kept; pass -f to make them again.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/data
mkdir -p "$out"
force=0
[[ "${1:-}" == "-f" ]] && force=1

ne=""
for d in ../shared/data/naturalearth /work/shared/data/naturalearth; do
	if [[ -f "$d/ne_10m_admin_0_countries.geojson" ]]; then
		ne="$d/ne_10m_admin_0_countries.geojson"
		break
	fi
done
if [[ -n "$ne" ]]; then
	if [[ $force == 1 || ! -f $out/countries10m.geojson ]]; then
		rm -f "$out/countries10m.geojson"
		cp "$ne" "$out/countries10m.geojson"
		chmod 644 "$out/countries10m.geojson"
	fi
else
	echo "data.sh: no ../shared/data/naturalearth here: skipping NE 10m countries" >&2
fi

if [[ $force == 1 || ! -f $out/stars.geojson || ! -f $out/points.geojson ]]; then
	go run ./bench/cmd/gendata -dir "$out"
fi
ls -l "$out"
