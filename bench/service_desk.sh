#!/usr/bin/env bash
# Benchmark of the service desk (issue 7) with a million tickets in the database, each figure
# next to its same-run reference:
#   1. `simpul demo --tickets N` (default 1,000,000): every ticket opened as the service desk
#      opens one and carried through its steps, with audit entries and events; timed, then
#      the database size per ticket
#   2. wrk -t2 -c64 --latency against the real server (bearer token of the superadmin):
#      GET the Tier 1 queue of the agency with the most open tickets
#      (/api/v1/tickets?tier=tier1&status=open&agency_id=…), GET a random ticket's page,
#      GET a full-text search for a random word of WORDS below (target: p99 < 20 ms each)
#   3. POST /api/v1/tickets at 64 connections (bench/service_desk.lua: every title its own;
#      each request a durable commit of the ticket, its event, search document and audit
#      entry), then the raw sqlite3 one-row-per-transaction insert loop with the same
#      durability (build/sqlite_insert_bench, WAL + synchronous=FULL) in the same run
#      (target: at least 0.50 of raw)
#   4. the server's peak memory (VmHWM from /proc; target < 300 MB), and `simpul audit verify`
# Usage: bench/service_desk.sh [DATABASE_URL]
#   Environment: TICKETS (1000000), DURATION seconds per load phase (15).
#   Without a URL: a new SQLite file in /tmp, removed at the end. With one (sqlite:PATH or
#   postgresql://…): that database, filled when empty; one that already has the demo region is
#   measured as it is (the load phases again without a new fill). An empty PostgreSQL database:
#   url=$(scripts/pg-test-server.sh start /tmp/bench-pg 55444); scripts/pg-test-server.sh reset-db /tmp/bench-pg 55444 bench
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
TICKETS=${TICKETS:-1000000}
DURATION=${DURATION:-15}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
INSERT_BENCH=${SIMPUL_INSERT_BENCH:-$PWD/build/sqlite_insert_bench}
OUT=$(mktemp -d /tmp/simpul-bench-desk.XXXXXX)
DATABASE=${1:-sqlite:$OUT/desk.db}
PORT=18487
PID=""
. bench/lib.sh
# Words staff search for, from very common ("aplikasi") to rare (a kelurahan's name).
WORDS="aplikasi jaringan antrean printer sertifikat malware subdomain kartoharjo sogaten puskesmas otp vpn"

start=$(ms)
"$BIN" demo --database "$DATABASE" --tickets "$TICKETS" > "$OUT/demo.txt"
fill_ms=$(( $(ms) - start ))
filled="\`simpul demo --tickets $TICKETS\`: $(( fill_ms / 1000 )) s"
grep -q "already has a region" "$OUT/demo.txt" && filled="an existing database (no fill)"
case "$DATABASE" in
  sqlite:*)
    sqlite3 "${DATABASE#sqlite:}" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
    db_bytes=$(stat -c %s "${DATABASE#sqlite:}") ;;
  *) db_bytes=$(sql "SELECT pg_database_size(current_database())") ;;
esac
tickets=$(sql "SELECT COUNT(*) FROM tickets")
events=$(sql "SELECT COUNT(*) FROM ticket_events")
comments=$(sql "SELECT COUNT(*) FROM ticket_comments")
entries=$(sql "SELECT COUNT(*) FROM audit_log")
outbox=$(sql "SELECT COUNT(*) FROM notification_outbox")
by_status=$(sql "SELECT status || ' ' || COUNT(*) FROM tickets GROUP BY status ORDER BY status" | paste -sd, | sed 's/,/, /g')
read -r agency queue_size <<< "$(sql "SELECT agency_id, COUNT(*) FROM tickets WHERE tier = 'tier1' AND status IN ('new', 'in_progress', 'waiting_reporter') GROUP BY agency_id ORDER BY 2 DESC, 1 LIMIT 1" | tr '|' ' ')"
read -r first last <<< "$(sql "SELECT MIN(ticket_id), MAX(ticket_id) FROM tickets" | tr '|' ' ')"
matches=$(for w in $WORDS; do
  case "$DATABASE" in
    sqlite:*) n=$(sql "SELECT COUNT(*) FROM ticket_search WHERE ticket_search MATCH '\"$w\"*'") ;;
    *) n=$(sql "SELECT COUNT(*) FROM ticket_search WHERE document @@ to_tsquery('simple', '$w:*')") ;;
  esac
  echo "$w $n"
