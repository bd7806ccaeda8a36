#!/usr/bin/env bash
# Installs what Simpul needs to build, run and test, and nothing twice:
# Debian packages that are missing (apt-get update first, non-interactive),
# then the npm packages from the committed lockfile when they changed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # build
  g++ cmake ninja-build ccache pkg-config make
  libboost-dev libssl-dev libsqlite3-dev libpq-dev nlohmann-json3-dev libyaml-cpp-dev libargon2-dev libxlsxwriter-dev
  libcsv-dev libzip-dev libpugixml-dev libhpdf-dev
  libgtest-dev
  # run and test
  openssl postgresql sqlite3 curl procps util-linux
  python3 python3-pytest python3-requests python3-yaml python3-openpyxl poppler-utils
  chromium
  # benchmarks
  wrk nginx-light
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js 18+ with npm builds the web UI; keep one that is already there.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A package install may start nginx or PostgreSQL system services; Simpul's
# tests and benchmarks start their own on other ports, so those are left alone.

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.simpul-lock-hash ] || [ "$(cat node_modules/.simpul-lock-hash)" != "$lock_hash" ]; then
  echo "bootstrap: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.simpul-lock-hash
fi
