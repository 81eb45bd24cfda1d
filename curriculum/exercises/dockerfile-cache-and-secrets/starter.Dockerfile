FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

# Our packages come from a private registry, so npm needs a token
ARG NPM_TOKEN=npm_9fKq2LxV7c1TzR8wYb4HdE0sUa6MjN3pQi5G

# Copy the app and install its dependencies
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
 && npm install --omit=dev \
 && rm .npmrc

# Runtime configuration
ENV JWT_SECRET=dev-secret-change-me
ENV DATABASE_PASSWORD=postgres

USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
