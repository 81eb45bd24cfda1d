# First attempt at containerising the blog API.
# It builds and it runs, but it is not ready for production: see the task.
FROM node

WORKDIR /usr/src/app

# Copy everything, then install: any code change reinstalls all dependencies
COPY . .
RUN npm install
RUN npm run build

ENV NODE_ENV=development

CMD npm start
