#!/usr/bin/env bash
# End-to-end test of sessions in the real window under X: open a layer from
# the command line, move the timeline to another date, quit with Ctrl+Q, and
# start again with no files and the same configuration directory: the layer
# and the date are back. Then, three times over, press Play, quit with Ctrl+Q
# while it plays and start again: every quit exits 0 without a panic and the
# relaunch shows the date Play had reached. On the way, a click on the
# timeline's slider (which takes the keyboard focus) leaves the map's keys
# working. Then quit by File > Quit and by the window's close button, and
# last check that a control zone selected by a click keeps its colour.
#
#   e2e/session.sh [BINARY]      (default: $NEWSATLAS_BIN, else ./newsatlas)
#
# Uses $DISPLAY when set, else starts Xvfb on a free display. Needs xdotool,
# ImageMagick (import, convert) and a C compiler with libX11 (for e2e/wmdelete.c). Screenshots and logs go to e2e/out/session/. The
# app writes one line per event to $NEWSATLAS_DEBUG_LOG (ready, date, control
# positions, session saved and restored...); the script reads them.
set -euo pipefail

cd "$(dirname "$0")/.."
NAME=e2e/session.sh
OUT=e2e/out/session
. e2e/lib.sh # the configuration directory it makes is kept across the runs below
command -v cc >/dev/null || fail "cc is not installed"
WMDELETE="$TMP/wmdelete"
cc -o "$WMDELETE" e2e/wmdelete.c -lX11 || fail "cannot build e2e/wmdelete.c (needs libx11-dev)"

LAYER="$TMP/damage sites.geojson"
cat >"$LAYER" <<'JSON'
{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"strike"},"geometry":{"type":"Point","coordinates":[37.19,36.225]}},
 {"type":"Feature","properties":{"name":"second"},"geometry":{"type":"Point","coordinates":[37.15,36.2]}}]}
JSON

# launch NAME ARGS...: lib.sh's start, and wait for the timeline's place
# to be logged (the Play runs click it).
launch() {
	start "$@"
	wait_log ' control slider ' 10 || fail "$1: the timeline's place was not logged"
}

# click CONTROL FRACTION: click a logged control, FRACTION of its width in.
click() {
	local x y w h
	x=$(logged x "control $1 ") y=$(logged y "control $1 ") w=$(logged width "control $1 ") h=$(logged height "control $1 ")
	xdotool mousemove "$(awk -v a="$WX" -v x="$x" -v w="$w" -v f="$2" 'BEGIN { printf "%d", a + x + w * f }')" \
		"$(awk -v a="$WY" -v y="$y" -v h="$h" 'BEGIN { printf "%d", a + y + h / 2 }')" click 1
}

# quit NAME [HOW]: quit with Ctrl+Q, or File > Quit (menu), or the window's
# close button (close: the WM_DELETE_WINDOW message a window manager sends);
# the app must save its session and exit 0 without a panic.
quit() {
	local rc=0 how=${2:-ctrl+q}
	xdotool mousemove $((WX + 5)) $((WY + 5))
	case $how in
	ctrl+q) xdotool key ctrl+q ;;
	menu) # File, then its last item, Quit
		xdotool mousemove $((WX + 27)) $((WY + 13)) click 1
		sleep 0.7
		xdotool mousemove $((WX + 30)) $((WY + 373)) click 1 ;; # Quit, below Open, Open Archive, Recent, Undo Open Article, two project items, Export PNG and Export Animation
	close) "$WMDELETE" "$WID" ;;
	esac
	timeout 20 tail --pid="$APP" -f /dev/null || fail "$1: still running 20 s after $how"
	wait "$APP" || rc=$?
	[ "$rc" = 0 ] || fail "$1: exit status $rc after $how: $(tail -n 5 "$ERR")"
	! grep -q 'panic' "$ERR" || fail "$1: panicked on quit: $(grep -A3 panic "$ERR" | head -n 4)"
	grep -q ' session saved ' "$LOG" || fail "$1: no session saved on quit"
}

# 1. Open a layer, move to another date, quit.
launch first "$LAYER"
grep -q ' open layer .* name=damage_sites\| open layer .*name=damage sites' "$LOG" || fail "first: the layer was not opened"
click slider 0.2
wait_log ' date 201[2-4]-' 10 || fail "first: a click on the slider did not change the date"
sleep 1
DATE=$(grep ' date ' "$LOG" | tail -n 1 | awk '{print $3}')
step "first: date $DATE"
shot first
quit first
SESSION=$(grep ' session saved ' "$LOG" | tail -n 1 | sed 's/.* session saved //')
[ -f "$SESSION" ] || fail "first: no session file at $SESSION"
step "first: quit, session in $SESSION"

