#!/bin/sh
# Browser tests of the web UI (node --test + playwright-core + Debian's chromium).
#
#   tests/e2e/run.sh [BASE_URL]
#
# BASE_URL (or env SIMPUL_BASE_URL) is a running `simpul serve` that serves
# web/dist and holds the demo region. Without one, this script starts its own:
# build/simpul (or env SIMPUL_BIN) on a free loopback port with a fresh SQLite
# database, after `simpul demo`, and stops it afterwards. That server allows many
# sign-in attempts per minute (the tests sign in often, all from 127.0.0.1) and
# keeps its audit signing key in the temporary directory, not in the checkout.
# A server given by URL needs the same (login_attempts_per_client and
# login_attempts_per_username of a few hundred, and complaints_per_client_per_hour and
# complaint_lookups_per_client as large) and the demo users untouched.
# Every test file is independent: it makes its own users and tokens with unique
# names, so the files share one server and one database.
# With env E2E_JUNIT=FILE it also writes a JUnit XML report to FILE.
set -eu
cd "$(dirname "$0")/../.."

BASE_URL=${1:-${SIMPUL_BASE_URL:-}}
SERVER_PID=
WORK_DIR=

cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$WORK_DIR" ]; then rm -rf "$WORK_DIR"; fi
}
trap cleanup EXIT INT TERM

if [ -z "$BASE_URL" ]; then
  SIMPUL_BIN=${SIMPUL_BIN:-build/simpul}
  [ -x "$SIMPUL_BIN" ] || { echo "e2e: no BASE_URL given and no $SIMPUL_BIN to start" >&2; exit 2; }
  [ -f web/dist/index.html ] || { echo "e2e: web/dist is missing; run 'npm run build' first" >&2; exit 2; }
  WORK_DIR=$(mktemp -d)
  PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  DB="sqlite:$WORK_DIR/e2e.db"
  export SIMPUL_INSTANCE_KEY="$WORK_DIR/instance-key.pem"
  export SIMPUL_FILES_DIR="$WORK_DIR/files"
  export SIMPUL_LOGIN_ATTEMPTS_PER_CLIENT=${SIMPUL_LOGIN_ATTEMPTS_PER_CLIENT:-100000}
  export SIMPUL_LOGIN_ATTEMPTS_PER_USERNAME=${SIMPUL_LOGIN_ATTEMPTS_PER_USERNAME:-100000}
  export SIMPUL_COMPLAINTS_PER_CLIENT_PER_HOUR=${SIMPUL_COMPLAINTS_PER_CLIENT_PER_HOUR:-100000}
  export SIMPUL_COMPLAINT_LOOKUPS_PER_CLIENT=${SIMPUL_COMPLAINT_LOOKUPS_PER_CLIENT:-100000}
  export SIMPUL_NOTIFICATION_SPOOL_DIR="$WORK_DIR/notifications"
  "$SIMPUL_BIN" demo --database "$DB" >"$WORK_DIR/demo.log" 2>&1 || { cat "$WORK_DIR/demo.log" >&2; exit 1; }
  "$SIMPUL_BIN" serve --database "$DB" --listen "127.0.0.1:$PORT" --web-root web/dist >"$WORK_DIR/serve.log" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$PORT"
  node -e "
    const deadline = Date.now() + 15000;
    (async function poll() {
      try { if ((await fetch('$BASE_URL/readyz')).ok) return; } catch {}
      if (Date.now() > deadline) { console.error('e2e: server did not become ready'); process.exit(1); }
      setTimeout(poll, 100);
    })();
  " || { cat "$WORK_DIR/serve.log" >&2; exit 1; }
fi

export SIMPUL_BASE_URL="$BASE_URL"
echo "e2e: testing $SIMPUL_BASE_URL"

set -- --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout
if [ -n "${E2E_JUNIT:-}" ]; then
  mkdir -p "$(dirname "$E2E_JUNIT")"
  set -- "$@" --test-reporter=junit --test-reporter-destination="$E2E_JUNIT"
fi
node "$@" tests/e2e/*.test.mjs
