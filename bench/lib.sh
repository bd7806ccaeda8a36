# Shared by the benchmark scripts (sourced after they set DATABASE and PID=""): the clock in
# milliseconds, one SQL query against either database, a wrk run, and stopping the server on exit.
ms() { date +%s%3N; }
sql() {  # one query, rows as a|b|c
  case "$DATABASE" in
    sqlite:*) sqlite3 "${DATABASE#sqlite:}" "$1" ;;
    *) psql "$DATABASE" -Atq -F'|' -c "$1" ;;
  esac
}
# wrk against the running server with the bench token (TOKEN, PORT, OUT, DURATION set by the
# script): path and connections → "requests/s p99 p50 failures" (non-2xx answers plus socket errors).
run_wrk() {
  local conns=${2:-4} threads=2
  [ "$conns" -lt 2 ] && threads=1
  wrk -t$threads -c"$conns" -d"${DURATION}s" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" > "$OUT/wrk.txt"
  cat "$OUT/wrk.txt" >> "$OUT/wrk-all.txt"
  local bad
  bad=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$OUT/wrk.txt")
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt") $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt") ${bad:-0}"
}
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT
