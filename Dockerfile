# syntax=docker/dockerfile:1
# The application image for infra/compose.yaml (api, worker, migrate): `docker build -t ipc-pathway-engine .`
# One image, the command picks the process: node dist/apps/api/src/main.js (the default),
# dist/apps/worker/src/main.js or dist/libs/persistence/src/migrate.js.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The workflow bundle is built here once, so a worker starts without webpack (WORKFLOW_BUNDLE_PATH below).
RUN npm run build && npm run bundle:workflows -- dist/workflow-bundle.js \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
# Owned by root and read-only to the process: it runs as the image's unprivileged node user.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# The API's readiness (PostgreSQL, Redis, Temporal); compose turns it off for the worker and migrate.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
