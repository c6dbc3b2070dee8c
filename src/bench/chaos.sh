#!/usr/bin/env bash
# Bad days, on loopback and bounded in time (about 5 minutes):
#
#   src/bench/chaos.sh
#
# (a) restarts PostgreSQL under wrk load and prints what the readers got (cached answers,
#     503s, errors) and how many seconds the application needed to answer again;
# (b) floods POST /api/extract (from one address, then from many spoofed ones) and prints a
#     normal reader's p95 before and meanwhile;
# (c) runs 20 GeoJSON exports at once (the bound answers 503, no 200 is truncated), then one
#     export through a PostgreSQL restart (it must end in an error, not a short "whole" file).
#
# The database is a throw-away PostgreSQL cluster of its own (Debian's binaries, run as the
# postgres user, in a temporary directory, on CHAOS_PG_PORT, default 55432): the shared server
# on 5432 is never touched. It holds CHAOS_INCIDENTS synthetic incidents (default 100000).
# Needs: root, postgresql-15 binaries in /usr/lib/postgresql/15/bin, psql, wrk, curl, a JDK and
# Maven (the script packages the jar). The application's log is left in CHAOS_LOG (/tmp/atlas-chaos-app.log). Settings: CHAOS_APP_PORT (8094), CHAOS_OUTAGE seconds (5), CHAOS_SECONDS per wrk run (20).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

bin=/usr/lib/postgresql/15/bin
pg_port="${CHAOS_PG_PORT:-55432}"
app_port="${CHAOS_APP_PORT:-8094}"
outage="${CHAOS_OUTAGE:-5}"
seconds="${CHAOS_SECONDS:-20}"
incidents="${CHAOS_INCIDENTS:-100000}"
base="http://127.0.0.1:$app_port"
export BENCH_DIR="$here"

