# syntax=docker/dockerfile:1
# ИБД API: build with the full toolchain, run on production dependencies only, as a non-root user.
#   docker build -f docker/api.Dockerfile -t ibd-api .        (context: the repository root)
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: every dependency, then the webpack bundle dist/apps/api/main.js ----------------------
# The `build` stage also serves one-off commands that need the TypeScript tools (compose service
# `tools`: npm run admin:create, npm run db:migrate, ...).
FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false SCARF_ANALYTICS=false CI=true
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx build api

# --- deps: production node_modules (the bundle keeps node_modules external) ---------------------
FROM ${NODE_IMAGE} AS deps
ENV SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- runtime ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/package.json ./package.json
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/dist/apps/api ./dist/apps/api
# The image's own `node` user (uid 1000); the files above stay root-owned and read-only to it.
USER node
EXPOSE 3000
# 200 while PostgreSQL answers (Redis down still reports 200: the API keeps serving cases).
# Shell form so that a changed PORT is honoured; Node 20 has fetch, the slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:${PORT:-3000}/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# "Migrates, then starts": the API runs the pending migrations itself during start-up (TypeORM
# migrationsRun, one transaction per migration) before it listens, so no entrypoint script is needed.
# The worker never migrates. Exec form: node receives SIGTERM and shuts down gracefully.
CMD ["node", "dist/apps/api/main.js"]
