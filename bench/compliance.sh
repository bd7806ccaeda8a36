#!/usr/bin/env bash
# Benchmark of compliance (issue 10): the whole region and one agency judged against every
# obligation of the profile, on a 60-agency region with every registry filled at demo size.
#   1. `simpul demo --agencies 60` (every registry, tickets, risks, assets … at their demo sizes); timed
#   2. wrk --latency against the real server (bearer token of the superadmin): GET
#      /api/v1/compliance (the whole region; target < 200 ms) and GET
#      /api/v1/compliance/agencies/{id} for the agency answering for the most findings (target
#      < 10 ms); reference GET /api/v1/region in the same run. Each at 4 connections, then at one
#      connection (a single request's time) and at 16
#   3. the server's peak memory (VmHWM)
# Usage: bench/compliance.sh [DATABASE_URL]
#   Environment: DURATION seconds per phase (10).
#   Without a URL: a new SQLite file in /tmp, removed at the end. With one (sqlite:PATH or
#   postgresql://…): that database, filled when empty.
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
DURATION=${DURATION:-10}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
OUT=$(mktemp -d /tmp/simpul-bench-compliance.XXXXXX)
DATABASE=${1:-sqlite:$OUT/compliance.db}
PORT=${PORT:-18490}
PID=""
. bench/lib.sh

start=$(ms)
"$BIN" demo --database "$DATABASE" --agencies 60 > "$OUT/demo.txt"
fill_ms=$(( $(ms) - start ))
filled="\`simpul demo --agencies 60\`: $(( fill_ms / 1000 )) s"
grep -q "already has a region" "$OUT/demo.txt" && filled="an existing database (no fill)"
agencies=$(sql "SELECT COUNT(*) FROM agencies")
applications=$(sql "SELECT COUNT(*) FROM applications")
datasets=$(sql "SELECT COUNT(*) FROM datasets")
hosts=$(sql "SELECT COUNT(*) FROM hosts")
services=$(sql "SELECT COUNT(*) FROM services")
people=$(sql "SELECT COUNT(*) FROM people")

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
get() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1"; }
# What the region answers (findings, how many judged on data), and the agency answering for the most.
read -r findings agency agency_findings <<< "$(get /api/v1/compliance | python3 -c "
import json, sys
r = json.load(sys.stdin)
t = r['tally']
busiest = max(r['agencies'], key=lambda a: a['tally']['applicable'] + a['tally']['not_applicable'])
print(t['applicable'] + t['not_applicable'], busiest['agency_id'],
      busiest['tally']['applicable'] + busiest['tally']['not_applicable'])")"
read -r obligations data <<< "$(get /api/v1/compliance/obligations | python3 -c "
import json, sys
o = json.load(sys.stdin)['obligations']
print(len(o), sum(1 for x in o if x['basis'] == 'data'))")"

row() {  # label path → one table row with the three concurrencies
  local rps4 p99_4 p50_4 bad4 rps1 p99_1 p50_1 bad1 rps16 p99_16 p50_16 bad16
  read -r rps4 p99_4 p50_4 bad4 <<< "$(run_wrk "$2" 4)"
  read -r rps1 p99_1 p50_1 bad1 <<< "$(run_wrk "$2" 1)"
  read -r rps16 p99_16 p50_16 bad16 <<< "$(run_wrk "$2" 16)"
  echo "| $1 | p99 $p99_4, p50 $p50_4, $rps4 req/s | p99 $p99_1, p50 $p50_1 | p99 $p99_16, p50 $p50_16, $rps16 req/s | $(( bad4 + bad1 + bad16 )) |"
}
rows=$(row "GET /api/v1/region (reference)" /api/v1/region
       row "the whole region ($findings findings)" /api/v1/compliance
       row "one agency ($agency_findings findings)" "/api/v1/compliance/agencies/$agency")
hwm=$(awk '/^VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

Database: ${DATABASE%%:*}. $filled; $agencies agencies, $applications applications, $datasets datasets, $hosts hosts,
$services services, $people people; $obligations obligations, $data of them decided from data.
Targets: the whole region < 200 ms, one agency < 10 ms (p50 at one connection is a single request's time; p99 at 4 the measure).

| view | 4 connections (wrk -t2 -c4 ${DURATION}s) | 1 connection (wrk -t1 -c1) | 16 connections (wrk -t2 -c16) | non-2xx and socket errors |
|---|---|---|---|---|
$rows
| server memory after the load: peak (VmHWM) | $hwm | | | |
REPORT
[ "$DATABASE" = "sqlite:$OUT/compliance.db" ] && rm -f "$OUT"/compliance.db*
echo "(whole run: $(( $(date +%s) - began )) s; wrk output, demo output and server log in $OUT)"
