# Wrong: the secret is mounted correctly, but the whole source is copied before the install,
# so every code change reinstalls every dependency.
# syntax=docker/dockerfile:1
FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first: this layer is rebuilt only when the manifests change.
COPY . .
# The registry token is mounted for this one command and never written to a layer.
# Build with: docker build --secret id=npmrc,src=$HOME/.npmrc .
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev


# JWT_SECRET, DATABASE_PASSWORD, ... come from the environment at run time
# (docker run -e / compose), never from the image.
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
