#!/usr/bin/env bash
# pg-test-server.sh — a throw-away PostgreSQL 15 server for tests, on loopback.
#
#   pg-test-server.sh start    DIR PORT        init DIR if needed, start on 127.0.0.1:PORT,
#                                               create database simpul_test, print its URL
#   pg-test-server.sh stop     DIR             fast shutdown; fine when already stopped
#   pg-test-server.sh status   DIR             exit 0 and print the port when running
#   pg-test-server.sh reset-db DIR PORT NAME   drop and recreate database NAME, print its URL
#
# Layout of DIR: DIR/data (the cluster), DIR/log (the server log), and the unix socket
# (.s.PGSQL.PORT) directly in DIR. Authentication is `trust` for local and loopback
# connections only, so never point this at a shared machine's public interface.
#
# PostgreSQL refuses to run as root. When this script runs as root (as in CI), initdb
# and pg_ctl run as the unprivileged `postgres` user (or a dedicated user created
# here when that is missing) through runuser, and DIR is chown-ed to that user.
# Clients (psql, the server under test) connect over TCP as database user `postgres`,
# whatever the operating-system user is.
#
# Only the URL goes to stdout; progress and errors go to stderr, so
#   url=$(scripts/pg-test-server.sh start /tmp/simpul-pg 55432)
# works. Environment: PG_BIN (default /usr/lib/postgresql/15/bin),
# PG_TEST_OS_USER (OS user when running as root; default postgres).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_SUPERUSER=postgres
DEFAULT_DB=simpul_test
FALLBACK_OS_USER=simpul-pg

prog=$(basename "$0")
say() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() { printf '%s: error: %s\n' "$prog" "$*" >&2; exit 1; }

usage() {
  cat >&2 <<EOF
usage: $prog start DIR PORT
       $prog stop DIR
       $prog status DIR
       $prog reset-db DIR PORT NAME

Starts a PostgreSQL 15 server for tests on 127.0.0.1:PORT with its data in DIR,
and prints the URL of database '$DEFAULT_DB' (reset-db prints the URL of NAME).
EOF
  exit 2
}

need_binaries() {
  local b
  for b in initdb pg_ctl pg_isready; do
    [[ -x "$PG_BIN/$b" ]] || die "$PG_BIN/$b not found; install PostgreSQL 15 (apt-get install -y postgresql) or set PG_BIN"
  done
  command -v psql >/dev/null || die "psql not found; install postgresql-client"
}

check_port() {
  [[ "$1" =~ ^[0-9]+$ ]] && (( $1 >= 1024 && $1 <= 65535 )) ||
    die "PORT must be a number from 1024 to 65535, got '$1'"
}

check_db_name() {
  [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] ||
    die "database NAME must be letters, digits and _ (not starting with a digit), got '$1'"
}

