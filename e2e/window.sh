#!/usr/bin/env bash
# End-to-end test of the real window under X: start the binary, wait for its
# window, zoom to Aleppo with the mouse wheel, click a neighbourhood of east
# Aleppo, and check what the app reports and what the screen shows. Then open
# a good and a broken GeoJSON from the command line: the error is reported
# and the good layer is drawn.
#
#   e2e/window.sh [BINARY]      (default: $NEWSATLAS_BIN, else ./newsatlas)
#
# Uses $DISPLAY when set, else starts Xvfb on a free display. Needs xdotool
# and ImageMagick (import, convert). Screenshots go to e2e/out/. The app
# writes one line per event to $NEWSATLAS_DEBUG_LOG (ready, view, select,
# error ...); the script reads it to know where things are.
set -euo pipefail

cd "$(dirname "$0")/.."
NAME=e2e/window.sh
OUT=e2e/out
. e2e/lib.sh

# lonlat X Y: the lon/lat under a screen pixel, from the last view logged.
lonlat() {
	grep ' view ' "$LOG" | tail -n 1 | awk -v x="$1" -v y="$2" -v wx="$WX" -v wy="$WY" '
	function kv(k,  i, a) { for (i = 1; i <= NF; i++) { split($i, a, "="); if (a[1] == k) return a[2] } }
	function mx(l) { return (l + 180) / 360 }
	function my(l,  r) { r = l * 3.141592653589793 / 180; return (1 - log((sin(r) + 1) / cos(r)) / 3.141592653589793) / 2 }
	{
		W = 256 * 2 ^ kv("zoom"); s = kv("scale"); pi = 3.141592653589793
		wxp = mx(kv("lon")) + ((x - wx - kv("x")) * s - kv("width") / 2) / W
		wyp = my(kv("lat")) + ((y - wy - kv("y")) * s - kv("height") / 2) / W
		n = pi * (1 - 2 * wyp)
		printf "%.6f %.6f\n", wxp * 360 - 180, atan2((exp(n) - exp(-n)) / 2, 1) * 180 / pi
	}'
}

# viewkey: centre and zoom of the last view logged.
viewkey() { grep ' view ' "$LOG" | tail -n 1 | grep -o 'lon=[^ ]* lat=[^ ]* zoom=[^ ]*'; }

# --- 1. The opening window -------------------------------------------------
start window
OPENING=$(viewkey)
xdotool mousemove $((WX + 5)) $((WY + 5)) # off the map: no hover outline
settle
shot opening
read -r sx sy < <(screen 18 34) # the Mediterranean south of Greece
read -r r g b < <(rgb "$OUT/opening.png" "$sx" "$sy")
[ "$b" -gt "$r" ] && [ "$b" -gt 180 ] || fail "opening: sea at $sx,$sy is rgb($r,$g,$b), want blue"
read -r lx ly < <(screen 17 28) # the Libyan desert
read -r r g b < <(rgb "$OUT/opening.png" "$lx" "$ly")
[ "$r" -gt 220 ] && [ "$g" -gt 220 ] && [ "$r" -ge "$b" ] || fail "opening: land at $lx,$ly is rgb($r,$g,$b), want pale land"
step "opening: sea and land drawn where the view says"

# --- 2. Zoom to Aleppo with the wheel, about the cursor --------------------
read -r ax ay < <(screen 37.19 36.225)
xdotool mousemove "$ax" "$ay"
read -r blon blat < <(lonlat "$ax" "$ay")
sleep 0.3
for _ in $(seq 16); do xdotool click 4; sleep 0.05; done
settle
zoom=$(grep ' view ' "$LOG" | tail -n 1 | sed 's/.*zoom=\([0-9.]*\).*/\1/')
awk -v z="$zoom" 'BEGIN { exit !(z > 10) }' || fail "wheel zoom: zoom is $zoom after 16 notches, want > 10"
# The lon/lat under the cursor stays where it was (within a pixel or two).
read -r clon clat < <(lonlat "$ax" "$ay")
awk -v a="$clon" -v b="$clat" -v c="$blon" -v d="$blat" 'BEGIN { exit !((a - c) ^ 2 + (b - d) ^ 2 < 0.002 ^ 2) }' ||
	fail "wheel zoom: the cursor at $ax,$ay is over $clon,$clat now, it was over $blon,$blat"
read -r ax2 ay2 < <(screen 37.19 36.225)
xdotool mousemove $((WX + 5)) $((WY + 5)) # off the map: no hover outline
settle
shot aleppo-zoomed
read -r r g b < <(rgb "$OUT/aleppo-zoomed.png" "$ax2" "$ay2")
[ "$g" -gt $((r + 15)) ] && [ "$g" -gt "$b" ] || fail "zoomed: east Aleppo at $ax2,$ay2 is rgb($r,$g,$b), want opposition green"
step "zoomed to Aleppo (zoom $zoom); east Aleppo is green"

# --- 3. Click east Aleppo: the opposition zone is selected -----------------
xdotool mousemove "$ax2" "$ay2" click 1
wait_log ' select aleppo-control control=opposition ' 10 ||
	fail "click at $ax2,$ay2: no 'select aleppo-control control=opposition' in the log"
