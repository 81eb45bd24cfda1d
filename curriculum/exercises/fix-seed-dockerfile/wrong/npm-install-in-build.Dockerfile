# Wrong: the build stage uses npm install, which may rewrite the lockfile and install other
# versions than the ones you tested.
# ---- build: needs devDependencies (TypeScript) to compile ----
FROM node:24-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled output only ----
FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
