#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL 15 with PostGIS for the tests of
# package postgis and the CLI: a cluster in a temporary folder, listening on
# a free port of 127.0.0.1 (and a unix socket in that folder), with the
# tables the tests read.
#
#   eval "$(bash scripts/postgis.sh start)"   # exports NEWSATLAS_POSTGIS_DSN and _DIR
#   go test ./postgis/
#   bash scripts/postgis.sh stop "$NEWSATLAS_POSTGIS_DIR"
#
# start prints the two export lines on stdout (progress goes to stderr):
#   NEWSATLAS_POSTGIS_DSN  postgres://newsatlas:PASSWORD@127.0.0.1:PORT/newsatlas
#   NEWSATLAS_POSTGIS_DIR  the temporary folder (data, socket, log)
# stop shuts the server down and removes the folder.
#
# Tables (schema public):
#   countries       Natural Earth 10m countries, the built-in layer's copy
#                   (data/basemap/countries.geojson.gz), SRID 4326, columns
#                   named as in the file (NAME, ADMIN, ...), loaded by ogr2ogr
#   countries_3857  fid, NAME, ADMIN, LABEL_X, LABEL_Y and the geometry in Web Mercator (3857)
#   points          1,000,000 points spread over the world (id, name, geom)
#   points_view     a view of points
#   nogeom          a table without a geometry column
#   geog            a table whose only column of places is geography
#   odd             one row: a 3D line, a second geometry column without an
#                   SRID, a simplestyle stroke, a date, JSON and a boolean
#
# Needs postgresql-15, postgresql-15-postgis-3 and gdal-bin (scripts/deps.sh).
# Run as root (CI), the server runs as the postgres user, since initdb and
# postgres refuse root.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=/usr/lib/postgresql/15/bin
user=newsatlas
db=newsatlas
password=newsatlas-test

# as runs a command as the user the server runs as.
as() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  for tool in "$bin/initdb" "$bin/pg_ctl" "$bin/psql" ogr2ogr; do
    command -v "$tool" >/dev/null || { echo "postgis.sh: $tool not found (bash scripts/deps.sh)" >&2; exit 1; }
  done
  [ -f /usr/share/postgresql/15/extension/postgis.control ] ||
    { echo "postgis.sh: PostGIS for PostgreSQL 15 is not installed (postgresql-15-postgis-3)" >&2; exit 1; }

  # dir is global: the EXIT trap below reads it.
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsatlas-postgis.XXXXXX")
  # Whatever fails from here on, leave no server or folder behind.
  trap 'stop "$dir"' EXIT
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
  echo "postgis.sh: initdb in $dir" >&2
  as "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"

  # The first free port from 54330 (pg_ctl fails on one in use: try the next).
  local port started=""
  for port in $(seq 54330 54429); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    if as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  [ -n "$started" ] || { echo "postgis.sh: the server did not start:" >&2; tail -20 "$dir/server.log" >&2; exit 1; }
  echo "postgis.sh: listening on 127.0.0.1:$port" >&2

  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U "$user")
  "${psql[@]}" -d postgres -c "CREATE DATABASE $db" >&2
  "${psql[@]}" -d "$db" -c "CREATE EXTENSION postgis" >&2

  echo "postgis.sh: loading countries" >&2
  ogr2ogr -f PostgreSQL "PG:host=$dir port=$port user=$user dbname=$db" \
    /vsigzip/data/basemap/countries.geojson.gz -nln countries -nlt MULTIPOLYGON \
    -lco GEOMETRY_NAME=geom -lco FID=fid -lco LAUNDER=NO -a_srs EPSG:4326 >&2

  echo "postgis.sh: making countries_3857, points (1,000,000 rows), nogeom, geog, odd" >&2
  "${psql[@]}" -d "$db" >&2 <<'SQL'
CREATE TABLE countries_3857 AS
  SELECT fid, "NAME", "ADMIN", "LABEL_X", "LABEL_Y", ST_Transform(geom, 3857)::geometry(MultiPolygon, 3857) AS geom
  FROM countries;
CREATE INDEX countries_3857_geom ON countries_3857 USING gist (geom);
SELECT setseed(0.15) \g /dev/null
CREATE TABLE points AS
  SELECT i AS id, 'point ' || i AS name,
         ST_SetSRID(ST_MakePoint(random() * 360 - 180, random() * 170 - 85), 4326)::geometry(Point, 4326) AS geom
  FROM generate_series(1, 1000000) AS i;
CREATE INDEX points_geom ON points USING gist (geom);
CREATE VIEW points_view AS SELECT * FROM points;
CREATE TABLE nogeom (id integer, name text);
INSERT INTO nogeom VALUES (1, 'no geometry here');
CREATE TABLE geog (id integer, place geography(Point, 4326));
INSERT INTO geog VALUES (1, 'POINT(37.16 36.2)');
CREATE TABLE odd (id integer, name text, stroke text, happened date, tags jsonb, ok boolean, line geometry(LineStringZ, 4326), bare geometry);
INSERT INTO odd VALUES
  (1, 'a 3D line', '#ff0000', '2016-10-19', '{"a": [1, 2]}', true,
   'SRID=4326;LINESTRING Z (37.1 36.2 400, 37.2 36.25 410)', 'POINT(37.15 36.22)');
ANALYZE;
SQL

  trap - EXIT
  echo "export NEWSATLAS_POSTGIS_DIR='$dir'"
  echo "export NEWSATLAS_POSTGIS_DSN='postgres://$user:$password@127.0.0.1:$port/$db'"
}

stop() {
  local dir=${1:-${NEWSATLAS_POSTGIS_DIR:-}}
  [ -n "$dir" ] || { echo "usage: postgis.sh stop DIR" >&2; exit 2; }
  case "$dir" in *newsatlas-postgis.*) ;; *) echo "postgis.sh: $dir is not a folder start made" >&2; exit 2 ;; esac
  [ -d "$dir/data" ] && as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: postgis.sh start | stop DIR" >&2; exit 2 ;;
esac
