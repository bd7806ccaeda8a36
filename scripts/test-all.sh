#!/usr/bin/env bash
# Runs every suite and ends with one line "N passed, N failed":
#   1. unit tests (GoogleTest through ctest)
#   2. API tests over HTTP against SQLite
#   3. the same API tests against a real PostgreSQL on loopback
#   4. browser tests (Playwright driving Debian's chromium)
# Each suite writes JUnit XML into test-results/; the summary counts those.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/test-results
BIN=$ROOT/build/simpul
PYTHON=/usr/bin/python3   # Debian's python, which has python3-pytest and python3-requests
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
export SIMPUL_BIN=$BIN

PG_DIR=$(mktemp -d /tmp/simpul-pg.XXXXXX)
cleanup() {
  scripts/pg-test-server.sh stop "$PG_DIR" >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap cleanup EXIT

free_port() { "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
banner() { printf '\n=== %s ===\n' "$*"; }

banner "unit tests"
(cd build && ctest --output-on-failure --output-junit "$RESULTS/unit.xml" -j 2) || true

banner "API tests on SQLite"
"$PYTHON" -m pytest tests/api -q -p no:cacheprovider --junitxml="$RESULTS/api-sqlite.xml" -o junit_suite_name=api-sqlite || true

banner "API tests on PostgreSQL"
PG_PORT=$(free_port)
if PG_URL=$(scripts/pg-test-server.sh start "$PG_DIR" "$PG_PORT"); then
  SIMPUL_TEST_DATABASE=$PG_URL "$PYTHON" -m pytest tests/api -q -p no:cacheprovider \
    --junitxml="$RESULTS/api-postgresql.xml" -o junit_suite_name=api-postgresql || true
else
  echo "PostgreSQL did not start; see $PG_DIR/log" >&2
  cat "$PG_DIR/log" 2>/dev/null | tail -20 >&2
fi
scripts/pg-test-server.sh stop "$PG_DIR" >/dev/null 2>&1

banner "browser tests"
# run.sh starts its own server (demo database, free port) and stops it afterwards.
E2E_JUNIT="$RESULTS/e2e.xml" sh tests/e2e/run.sh || true

banner "summary"
"$PYTHON" scripts/junit-summary.py "$RESULTS/unit.xml" "$RESULTS/api-sqlite.xml" \
  "$RESULTS/api-postgresql.xml" "$RESULTS/e2e.xml"
