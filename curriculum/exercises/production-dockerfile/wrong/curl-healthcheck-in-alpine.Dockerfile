# Wrong: the HEALTHCHECK calls curl, which node:24-alpine does not have: the check always
# fails and Docker reports a healthy API as unhealthy.
# syntax=docker/dockerfile:1

# ---- build: full toolchain (TypeScript and the other devDependencies) ----
FROM node:24-alpine AS build
WORKDIR /app
# Manifests first: this layer and `npm ci` are reused until the dependencies change.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- runtime: only what production needs ----
FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist

# The official image ships an unprivileged "node" user.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD curl -f http://127.0.0.1:3000/health || exit 1
# Exec form: node is PID 1 and receives SIGTERM directly, so shutdowns are graceful.
CMD ["node", "dist/server.js"]
