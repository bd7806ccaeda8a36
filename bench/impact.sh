#!/usr/bin/env bash
# Benchmark of the impact query (issue 6), next to its same-run reference:
#   GET /api/v1/impact?kind=host&id=N ("what breaks if this host goes down") on a graph of
#   5,000 services, 2,000 applications, 10,000 datasets and 3,000 hosts (target p99 < 20 ms)
#   under wrk -t2 -c4, a random host per request (bench/impact.lua); GET /api/v1/dependencies
#   of a random service the same way; next to GET /api/v1/region (one small row, same
#   authentication). The facility (every host in it, so nearly the whole graph) is timed
#   with 20 sequential requests, as the worst case.
# The elements and about 52,000 links are filled with SQL through the sqlite3 command line
# (what is measured is the read path; the fill writes no audit entries). Fan-out, fixed and
# pseudo-random: a service uses 2 applications and 2 datasets (one in ten also another
# service); an application uses 4 datasets and 1-2 hosts (one in ten another application);
# a dataset sits on 1 host; a host is on its agency's LAN and in one of 2 facilities.
# One host's answer is checked against a breadth-first walk over the same database in Python.
# Usage: bench/impact.sh [DURATION_SECONDS [POSTGRESQL_URL]]
#   Without a URL: a new SQLite file. With one: that database, which must be empty, e.g.
#   url=$(scripts/pg-test-server.sh start /tmp/bench-pg 55490); scripts/pg-test-server.sh reset-db /tmp/bench-pg 55490 bench
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
BIN=${SIMPUL_BIN:-$PWD/build/simpul}
OUT=$(mktemp -d /tmp/simpul-bench-impact.XXXXXX)
DATABASE=${2:-sqlite:$OUT/big.db}
PORT=18486
PID=""
. bench/lib.sh
run_script() {  # a script of portable SQL from stdin
  case "$DATABASE" in
    sqlite:*) { echo "PRAGMA foreign_keys = ON;"; cat; } | sqlite3 "${DATABASE#sqlite:}" ;;
    *) psql "$DATABASE" -q -v ON_ERROR_STOP=1 > /dev/null ;;
  esac
}

"$BIN" demo --database "$DATABASE" --agencies 60 > /dev/null
start=$(ms)
run_script <<'SQL'
BEGIN;
-- The demo's own links make way for the generated graph's.
DELETE FROM element_links;
CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
INSERT INTO n WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 9999) SELECT i FROM c;
CREATE TEMP TABLE ag (k INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL);
INSERT INTO ag (k, agency_id) SELECT ROW_NUMBER() OVER (ORDER BY agency_id) - 1, agency_id FROM agencies;
CREATE TEMP TABLE env AS SELECT region_id, '2026-01-02T00:00:00Z' AS at, (SELECT COUNT(*) FROM ag) AS agencies FROM regions LIMIT 1;

INSERT INTO facilities (region_id, name, kind, created_at, updated_at)
  SELECT region_id, 'BENCH-DC', 'data_center', at, at FROM env UNION ALL
  SELECT region_id, 'BENCH-DRC', 'recovery_center', at, at FROM env;
INSERT INTO networks (region_id, owner_agency_id, name, kind, created_at, updated_at)
  SELECT region_id, NULL, 'BENCH-WAN', 'wan', at, at FROM env;
INSERT INTO networks (region_id, owner_agency_id, name, kind, created_at, updated_at)
  SELECT e.region_id, ag.agency_id, 'BENCH-LAN-' || ag.k, 'lan', e.at, e.at FROM env e, ag;
INSERT INTO hosts (region_id, owner_agency_id, name, kind, status, created_at, updated_at)
  SELECT e.region_id, (SELECT agency_id FROM ag WHERE k = n.i % e.agencies), 'bench-host-' || n.i, 'virtual_machine',
         'active', e.at, e.at FROM env e, n WHERE n.i < 3000;
INSERT INTO datasets (region_id, owner_agency_id, code, title, classification, update_frequency, created_at, updated_at)
  SELECT e.region_id, (SELECT agency_id FROM ag WHERE k = n.i % e.agencies), 'BD-' || n.i, 'Data bench ' || n.i,
         CASE n.i % 4 WHEN 0 THEN 'public' WHEN 1 THEN 'internal' WHEN 2 THEN 'restricted' ELSE 'internal' END,
         'monthly', e.at, e.at FROM env e, n;
INSERT INTO applications (region_id, owner_agency_id, code, name, category, lifecycle, licence_kind, copyright_owner,
                          created_at, updated_at)
  SELECT e.region_id, (SELECT agency_id FROM ag WHERE k = n.i % e.agencies), 'BA-' || n.i, 'Aplikasi bench ' || n.i,
         'agency_special', 'in_production', 'open_source', 'Pemerintah Kota Madiun', e.at, e.at FROM env e, n WHERE n.i < 2000;