# 2. Start with no files: the layer and the date come back.
launch second
wait_log ' session restored ' 10 || fail "second: no session restored"
restored=$(grep ' session restored ' "$LOG" | tail -n 1)
case "$restored" in *damage_sites*) ;; *) fail "second: the layer is not back: $restored" ;; esac
case "$restored" in *"date=$DATE "*) ;; *) fail "second: the date is not $DATE: $restored" ;; esac
shot second
step "second: restored $(echo "$restored" | cut -d' ' -f3-)"

# Map keys after a click on a panel control (the slider takes the focus).
z0=$(logged zoom ' view ')
lon0=$(logged lon ' view ')
click slider 0.3
sleep 1
xdotool key equal
sleep 1.5
z1=$(logged zoom ' view ')
awk -v a="$z0" -v b="$z1" 'BEGIN { exit !(b > a + 0.5) }' || fail "second: = after a slider click: zoom $z0 -> $z1"
xdotool key Right
sleep 1.5
lon1=$(logged lon ' view ')
awk -v a="$lon0" -v b="$lon1" 'BEGIN { exit !(b > a) }' || fail "second: Right after a slider click: lon $lon0 -> $lon1"
step "second: after a slider click, = zoomed $z0 -> $z1 and Right panned to lon $lon1"
quit second

# 3. Quit while playing, three times: no panic, and the date Play reached
# comes back.
for i in 1 2 3; do
	launch "play$i"
	wait_log ' session restored ' 10 || fail "play$i: no session restored"
	before=$(grep ' date ' "$LOG" | tail -n 1 | awk '{print $3}')
	click play 0.5
	sleep 2.5
	reached=$(grep ' date ' "$LOG" | tail -n 1 | awk '{print $3}')
	[ "$reached" != "$before" ] || fail "play$i: Play did not move the date from $before"
	quit "play$i"
	DATE=$(grep ' date ' "$LOG" | tail -n 1 | awk '{print $3}')
	step "play$i: played $before -> $DATE, quit cleanly"
done

# 4. Quit by the menu and by the window's close button: the date set before
# each comes back.
for how in menu:0.1 close:0.05; do
	frac=${how#*:} how=${how%:*}
	launch "$how"
	wait_log " session restored .*date=$DATE " 10 || fail "$how: the date $DATE is not back: $(grep ' session restored ' "$LOG")"
	was=$DATE
	click slider "$frac"
	sleep 1.5
	DATE=$(grep ' date ' "$LOG" | tail -n 1 | awk '{print $3}')
	[ "$DATE" != "$was" ] || fail "$how: a click on the slider did not change the date from $was"
	quit "$how" "$how"
	step "$how: set $DATE, quit by $how"
done
launch final
wait_log " session restored .*date=$DATE " 10 || fail "final: the date $DATE set before the close button is not back: $(grep ' session restored ' "$LOG")"
shot final

# 5. A selected control zone keeps its colour: the pixel under the click (the
# map's centre, inside a zone well away from its edges) is the same before and
# after the click selects the zone (the highlight is an outline, not a tint).
cx=$(awk -v a="$WX" -v x="$(logged x ' view ')" -v w="$(logged width ' view ')" -v s="$(logged scale ' view ')" 'BEGIN { printf "%d", a + x + w / s / 2 }')
cy=$(awk -v a="$WY" -v y="$(logged y ' view ')" -v h="$(logged height ' view ')" -v s="$(logged scale ' view ')" 'BEGIN { printf "%d", a + y + h / s / 2 }')
xdotool mousemove "$cx" "$cy"
sleep 1.5
shot unselected
xdotool click 1
wait_log ' select aleppo-control ' 10 || fail "final: the click at $cx,$cy selected no control zone: $(grep ' select ' "$LOG" | tail -n 1)"
sleep 1.5
shot selected
pixel() { convert "$OUT/$1.png" -format "%[pixel:p{$cx,$cy}]" info:; }
[ "$(pixel unselected)" = "$(pixel selected)" ] ||
	fail "final: the selected zone's colour changed under the click: $(pixel unselected) -> $(pixel selected)"
step "final: $(grep ' select ' "$LOG" | tail -n 1 | cut -d' ' -f3-) keeps its colour $(pixel selected) at $cx,$cy"
quit final
step "PASS"
