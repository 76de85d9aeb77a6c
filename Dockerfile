# syntax=docker/dockerfile:1
# whosaid: API + built UI in one Node process. Used by docker-compose.yml (service "app").
#
#   build     full install (dev tools: tsc, vite), compile server+seed to dist/, bundle the UI to dist/client
#   prod-deps production dependencies only, so the runtime image carries no compilers or test tools
#   runtime   node + prod deps + dist + the files the server reads at run time (see below)
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first: the dependency layer is reused until package*.json change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# package.json marks the project root (server/project-root.ts walks up to it).
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
# dist/domain, dist/server, dist/seed (tsc) and dist/client (vite).
COPY --from=build /app/dist ./dist
# Read at run time relative to the project root, not compiled into dist/:
#   seed/ (YAML + source texts, for the seed CLI and the embedded store), cypher/ (one query per file),
#   server/graphql/schema/ (the SDL files).
COPY --from=build /app/seed ./seed
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/server/graphql/schema ./server/graphql/schema
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
