#!/usr/bin/env bash
# Benchmark of the national SPBE evaluation (issue 11): a campaign's index and its suggested
# levels on the full demo region.
#   1. `simpul demo` (every registry, tickets, risks, audits … at their demo sizes); timed
#   2. a campaign of the current year with all 47 levels: the demo's when it has one, else made
#      through the API (the superadmin on the assessor team, one PUT per indicator)
#   3. wrk --latency against the real server (bearer token of the superadmin): GET
#      /api/v1/evaluation/campaigns/{id}/index (target < 5 ms) and GET
#      /api/v1/evaluation/campaigns/{id}/suggestions (target < 200 ms); reference GET
#      /api/v1/region in the same run. Each at one connection (a single request's time), then at 4
# Usage: bench/evaluation.sh [DATABASE_URL]
#   Environment: DURATION seconds per phase (10), PORT (18491), SIMPUL_BIN (build/simpul),
#   DEMO_ARGS (sizes for `simpul demo`, e.g. "--agencies 60 --tickets 50000"; default: its defaults).
#   Without a URL: a new SQLite file in /tmp, removed at the end. With one (sqlite:PATH or
#   postgresql://…): that database, filled when empty.
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
DURATION=${DURATION:-10}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
OUT=$(mktemp -d /tmp/simpul-bench-evaluation.XXXXXX)
DATABASE=${1:-sqlite:$OUT/evaluation.db}
PORT=${PORT:-18491}
PID=""
. bench/lib.sh

[ -x "$BIN" ] || cmake --build build -j2 --target simpul > "$OUT/build.txt"
start=$(ms)
# shellcheck disable=SC2086  # DEMO_ARGS holds several flags
"$BIN" demo --database "$DATABASE" ${DEMO_ARGS:-} > "$OUT/demo.txt"
fill_ms=$(( $(ms) - start ))
filled="\`simpul demo\`: $(( fill_ms / 1000 )) s"
grep -q "already has a region" "$OUT/demo.txt" && filled="an existing database (no fill)"
agencies=$(sql "SELECT COUNT(*) FROM agencies")
tickets=$(sql "SELECT COUNT(*) FROM tickets")
risks=$(sql "SELECT COUNT(*) FROM risks")
audits=$(sql "SELECT COUNT(*) FROM ict_audits")

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
api() {  # method path [json body] → the answer's body; fails on an HTTP error
  curl -sf -X "$1" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    ${3:+--data "$3"} "http://127.0.0.1:$PORT$2"
}

# The campaign of the current year with every level set (levels 1-5 in turn, as a real one varies).
year=$(date -u +%Y)
campaign=$(api GET /api/v1/evaluation/campaigns | python3 -c "
import json, sys
print(next((k['id'] for k in json.load(sys.stdin)['items'] if k['year'] == $year), ''))")
if [ -z "$campaign" ]; then
  campaign=$(api POST /api/v1/evaluation/campaigns "{\"year\": $year, \"kind\": \"evaluation\"}" |
             python3 -c "import json, sys; print(json.load(sys.stdin)['id'])")
fi
# Levels 1-5 in turn (as a real campaign varies) for every indicator still without one; an
# answer already there changes only on its version (If-Match).
if ! python3 - "http://127.0.0.1:$PORT" "$TOKEN" "$campaign" > "$OUT/levels.txt" <<'PY'
import json, sys, urllib.request
base, token, campaign = sys.argv[1:]
def call(method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
k = f"/api/v1/evaluation/campaigns/{campaign}"
missing = [i for i in call("GET", k + "/indicators")["items"] if i.get("level") is None]
if missing:
    me = call("GET", "/api/v1/auth/me")["user"]["id"]
    team = call("GET", k).get("team", [])
    if not any(t.get("user_id") == me for t in team):
        call("PUT", f"{k}/assessors/{me}", {"role": "member"})
    for i in missing:
        call("PUT", f"{k}/indicators/{i['number']}", {"level": i["number"] % 5 + 1},
             {"If-Match": f'"{i["version"]}"'} if i.get("version") else {})
print(len(missing))
PY
then echo "could not set the campaign's levels (signed off? see $OUT/serve.log)" >&2; exit 1; fi
index=$(api GET "/api/v1/evaluation/campaigns/$campaign/index" | python3 -c "
import json, sys
j = json.load(sys.stdin)
o = (j.get('self') or {}).get('overall') or {}
print(o.get('value'), o.get('predicate'))")
proposed=$(api GET "/api/v1/evaluation/campaigns/$campaign/suggestions" | python3 -c "
import json, sys
s = json.load(sys.stdin)['suggestions']
print(' '.join(f\"{x['indicator']}:{x['level']}\" for x in s))")

row() {  # label path → one table row, one connection then 4
  local rps1 p99_1 p50_1 bad1 rps4 p99_4 p50_4 bad4
  read -r rps1 p99_1 p50_1 bad1 <<< "$(run_wrk "$2" 1)"
  read -r rps4 p99_4 p50_4 bad4 <<< "$(run_wrk "$2" 4)"
  echo "| $1 | p50 $p50_1, p99 $p99_1, $rps1 req/s | p50 $p50_4, p99 $p99_4, $rps4 req/s | $(( bad1 + bad4 )) |"
}
rows=$(row "GET /api/v1/region (reference)" /api/v1/region
       row "the campaign's index (47 levels)" "/api/v1/evaluation/campaigns/$campaign/index"
       row "the suggested levels (12 rules)" "/api/v1/evaluation/campaigns/$campaign/suggestions")
hwm=$(awk '/^VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status")
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

Database: ${DATABASE%%:*}. $filled; $agencies agencies, $tickets tickets, $risks risks, $audits ICT audits.
Campaign $campaign ($year): index $index; suggested levels (indicator:level) $proposed.
Targets: the index < 5 ms, the suggested levels < 200 ms (p50 at one connection is a single request's time).

| view | 1 connection (wrk -t1 -c1 ${DURATION}s) | 4 connections (wrk -t2 -c4) | non-2xx and socket errors |
|---|---|---|---|
$rows
| server memory after the load: peak (VmHWM) | $hwm | | |
REPORT
[ "$DATABASE" = "sqlite:$OUT/evaluation.db" ] && rm -f "$OUT"/evaluation.db*
echo "(whole run: $(( $(date +%s) - began )) s; wrk output, demo output and server log in $OUT)"
