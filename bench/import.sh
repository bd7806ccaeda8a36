#!/usr/bin/env bash
# Benchmark of spreadsheet import (issue 6, target: 10,000 rows under 5 s), next to its
# same-run reference: the same datasets registered one by one through the create route.
#   1. A 10,000-row CSV and the same rows as an XLSX workbook (openpyxl) of datasets of the
#      demo's agencies, each with code, title, agency, classification, frequency, last
#      update, formats and keywords; every row valid.
#   2. POST /api/v1/datasets/import?dry_run=true (every row read and checked, nothing
#      written), then the real import (every row checked, then written in one transaction
#      with its audit entry), for the CSV and for the XLSX (fresh codes each), timed by curl.
#   3. The reference: 200 sequential POST /api/v1/datasets with the same fields, per record.
# Usage: bench/import.sh [DATABASE_URL]   (default: a new SQLite file; a PostgreSQL URL of an
# empty database works too)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/build/simpul
OUT=$(mktemp -d /tmp/simpul-bench-import.XXXXXX)
DATABASE=${1:-sqlite:$OUT/bench.db}
PORT=18486
ROWS=10000
PID=""
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT
export SIMPUL_INSTANCE_KEY=$OUT/key.pem SIMPUL_FILES_DIR=$OUT/files

"$BIN" demo --database "$DATABASE" > /dev/null
TOKEN=$("$BIN" token create --database "$DATABASE" --username admin --name bench --scopes read,write --days 1 | grep '^simpul_')
"$BIN" serve --database "$DATABASE" --listen "127.0.0.1:$PORT" > "$OUT/serve.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do sleep 0.01; done

# The files: the same rows, codes prefixed per file so each import is new.
/usr/bin/python3 - "$OUT" "$ROWS" <<'PY'
import csv, io, sys
import openpyxl
out, rows = sys.argv[1], int(sys.argv[2])
agencies = ["Dinkes", "Bappeda", "Disdukcapil", "DPMPTSP", "Diskominfo"]
header = ["Kode", "Judul", "Perangkat Daerah", "Klasifikasi", "Frekuensi Pemutakhiran",
          "Terakhir Dimutakhirkan", "Format", "Kata Kunci"]
def row(prefix, i):
    return [f"{prefix}-{i:05d}", f"Dataset uji impor nomor {i}", agencies[i % len(agencies)],
            ["public", "internal", "restricted"][i % 3], ["monthly", "yearly", "quarterly"][i % 3],
            f"2026-{1 + i % 9:02d}-{1 + i % 28:02d}", "CSV; XLSX", "uji; impor"]
for prefix in ["CSVDRY", "CSV"]:
    with open(f"{out}/{prefix.lower()}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        for i in range(rows):
            w.writerow(row(prefix, i))
for prefix in ["XLSX"]:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("dataset")
    sheet.append(header)
    for i in range(rows):
        sheet.append(row(prefix, i))
    book.save(f"{out}/{prefix.lower()}.xlsx")
PY
XLSX_TYPE=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
post() {  # path file type -> "status seconds"
  curl -s -o "$OUT/answer.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
       -H "Content-Type: $3" --data-binary "@$2" "http://127.0.0.1:$PORT$1"
}
rss() { awk '/VmHWM/ {print $2 " kB"}' "/proc/$PID/status"; }

echo "database: ${DATABASE%%:*}, rows per file: $ROWS"
echo "csv size: $(stat -c %s "$OUT/csv.csv") bytes, xlsx size: $(stat -c %s "$OUT/xlsx.xlsx") bytes"
echo "dry run, CSV:  $(post '/api/v1/datasets/import?dry_run=true' "$OUT/csvdry.csv" text/csv)"
echo "import, CSV:   $(post /api/v1/datasets/import "$OUT/csv.csv" text/csv)"
grep -q '"created"' "$OUT/answer.json" || { echo "the CSV import failed:"; head -c 600 "$OUT/answer.json"; exit 1; }
echo "import, XLSX:  $(post /api/v1/datasets/import "$OUT/xlsx.xlsx" "$XLSX_TYPE")"
grep -q '"created"' "$OUT/answer.json" || { echo "the XLSX import failed:"; head -c 600 "$OUT/answer.json"; exit 1; }
echo "peak memory of the server (VmHWM): $(rss)"

# Reference: the same kind of record through the create route, one request each.
DINKES=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/agencies" |
         /usr/bin/python3 -c 'import json,sys; print(next(a["id"] for a in json.load(sys.stdin)["items"] if a["short_name"]=="Dinkes"))')
start=$(date +%s%N)
for i in $(seq 1 200); do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"code\":\"ONE-$i\",\"title\":\"Dataset satu per satu $i\",\"owner_agency_id\":$DINKES,\"classification\":\"internal\",\"update_frequency\":\"yearly\"}" \
    "http://127.0.0.1:$PORT/api/v1/datasets"
done
end=$(date +%s%N)
echo "reference: 200 single creates through POST /api/v1/datasets in $(( (end - start) / 1000000 )) ms"
