#!/usr/bin/env bash
# Benchmark of the management processes (issue 9): the two views whose speed the issue names,
# on a 60-agency region with 50,000 ICT assets and a year full of requests for change, each
# figure next to its same-run reference:
#   1. `simpul demo --agencies 60 --assets 50000 --changes N`; timed, then the row counts
#   2. wrk --latency against the real server (bearer token of the superadmin), one phase per view:
#      the asset list unfiltered (first page), with one agency and stage, with category and stage,
#      with a search word, and expiring within the warning window; the change calendar of the
#      busiest year for the region (target: p99 < 20 ms each); reference GET /api/v1/region in
#      the same run. Each at 4 connections (a handful of people at once, as issues 4-6 measured),
#      then at one connection (a single request's time) and at 64 (a crowd: queueing shows)
#   3. the server's peak memory (VmHWM)
# Usage: bench/management_processes.sh [DATABASE_URL]
#   Environment: ASSETS (50000), CHANGES (5000), DURATION seconds per phase (10).
#   Without a URL: a new SQLite file in /tmp, removed at the end. With one (sqlite:PATH or
#   postgresql://…): that database, filled when empty. An empty PostgreSQL database:
#   url=$(scripts/pg-test-server.sh start /tmp/bench-pg 55444); scripts/pg-test-server.sh reset-db /tmp/bench-pg 55444 bench
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
ASSETS=${ASSETS:-50000}
CHANGES=${CHANGES:-5000}
DURATION=${DURATION:-10}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
OUT=$(mktemp -d /tmp/simpul-bench-mp.XXXXXX)
DATABASE=${1:-sqlite:$OUT/mp.db}
PORT=18489
PID=""
. bench/lib.sh

start=$(ms)
"$BIN" demo --database "$DATABASE" --agencies 60 --tickets 0 --risks 0 --incidents 0 --assets "$ASSETS" \
  --changes "$CHANGES" > "$OUT/demo.txt"
fill_ms=$(( $(ms) - start ))
filled="\`simpul demo --agencies 60 --tickets 0 --risks 0 --incidents 0 --assets $ASSETS --changes $CHANGES\`: $(( fill_ms / 1000 )) s"
grep -q "already has a region" "$OUT/demo.txt" && filled="an existing database (no fill)"
agencies=$(sql "SELECT COUNT(*) FROM agencies")
assets=$(sql "SELECT COUNT(*) FROM ict_assets")
changes=$(sql "SELECT COUNT(*) FROM change_requests")
# The filters measured: the agency with the most assets, its most common stage, the most common
# category, and a word that occurs in asset names.
agency=$(sql "SELECT owner_agency_id FROM ict_assets GROUP BY owner_agency_id ORDER BY COUNT(*) DESC LIMIT 1")
stage=$(sql "SELECT stage FROM ict_assets WHERE owner_agency_id = $agency GROUP BY stage ORDER BY COUNT(*) DESC LIMIT 1")
category=$(sql "SELECT category FROM ict_assets GROUP BY category ORDER BY COUNT(*) DESC LIMIT 1")
word=${WORD:-Lenovo}
year=$(sql "SELECT substr(window_start, 1, 4) FROM change_requests GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
get() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1"; }
total() { get "$1" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])"; }
ALL=/api/v1/assets
BY_AGENCY="/api/v1/assets?agency_id=$agency&stage=$stage"
BY_CATEGORY="/api/v1/assets?category=$category&stage=in_use"
BY_WORD="/api/v1/assets?q=$word"
EXPIRING="/api/v1/assets?expiring_within_days=90"
CALENDAR="/api/v1/changes/calendar?year=$year"
# What each view answers, so the figures are about real content.
all_total=$(total "$ALL"); agency_total=$(total "$BY_AGENCY"); category_total=$(total "$BY_CATEGORY")
word_total=$(total "$BY_WORD"); expiring_total=$(total "$EXPIRING")
calendar_count=$(get "$CALENDAR" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['items']))")

row() {  # label path → one table row with the three concurrencies
  local rps4 p99_4 p50_4 bad4 rps1 p99_1 p50_1 bad1 rps64 p99_64 p50_64 bad64
  read -r rps4 p99_4 p50_4 bad4 <<< "$(run_wrk "$2" 4)"
  read -r rps1 p99_1 p50_1 bad1 <<< "$(run_wrk "$2" 1)"
  read -r rps64 p99_64 p50_64 bad64 <<< "$(run_wrk "$2" 64)"
  echo "| $1 | p99 $p99_4, p50 $p50_4, $rps4 req/s | p99 $p99_1, p50 $p50_1 | p99 $p99_64, p50 $p50_64, $rps64 req/s | $(( bad4 + bad1 + bad64 )) |"
}
rows=$(row "GET /api/v1/region (reference)" /api/v1/region
       row "asset list, first page, no filter ($all_total assets)" "$ALL"
       row "asset list, one agency and stage ($agency_total)" "$BY_AGENCY"
       row "asset list, category $category in use ($category_total)" "$BY_CATEGORY"
       row "asset list, search \"$word\" ($word_total)" "$BY_WORD"
       row "asset list, warranty or licence ending within 90 days ($expiring_total)" "$EXPIRING"
       row "change calendar of $year for the region ($calendar_count changes)" "$CALENDAR")
hwm=$(awk '/^VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

Database: ${DATABASE%%:*}. $filled; $agencies agencies, $assets assets, $changes requests for change.
Target: p99 < 20 ms for each asset list and the calendar (the 4-connection column is the measure; 1 and 64 shown).

| view | 4 connections (wrk -t2 -c4 ${DURATION}s) | 1 connection (wrk -t1 -c1) | 64 connections (wrk -t2 -c64) | non-2xx and socket errors |
|---|---|---|---|---|
$rows
| server memory after the load: peak (VmHWM) | $hwm | | | |
REPORT
[ "$DATABASE" = "sqlite:$OUT/mp.db" ] && rm -f "$OUT"/mp.db*
echo "(whole run: $(( $(date +%s) - began )) s; wrk output, demo output and server log in $OUT)"