for tool in wrk curl psql; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
[ -x $bin/initdb ] || { echo "PostgreSQL 15 binaries are missing: apt-get install postgresql-15"; exit 1; }
if (echo >/dev/tcp/127.0.0.1/$pg_port) 2>/dev/null; then echo "port $pg_port is taken: set CHAOS_PG_PORT"; exit 1; fi
# the jar of the code as it is (CHAOS_SKIP_BUILD=1 to use the one in target/)
[ "${CHAOS_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/incident-atlas-*.jar | grep -v original | head -n 1)

work=$(mktemp -d /tmp/atlas-chaos.XXXXXX)
chmod 755 "$work"
chown postgres "$work"
app=
pgctl() { runuser -u postgres -- $bin/pg_ctl -D "$work/data" -l "$work/postgres.log" "$@" >/dev/null; }
cleanup() {
  [ -n "$app" ] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
  cp "$work/app.log" "${CHAOS_LOG:-/tmp/atlas-chaos-app.log}" 2>/dev/null || true
  pgctl stop -m immediate 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== a throw-away PostgreSQL on 127.0.0.1:$pg_port ($work)"
runuser -u postgres -- $bin/initdb -D "$work/data" -A trust -U postgres >/dev/null
pgctl -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work" start
pg=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qtA)
"${pg[@]}" -d postgres -c "create database atlas"
url="jdbc:postgresql://127.0.0.1:$pg_port/atlas"

echo "== loading $incidents synthetic incidents"
java -jar "$jar" --spring.profiles.active=synthetic --atlas.synthetic.incidents="$incidents" \
  --spring.datasource.url="$url" --spring.datasource.username=postgres 2>&1 | grep -E '^synthetic|ERROR' || true

echo "== starting the application on :$app_port"
SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m -jar "$jar" --server.port="$app_port" --atlas.launch-data.enabled=false >"$work/app.log" 2>&1 &
app=$!
until curl -fs "$base/api/incidents?size=1" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.3
done
until [ "$("${pg[@]}" -d atlas -c 'select stale from map_cell_state')" = f ]; do sleep 1; done
# every cached read once, so the caches hold them for this data version
for path in /api/incidents "/api/incidents?page=1" "/api/timeline?interval=month" /api/stats/cities /incidents \
  "/incidents?page=1" /; do curl -s -o /dev/null "$base$path"; done

wrk_run() { # name mode connections [extra env...]
  local name=$1 mode=$2 connections=$3
  shift 3
  env CHAOS_NAME="$name" CHAOS_MODE="$mode" "$@" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "$here/chaos.lua" "$base" | grep '^RESULT'
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo
echo "== (a) PostgreSQL stops for ${outage} s under load, then starts again"
wrk_run "readers-and-searches-through-the-outage" mixed 16 > "$work/a.txt" &
load=$!
sleep 5
t0=$(date +%s%N)
pgctl -m fast stop
stopped=$(ms "$t0")
sleep 1
cached=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$base/api/timeline?interval=month")
uncached=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s, Retry-After %header{retry-after}' "$base/api/incidents?q=outage$RANDOM")
page=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$base/incidents")
sleep $((outage > 1 ? outage - 1 : 0))
pgctl -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work" start
up=$(date +%s%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/incidents?q=recovery$RANDOM")" = 200 ]; do
  sleep 0.1
  [ "$(ms "$up")" -lt 60000 ] || { echo "not recovered after 60 s"; break; }
done
recovered=$(ms "$up")
wait $load || true
echo "PostgreSQL stopped in ${stopped} ms, down for ${outage} s"
echo "during the outage: a cached timeline: $cached; the list page: $page; an uncached search: $uncached"
cat "$work/a.txt"
echo "recovered: the first uncached search answered 200 $(awk "BEGIN {printf \"%.1f\", $recovered / 1000}") s after PostgreSQL was up again"
echo "server errors (500) in the application's log: $(grep -c 'Unexpected error in the API\|Servlet.service() for servlet' "$work/app.log" || true)"

echo
echo "== (b) a flood of extractions; a normal reader's p95 before and meanwhile"
wrk_run "reader-alone" reader 4
wrk_run "extract-flood-one-address" extract 64 >"$work/b1.txt" &
flood=$!
sleep 1
wrk_run "reader-during-the-flood-from-one-address" reader 4
wait $flood || true
cat "$work/b1.txt"
wrk_run "extract-flood-spoofed-addresses" extract 64 CHAOS_SPOOF=1 >"$work/b2.txt" &
flood=$!
sleep 1
wrk_run "reader-during-the-flood-from-many-addresses" reader 4
wait $flood || true
cat "$work/b2.txt"
cpu() { awk '{print $14 + $15}' /proc/$app/stat; }
sleep 2
before=$(cpu); sleep 3; after=$(cpu)
echo "the application's CPU from 2 to 5 s after the flood ended: $(( (after - before) * 100 / $(getconf CLK_TCK) / 3 ))% of one core"

echo
echo "== (c) 20 GeoJSON exports at once (year=2024)"
exports=()
for i in $(seq 1 20); do
  ( code=$(curl -s -o "$work/export.$i" -w '%{http_code}' "$base/api/export/incidents.geojson?family=all&year=2024"; echo " $?")
    echo "$code $(stat -c %s "$work/export.$i") $(tail -c 2 "$work/export.$i")" >"$work/export.$i.result" ) &
  exports+=($!)
done
wait "${exports[@]}" || true
ok=0; busy=0; truncated=0; other=0
for i in $(seq 1 20); do
  read -r status curl_exit bytes tail <"$work/export.$i.result" || true
  if [ "$status" = 200 ] && [ "$curl_exit" = 0 ] && [ "$tail" = "]}" ]; then ok=$((ok + 1))
  elif [ "$status" = 503 ]; then busy=$((busy + 1))
  elif [ "$status" = 200 ]; then truncated=$((truncated + 1))
  else other=$((other + 1)); fi
done
size=$(for i in $(seq 1 20); do cat "$work/export.$i.result"; done | awk '$1 == 200 && !n {print $3; n = 1}')
echo "whole 200s: $ok (of ${size:-?} bytes each); 503 with Retry-After: $busy; 200s cut short: $truncated; other: $other"
rm -f "$work"/export.*

echo "== (c) one export while PostgreSQL restarts"
curl -s -o "$work/cut" -w '%{http_code}' --limit-rate 2M "$base/api/export/incidents.geojson?family=all" >"$work/cut.status" 2>/dev/null &
export_pid=$!
sleep 2
pgctl -m fast restart -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work"
exit_code=0
wait $export_pid || exit_code=$?
echo "status $(cat "$work/cut.status"), curl exit $exit_code ($( [ $exit_code = 18 ] && echo 'transfer closed with outstanding data: the client knows the file is cut' || echo 'see curl(1)')), $(stat -c %s "$work/cut") bytes, ends with '$(tail -c 2 "$work/cut")'"
