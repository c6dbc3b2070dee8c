#!/usr/bin/env bash
# Benchmark Incident Atlas at scale, on loopback, against the PostgreSQL on 127.0.0.1:5432.
#
#   src/bench/run.sh [incidents]      (default 1000000)
#
# 1. loads N synthetic incidents into a database of their own (atlas_bench), unless it
#    already holds N (set BENCH_RELOAD=1 to force a reload);
# 2. starts the packaged application against it, and measures its start-up time;
# 3. drives each endpoint with wrk (2 threads, 32 connections, BENCH_SECONDS each) with a
#    Lua script that varies viewports and filters;
# 4. prints requests per second, p50, p95, p99 and errors per endpoint, the bytes per
#    response, and the application's peak memory (RSS).
# Needs: a JDK, wrk and psql (apt-get install wrk postgresql-client), and ./mvnw package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

n="${1:-1000000}"
seconds="${BENCH_SECONDS:-20}"
db=atlas_bench
port="${BENCH_PORT:-18090}"
pg=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qtA)
export BENCH_DIR="$here"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
jar=$(ls target/incident-atlas-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/incident-atlas-*.jar | grep -v original | head -n 1)

have=$("${pg[@]}" -d postgres -c "select 1 from pg_database where datname = '$db'")
count=0
if [ "$have" = 1 ]; then
  count=$("${pg[@]}" -d $db -c "select count(*) from incident where external_key like 'synthetic-%'" 2>/dev/null || echo 0)
fi
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$count" != "$n" ]; then
  "${pg[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
  echo "== loading $n synthetic incidents"
  java -jar "$jar" --spring.profiles.active=synthetic --atlas.synthetic.incidents="$n" \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db --spring.datasource.username=postgres \
    2>&1 | grep -E '^synthetic incidents|ERROR' || true
fi

echo "== starting the application on :$port"
log=$(mktemp)
start=$(date +%s%N)
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m -jar "$jar" --server.port=$port --atlas.launch-data.enabled=false >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log"' EXIT
until curl -fs "http://127.0.0.1:$port/api/incidents?size=1" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "startup_ms=$ready ($(grep -oE 'Started IncidentAtlasApplication in [0-9.]+ seconds' "$log" || true))"

echo "== waiting for the map cache"
until [ "$("${pg[@]}" -d $db -c 'select stale from map_cell_state')" = f ]; do sleep 1; done
grep -oE 'Map cells rebuilt in [0-9]+ ms' "$log" | tail -n 1 || echo "map cells were already fresh"

peak_rss() { awk '/VmHWM/ {print $2 / 1024 " MB"}' /proc/$app/status; }

run() {
  local name=$1 script=$here/$1.lua
  [ -f "$script" ] || script=$here/endpoint.lua
  BENCH_ENDPOINT=$name wrk -t2 -c32 -d"${seconds}s" --timeout 5s -s "$script" "http://127.0.0.1:$port" | grep '^RESULT'
}

echo "== cold caches: first request of each filter at each zoom level (computes its grid)"
cold=$( (while IFS= read -r f; do for z in 5 6 7 8 9 10 11 12 13; do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/api/map?bbox=2.5,49.4,7.3,53.6&zoom=$z&$f"
done; done < "$here/filters.txt") | sort -n)
echo "$cold" | awk '{a[NR]=$1} END {printf "cold requests=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f\n", NR, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'

echo "== map under load from cold tile caches (the first ${seconds}s a new server sees)"
run map | sed 's/^RESULT map/RESULT map-cold/'
echo "== map in steady state, after ${BENCH_WARMUP:-60}s more of the same random mix"
wrk -t2 -c32 -d"${BENCH_WARMUP:-60}s" -s "$here/map.lua" "http://127.0.0.1:$port" >/dev/null
echo "== endpoints (wrk, 2 threads, 32 connections, ${seconds}s each)"
run map

for endpoint in timeline list cities; do
  BENCH_ENDPOINT=$endpoint wrk -t2 -c32 -d"${BENCH_WARMUP:-60}s" --timeout 5s -s "$here/endpoint.lua" "http://127.0.0.1:$port" \
    | grep '^RESULT' | sed "s/^RESULT $endpoint/RESULT $endpoint-cold/"
  run "$endpoint"
done

echo "== largest map responses (bytes)"
for z in 5 7 9 11 13 15; do
  printf 'zoom %2d: ' $z
  curl -s "http://127.0.0.1:$port/api/map?bbox=2.5,49.4,7.3,53.6&zoom=$z&family=all" | wc -c
done

echo "== streaming export of every incident, with heap and RSS sampled during it"
heap_used() { jcmd $app GC.heap_info 2>/dev/null | awk '/garbage-first heap|total.*used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
rss_now() { awk '/VmRSS/ {print int($2 / 1024)}' /proc/$app/status; }
echo "before export: heap_used=$(heap_used) rss_mb=$(rss_now)"
samples=$(mktemp)
curl -s -o /dev/null -w 'export bytes=%{size_download} seconds=%{time_total}\n' \
  "http://127.0.0.1:$port/api/export/incidents.csv?family=all" > "$samples.out" &
curl_pid=$!
while kill -0 $curl_pid 2>/dev/null; do echo "$(heap_used) $(rss_now)" >> "$samples"; sleep 0.5; done
cat "$samples.out"
awk '{h=$1; sub(/K$/,"",h); if (h+0>mh) mh=h+0; if ($2>mr) mr=$2} END {printf "during export: peak_heap_used=%dK peak_rss_mb=%d samples=%d\n", mh, mr, NR}' "$samples"
rm -f "$samples" "$samples.out"

echo "peak_rss=$(peak_rss)"
