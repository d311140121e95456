# syntax=docker/dockerfile:1
# ИБД worker: the BullMQ processors in their own process. No HTTP port; it never migrates (the API
# does, so start the worker after the API is healthy — docker-compose.yml does).
#   docker build -f docker/worker.Dockerfile -t ibd-worker .   (context: the repository root)
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false SCARF_ANALYTICS=false CI=true
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx build worker

# Production node_modules: the webpack bundle keeps them external.
FROM ${NODE_IMAGE} AS deps
ENV SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/package.json ./package.json
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/dist/apps/worker ./dist/apps/worker
USER node
# No HEALTHCHECK: the worker serves nothing to probe. If it loses PostgreSQL at start it exits and
# the restart policy brings it back; while Redis is away it waits and reconnects.
CMD ["node", "dist/apps/worker/main.js"]
