#!/usr/bin/env bash
# Two instances of Incident Atlas on one database, behind nginx, under wrk load; one of them is killed
# (kill -9) halfway:
#
#   src/bench/two-instances.sh
#
# Prints wrk's figures (requests, latency, socket errors, non-2xx answers) and, from nginx's access log,
# what happened after the kill: the answers that were errors, the last answer the killed instance gave,
# the requests nginx tried on the dead instance first and passed on to the survivor, and the seconds from
# the kill until every answer came from the survivor.
#
# The database is one of its own, created on the PostgreSQL of TWO_PG_HOST:TWO_PG_PORT (127.0.0.1:5432, trust
# authentication, user postgres), named TWO_DB (atlas_two_instances), and dropped at the end (TWO_KEEP_DB=1 keeps it). nginx (Debian's,
# `apt-get install nginx-light`) runs the compose file's own proxy configuration (src/main/docker/
# nginx-scale.conf) with the instances' addresses put in. Needs wrk, nginx, psql, curl, a JDK; the script
# packages the jar (TWO_SKIP_BUILD=1 to use the one in target/). Ports: TWO_PORT_A (8093), TWO_PORT_B
# (8094), TWO_PROXY_PORT (8099). Load: TWO_SECONDS (40) with TWO_CONNECTIONS (16) on 2 threads; the kill
# comes at half time. Logs are left in TWO_LOGS (/tmp/atlas-two-instances).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

pg_host="${TWO_PG_HOST:-127.0.0.1}"
pg_port="${TWO_PG_PORT:-5432}"
db="${TWO_DB:-atlas_two_instances}"
port_a="${TWO_PORT_A:-8093}"
port_b="${TWO_PORT_B:-8094}"
proxy_port="${TWO_PROXY_PORT:-8099}"
seconds="${TWO_SECONDS:-40}"
connections="${TWO_CONNECTIONS:-16}"
logs="${TWO_LOGS:-/tmp/atlas-two-instances}"

for tool in wrk nginx psql curl java; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install wrk nginx-light postgresql-client curl)"; exit 1; }
done
for port in $port_a $port_b $proxy_port; do
  if (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is taken"; exit 1; fi
done
[ "${TWO_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/incident-atlas-*.jar | grep -v original | head -n 1)

rm -rf "$logs"; mkdir -p "$logs"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$logs/nginx.pid" ] && kill "$(cat "$logs/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  [ "${TWO_KEEP_DB:-0}" = 1 ] || "${pg[@]}" -d postgres -c "drop database if exists $db with (force)" 2>/dev/null || true
}
pg=(psql -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qtA)
trap cleanup EXIT

"${pg[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

start() { # name port
  java -Xmx512m -jar "$jar" --server.port="$2" --atlas.instance.name="$1" --spring.main.banner-mode=off \
    --spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= --atlas.warmup.enabled=false >"$logs/$1.log" 2>&1 &
  pids+=($!)
  local deadline=$((SECONDS + 180))
  until curl -fs "http://127.0.0.1:$2/api/incidents?size=1" >/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "instance $1 did not start: see $logs/$1.log"; exit 1; }
    sleep 1
  done
}
echo "== instance A on $port_a, then B on $port_b, on $pg_host:$pg_port/$db"
start A "$port_a"; pid_a=${pids[0]}
start B "$port_b"

echo "== nginx on $proxy_port, with the compose file's proxy configuration"
sed -e "s/server app:8080/server 127.0.0.1:$port_a/" -e "s/server app-b:8080/server 127.0.0.1:$port_b/" \
    -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" src/main/docker/nginx-scale.conf > "$logs/site.conf"
cat > "$logs/nginx.conf" <<CONF
daemon on;
pid $logs/nginx.pid;
error_log $logs/nginx-error.log;
worker_processes 1;
events { worker_connections 1024; }
http {
    log_format bench '\$msec \$status "\$upstream_addr" \$request_time';
    access_log $logs/access.log bench;
    client_body_temp_path $logs; proxy_temp_path $logs; fastcgi_temp_path $logs; uwsgi_temp_path $logs; scgi_temp_path $logs;
    include $logs/site.conf;
}
CONF
nginx -t -c "$logs/nginx.conf" -p "$logs" 2>&1 | tail -1
nginx -c "$logs/nginx.conf" -p "$logs"
curl -fs "http://127.0.0.1:$proxy_port/api/incidents?size=1" >/dev/null
# both instances answer through the proxy before the load starts
for _ in 1 2 3 4; do curl -fs -o /dev/null "http://127.0.0.1:$proxy_port/api/timeline?interval=year"; done
: > "$logs/access.log"; kill -USR1 "$(cat "$logs/nginx.pid")"

echo "== wrk: $seconds s, $connections connections; instance A is killed (kill -9) after $((seconds / 2)) s"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/two-instances.lua" "http://127.0.0.1:$proxy_port" \
    >"$logs/wrk.txt" 2>&1 &
wrk_pid=$!
sleep $((seconds / 2))
killed_at=$(date +%s.%N)
kill -9 "$pid_a"
wait "$wrk_pid" || true
grep '^wrk:' "$logs/wrk.txt" || cat "$logs/wrk.txt"

awk -v k="$killed_at" -v a="127.0.0.1:$port_a" '
  { t = $1; status = $2; up = $3; gsub(/"/, "", up); n = split(up, tried, ", "); last = tried[n] }
  t < k { before++; if (last == a) fromA++; next }
  { after++
    if (status !~ /^[23]/) { errors++; lastError = t - k }
    if (last == a) { servedByA++; lastA = t - k }
    else if (index(up, a) > 0) { retried++; lastRetry = t - k }
    if (last == a || status !~ /^[23]/) allSurvivor = t - k }
  END {
    printf "before the kill: %d answers, %d of them from A\n", before, fromA
    printf "after the kill:  %d answers; errors (non-2xx/3xx) %d%s\n", after, errors,
      errors ? sprintf(", the last %.2f s after the kill", lastError) : ""
    printf "                 answered by A after the kill (in flight): %d%s\n", servedByA,
      servedByA ? sprintf(", the last %.2f s after it", lastA) : ""
    printf "                 tried on A first, answered by B: %d%s\n", retried,
      retried ? sprintf(", the last %.2f s after the kill (nginx tries A again every 10 s)", lastRetry) : ""
    printf "seconds until every answer came from the survivor: %.2f\n", allSurvivor
  }' "$logs/access.log"
