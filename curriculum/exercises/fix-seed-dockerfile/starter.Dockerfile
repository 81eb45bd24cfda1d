# A small image for the API, based on Alpine
FROM node:24-alpine

WORKDIR /app

# Manifests first, so the install layer is cached
COPY package*.json ./

# Production dependencies only
RUN npm ci --only=production

# The rest of the source
COPY . .

# Compile TypeScript to dist/   <- fails here: "sh: tsc: not found"
RUN npm run build

EXPOSE 3000

CMD ["node", "dist/index.js"]
