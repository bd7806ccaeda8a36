#!/usr/bin/env bash
# Benchmarks of the organisation (issue 4), each next to its same-run reference:
#   1. `simpul demo` at the default size on a fresh SQLite database (target < 10 s),
#      next to `simpul migrate` alone on another fresh database
#   2. GET /api/v1/organisation for a 60-agency region (one round trip renders the
#      organisation page; target p99 < 20 ms) under wrk -t2 -c4, next to
#      GET /api/v1/region (one small row, same authentication) in the same run
# Usage: bench/organisation.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
BIN=$PWD/build/simpul
OUT=$(mktemp -d /tmp/simpul-bench-org.XXXXXX)
PORT=18483
PID=""
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT
ms() { date +%s%3N; }

start=$(ms); "$BIN" migrate --database "sqlite:$OUT/empty.db" > /dev/null; migrate_ms=$(( $(ms) - start ))
start=$(ms); "$BIN" demo --database "sqlite:$OUT/demo.db" > /dev/null; demo_ms=$(( $(ms) - start ))
agencies=$(sqlite3 "$OUT/demo.db" "SELECT COUNT(*) FROM agencies")
people=$(sqlite3 "$OUT/demo.db" "SELECT COUNT(*) FROM people")
audited=$(sqlite3 "$OUT/demo.db" "SELECT COUNT(*) FROM audit_log")

"$BIN" demo --database "sqlite:$OUT/big.db" --agencies 60 > /dev/null
TOKEN=$("$BIN" token create --database "sqlite:$OUT/big.db" --username admin --name bench --scopes read --days 1 | grep '^simpul_')
"$BIN" serve --database "sqlite:$OUT/big.db" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
bytes=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/organisation" | wc -c)
big_agencies=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/organisation" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["agencies"]))')
run_wrk() {  # path → "rps p99"
  wrk -t2 -c4 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" > "$OUT/wrk.txt"
  grep -E "Non-2xx|Socket errors" "$OUT/wrk.txt" >&2 || true
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt") $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt")"
}
read -r org_rps org_p99 org_p50 <<< "$(run_wrk /api/v1/organisation)"
read -r region_rps region_p99 region_p50 <<< "$(run_wrk /api/v1/region)"
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

| measure | Simpul | reference (same run) | target |
|---|---|---|---|
| simpul demo, default size ($agencies agencies, $people people, $audited audit entries), fresh SQLite | ${demo_ms} ms | simpul migrate alone: ${migrate_ms} ms | < 10000 ms |
| GET /api/v1/organisation, $big_agencies agencies ($bytes bytes), wrk -t2 -c4 ${DURATION}s | p99 $org_p99, p50 $org_p50, $org_rps req/s | GET /api/v1/region: p99 $region_p99, p50 $region_p50, $region_rps req/s | p99 < 20 ms |
REPORT
rm -rf "$OUT"
