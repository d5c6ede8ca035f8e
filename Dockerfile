# Tessera in a container: the server on SQLite in /data by default, or PostgreSQL/Redis through TESSERA_DATABASE_URL
# and TESSERA_REDIS_URL. Not built in this project's CI (its machines reach no container registry); see README.
# Run it with a memory limit (`docker run --memory=1g …`): Node sizes V8's heap from it (README, "Running on
# PostgreSQL and Redis").
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY packages ./packages
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production TESSERA_HOST=0.0.0.0 TESSERA_PORT=3000 TESSERA_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "packages/server/bin/tessera-server.js"]
CMD ["serve"]
