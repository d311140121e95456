# syntax=docker/dockerfile:1
# ИБД client: the Angular build served by an unprivileged nginx, which also proxies /api to the API.
#   docker build -f docker/web.Dockerfile -t ibd-web .          (context: the repository root)
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false SCARF_ANALYTICS=false CI=true
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx build web

# nginx-unprivileged runs as uid 101 and listens on 8080; its pid and temp files live in /tmp, so
# the container can run with a read-only root file system and a tmpfs on /tmp.
FROM nginxinc/nginx-unprivileged:stable-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist/apps/web/browser /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
