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
#    response, and the application's peak memory (RSS);
# 5. runs the SQL each endpoint runs, bare, with pgbench at the same concurrency, and prints
#    its median beside the application's p50 (the application's overhead as a ratio);
# 6. loads the map page in headless Chromium and prints the time until its markers are drawn
#    and the bytes it transferred (src/bench/map-page.mjs; skipped without node or Chromium).
# Needs: a JDK, wrk, psql and pgbench (apt-get install wrk postgresql-client postgresql-contrib),
# and ./mvnw package; for step 6 node, npm and chromium (puppeteer-core is installed into
# BENCH_NODE_DIR, default /tmp/atlas-bench-node, never into the repository).
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
    2>&1 | grep -E '^synthetic|ERROR' || true
fi

echo "== starting the application on :$port"
log=$(mktemp)
start=$(date +%s%N)
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m -jar "$jar" --server.port=$port --atlas.launch-data.enabled=false >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -f "$log" "${results:-}"; rm -rf "${sqldir:-}"' EXIT
until curl -fs "http://127.0.0.1:$port/api/incidents?size=1" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "startup_ms=$ready ($(grep -oE 'Started IncidentAtlasApplication in [0-9.]+ seconds' "$log" || true))"

echo "== waiting for the map cache"
until [ "$("${pg[@]}" -d $db -c 'select version = data_version() from map_cell_state')" = t ]; do sleep 1; done
grep -oE 'Map cells of data version [0-9]+ rebuilt in [0-9]+ ms' "$log" | tail -n 1 || echo "map cells were already fresh"

peak_rss() { awk '/VmHWM/ {print $2 / 1024 " MB"}' /proc/$app/status; }

results=$(mktemp)
run() {
  local name=$1 script=$here/$1.lua
  [ -f "$script" ] || script=$here/endpoint.lua
  BENCH_ENDPOINT=$name wrk -t2 -c32 -d"${seconds}s" --timeout 5s -s "$script" "http://127.0.0.1:$port" | grep '^RESULT' \
    | tee -a "$results"
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

echo "== bare SQL: what each endpoint runs on a cache miss, with pgbench (${seconds}s each)"
# the unfiltered view (violence types), as the app sends it; the list at a random page of the first 21
sqldir=$(mktemp -d)
violence="'SHOOTING', 'EXPLOSION', 'KIDNAPPING', 'HOMICIDE', 'ASSAULT', 'ARSON', 'THREAT'"
cat > "$sqldir/list.sql" <<SQL
\\set offset random(0, 20) * 50
select i.id, i.type, i.date_from, i.date_to, i.date_precision, i.country_code, i.place_id, i.locality, i.street,
       i.public_latitude, i.public_longitude, i.public_geo_precision, i.location_hidden, i.killed, i.injured, i.summary,
       i.updated_at, i.status, i.retraction_reason
from (select i.id, i.date_from from incident i where i.status = 'PUBLISHED' and i.type in ($violence)
      order by i.date_from desc nulls last, i.id desc limit 50 offset :offset) p
join incident i on i.id = p.id order by p.date_from desc nulls last, p.id desc;
SQL
# the aggregates as the app runs them: in a transaction with 16 MB to hash their groups (statistic/Aggregates)
cat > "$sqldir/timeline.sql" <<SQL
begin;
set local work_mem = '16MB';
select fits, start_day, end_day, precision, d.type, sum(d.n) as n, sum(d.killed) as killed, sum(d.injured) as injured
from (select i.date_from, i.date_to, i.date_precision, i.type, count(*) as n,
             coalesce(sum(i.killed), 0) as killed, coalesce(sum(i.injured), 0) as injured
      from incident i where i.status = 'PUBLISHED' and i.type in ($violence)
      group by i.date_from, i.date_to, i.date_precision, i.type) d
cross join lateral (select d.date_from is not null and date_trunc('month', d.date_from) = date_trunc('month', d.date_to) as fits) f
cross join lateral (select case when f.fits then date_trunc('month', d.date_from)::date else d.date_from end as start_day,
                           case when f.fits then null else d.date_to end as end_day,
                           case when f.fits then null else d.date_precision end as precision) g
group by fits, start_day, end_day, precision, d.type order by start_day nulls last;
commit;
SQL
cat > "$sqldir/cities.sql" <<SQL
begin;
set local work_mem = '16MB';
select pm.city_id as place_id, i.country_code, extract(year from i.date_from)::int as year, i.type, count(*) as n,
       coalesce(sum(i.killed), 0) as killed, coalesce(sum(i.injured), 0) as injured,
       count(*) filter (where i.killed is null) as killed_not_reported
from incident i left join place_city pm on pm.place_id = i.place_id
where i.status = 'PUBLISHED' and i.type in ($violence)
group by 1, 2, 3, 4;
commit;
SQL
# a random viewport around the big cities at zoom 5..12, from the cell cache as the app reads it
cat > "$sqldir/map.sql" <<SQL
\\set zoom random(5, 12)
\\set city random(0, 4)
\\set lon 3718 + 380 * :city
\\set lat 50846 + 250 * :city
\\set x0 int((:lon / 1000.0 - 12.0 / pow(2, :zoom)) / (360.0 / pow(2, :zoom + 1)))
\\set x1 int((:lon / 1000.0 + 12.0 / pow(2, :zoom)) / (360.0 / pow(2, :zoom + 1)))
\\set y0 int((:lat / 1000.0 - 5.0 / pow(2, :zoom)) / (360.0 / pow(2, :zoom + 1)))
\\set y1 int((:lat / 1000.0 + 5.0 / pow(2, :zoom)) / (360.0 / pow(2, :zoom + 1)))
select cx::bigint as cx, cy::bigint as cy, sum(n) as n, sum(sum_lat) / sum(n) as lat, sum(sum_lon) / sum(n) as lon,
       min(min_lon) as w, min(min_lat) as s, max(max_lon) as e, max(max_lat) as n_lat, sum(killed)::bigint as killed,
       sum(injured)::bigint as injured, min(min_id) as any_id
from map_cell
where level = :zoom and cx between :x0 and :x1 and cy between :y0 and :y1 and type in ($violence)
group by cx, cy;
SQL
pgbench_bin=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -n 1 || true)
if [ -z "$pgbench_bin" ]; then
  echo "pgbench is missing (apt-get install postgresql-contrib): no bare-SQL figures"
