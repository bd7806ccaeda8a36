#!/usr/bin/env bash
# Benchmark of risk management, information security and ICT audits (issue 8): the views the
# coordination committee opens, on a 60-agency region with 20,000 risks, 5,000 security
# incidents and at least 3,000 ICT audit objects, each figure next to its same-run reference:
#   1. `simpul demo --agencies 60 --risks 20000 --incidents 5000 --audit-objects N`; timed,
#      then the row counts
#   2. wrk -t2 -c64 --latency against the real server (bearer token of the superadmin), one
#      phase per view: the region's risk heat map, the committee's region-wide risk view, the
#      overdue treatments, the overdue incident notices, the overdue audit list
#      (target: p99 < 50 ms each); reference GET /api/v1/region in the same run; then each
#      view again at one connection (wrk -t1 -c1): a single request's time without queueing
#   3. one download of the region's register workbook, timed; the server's peak memory (VmHWM)
# Usage: bench/risk_security_audit.sh [DATABASE_URL]
#   Environment: RISKS (20000), INCIDENTS (5000), AUDIT_OBJECTS (3000: extra objects beyond
#   those of the region's applications and infrastructure), DURATION seconds per phase (10).
#   Without a URL: a new SQLite file in /tmp, removed at the end. With one (sqlite:PATH or
#   postgresql://…): that database, filled when empty. An empty PostgreSQL database:
#   url=$(scripts/pg-test-server.sh start /tmp/bench-pg 55444); scripts/pg-test-server.sh reset-db /tmp/bench-pg 55444 bench
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
RISKS=${RISKS:-20000}
INCIDENTS=${INCIDENTS:-5000}
AUDIT_OBJECTS=${AUDIT_OBJECTS:-3000}
DURATION=${DURATION:-10}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
OUT=$(mktemp -d /tmp/simpul-bench-risk.XXXXXX)
DATABASE=${1:-sqlite:$OUT/risk.db}
PORT=18488
PID=""
. bench/lib.sh

start=$(ms)
"$BIN" demo --database "$DATABASE" --agencies 60 --tickets 0 --risks "$RISKS" --incidents "$INCIDENTS" \
  --audit-objects "$AUDIT_OBJECTS" > "$OUT/demo.txt"
