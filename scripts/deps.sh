#!/usr/bin/env bash
# Installs the Debian packages News Atlas needs, if any is missing:
# Fyne's cgo/OpenGL build, GDAL's ogr2ogr and ogrinfo (gdal-bin) for the
# format tests and benchmarks of layer/, PostgreSQL 15 with PostGIS 3
# (postgresql-15-postgis-3) for the throwaway server of scripts/postgis.sh,
# and Xvfb, xdotool and ImageMagick for the window tests (pass --gui-only to
# skip those three).
set -euo pipefail
pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev libxkbcommon-dev gdal-bin
      postgresql-15-postgis-3)
[ "${1:-}" = "--gui-only" ] || pkgs+=(xvfb xdotool imagemagick x11-utils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