else
  for endpoint in map timeline list cities; do
    # per-request queries at wrk's concurrency; the aggregates, which the app computes once per data version
    # and then serves from memory, with 2 clients (at 32, each would wait for 31 others for seconds)
    case $endpoint in timeline | cities) clients=2 ;; *) clients=32 ;; esac
    (cd "$sqldir" && "$pgbench_bin" -n -h 127.0.0.1 -p 5432 -U postgres -c $clients -j 2 -T "$seconds" -f "$endpoint.sql" \
      -l --log-prefix="log-$endpoint" $db >/dev/null 2>"$endpoint.err") || { cat "$sqldir/$endpoint.err"; continue; }
    sql_ms=$(cat "$sqldir/log-$endpoint".* | awk '{print $3 / 1000}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}')
    sql_n=$(cat "$sqldir/log-$endpoint".* | wc -l)
    app_ms=$(grep "^RESULT $endpoint " "$results" | tail -n 1 | grep -oE 'p50_ms=[0-9.]+' | cut -d= -f2)
    awk -v e="$endpoint" -v c="$clients" -v s="$sql_ms" -v a="${app_ms:-0}" -v n="$sql_n" -v t="$seconds" 'BEGIN {
      printf "RESULT sql-%s clients=%d runs=%d runs_per_s=%.1f median_ms=%s app_p50_ms=%s app_over_sql=%.2f\n", e, c, n, n / t, s, a, (s > 0 ? a / s : 0) }'
  done
fi

echo "== the map page in headless Chromium: until the markers are drawn, and bytes transferred"
node_dir="${BENCH_NODE_DIR:-/tmp/atlas-bench-node}"
if command -v node >/dev/null && [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  if [ ! -d "$node_dir/node_modules/puppeteer-core" ]; then
    mkdir -p "$node_dir" && (cd "$node_dir" && npm install --no-audit --no-fund --silent puppeteer-core@24 >/dev/null)
  fi
  cp "$here/map-page.mjs" "$node_dir/" && (cd "$node_dir" && node map-page.mjs "http://127.0.0.1:$port" "${BENCH_PAGE_RUNS:-5}")
else
  echo "node or chromium is missing: no map page figures"
fi