fill_ms=$(( $(ms) - start ))
filled="\`simpul demo --agencies 60 --risks $RISKS --incidents $INCIDENTS --audit-objects $AUDIT_OBJECTS\`: $(( fill_ms / 1000 )) s"
grep -q "already has a region" "$OUT/demo.txt" && filled="an existing database (no fill)"
agencies=$(sql "SELECT COUNT(*) FROM agencies")
risks=$(sql "SELECT COUNT(*) FROM risks")
treatments=$(sql "SELECT COUNT(*) FROM risk_treatments")
incidents=$(sql "SELECT COUNT(*) FROM security_incidents")
objects=$(sql "SELECT COUNT(*) FROM ict_audit_objects")
audits=$(sql "SELECT COUNT(*) FROM ict_audits")
year=$(sql "SELECT year FROM risks GROUP BY year ORDER BY COUNT(*) DESC, year DESC LIMIT 1")
year_risks=$(sql "SELECT COUNT(*) FROM risks WHERE year = $year")

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
get() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1"; }
# What each view answers, so the figures are about real content.
heat_total=$(get "/api/v1/risks/heat-map?year=$year" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
view_agencies=$(get "/api/v1/risks/region-view?year=$year" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['agencies']))")
overdue_treatments=$(get "/api/v1/risks/overdue-treatments?year=$year" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
overdue_incidents=$(get "/api/v1/security/incidents/overdue" | wc -c)
overdue_audits=$(get "/api/v1/ict-audits/overdue" | python3 -c "import json,sys; d=json.load(sys.stdin); print(', '.join(f'{k} {len(v)}' for k, v in d.items() if isinstance(v, list)))")
# The region's register workbook (every unit, Formulir 2.0-5.0): one download, timed.
start=$(ms)
workbook_bytes=$(get "/api/v1/risk-register.xlsx?year=$year" | wc -c)
workbook_ms=$(( $(ms) - start ))

read -r heat_rps heat_p99 heat_p50 heat_bad <<< "$(run_wrk "/api/v1/risks/heat-map?year=$year" 64)"
read -r view_rps view_p99 view_p50 view_bad <<< "$(run_wrk "/api/v1/risks/region-view?year=$year" 64)"
read -r treat_rps treat_p99 treat_p50 treat_bad <<< "$(run_wrk "/api/v1/risks/overdue-treatments?year=$year" 64)"
read -r inc_rps inc_p99 inc_p50 inc_bad <<< "$(run_wrk /api/v1/security/incidents/overdue 64)"
read -r aud_rps aud_p99 aud_p50 aud_bad <<< "$(run_wrk /api/v1/ict-audits/overdue 64)"
read -r region_rps region_p99 region_p50 region_bad <<< "$(run_wrk /api/v1/region 64)"
# One person at a time (one connection): the time a single request takes, without queueing.
read -r _ heat1_p99 heat1_p50 _ <<< "$(run_wrk "/api/v1/risks/heat-map?year=$year" 1)"
read -r _ view1_p99 view1_p50 _ <<< "$(run_wrk "/api/v1/risks/region-view?year=$year" 1)"
read -r _ treat1_p99 treat1_p50 _ <<< "$(run_wrk "/api/v1/risks/overdue-treatments?year=$year" 1)"
read -r _ inc1_p99 inc1_p50 _ <<< "$(run_wrk /api/v1/security/incidents/overdue 1)"
read -r _ aud1_p99 aud1_p50 _ <<< "$(run_wrk /api/v1/ict-audits/overdue 1)"
read -r _ region1_p99 region1_p50 _ <<< "$(run_wrk /api/v1/region 1)"
hwm=$(awk '/^VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

Database: ${DATABASE%%:*}. $filled; $agencies agencies, $risks risks ($year_risks in $year, the year measured),
$treatments treatments, $incidents incidents, $objects audit objects, $audits audits.
What the views answer: heat map $heat_total risks; region view $view_agencies agencies; $overdue_treatments overdue
treatments; overdue incident notices $overdue_incidents bytes; overdue audit lists: $overdue_audits.

| measure (wrk -t2 -c64 ${DURATION}s) | Simpul | reference (same run) | target |
|---|---|---|---|
| GET region risk heat map | p99 $heat_p99, p50 $heat_p50, $heat_rps req/s | GET /api/v1/region: p99 $region_p99, p50 $region_p50, $region_rps req/s | p99 < 50 ms |
| GET region-wide risk view (committee) | p99 $view_p99, p50 $view_p50, $view_rps req/s | (same) | p99 < 50 ms |
| GET overdue risk treatments | p99 $treat_p99, p50 $treat_p50, $treat_rps req/s | (same) | p99 < 50 ms |
| GET overdue incident notices | p99 $inc_p99, p50 $inc_p50, $inc_rps req/s | (same) | p99 < 50 ms |
| GET overdue ICT audit lists | p99 $aud_p99, p50 $aud_p50, $aud_rps req/s | (same) | p99 < 50 ms |
| the same five, one connection (wrk -t1 -c1): p99 / p50 | heat map $heat1_p99 / $heat1_p50; view $view1_p99 / $view1_p50; treatments $treat1_p99 / $treat1_p50; incidents $inc1_p99 / $inc1_p50; audits $aud1_p99 / $aud1_p50 | GET /api/v1/region: $region1_p99 / $region1_p50 | p99 < 50 ms |
| non-2xx answers and socket errors (heat map, view, treatments, incidents, audits, region) | $heat_bad, $view_bad, $treat_bad, $inc_bad, $aud_bad, $region_bad | | 0 |
| the region's register workbook (Formulir 2.0-5.0, $year_risks risks), one download | ${workbook_ms} ms, $(( workbook_bytes / 1024 )) KB | | (no target) |
| server memory after the load: peak (VmHWM) | $hwm | | |
REPORT
[ "$DATABASE" = "sqlite:$OUT/risk.db" ] && rm -f "$OUT"/risk.db*
echo "(whole run: $(( $(date +%s) - began )) s; wrk output, demo output and server log in $OUT)"
