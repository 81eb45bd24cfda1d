# Wrong: the default is gone, but the token still arrives as a build argument: the value given
# with --build-arg NPM_TOKEN=… is recorded in docker history and in the image metadata.
# syntax=docker/dockerfile:1
FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first: this layer is rebuilt only when the manifests change.
COPY package.json package-lock.json ./
# The registry token is mounted for this one command and never written to a layer.
# Build with: docker build --secret id=npmrc,src=$HOME/.npmrc .
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
 && npm ci --omit=dev \
 && rm .npmrc

# Source last: editing code only rebuilds from here.
COPY . .

# JWT_SECRET, DATABASE_PASSWORD, ... come from the environment at run time
# (docker run -e / compose), never from the image.
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
