#!/usr/bin/env bash
# `npm test`: every test of ИБД — lint, type-check, unit and integration tests (real PostgreSQL and
# Redis), the builds, and the browser tests in Chromium against the built system with demo data.
# The last line printed is the totals: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/install-deps.sh || exit 1
source tools/services.sh test || exit 1

out=dist/test-results
rm -rf "$out" && mkdir -p "$out"
steps=$out/steps.tsv
: > "$steps"
step() {
  local name=$1; shift
  echo "=== $name" >&2
  if "$@"; then printf '%s\tok\n' "$name" >> "$steps"; else printf '%s\tfailed\n' "$name" >> "$steps"; fi
}

ensure_chromium() {
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[test] installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  fi
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "[test] no Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH" >&2; return 1; }
}

browser_tests() {
  ensure_chromium || return 1
  local port=${E2E_PORT:-3100}
  (
    set -a
    source .env.test
    DATABASE_URL=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "${IBD_TEST_DB:-ibd_test}_e2e")
    NODE_ENV=development DEMO_MODE=true PORT=$port WEB_DIST_DIR=dist/apps/web/browser CORS_ORIGIN=http://localhost:$port
    set +a
    node tools/services/ensure-database.cjs "$DATABASE_URL" --fresh || exit 1
    npm run -s db:migrate >/dev/null && npm run -s db:seed-demo >/dev/null 2>&1 || exit 1
    export QUEUE_PREFIX=ibd-e2e-$$
    node dist/apps/api/main.js > "$out/e2e-api.log" 2>&1 &
    api=$!
    node dist/apps/worker/main.js > "$out/e2e-worker.log" 2>&1 &
    worker=$!
    trap 'kill $api $worker 2>/dev/null' EXIT
    for _ in $(seq 1 60); do curl -sf "http://localhost:$port/api/health" >/dev/null && break; sleep 1; done
    E2E_BASE_URL=http://localhost:$port npx playwright test -c apps/web-e2e/playwright.config.ts
  )
}

rm -f dist/e2e-results.json
step lint npm run -s lint
step format npx prettier --check --log-level warn .
step typecheck npm run -s typecheck
echo "=== jest: unit and integration" >&2
npx jest --ci --maxWorkers=2 --json --outputFile="$out/jest.json"
step build npx nx run-many -t build --projects=api,worker,web --output-style=static --skip-nx-cache
echo "=== browser tests" >&2
browser_tests

node tools/test-totals.cjs "$steps" "$out/jest.json" dist/e2e-results.json
