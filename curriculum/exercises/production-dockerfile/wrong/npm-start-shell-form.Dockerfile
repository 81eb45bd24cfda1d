# Wrong: starts through npm in shell form: /bin/sh is PID 1, SIGTERM never reaches node,
# and every docker stop waits 10 s and then kills the server mid-request.
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
  CMD wget -qO- http://127.0.0.1:3000/health || exit 1
# Exec form: node is PID 1 and receives SIGTERM directly, so shutdowns are graceful.
CMD npm start
