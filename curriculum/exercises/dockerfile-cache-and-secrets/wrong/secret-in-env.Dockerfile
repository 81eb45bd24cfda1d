# Wrong: takes the registry token from a secret mount, but keeps a JWT secret written in an
# ENV line "as a default for development".
# syntax=docker/dockerfile:1
FROM node:24-slim

ENV NODE_ENV=production
ENV JWT_SECRET=dev-secret-change-me
WORKDIR /app

# Dependencies first: this layer is rebuilt only when the manifests change.
COPY package.json package-lock.json ./
# The registry token is mounted for this one command and never written to a layer.
# Build with: docker build --secret id=npmrc,src=$HOME/.npmrc .
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev

# Source last: editing code only rebuilds from here.
COPY . .

# JWT_SECRET, DATABASE_PASSWORD, ... come from the environment at run time
# (docker run -e / compose), never from the image.
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
