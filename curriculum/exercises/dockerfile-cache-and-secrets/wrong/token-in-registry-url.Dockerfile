# Wrong: puts the registry credentials in the URL of the install command: the RUN line, token
# included, is stored in the image history.
# syntax=docker/dockerfile:1
FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first: this layer is rebuilt only when the manifests change.
COPY package.json package-lock.json ./
# The registry token is mounted for this one command and never written to a layer.
# Build with: docker build --secret id=npmrc,src=$HOME/.npmrc .
RUN npm ci --omit=dev --registry=https://ci:npm_9fKq2LxV7c1TzR8wYb4HdE0s@npm.example.com/

# Source last: editing code only rebuilds from here.
COPY . .

# JWT_SECRET, DATABASE_PASSWORD, ... come from the environment at run time
# (docker run -e / compose), never from the image.
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
