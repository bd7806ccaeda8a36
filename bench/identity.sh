#!/usr/bin/env bash
# Benchmarks of identity and audit (issue 3), each next to its same-run reference:
#   1. a mutation over HTTP: POST /api/v1/tokens with a bearer token (one small row
#      plus its audit entry, durable commit) under wrk -t2 -c64, against the raw
#      sqlite3 one-row-per-transaction insert loop with the same durability
#   2. `simpul audit verify` over 1,000,000 entries (target < 3 s)
# Usage: bench/identity.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
BIN=$PWD/build/simpul
OUT=$(mktemp -d /tmp/simpul-bench-id.XXXXXX)
PORT=18482
PID=""
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT

"$BIN" demo --database "sqlite:$OUT/m.db" > /dev/null
export SIMPUL_BENCH_TOKEN=$("$BIN" token create --database "sqlite:$OUT/m.db" --username admin --name bench \
  --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "sqlite:$OUT/m.db" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/create_token.lua "http://127.0.0.1:$PORT/api/v1/tokens" > "$OUT/wrk.txt"
grep -E "Non-2xx|Socket errors" "$OUT/wrk.txt" >&2 || true
mutation_rps=$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt")
kill -TERM "$PID"; wait "$PID" || true; PID=""
created=$(sqlite3 "$OUT/m.db" "SELECT COUNT(*) FROM api_tokens")
audited=$(sqlite3 "$OUT/m.db" "SELECT COUNT(*) FROM audit_log WHERE action = 'token.create'")

mkdir -p "$OUT/insert"
build/sqlite_insert_bench "$OUT/insert" 3000 > "$OUT/insert.txt"
raw=$(awk '$1 == "sqlite_raw_inserts_per_s" {print $2}' "$OUT/insert.txt")

build/audit_fill "$OUT/audit.db" 1000000 > /dev/null
start=$(date +%s%3N)
"$BIN" audit verify --database "sqlite:$OUT/audit.db" --instance-key "$OUT/key.pem" > "$OUT/verify.txt"
verify_ms=$(( $(date +%s%3N) - start ))

cat <<REPORT

| measure | Simpul | reference | ratio / target |
|---|---|---|---|
| POST /api/v1/tokens (row + audit entry, durable), wrk -t2 -c64 ${DURATION}s: requests/s | $mutation_rps (p99 $p99) | raw sqlite3 insert loop: $raw/s | $(awk -v a="$mutation_rps" -v b="$raw" 'BEGIN {printf "%.2f", a / b}') (target >= 0.50) |
| rows written in that run | $created tokens, $audited audit entries | | equal: every mutation has its entry |
| simpul audit verify, 1,000,000 entries | ${verify_ms} ms | | target < 3000 ms |
REPORT
rm -rf "$OUT"
