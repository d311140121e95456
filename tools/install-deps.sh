# shellcheck shell=bash
# Installs the npm dependencies when they are missing or older than package-lock.json.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund || return 1
fi
