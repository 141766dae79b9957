#!/usr/bin/env bash
# Compares `places --json` of two revisions as whole processes (issue 17): builds the CLI
# of REV (default main) and of the work tree, runs them in turn, interleaved, N times
# (default 3) over an NDJSON archive (default bench/data/news-100k.ndjson, which
# bench/archive.sh generates), checks that both print the same bytes, and prints each
# run's CPU seconds (user + system: steadier than wall time on a shared machine), wall
# seconds and peak memory, then the means. (Against a revision before 3071919 about 0.6%
# of the lines differ: there an article's focus country could depend on map order, and
# the old revision itself differs from run to run.)
# Usage: bench/places-ab.sh [REV [N [ARCHIVE]]]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-main}
n=${2:-3}
archive=${3:-bench/data/news-100k.ndjson}
out=bench/out/places-ab
[[ -f $archive ]] || { echo "places-ab.sh: no $archive (bench/archive.sh 100k makes it)" >&2; exit 1; }
rm -rf "$out/src" && mkdir -p "$out/src"
git archive "$rev" | tar -x -C "$out/src"
(cd "$out/src" && CGO_ENABLED=0 go build -o ../na-before ./internal/cmd/na)
CGO_ENABLED=0 go build -o "$out/na-after" ./internal/cmd/na
"$out/na-before" places --json "$archive" >"$out/before.ndjson"
"$out/na-after" places --json "$archive" >"$out/after.ndjson"
if cmp -s "$out/before.ndjson" "$out/after.ndjson"; then
	echo "output: identical ($(wc -l <"$out/after.ndjson") lines)"
else
	echo "output: DIFFERS ($(diff "$out/before.ndjson" "$out/after.ndjson" | grep -c '^<') lines)"
fi
articles=$(wc -l <"$archive")
for i in $(seq "$n"); do
	for b in before after; do
		/usr/bin/time -f "%e %U %S %M" -o "$out/time" "$out/na-$b" places --json "$archive" >/dev/null
		read -r wall user sys rss <"$out/time"
		echo "$b $(echo "$user + $sys" | bc) $wall $((rss / 1024)) $(cut -d' ' -f1 /proc/loadavg)"
	done
done | awk -v articles="$articles" '
	{ printf "%-6s %6.2f CPU s  %6.2f s wall  %4d MiB  (load %s)\n", $1, $2, $3, $4, $5; cpu[$1] += $2; wall[$1] += $3; k[$1]++ }
	END { for (b in cpu) printf "mean %-6s %6.2f CPU s  %6.2f s wall  %7.0f articles/s\n", b, cpu[b]/k[b], wall[b]/k[b], articles/(wall[b]/k[b]) }'
