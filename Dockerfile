# Fita production image. One image, three commands (docker-compose.yml runs all three):
#   node apps/api/dist/migrate.js   applies pending migrations once, then exits 0
#   node apps/api/dist/main.js      HTTP API + dashboard on PORT (default command)
#   node apps/api/dist/worker.js    BullMQ workers and job schedulers, no HTTP
# main.js and worker.js need DATABASE_URL and REDIS_URL and refuse to start while
# migrations are pending. Build from the repository root: docker build -t fita .

# ---- build: the whole workspace (libs, API, Angular dashboard) ----------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NG_CLI_ANALYTICS=false \
    SCARF_ANALYTICS=false \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false

# Manifests first: the dependency layer is rebuilt only when one of them changes.
# npm ci checks the lockfile against every workspace (apps/*, libs/*): list each one.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/dashboard/package.json apps/dashboard/
COPY libs/metrics/package.json libs/metrics/
COPY libs/xapi/package.json libs/xapi/
RUN npm ci

COPY . .
RUN npm run build

# ---- runtime: production dependencies and built output only -------------------------
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    SCARF_ANALYTICS=false \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false

# The libs are npm workspaces: npm ci links node_modules/@fita/xapi -> libs/xapi (and
# metrics), whose package.json "exports" point at dist/index.js, copied below.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/dashboard/package.json apps/dashboard/
COPY libs/metrics/package.json libs/metrics/
COPY libs/xapi/package.json libs/xapi/
RUN npm ci --omit=dev \
 && npm cache clean --force

COPY --from=build /app/libs/xapi/dist libs/xapi/dist
COPY --from=build /app/libs/metrics/dist libs/metrics/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/dashboard/dist/browser apps/dashboard/dist/browser

# Explicit paths, independent of the working directory. The data folder is only used
# by the embedded all-in-one mode (node apps/api/dist/start.js); node must own it.
ENV FITA_DATA_DIR=/app/data \
    FITA_DASHBOARD_DIR=/app/apps/dashboard/dist/browser
RUN mkdir -p /app/data && chown node:node /app/data

# Code stays owned by root and read-only for the process.
USER node
EXPOSE 3000
# No HEALTHCHECK here: the worker and migrate containers serve no HTTP. The API's
# health check (GET /health) is declared in docker-compose.yml.
CMD ["node", "apps/api/dist/main.js"]
