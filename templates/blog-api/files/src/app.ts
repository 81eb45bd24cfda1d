import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config.js';
import type { DB } from './db/schema.js';
import { createLogger, type Logger } from './lib/logger.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { authRateLimiter } from './middleware/rate-limit.js';
import { authRouter } from './routes/auth.routes.js';
import { commentsRouter } from './routes/comments.routes.js';
import { docsRouter } from './routes/docs.routes.js';
import { healthRouter } from './routes/health.routes.js';
import { postsRouter } from './routes/posts.routes.js';
import { categoriesRouter, tagsRouter } from './routes/taxonomy.routes.js';
import { usersRouter } from './routes/users.routes.js';
import { createServices } from './services/index.js';

export interface AppOptions {
  db: DB;
  config: AppConfig;
  logger?: Logger;
}

/** Builds the Express app without listening, so tests can drive it with supertest. */
export function createApp({ db, config, logger = createLogger(config.env) }: AppOptions): Express {
  const services = createServices(db, config);
  const app = express();

  app.set('trust proxy', config.trustProxy); // needed for correct client IPs behind a proxy
  app.use(helmet());
  // Rate-limit auth before parsing bodies, so floods are cheap to reject.
  app.use('/api/auth', authRateLimiter(config.authRateLimit));
  app.use(express.json({ limit: '200kb' }));

  app.use(healthRouter(db));
  app.use('/docs', docsRouter());
  app.use('/api/auth', authRouter(services));
  app.use('/api/users', usersRouter(services));
  app.use('/api/posts', postsRouter(services));
  app.use('/api/comments', commentsRouter(services));
  app.use('/api/categories', categoriesRouter(services));
  app.use('/api/tags', tagsRouter(services));

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