INSERT INTO services (region_id, owner_agency_id, code, name, kind, status, created_at, updated_at)
  SELECT e.region_id, (SELECT agency_id FROM ag WHERE k = n.i % e.agencies), 'BS-' || n.i, 'Layanan bench ' || n.i,
         CASE n.i % 3 WHEN 0 THEN 'administrative' ELSE 'public' END, 'active', e.at, e.at FROM env e, n WHERE n.i < 5000;

-- The number of each generated element, to its id.
CREATE TEMP TABLE sid AS SELECT CAST(SUBSTR(code, 4) AS INTEGER) AS i, service_id AS id FROM services WHERE code LIKE 'BS-%';
CREATE TEMP TABLE aid AS SELECT CAST(SUBSTR(code, 4) AS INTEGER) AS i, application_id AS id FROM applications WHERE code LIKE 'BA-%';
CREATE TEMP TABLE did AS SELECT CAST(SUBSTR(code, 4) AS INTEGER) AS i, dataset_id AS id FROM datasets WHERE code LIKE 'BD-%';
CREATE TEMP TABLE hid AS SELECT CAST(SUBSTR(name, 12) AS INTEGER) AS i, host_id AS id FROM hosts WHERE name LIKE 'bench-host-%';
CREATE UNIQUE INDEX sid_i ON sid (i); CREATE UNIQUE INDEX aid_i ON aid (i);
CREATE UNIQUE INDEX did_i ON did (i); CREATE UNIQUE INDEX hid_i ON hid (i);

CREATE TEMP TABLE e (from_kind TEXT, from_id INTEGER, to_kind TEXT, to_id INTEGER);
INSERT INTO e SELECT 'service', s.id, 'application', a.id FROM sid s JOIN aid a ON a.i = (s.i * 7) % 2000;
INSERT INTO e SELECT 'service', s.id, 'application', a.id FROM sid s JOIN aid a ON a.i = (s.i * 13 + 5) % 2000;
INSERT INTO e SELECT 'service', s.id, 'dataset', d.id FROM sid s JOIN did d ON d.i = (s.i * 17) % 10000;
INSERT INTO e SELECT 'service', s.id, 'dataset', d.id FROM sid s JOIN did d ON d.i = (s.i * 31 + 3) % 10000;
INSERT INTO e SELECT 'service', s.id, 'service', t.id FROM sid s JOIN sid t ON t.i = (s.i * 11 + 1) % 5000
  WHERE s.i % 10 = 0 AND t.i <> s.i;
INSERT INTO e SELECT 'application', a.id, 'dataset', d.id FROM aid a JOIN n k ON k.i < 4 JOIN did d ON d.i = (a.i * 5 + k.i * 2003) % 10000;
INSERT INTO e SELECT 'application', a.id, 'host', h.id FROM aid a JOIN hid h ON h.i = (a.i * 3) % 3000;
INSERT INTO e SELECT 'application', a.id, 'host', h.id FROM aid a JOIN hid h ON h.i = (a.i * 7 + 1) % 3000
  WHERE a.i % 3 = 0 AND (a.i * 7 + 1) % 3000 <> (a.i * 3) % 3000;
INSERT INTO e SELECT 'application', a.id, 'application', b.id FROM aid a JOIN aid b ON b.i = (a.i * 3 + 1) % 2000
  WHERE a.i % 10 = 0 AND b.i <> a.i;
INSERT INTO e SELECT 'dataset', d.id, 'host', h.id FROM did d JOIN hid h ON h.i = (d.i * 7) % 3000;
INSERT INTO e SELECT 'host', h.id, 'network', nw.network_id FROM hid h JOIN hosts x ON x.host_id = h.id
  JOIN networks nw ON nw.owner_agency_id = x.owner_agency_id AND nw.name LIKE 'BENCH-LAN-%';
INSERT INTO e SELECT 'host', h.id, 'facility', f.facility_id FROM hid h
  JOIN facilities f ON f.name = CASE h.i % 2 WHEN 0 THEN 'BENCH-DC' ELSE 'BENCH-DRC' END;
INSERT INTO e SELECT 'network', network_id, 'facility', (SELECT facility_id FROM facilities WHERE name = 'BENCH-DC')
  FROM networks WHERE name = 'BENCH-WAN';
INSERT INTO element_links (region_id, from_kind, from_id, to_kind, to_id, note, created_by, created_at)
  SELECT DISTINCT env.region_id, e.from_kind, e.from_id, e.to_kind, e.to_id, '', 'bench', env.at FROM e, env;
COMMIT;
ANALYZE;
SQL
fill_ms=$(( $(ms) - start ))
count() { sql "$1"; }
services=$(count "SELECT COUNT(*) FROM services WHERE code LIKE 'BS-%'")
applications=$(count "SELECT COUNT(*) FROM applications WHERE code LIKE 'BA-%'")
datasets=$(count "SELECT COUNT(*) FROM datasets WHERE code LIKE 'BD-%'")
hosts=$(count "SELECT COUNT(*) FROM hosts WHERE name LIKE 'bench-host-%'")
links=$(count "SELECT COUNT(*) FROM element_links")
read -r host_first host_last <<< "$(count "SELECT MIN(host_id), MAX(host_id) FROM hosts WHERE name LIKE 'bench-host-%'" | tr '|' ' ')"
read -r service_first service_last <<< "$(count "SELECT MIN(service_id), MAX(service_id) FROM services WHERE code LIKE 'BS-%'" | tr '|' ' ')"
facility=$(count "SELECT facility_id FROM facilities WHERE name = 'BENCH-DC'")

TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
get() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1"; }

# The answer must be the graph's: the same elements at the same depths as a walk in Python.
sample=$(( (host_first + host_last) / 2 ))
get "/api/v1/impact?kind=host&id=$sample" > "$OUT/host.json"
sql "SELECT from_kind, from_id, to_kind, to_id FROM element_links" > "$OUT/links.txt"
reached=$(python3 - "$OUT/host.json" "$OUT/links.txt" "$sample" "$host_first" "$host_last" <<'PY'
import collections, json, statistics, sys
answer, start = json.load(open(sys.argv[1])), ("host", int(sys.argv[3]))
users = collections.defaultdict(list)
for line in open(sys.argv[2]):
    fk, fi, tk, ti = line.strip().split("|")
    users[(tk, int(ti))].append((fk, int(fi)))
def walk(start):
    depth, queue = {start: 0}, collections.deque([start])
    while queue:
        here = queue.popleft()
        for there in users[here]:
            if there not in depth:
                depth[there] = depth[here] + 1
                queue.append(there)
    return {f"{k}:{i}": d for (k, i), d in depth.items() if (k, i) != start}
got = {n["key"]: n["depth"] for group in answer["by_kind"].values() for n in group}
expected = walk(start)
assert got == expected, (len(got), len(expected))
# How big the answers of the random hosts are: what the wrk phase spreads over.
sizes = sorted(len(walk(("host", h))) for h in range(int(sys.argv[4]), int(sys.argv[5]) + 1))
print(len(got), len(answer["by_kind"]["service"]), int(statistics.median(sizes)), sizes[int(len(sizes) * 0.99)], sizes[-1])
PY
)
read -r host_reached host_services size_median size_p99 size_max <<< "$reached"
get "/api/v1/impact?kind=facility&id=$facility" > "$OUT/facility.json"
facility_reached=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['total'])" "$OUT/facility.json")
facility_bytes=$(wc -c < "$OUT/facility.json")

run_wrk() {  # path kind first last → "rps p99 p50"
  if [ -n "${2:-}" ]; then
    SIMPUL_BENCH_TOKEN=$TOKEN IMPACT_PATH=$1 IMPACT_KIND=$2 IMPACT_FIRST=$3 IMPACT_LAST=$4 \
      wrk -t2 -c4 -d"${DURATION}s" --latency -s bench/impact.lua "http://127.0.0.1:$PORT" > "$OUT/wrk.txt"
  else
    wrk -t2 -c4 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" > "$OUT/wrk.txt"
  fi
  grep -E "Non-2xx|Socket errors" "$OUT/wrk.txt" >&2 || true
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt") $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt")"
}
read -r impact_rps impact_p99 impact_p50 <<< "$(run_wrk /api/v1/impact host "$host_first" "$host_last")"
read -r deps_rps deps_p99 deps_p50 <<< "$(run_wrk /api/v1/dependencies service "$service_first" "$service_last")"
read -r region_rps region_p99 region_p50 <<< "$(run_wrk /api/v1/region)"
facility_times=$(for _ in $(seq 20); do
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/impact?kind=facility&id=$facility"
done | sort -n | awk '{t[NR] = $1 * 1000} END {printf "p50 %.0f ms, max %.0f ms", t[int((NR + 1) / 2)], t[NR]}')
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

Database: ${DATABASE%%:*}. Graph: $services services, $applications applications, $datasets datasets, $hosts hosts, $links links (filled in ${fill_ms} ms).
Host $sample: $host_reached elements depend on it ($host_services services), same as a walk in Python.
Elements depending on a host, over all $hosts: median $size_median, p99 $size_p99, max $size_max.

| measure | Simpul | reference (same run) | target |
|---|---|---|---|
| GET /api/v1/impact?kind=host&id=(random of $hosts), wrk -t2 -c4 ${DURATION}s | p99 $impact_p99, p50 $impact_p50, $impact_rps req/s | GET /api/v1/region: p99 $region_p99, p50 $region_p50, $region_rps req/s | p99 < 20 ms |
| GET /api/v1/dependencies?kind=service&id=(random of $services), wrk -t2 -c4 ${DURATION}s | p99 $deps_p99, p50 $deps_p50, $deps_rps req/s | (same reference) | |
| GET /api/v1/impact?kind=facility (a data center: $facility_reached elements, $facility_bytes bytes), 20 sequential requests | $facility_times | | worst case, no target |
REPORT
rm -rf "$OUT"
