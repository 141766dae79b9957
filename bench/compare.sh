#!/usr/bin/env bash
# Compares `newsatlas render` with Mapnik (python3-mapnik) and
# gdal_rasterize on the benchmark files, all measured in this one run:
# median wall time of several runs after a warm-up, peak
# memory (max RSS, median of the runs), both from /usr/bin/time, and
# ratios to newsatlas. Prints a Markdown table and writes it to bench/RESULTS.md.
#
#   bench/compare.sh [RUNS]      (default 5 runs each)
#   NEWSATLAS=/path/to/newsatlas bench/compare.sh   (another build; the
#   table then goes to stdout only, RESULTS.md is left alone)
#
# Every tool draws the same file into a 1280x800 image framing the file's
# extent: newsatlas and Mapnik in Web Mercator with a translucent fill and
# a stroke as wide as newsatlas draws an opened layer's (2 px; set
# MAPNIK_STROKE=0.5 for the thinner line of the issue's reference figures),
# gdal_rasterize burning the polygons into a 1280x800 GTiff in lon/lat (it
# does not reproject).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"

need=()
command -v gdal_rasterize >/dev/null || need+=(gdal-bin)
[[ -x /usr/bin/time ]] || need+=(time)
/usr/bin/python3 -c 'import mapnik' 2>/dev/null || need+=(python3-mapnik)
if ((${#need[@]})); then
	echo "installing ${need[*]}" >&2
	apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

bench/data.sh >/dev/null
# NEWSATLAS=path compares another build (say, with a change under test).
na_bin=${NEWSATLAS:-bin/newsatlas}
[[ -n "${NEWSATLAS:-}" ]] || go build -o bin/newsatlas .

# Files and the extent each is drawn at (latitudes within Web Mercator's).
files=()
[[ -f bench/data/countries10m.geojson ]] && files+=("countries10m.geojson|NE 10m countries (12.6 MB)|-180,-85,180,83.64")
files+=("stars.geojson|200k star polygons (114 MB)|-179.34,-80.39,179.4,80.37")

hide=countries,syria-governorates,aleppo-control,places
stroke=${MAPNIK_STROKE:-2}

# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure CMD...: one warm-up run, then $runs runs under /usr/bin/time;
# prints the median wall time in seconds and the median max RSS in KB.
measure() {
	local log
	log=$(mktemp)
	"$@" >/dev/null 2>&1
	for ((i = 0; i < runs; i++)); do
		/usr/bin/time -f '%e %M' -a -o "$log" "$@" >/dev/null 2>&1
	done
	echo "$(cut -d' ' -f1 "$log" | median) $(cut -d' ' -f2 "$log" | median)"
	rm -f "$log"
}

table="| file | tool | median time | vs newsatlas | peak memory (max RSS) | vs newsatlas |
|---|---|---|---|---|---|"
for f in "${files[@]}"; do
	IFS='|' read -r name label bbox <<<"$f"
	path=bench/data/$name
	IFS=, read -r x0 y0 x1 y1 <<<"$bbox"
	base=${name%.geojson}
	na=("$na_bin" render "$path" -o "$out/$base-newsatlas.png" --size 1280x800 --bbox "$bbox" --hide "$hide")
	mk=(/usr/bin/python3 bench/mapnik_render.py "$path" "$out/$base-mapnik.png" 1280 800 "$bbox" "$stroke")
	gd=(gdal_rasterize -q -burn 255 -ts 1280 800 -te "$x0" "$y0" "$x1" "$y1" -ot Byte -of GTiff "$path" "$out/$base-gdal.tif")
	declare -A t m
	for tool in newsatlas mapnik gdal; do
		case $tool in
		newsatlas) cmd=("${na[@]}") ;;
		mapnik) cmd=("${mk[@]}") ;;
		gdal) cmd=("${gd[@]}") ;;
		esac
		rm -f "$out/$base-gdal.tif"
		read -r t[$tool] m[$tool] <<<"$(measure "${cmd[@]}")"
		echo "$label, $tool: ${t[$tool]} s, ${m[$tool]} KB" >&2
	done
	for tool in newsatlas mapnik gdal; do
		row=$(awk -v t="${t[$tool]}" -v m="${m[$tool]}" -v tn="${t[newsatlas]}" -v mn="${m[newsatlas]}" \
			'BEGIN {printf "%.2f s | %.2fx | %.0f MiB | %.2fx", t, t/tn, m/1024, m/mn}')
		table+=$'\n'"| $label | $tool | $row |"
	done
	unset t m
done

note="Measured $(date -u +%Y-%m-%d) by bench/compare.sh: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (the machine is shared, so compare the ratios, measured in one run, not the absolute times). Whole process, median of $runs runs after a warm-up; peak memory is the median of the runs' max RSS. newsatlas renders with the built-in layers hidden; Mapnik $(/usr/bin/python3 -c 'import mapnik; print(mapnik.mapnik_version_string())' 2>/dev/null || echo '?') draws fill + ${stroke} px stroke in Web Mercator; $(gdal_rasterize --version | cut -d, -f1) burns a 1280x800 GTiff."
printf '%s\n\n%s\n' "$table" "$note"
[[ -n "${NEWSATLAS:-}" ]] && exit 0
{
	echo "# Benchmark results"
	echo
	echo "Latest table from \`bench/compare.sh\` (\"vs newsatlas\" is the tool's figure divided by newsatlas's: above 1 means newsatlas is faster or smaller)."
	echo
	echo "$table"
	echo
	echo "$note"
} >bench/RESULTS.md
