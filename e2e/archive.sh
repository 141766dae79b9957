#!/usr/bin/env bash
# End-to-end test of a news archive in the real window under X: start the
# binary on a folder of stories (an NDJSON file of dated articles, one record
# of it without text, and a plain article), check that it opens with one
# notice of what was skipped and lists its stories; click Aleppo governorate
# on the map: its related stories and passages are listed; click a passage:
# its story opens in the article panel with Aleppo highlighted. Then open
# the real news items the control record cites (archive/testdata); last, a
# real archive of 2018-2020 that the timeline reaches, and that comes back
# when the app is quit and started again with no files (session restore).
#
#   e2e/archive.sh [BINARY]      (default: $NEWSATLAS_BIN, else ./newsatlas)
#
# Uses $DISPLAY when set, else starts Xvfb on a free display. Needs xdotool
# and ImageMagick (import, convert). Screenshots and logs go to
# e2e/out/archive/. The common set-up is e2e/lib.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
NAME=e2e/archive.sh
OUT=e2e/out/archive
. e2e/lib.sh

NEWS="$TMP/news"
mkdir -p "$NEWS"
cat >"$NEWS/wire.ndjson" <<'JSON'
{"id": "a1", "title": "Shelling in Aleppo", "date": "2016-10-18", "text": "Shelling in Aleppo\n\nShells fell on Aleppo overnight. Rescuers in Aleppo searched the rubble. East Aleppo has no power and west Aleppo little."}
{"id": "a2", "title": "Talks in Geneva", "date": "2016-10-20", "text": "Talks in Geneva\n\nDiplomats met in Geneva to talk about a truce."}
{"title": "No text here", "date": "2016-10-21"}
{"id": "a3", "title": "Idlib braces", "date": "2016-10-19", "text": "Idlib braces\n\nFamilies fled from Aleppo to Idlib as the fighting went on. Idlib's hospitals are full."}
JSON
printf 'Convoy reaches Homs\n\nHOMS, Oct. 17, 2016 - An aid convoy reached Homs on Monday.\n' >"$NEWS/convoy.txt"

# --- 1. Open the archive from the command line ------------------------------
start archive "$NEWS"
wait_log ' archive opened ' 60 || fail "no 'archive opened' in the log within 60 s"
step "opened: $(grep ' archive opened ' "$LOG" | cut -d' ' -f4-)"
grep -q ' archive skipped .*no "text"' "$LOG" || fail "the record without text was not reported skipped"
settle
shown=$(sed -n '/ archive opened /,$p' "$LOG" | grep -c ' dialog shown ' || true)
[ "$shown" -ge 1 ] || fail "no notice of the skipped record after the archive opened"
shot notice
xdotool key Escape
settle
shot stories
step "the notice of the skipped record was shown and closed; stories listed"

# --- 2. Click Aleppo governorate: its related stories and passages ---------
read -r gx gy < <(screen 37.9 36.35) # Aleppo governorate, east of the city
xdotool mousemove "$gx" "$gy" click 1
wait_log ' archive region syria-governorates name=Aleppo' 10 ||
	fail "click at $gx,$gy: no 'archive region syria-governorates name=Aleppo' in the log"
wait_log ' stories row [0-9]+ kind=passage .*what=[^ ]*Aleppo' 15 ||
	fail "no passage about Aleppo listed after the click"
settle
shot related
step "region: $(grep ' stories related ' "$LOG" | tail -n 1 | cut -d' ' -f3-)"

# --- 3. Click a passage: its story opens with Aleppo highlighted -----------
row=$(grep -E ' stories row [0-9]+ kind=passage .*what=[^ ]*Aleppo' "$LOG" | head -n 1)
px=$(echo "$row" | tr ' ' '\n' | sed -n 's/^x=//p') py=$(echo "$row" | tr ' ' '\n' | sed -n 's/^y=//p')
pw=$(echo "$row" | tr ' ' '\n' | sed -n 's/^width=//p') ph=$(echo "$row" | tr ' ' '\n' | sed -n 's/^height=//p')
cx=$(awk -v a="$WX" -v x="$px" -v w="$pw" 'BEGIN { printf "%d", a + x + w / 3 }')
cy=$(awk -v a="$WY" -v y="$py" -v h="$ph" 'BEGIN { printf "%d", a + y + h / 2 }')
xdotool mousemove "$cx" "$cy" click 1
wait_log ' story open .* highlight=Aleppo' 10 || fail "click on the passage at $cx,$cy: no 'story open ... highlight=Aleppo'"
settle
xdotool mousemove $((WX + 5)) $((WY + 5))
sleep 0.5
shot story
title=$(xdotool getwindowname "$WID")
case $title in
"News Atlas - Shelling in Aleppo" | "News Atlas - Idlib braces") ;;
*) fail "after opening the passage the title is '$title'" ;;
esac
step "passage: $(grep ' story open ' "$LOG" | tail -n 1 | cut -d' ' -f3-), title '$title'"
stop

# --- 4. A real archive: the sources of the control record -----------------
# 62 dated news items (archive/testdata/SOURCES.md); the timeline counts them
# under its slider.
start real archive/testdata/aleppo-sources.ndjson
wait_log ' archive opened .* articles=62 ' 60 || fail "real: the 62 sources did not open"
settle
shot real
step "real: $(grep ' archive opened ' "$LOG" | cut -d' ' -f4-)"
stop

# --- 5. A real archive of 2018-2020 survives a relaunch -------------------
# 796 dated HuffPost items (archive/testdata/SOURCES.md): the timeline reaches
# their dates past the record's end; quit with Ctrl+Q and start again with no
# files: the session brings the archive back through its index, no notice.
start news archive/testdata/huffpost-world-2018-2020.ndjson
wait_log ' archive opened .* articles=796 .* timeline=2012-07-01\.\.2020-12-27' 90 ||
	fail "news: the 796 items did not open with a timeline to 27 December 2020"
settle
# The map was at 19 Oct 2016, before every item: the date moves to the
# archive's last day.
grep -q ' date 2020-12-27$' "$LOG" || fail "news: the date did not move to the archive's last day: $(grep ' date ' "$LOG" | tail -n 1)"
shot news
step "news: $(grep ' archive opened ' "$LOG" | cut -d' ' -f4-), $(grep ' date ' "$LOG" | tail -n 1 | cut -d' ' -f3-)"
xdotool mousemove $((WX + 5)) $((WY + 5)) key ctrl+q
timeout 20 tail --pid="$APP" -f /dev/null || fail "news: still running 20 s after Ctrl+Q"
rc=0
wait "$APP" || rc=$?
[ "$rc" = 0 ] || fail "news: exit status $rc after Ctrl+Q: $(tail -n 5 "$ERR")"
grep -q ' session saved ' "$LOG" || fail "news: no session saved on quit"
start relaunch
wait_log ' archive restored .* articles=796 .* timeline=2012-07-01\.\.2020-12-27' 60 ||
	fail "relaunch: the archive did not come back with the session"
settle
! grep -q ' dialog shown ' "$LOG" || fail "relaunch: a notice was shown: $(grep ' dialog shown ' "$LOG" | head -n 1)"
grep -q ' session restored .* date=2020-12-27 ' "$LOG" || fail "relaunch: the session's date is not the archive's last day: $(grep ' session restored ' "$LOG" | tail -n 1)"
shot relaunch
step "relaunch: $(grep ' archive restored ' "$LOG" | cut -d' ' -f3-)"
stop

step "PASS (screenshots in $OUT/)"
