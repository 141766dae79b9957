#!/usr/bin/env bash
# Runs every test: vet, the unit and widget tests (with the real cgo/GL
# build under Xvfb, and again with Fyne's software driver, no cgo), and the
# end-to-end window test, with a throwaway PostgreSQL/PostGIS server
# (scripts/postgis.sh) up for the tests that read NEWSATLAS_POSTGIS_DSN.
# Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
export PATH="$PATH:/usr/local/go/bin"
export LANG="${LANG:-C.UTF-8}"

echo "== build the GUI binary (cgo, OpenGL)"
go build -o bin/newsatlas .

echo "== vet and format"
go vet ./...
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted" >&2; exit 1; fi

xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${NEWSATLAS_POSTGIS_DIR:-}" ] && bash scripts/postgis.sh stop "$NEWSATLAS_POSTGIS_DIR" || true
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi

echo "== throwaway PostgreSQL with PostGIS for the postgis tests (scripts/postgis.sh)"
postgis_env=$(bash scripts/postgis.sh start)
eval "$postgis_env"

echo "== go test (cgo build)"
go test -count=1 -timeout 30m ./...

echo "== go test (Fyne software driver, no cgo)"
CGO_ENABLED=0 go test -count=1 -timeout 30m -tags ci ./...

if [ -f e2e/window.sh ]; then
  echo "== end-to-end window test under Xvfb"
  NEWSATLAS_BIN="$PWD/bin/newsatlas" bash e2e/window.sh
fi
if [ -f e2e/session.sh ]; then
  echo "== end-to-end session test under Xvfb (quit, relaunch, Play)"
  NEWSATLAS_BIN="$PWD/bin/newsatlas" bash e2e/session.sh
fi
if [ -f e2e/archive.sh ]; then
  echo "== end-to-end archive test under Xvfb (open, click a region, open a related passage)"
  NEWSATLAS_BIN="$PWD/bin/newsatlas" bash e2e/archive.sh
fi
echo "== all tests passed"
