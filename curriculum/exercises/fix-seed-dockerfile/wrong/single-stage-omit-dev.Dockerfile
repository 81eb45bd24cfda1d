# Wrong: swaps the flag for --omit=dev but keeps one stage: TypeScript is still not
# installed, so `npm run build` still stops with "sh: tsc: not found".
FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
RUN npm run build
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