settle
shot selected
step "click: $(grep ' select ' "$LOG" | tail -n 1 | cut -d' ' -f2-)"
xdotool key Escape
wait_log ' select none' 5 || fail "Escape did not clear the selection"
step "Escape cleared the selection"
z0=$(grep ' view ' "$LOG" | tail -n 1 | sed 's/.*zoom=\([0-9.]*\).*/\1/')
xdotool key ctrl+minus
settle
z1=$(grep ' view ' "$LOG" | tail -n 1 | sed 's/.*zoom=\([0-9.]*\).*/\1/')
awk -v a="$z0" -v b="$z1" 'BEGIN { exit !(b < a - 0.9) }' || fail "Ctrl+-: zoom $z0 -> $z1, want one level out"
xdotool key 0
settle
[ "$(viewkey)" = "$OPENING" ] || fail "0: view $(viewkey), want the opening view $OPENING"
shot home
read -r r g b < <(rgb "$OUT/home.png" "$sx" "$sy")
[ "$b" -gt "$r" ] && [ "$b" -gt 180 ] || fail "0 (opening view): sea at $sx,$sy is rgb($r,$g,$b), want blue"
step "keys: Ctrl+- zoomed out ($z0 -> $z1), 0 went back to the opening view ($OPENING)"
xdotool key ctrl+o
wait_log ' dialog shown open=1' 5 || fail "Ctrl+O showed no file dialog"
sleep 0.5
shot open-dialog
xdotool key Escape
wait_log ' dialog closed open=0' 5 || fail "Escape did not close the file dialog"
step "Ctrl+O showed the file dialog, Escape closed it"
# Type a path with ~ into File > Open, Enter opens it; Ctrl+Z brings the
# replaced article back.
printf 'Talks in Paris\n\nMinisters met in Paris before flying to Berlin.\n' >"$HOME/story.txt"
shown=$(grep -c ' dialog shown open=1' "$LOG")
xdotool key ctrl+o
for _ in $(seq 50); do [ "$(grep -c ' dialog shown open=1' "$LOG")" -gt "$shown" ] && break; sleep 0.1; done
[ "$(grep -c ' dialog shown open=1' "$LOG")" -gt "$shown" ] || fail "Ctrl+O showed no open dialog the second time"
sleep 0.5
xdotool key ctrl+a
xdotool type --delay 30 '~/story.txt'
shot open-typed
xdotool key Return
wait_log " open article $HOME/story\.txt" 10 || fail "typing ~/story.txt and Enter did not open it"
sleep 0.5
title=$(xdotool getwindowname "$WID")
[ "$title" = "News Atlas - Talks in Paris" ] || fail "after opening ~/story.txt the title is '$title'"
step "File > Open: typed ~/story.txt, Enter opened it (title '$title')"
xdotool key ctrl+z
wait_log ' undo open article ' 5 || fail "Ctrl+Z did not bring back the replaced article"
sleep 0.5
title=$(xdotool getwindowname "$WID")
[ "$title" != "News Atlas - Talks in Paris" ] || fail "after Ctrl+Z the title is still '$title'"
step "Ctrl+Z brought back the replaced article (title '$title')"
stop

# --- 4. A good and a broken GeoJSON on the command line --------------------
cat >"$TMP/good.geojson" <<'JSON'
{"type": "FeatureCollection", "features": [{"type": "Feature",
 "properties": {"name": "Test square", "fill": "#ff00ff", "fill-opacity": 1, "stroke": "#800080"},
 "geometry": {"type": "Polygon", "coordinates": [[[20, 20], [30, 20], [30, 30], [20, 30], [20, 20]]]}}]}
JSON
printf '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Poly' >"$TMP/broken.geojson"
start broken "$TMP/good.geojson" "$TMP/broken.geojson"
wait_log ' error .*broken\.geojson' 10 || fail "broken file: no 'error ... broken.geojson' line in the log"
grep -q ' open layer .*good\.geojson' "$LOG" || fail "broken file: the good file was not opened"
shot broken
read -r mx my < <(screen 25 28.5) # above the dialog, which hides the middle
read -r r g b < <(rgb "$OUT/broken.png" "$mx" "$my")
# The error dialog dims the window; magenta stays red and blue, not green.
[ "$r" -gt $((g + 40)) ] && [ "$b" -gt $((g + 40)) ] || fail "broken file: the good layer is not drawn at $mx,$my: rgb($r,$g,$b)"
xdotool key Escape
wait_log ' dialog closed open=0' 5 || fail "broken file: Escape did not close the error dialog"
step "broken file: $(grep ' error ' "$LOG" | head -n 1 | cut -d' ' -f3-)"
step "broken file: the good layer is drawn (rgb($r,$g,$b) at $mx,$my)"
stop

# --- 5. A Markdown article, and the map's right-click menu ------------------
cat >"$TMP/talks.md" <<'MD'
# Talks on *Aleppo* resume in Geneva

Envoys from **Saudi Arabia** and the [United States](https://example.org/us)
met in Lausanne on Saturday, then flew
to _Beirut_.

- Homs
- **Damascus** and Hama

> "Moscow will decide," a diplomat said.
MD
start markdown "$TMP/talks.md"
title=$(xdotool getwindowname "$WID")
[ "$title" = "News Atlas - Talks on Aleppo resume in Geneva" ] || fail "markdown: title '$title', want the first heading without #"
shot markdown
step "markdown: title '$title' (screenshot $OUT/markdown.png)"
read -r mx my < <(screen 36.5 35)
xdotool mousemove "$mx" "$my" click 3
wait_log ' map menu' 5 || fail "a right-click on the map showed no menu"
sleep 0.5
shot map-menu
xdotool mousemove $((mx + 40)) $((my + 14)) click 1
wait_log ' copied -?[0-9.]+, -?[0-9.]+' 5 || fail "the menu's first item did not copy the coordinates"
step "right-click menu: $(grep ' copied ' "$LOG" | tail -n 1 | cut -d' ' -f2-) (screenshot $OUT/map-menu.png)"
stop

step "PASS (screenshots in $OUT/)"
