# Common set-up of the real-window tests, sourced by e2e/archive.sh (and open
# to the others): the binary, a display, a fresh home folder, the app started
# with a debug log, and the helpers that read that log. Before sourcing, set
# NAME (the script's name, for messages) and OUT (where screenshots and logs
# go); after it, BIN, TMP, HOME and DISPLAY are set and cleanup runs on exit.
#
# The app writes one line per event to $NEWSATLAS_DEBUG_LOG (ready, view,
# select, error ...); the helpers read it to know where things are.

BIN=${1:-${NEWSATLAS_BIN:-./newsatlas}}
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.log "$OUT"/*.stderr
TMP=$(mktemp -d)
PIDS=()

cleanup() {
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
	echo "$NAME: FAIL: $*" >&2
	[ -n "${LOG:-}" ] && [ -f "$LOG" ] && { echo "--- debug log ($LOG):" >&2; tail -n 15 "$LOG" >&2; }
	exit 1
}
step() { echo "$NAME: $*"; }

[ -x "$BIN" ] || fail "no binary at $BIN (build it: go build -o newsatlas .)"
for t in xdotool import convert; do
	command -v "$t" >/dev/null || fail "$t is not installed"
done

if [ -z "${DISPLAY:-}" ]; then
	n=99
	while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
	Xvfb ":$n" -screen 0 1280x800x24 >"$TMP/xvfb.log" 2>&1 &
	PIDS+=($!)
	export DISPLAY=":$n"
	for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
	step "started Xvfb on $DISPLAY"
fi

# A fresh configuration and cache folder: no remembered view or window
# size, no index of an archive from an earlier run.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_CACHE_HOME="$TMP/home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

# wait_log PATTERN SECONDS: wait for a line of the debug log to match.
wait_log() {
	local i
	for i in $(seq $(($2 * 10))); do
		grep -qE "$1" "$LOG" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# logged KEY [WHAT]: the value of KEY=... on the last log line with WHAT.
logged() { grep -E "${2:-.}" "$LOG" | tail -n 1 | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# settle: wait until the log has not grown for a second (frames done).
settle() {
	local last=-1 now
	for _ in $(seq 100); do
		now=$(wc -c <"$LOG")
		[ "$now" = "$last" ] && return 0
		last=$now
		sleep 1
	done
}

# start NAME ARGS...: start the app, wait for its window and first frame.
start() {
	local name=$1
	shift
	LOG="$OUT/$name.log"
	ERR="$OUT/$name.stderr"
	: >"$LOG"
	NEWSATLAS_DEBUG_LOG="$LOG" "$BIN" "$@" >"$ERR" 2>&1 &
	APP=$!
	PIDS+=($APP)
	WID=$(timeout 30 xdotool search --sync --onlyvisible --name '^News Atlas' | head -n 1) ||
		fail "$name: no window titled 'News Atlas*' within 30 s"
	wait_log '^[0-9:.]+ ready' 30 || fail "$name: the map did not draw a first frame within 30 s"
	settle
	eval "$(xdotool getwindowgeometry --shell "$WID")" # X Y WIDTH HEIGHT
	WX=$X WY=$Y
	step "$name: window $WID at $WX,$WY size ${WIDTH}x$HEIGHT, title: $(xdotool getwindowname "$WID")"
}

stop() {
	kill "$APP" 2>/dev/null || true
	wait "$APP" 2>/dev/null || true
}

# screen LON LAT: the screen pixel of a lon/lat on the map, from the last
# view the app logged (Web Mercator, as the renderer draws).
screen() {
	grep ' view ' "$LOG" | tail -n 1 | awk -v lon="$1" -v lat="$2" -v wx="$WX" -v wy="$WY" '
	function kv(k,  i, a) { for (i = 1; i <= NF; i++) { split($i, a, "="); if (a[1] == k) return a[2] } }
	function mx(l) { return (l + 180) / 360 }
	function my(l,  r) { r = l * 3.141592653589793 / 180; return (1 - log((sin(r) + 1) / cos(r)) / 3.141592653589793) / 2 }
	{
		W = 256 * 2 ^ kv("zoom"); s = kv("scale")
		px = kv("width") / 2 + (mx(lon) - mx(kv("lon"))) * W
		py = kv("height") / 2 + (my(lat) - my(kv("lat"))) * W
		printf "%d %d\n", wx + kv("x") + px / s, wy + kv("y") + py / s
	}'
}

# rgb FILE X Y: the mean colour of the 5x5 pixels around a screen point in a
# screenshot, as "R G B" (0-255).
rgb() {
	convert "$1" -crop "5x5+$(($2 - 2))+$(($3 - 2))" -resize 1x1\! -depth 8 txt:- |
		sed -n '2s/.*(\([0-9.]*\),\([0-9.]*\),\([0-9.]*\).*/\1 \2 \3/p' | awk '{printf "%d %d %d\n", $1, $2, $3}'
}

shot() { import -window root "$OUT/$1.png"; }
