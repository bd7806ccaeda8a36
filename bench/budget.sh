#!/usr/bin/env bash
# Benchmark of the consolidated budget view (issue 5), next to its same-run reference:
#   GET /api/v1/budget-plans/consolidated?year=Y for a 60-agency region holding
#   60 agencies x 5 years x 200 lines = 60,000 budget lines (target p99 < 50 ms) under
#   wrk -t2 -c4, next to GET /api/v1/region (one small row, same authentication).
# The lines are filled with SQL through the sqlite3 command line (what is measured is the
# read path; the fill writes no audit entries). Three lines in four link one of seven
# roadmap activities (one per area), one in ten is a procurement.
# Usage: bench/budget.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
BIN=$PWD/build/simpul
OUT=$(mktemp -d /tmp/simpul-bench-budget.XXXXXX)
PORT=18484
FIRST_YEAR=2026
YEAR=2028  # the middle year of the five
PID=""
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT
ms() { date +%s%3N; }

"$BIN" demo --database "sqlite:$OUT/big.db" --agencies 60 > /dev/null
start=$(ms)
sqlite3 "$OUT/big.db" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
-- The demo's own few budget plans make way for the benchmark's 300.
DELETE FROM budget_lines;
DELETE FROM budget_plans;
INSERT INTO roadmaps (region_id, title, start_year, end_year, decree_number, decree_date, status, enacted_by, enacted_at,
                      version, created_at, updated_at)
  SELECT region_id, 'Peta Rencana SPBE $FIRST_YEAR-$((FIRST_YEAR + 4))', $FIRST_YEAR, $((FIRST_YEAR + 4)), '188.45/1/2026',
         '2026-01-02', 'enacted', 'bench', '2026-01-02T00:00:00Z', 1, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z'
  FROM regions LIMIT 1;
CREATE TEMP TABLE bench_areas (i INTEGER PRIMARY KEY, area TEXT NOT NULL);
INSERT INTO bench_areas VALUES (0, 'governance'), (1, 'management'), (2, 'services'), (3, 'infrastructure'),
                               (4, 'applications'), (5, 'security'), (6, 'audit');
INSERT INTO roadmap_activities (region_id, roadmap_id, program, name, area, owner_agency_id, description, years, version,
                                created_at, updated_at)
  SELECT r.region_id, r.roadmap_id, 'Program ' || a.area, 'Kegiatan ' || a.area, a.area,
         (SELECT MIN(agency_id) FROM agencies WHERE region_id = r.region_id), '', '[]', 1, r.created_at, r.created_at
  FROM roadmaps r, bench_areas a WHERE r.roadmap_id = (SELECT MAX(roadmap_id) FROM roadmaps);
CREATE TEMP TABLE bench_years (year INTEGER PRIMARY KEY);
INSERT INTO bench_years VALUES ($FIRST_YEAR), ($((FIRST_YEAR + 1))), ($((FIRST_YEAR + 2))), ($((FIRST_YEAR + 3))), ($((FIRST_YEAR + 4)));
INSERT INTO budget_plans (region_id, agency_id, year, status, note, version, created_at, updated_at)
  SELECT g.region_id, g.agency_id, y.year,
         CASE g.agency_id % 4 WHEN 0 THEN 'draft' WHEN 1 THEN 'submitted' WHEN 2 THEN 'coordinated' ELSE 'verified' END,
         '', 1, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z'
  FROM agencies g, bench_years y;
INSERT INTO budget_lines (region_id, budget_plan_id, description, amount, area, roadmap_activity_id, procurement, version,
                          created_at, updated_at)
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
  SELECT p.region_id, p.budget_plan_id, 'Baris anggaran ' || n.i, ((p.budget_plan_id * 7919 + n.i * 104729) % 1000000) * 1000,
         a.area, CASE WHEN n.i % 4 = 0 THEN NULL ELSE ra.activity_id END, CASE WHEN n.i % 10 = 0 THEN 1 ELSE 0 END, 1,
         p.created_at, p.created_at
  FROM budget_plans p CROSS JOIN n JOIN bench_areas a ON a.i = n.i % 7 JOIN roadmap_activities ra ON ra.area = a.area
       AND ra.roadmap_id = (SELECT MAX(roadmap_id) FROM roadmaps);
COMMIT;
ANALYZE;
SQL
fill_ms=$(( $(ms) - start ))
agencies=$(sqlite3 "$OUT/big.db" "SELECT COUNT(*) FROM agencies")
plans=$(sqlite3 "$OUT/big.db" "SELECT COUNT(*) FROM budget_plans")
lines=$(sqlite3 "$OUT/big.db" "SELECT COUNT(*) FROM budget_lines")
year_lines=$(sqlite3 "$OUT/big.db" "SELECT COUNT(*) FROM budget_lines l JOIN budget_plans p USING (budget_plan_id) WHERE p.year = $YEAR")

TOKEN=$("$BIN" token create --database "sqlite:$OUT/big.db" --username admin --name bench --scopes read --days 1 | grep '^simpul_')
"$BIN" serve --database "sqlite:$OUT/big.db" --listen "127.0.0.1:$PORT" --instance-key "$OUT/key.pem" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done
URL="/api/v1/budget-plans/consolidated?year=$YEAR"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$URL" > "$OUT/view.json"
bytes=$(wc -c < "$OUT/view.json")
# The view must hold what was filled: every line of the year, exact sums.
python3 - "$OUT/view.json" "$year_lines" "$OUT/big.db" "$YEAR" <<'PY'
import json, sqlite3, sys
view, expected_lines, db, year = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
total = sqlite3.connect(db).execute("SELECT SUM(amount) FROM budget_lines l JOIN budget_plans p USING (budget_plan_id) "
                                    "WHERE p.year = ?", (year,)).fetchone()[0]
assert view["total"]["lines"] == expected_lines, (view["total"], expected_lines)
assert view["total"]["amount"] == total, (view["total"], total)
assert sum(a["amount"] for a in view["by_area"]) == total
assert round(sum(a["share_percent"] for a in view["by_area"]) * 10) == 1000
PY
run_wrk() {  # path → "rps p99 p50"
  wrk -t2 -c4 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" > "$OUT/wrk.txt"
  grep -E "Non-2xx|Socket errors" "$OUT/wrk.txt" >&2 || true
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt") $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt")"
}
read -r view_rps view_p99 view_p50 <<< "$(run_wrk "$URL")"
read -r region_rps region_p99 region_p50 <<< "$(run_wrk /api/v1/region)"
kill -TERM "$PID"; wait "$PID" || true; PID=""

cat <<REPORT

| measure | Simpul | reference (same run) | target |
|---|---|---|---|
| GET /api/v1/budget-plans/consolidated?year=$YEAR, $agencies agencies x 5 years x 200 lines ($plans plans, $lines lines, $year_lines in the year; $bytes bytes; filled in ${fill_ms} ms), wrk -t2 -c4 ${DURATION}s | p99 $view_p99, p50 $view_p50, $view_rps req/s | GET /api/v1/region: p99 $region_p99, p50 $region_p50, $region_rps req/s | p99 < 50 ms |
REPORT
rm -rf "$OUT"