abs_dir() {  # absolute path of $1 without requiring it to exist
  case "$1" in
    /*) printf '%s\n' "${1%/}" ;;
    *) printf '%s/%s\n' "$(pwd)" "${1%/}" ;;
  esac
}

# The OS user that owns the cluster: ourselves, or an unprivileged user when root.
os_user() {
  if (( EUID != 0 )); then
    id -un
    return
  fi
  local u=${PG_TEST_OS_USER:-postgres}
  if ! id "$u" >/dev/null 2>&1; then
    u=$FALLBACK_OS_USER
    if ! id "$u" >/dev/null 2>&1; then
      say "creating system user '$u' to run PostgreSQL (it refuses to run as root)"
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$u" ||
        die "could not create system user '$u'"
    fi
  fi
  printf '%s\n' "$u"
}

# Runs a PostgreSQL server-side binary as the cluster owner.
as_owner() {
  if (( EUID == 0 )); then
    (cd / && runuser -u "$OWNER" -- "$@")
  else
    "$@"
  fi
}

url_for() { printf 'postgresql://%s@127.0.0.1:%s/%s\n' "$DB_SUPERUSER" "$1" "$2"; }

psql_admin() {  # PORT SQL…  (runs against the maintenance database)
  local port=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$DB_SUPERUSER" -d postgres "$@"
}

# Port of the running server of DIR, from postmaster.pid (line 4), or nothing.
running_port() {
  local data=$1/data
  [[ -f "$data/postmaster.pid" ]] || return 1
  as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1 || return 1
  sed -n 4p "$data/postmaster.pid"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_ready() {  # PORT
  local i
  for ((i = 0; i < 120; i++)); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$1" -U "$DB_SUPERUSER" -d postgres; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

ensure_database() {  # PORT NAME
  local exists
  exists=$(psql_admin "$1" -tAc "SELECT 1 FROM pg_database WHERE datname = '$2'")
  if [[ "$exists" != 1 ]]; then
    psql_admin "$1" -c "CREATE DATABASE \"$2\" ENCODING 'UTF8' TEMPLATE template0" ||
      die "could not create database '$2'"
  fi
}

init_cluster() {  # DIR
  local dir=$1
  say "initialising a new cluster in $dir/data (owner: $OWNER)"
  as_owner "$PG_BIN/initdb" --pgdata="$dir/data" --username="$DB_SUPERUSER" \
    --auth-local=trust --auth-host=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 ||
    die "initdb failed; see $dir/initdb.log: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
  # Loopback and the socket in DIR only; the port is given at each start.
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# --- added by pg-test-server.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
logging_collector = off
EOF
}

cmd_start() {
  (($# == 2)) || usage
  local dir port
  dir=$(abs_dir "$1"); port=$2
  check_port "$port"
  need_binaries
  OWNER=$(os_user)

  # The socket path has a hard length limit (107 bytes on Linux).
  local sock="$dir/.s.PGSQL.$port"
  (( ${#sock} <= 100 )) || die "DIR is too long for a unix socket path ($sock); use a shorter DIR"

  mkdir -p "$dir" || die "cannot create $dir"
  if (( EUID == 0 )); then
    chown -R "$OWNER": "$dir"
    runuser -u "$OWNER" -- test -w "$dir" -a -x "$dir" ||
      die "user '$OWNER' cannot write $dir (a parent directory is probably closed to it, e.g. /root); use a DIR under /tmp"
  fi

  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    if [[ -d "$dir/data" ]] && [[ -n "$(ls -A "$dir/data")" ]]; then
      die "$dir/data exists, is not empty and is not a PostgreSQL cluster; remove it or choose another DIR"
    fi
    init_cluster "$dir"
  else
    local v
    v=$(cat "$dir/data/PG_VERSION")
    [[ "$v" == 15 ]] || die "$dir/data holds a PostgreSQL $v cluster, this script runs 15; use another DIR"
  fi

  local current
  if current=$(running_port "$dir"); then
    [[ "$current" == "$port" ]] ||
      die "the server of $dir is already running on port $current, not $port; stop it first"
    say "already running on 127.0.0.1:$port"
    wait_ready "$port" ||
      die "a server process for $dir (pid $(sed -n 1p "$dir/data/postmaster.pid")) exists but does not accept connections; if it was killed, run '$prog stop $1' and start again (see $dir/log)"
  else
    if port_in_use "$port"; then
      die "port $port on 127.0.0.1 is already in use by another program; choose another PORT"
    fi
    say "starting PostgreSQL on 127.0.0.1:$port (log: $dir/log)"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port" -w -t 60 start >/dev/null; then
      die "PostgreSQL did not start; last lines of $dir/log: $(tail -n 5 "$dir/log" 2>/dev/null | tr '\n' ' ')"
    fi
  fi

  wait_ready "$port" || die "PostgreSQL on port $port does not accept connections; see $dir/log"
  ensure_database "$port" "$DEFAULT_DB"
  url_for "$port" "$DEFAULT_DB"
}

cmd_stop() {
  (($# == 1)) || usage
  local dir
  dir=$(abs_dir "$1")
  [[ -x "$PG_BIN/pg_ctl" ]] || die "$PG_BIN/pg_ctl not found"
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    say "no cluster in $dir; nothing to stop"
    return 0
  fi
  OWNER=$(stat -c %U "$dir/data")
  if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    say "not running ($dir)"
    return 0
  fi
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ||
    die "PostgreSQL in $dir did not stop; see $dir/log"
  say "stopped ($dir)"
}

cmd_status() {
  (($# == 1)) || usage
  local dir port
  dir=$(abs_dir "$1")
  if [[ -f "$dir/data/PG_VERSION" ]]; then
    OWNER=$(stat -c %U "$dir/data")
    if port=$(running_port "$dir"); then
      printf '%s\n' "$port"
      return 0
    fi
  fi
  say "not running ($dir)"
  return 3
}

cmd_reset_db() {
  (($# == 3)) || usage
  local dir port name current
  dir=$(abs_dir "$1"); port=$2; name=$3
  check_port "$port"
  check_db_name "$name"
  command -v psql >/dev/null || die "psql not found; install postgresql-client"
  [[ -f "$dir/data/PG_VERSION" ]] || die "no cluster in $dir; run '$prog start $1 $port' first"
  OWNER=$(stat -c %U "$dir/data")
  current=$(running_port "$dir") || die "the server of $dir is not running; run '$prog start $1 $port' first"
  [[ "$current" == "$port" ]] || die "the server of $dir runs on port $current, not $port"
  [[ "$name" != postgres && "$name" != template0 && "$name" != template1 ]] ||
    die "refusing to reset the system database '$name'"
  psql_admin "$port" -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" ||
    die "could not drop database '$name'"
  psql_admin "$port" -c "CREATE DATABASE \"$name\" ENCODING 'UTF8' TEMPLATE template0" ||
    die "could not create database '$name'"
  say "database '$name' reset"
  url_for "$port" "$name"
}

(($# >= 1)) || usage
command=$1; shift
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  reset-db) cmd_reset_db "$@" ;;
  -h | --help | help) usage ;;
  *) say "unknown subcommand '$command'"; usage ;;
esac
