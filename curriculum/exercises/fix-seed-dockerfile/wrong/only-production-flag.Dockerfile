# Wrong: two stages, but the runtime stage still uses the deprecated --only=production flag
# (npm ci --omit=dev is today's spelling).
# ---- build: needs devDependencies (TypeScript) to compile ----
FROM node:24-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled output only ----
FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --only=production
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
