# One image for the gateway and the six departments; docker-compose.yml picks the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY package.json package-lock.json ./
COPY patches ./patches
COPY schema/package.json schema/
COPY gateway/package.json gateway/
COPY console/package.json console/
COPY subgraphs/common/package.json subgraphs/common/
COPY subgraphs/commerce/package.json subgraphs/commerce/
COPY subgraphs/customs/package.json subgraphs/customs/
COPY subgraphs/tax/package.json subgraphs/tax/
COPY subgraphs/forex/package.json subgraphs/forex/
COPY subgraphs/post/package.json subgraphs/post/
COPY subgraphs/public-security/package.json subgraphs/public-security/
COPY scripts/prisma-all.mjs scripts/
RUN npm ci --ignore-scripts
COPY . .
RUN npx patch-package && node scripts/prisma-all.mjs generate
# The web console the gateway serves at /console (built here: the build is never committed).
RUN npx tsx scripts/console-build.ts
USER node
