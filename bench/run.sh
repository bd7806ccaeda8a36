#!/usr/bin/env bash
# Simpul's reference benchmark. Every figure is measured in this one run, next
# to its reference on the same machine:
#   1. start-up to ready, and idle memory (RSS) of `simpul serve` on SQLite
#   2. GET /api/v1/regions/kota-madiun (one indexed SQLite row, as JSON) under
#      wrk -t2 -c64, against nginx serving a static file of the same size
#   3. single-row insert transactions: the raw sqlite3 loop vs Simpul's storage layer
# Usage: bench/run.sh [DURATION_SECONDS]   (default 15). Needs wrk and nginx (make bootstrap).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
BIN=$PWD/build/simpul
OUT=$(mktemp -d /tmp/simpul-bench.XXXXXX)
chmod 755 "$OUT"   # nginx workers run as an unprivileged user and must read $OUT/www
SIMPUL_PORT=18480
NGINX_PORT=18481
SIMPUL_PID=""
cleanup() {
  [ -n "$SIMPUL_PID" ] && kill -TERM "$SIMPUL_PID" 2>/dev/null && wait "$SIMPUL_PID" 2>/dev/null || true
  [ -f "$OUT/nginx.pid" ] && kill -QUIT "$(cat "$OUT/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
wrk_run() {  # URL -> prints "requests_per_s p99_ms"
  wrk -t2 -c64 -d"${DURATION}s" --latency "$1" > "$OUT/wrk.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' "$OUT/wrk.txt")
  grep -E "Non-2xx|Socket errors" "$OUT/wrk.txt" >&2 || true
  echo "$rps $p99"
}

echo "machine: $(nproc) cores, $(uname -r), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "simpul $("$BIN" version | awk '{print $2}'), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}')"

# 1. start-up and idle memory
"$BIN" demo --database "sqlite:$OUT/bench.db" > /dev/null
start=$(now_ms)
"$BIN" serve --database "sqlite:$OUT/bench.db" --listen "127.0.0.1:$SIMPUL_PORT" --web-root web/dist > "$OUT/simpul.log" 2>&1 &
SIMPUL_PID=$!
until curl -sf "http://127.0.0.1:$SIMPUL_PORT/readyz" > /dev/null; do sleep 0.005; done
ready_ms=$(( $(now_ms) - start ))
sleep 1
idle_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$SIMPUL_PID/status")

# 2. one indexed row as JSON vs a static file of the same size
URL_SIMPUL="http://127.0.0.1:$SIMPUL_PORT/api/v1/regions/kota-madiun"
mkdir -p "$OUT/www"
curl -sf "$URL_SIMPUL" > "$OUT/www/region.json"
chmod -R a+rX "$OUT/www"
bytes=$(wc -c < "$OUT/www/region.json")
cat > "$OUT/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log $OUT/nginx-access.log;
  keepalive_requests 1000000;
  default_type application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/www;
  }
}
CONF
read -r simpul_rps simpul_p99 < <(wrk_run "$URL_SIMPUL")
busy_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$SIMPUL_PID/status")
kill -TERM "$SIMPUL_PID"; wait "$SIMPUL_PID" || true; SIMPUL_PID=""

nginx -c "$OUT/nginx.conf" -p "$OUT"
until curl -sf "http://127.0.0.1:$NGINX_PORT/region.json" > /dev/null; do sleep 0.01; done
read -r nginx_rps nginx_p99 < <(wrk_run "http://127.0.0.1:$NGINX_PORT/region.json")
kill -QUIT "$(cat "$OUT/nginx.pid")"; rm -f "$OUT/nginx.pid"

# 3. write transactions
mkdir -p "$OUT/insert"
build/sqlite_insert_bench "$OUT/insert" 3000 > "$OUT/insert.txt"
raw_ips=$(awk '$1 == "sqlite_raw_inserts_per_s" {print $2}' "$OUT/insert.txt")
layer_ips=$(awk '$1 == "simpul_layer_inserts_per_s" {print $2}' "$OUT/insert.txt")

ratio=$(awk -v a="$simpul_rps" -v b="$nginx_rps" 'BEGIN {printf "%.2f", a / b}')
cat <<REPORT

| measure | Simpul | reference | ratio / target |
|---|---|---|---|
| GET one region (JSON, $bytes bytes), wrk -t2 -c64 ${DURATION}s: requests/s | $simpul_rps | nginx static file of $bytes bytes: $nginx_rps | $ratio (target >= 0.50) |
| same run: p99 latency | ${simpul_p99} ms | nginx: ${nginx_p99} ms | target < 5 ms |
| start-up to ready (exec to first 200 from /readyz) | ${ready_ms} ms | | target < 1000 ms |
| idle memory (VmRSS 1 s after ready) | $(( idle_rss_kb / 1024 )) MB | | target < 40 MB |
| memory after the load (VmRSS) | $(( busy_rss_kb / 1024 )) MB | | |
| single-row insert transactions/s (WAL, synchronous=FULL) | $layer_ips | raw sqlite3 loop: $raw_ips | $(awk -v a="$layer_ips" -v b="$raw_ips" 'BEGIN {printf "%.2f", a / b}') |
REPORT
