#!/usr/bin/env bash
# `npm run demo`: the whole system with demo data on http://localhost:3000 (API, worker, client).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/install-deps.sh
source tools/services.sh demo

mkdir -p .demo
[ -f .demo/secrets.env ] || node tools/services/demo-secrets.cjs > .demo/secrets.env
set -a
source .demo/secrets.env
NODE_ENV=development
DEMO_MODE=true
PORT=${PORT:-3000}
WEB_DIST_DIR=dist/apps/web/browser
CORS_ORIGIN=http://localhost:${PORT}
set +a

echo "[demo] building API, worker and client" >&2
npx nx run-many -t build --projects=api,worker,web --output-style=static
echo "[demo] migrating and seeding demo data" >&2
npm run -s db:migrate >/dev/null
npm run -s db:seed-demo

pids=()
cleanup() {
  for pid in "${pids[@]}" ${IBD_EMBEDDED_PG_PID:-}; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
node dist/apps/worker/main.js > .demo/worker.log 2>&1 &
pids+=($!)
echo "[demo] worker started (log: .demo/worker.log); starting the API" >&2
# The banner (URL, users, password) comes once the API answers, after its start-up lines.
node -r ./tools/register.cjs tools/demo-banner.ts "http://localhost:${PORT}" &
pids+=($!)
node dist/apps/api/main.js &
pids+=($!)
wait "${pids[-1]}"
