#!/usr/bin/env bash
# A CSV import while editors keep writing (issue #13, item 8: each write p95 < 1 s during a
# 20,000-row import; the import in under 30 s), on loopback, against the PostgreSQL on
# 127.0.0.1:5432.
#
#   src/bench/import-under-load.sh [rows]      (default 20000)
#
# 1. creates the database atlas_import_bench (and drops it at the end; no other database on the
#    server is touched);
# 2. starts the packaged application against it on BENCH_PORT (default 8093), with the launch
#    data and an administrator whose password is generated for this run;
# 3. runs src/bench/ImportUnderLoad.java: the administrator creates BENCH_EDITORS + 1 editors
#    (default 4 + 1); one signs in and imports a generated file of N distinct rows through the
#    import pages (upload, check, run, follow the progress), while the others, each with a
#    session of their own, create and publish incidents through the JSON API without pause
#    (50 ms between writes), and a reader pages through the public list;
# 4. prints the import's durations, and p50/p95/max and errors of the editors' writes and the
#    reader's reads while the import ran.
# Bounded in time: the application gets 180 s to start and the client 600 s in all.
# Needs a JDK 17+ and psql (apt-get install postgresql-client), and ./mvnw package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

rows="${1:-20000}"
editors="${BENCH_EDITORS:-4}"
port="${BENCH_PORT:-8093}"
db=atlas_import_bench
pg=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qtA)

jar=$(ls target/incident-atlas-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/incident-atlas-*.jar | grep -v original | head -n 1)

work=$(mktemp -d)
app=
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  "${pg[@]}" -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"${pg[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
admin_password="bench-admin-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

echo "== starting the application on :$port against $db"
start=$(date +%s)
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  ATLAS_ADMIN_USERNAME=benchadmin ATLAS_ADMIN_PASSWORD="$admin_password" \
  java -Xmx512m -jar "$jar" --server.port="$port" --atlas.warmup.enabled=false >"$work/app.log" 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$port/api/incidents?size=1" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { tail -n 50 "$work/app.log"; exit 1; }
  [ $(( $(date +%s) - start )) -lt 180 ] || { echo "the application did not start in 180 s"; tail -n 50 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "started in $(( $(date +%s) - start )) s"

# places the file names by their gazetteer key: the most populous municipalities
"${pg[@]}" -d $db -c "select key from place where kind = 'MUNICIPALITY' order by population desc nulls last, key limit 60" \
  >"$work/places.txt"

echo "== importing $rows rows while $editors editors write and a reader reads"
timeout 600 java -Xmx256m "$here/ImportUnderLoad.java" "http://127.0.0.1:$port" benchadmin "$admin_password" "$rows" \
  "$editors" "$work/places.txt"

echo "== in the database"
"${pg[@]}" -d $db -F ' ' -c "
  select 'imported incidents:', count(*) from incident where summary like '[SYNTHETIC] Imported benchmark row%'
  union all select 'written by editors meanwhile:', count(*) from incident where summary like '[SYNTHETIC] Written by editor%'
  union all select 'staged rows left:', count(*) from import_row"
grep -oE 'Import [0-9]+ (checked|done|failed|was interrupted).*' "$work/app.log" || true
grep -cE ' ERROR ' "$work/app.log" | sed 's/^/application log ERROR lines: /' || true
