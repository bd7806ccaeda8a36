# Shared by the benchmark scripts (sourced after they set DATABASE and PID=""): the clock in
# milliseconds, one SQL query against either database, and stopping the server on exit.
ms() { date +%s%3N; }
sql() {  # one query, rows as a|b|c
  case "$DATABASE" in
    sqlite:*) sqlite3 "${DATABASE#sqlite:}" "$1" ;;
    *) psql "$DATABASE" -Atq -F'|' -c "$1" ;;
  esac
}
trap '[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null; wait 2>/dev/null; true' EXIT