done | sort -k2 -n | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}')

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
get() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1"; }
queue_path="/api/v1/tickets?tier=tier1&status=open&agency_id=$agency"
queue_items=$(get "$queue_path" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['items']))")
page_bytes=$(get "/api/v1/tickets/$(( (first + last) / 2 ))" | wc -c)

run_wrk() {  # mode-or-path → "rps p99 p50 non2xx"
  case "$1" in
    /*) wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" > "$OUT/wrk.txt" ;;
    *) SIMPUL_BENCH_TOKEN=$TOKEN TICKET_MODE=$1 TICKET_FIRST=$first TICKET_LAST=$last TICKET_WORDS=$WORDS TICKET_AGENCY=$agency \
         wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency -s bench/service_desk.lua "http://127.0.0.1:$PORT" > "$OUT/wrk.txt" ;;
  esac
  cat "$OUT/wrk.txt" >> "$OUT/wrk-all.txt"
  local bad
  bad=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$OUT/wrk.txt")
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt") $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt") ${bad:-0}"
}
read -r queue_rps queue_p99 queue_p50 queue_bad <<< "$(run_wrk "$queue_path")"
read -r page_rps page_p99 page_p50 page_bad <<< "$(run_wrk page)"
read -r search_rps search_p99 search_p50 search_bad <<< "$(run_wrk search)"
read -r region_rps region_p99 region_p50 region_bad <<< "$(run_wrk /api/v1/region)"
before_create=$(sql "SELECT COUNT(*) FROM tickets")
audited_before=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.create'")
read -r create_rps create_p99 create_p50 create_bad <<< "$(run_wrk create)"
hwm=$(awk '/^VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
rss=$(awk '/^VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=""
created=$(( $(sql "SELECT COUNT(*) FROM tickets") - before_create ))
audited=$(( $(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.create'") - audited_before ))

mkdir -p "$OUT/insert"
"$INSERT_BENCH" "$OUT/insert" 3000 > "$OUT/insert.txt"
raw=$(awk '$1 == "sqlite_raw_inserts_per_s" {print $2}' "$OUT/insert.txt")

entries_now=$(sql "SELECT COUNT(*) FROM audit_log")
start=$(ms)
verify=$("$BIN" audit verify --database "$DATABASE" --instance-key "$OUT/key.pem" 2>&1 | tail -1)
verify_ms=$(( $(ms) - start ))

cat <<REPORT

Database: ${DATABASE%%:*}. $filled; $tickets tickets ($by_status),
$events events, $comments comments, $outbox notifications, $entries audit entries; database $(( db_bytes / 1048576 )) MB,
$(( db_bytes / tickets )) bytes per ticket with everything of it (events, comments, search index, notifications, audit entries).
Queue: agency $agency, $queue_size open Tier 1 tickets, first page $queue_items items. Ticket page: $page_bytes bytes.
Search words and the tickets each matches: $matches.

| measure | Simpul | reference (same run) | ratio / target |
|---|---|---|---|
| GET Tier 1 queue (open, one agency), wrk -t2 -c64 ${DURATION}s | p99 $queue_p99, p50 $queue_p50, $queue_rps req/s | GET /api/v1/region: p99 $region_p99, p50 $region_p50, $region_rps req/s | p99 < 20 ms |
| GET a random ticket's page | p99 $page_p99, p50 $page_p50, $page_rps req/s | (same) | p99 < 20 ms |
| GET search ?q=(random word of $(wc -w <<< "$WORDS")) | p99 $search_p99, p50 $search_p50, $search_rps req/s | (same) | p99 < 20 ms |
| POST /api/v1/tickets (durable, audit entry), wrk -t2 -c64 ${DURATION}s | $create_rps/s (p99 $create_p99) | raw sqlite3 insert loop: $raw/s | $(awk -v a="$create_rps" -v b="$raw" 'BEGIN {printf "%.2f", a / b}') (target >= 0.50) |
| tickets created in that run, their ticket.create entries | $created, $audited | | equal |
| non-2xx answers and socket errors (queue, page, search, region, create) | $queue_bad, $page_bad, $search_bad, $region_bad, $create_bad | | 0 |
| server memory after the load: peak (VmHWM), now (VmRSS) | $hwm, $rss | | peak < 300 MB |
| simpul audit verify after the load, $entries_now entries | ${verify_ms} ms: $verify | | |
REPORT
[ "$DATABASE" = "sqlite:$OUT/desk.db" ] && rm -f "$OUT"/desk.db*
echo "(whole run: $(( $(date +%s) - began )) s; wrk output, demo output and server log in $OUT)"
