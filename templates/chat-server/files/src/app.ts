import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from './lib/logger.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { authRouter } from './routes/auth.routes.js';
import { healthRouter } from './routes/health.routes.js';
import { roomsRouter } from './routes/rooms.routes.js';
import type { MessageStore } from './services/message-store.js';
import type { TokenService } from './services/token-service.js';
import type { ChatHub } from './ws/chat-hub.js';

export interface AppDeps {
  hub: ChatHub;
  messages: MessageStore;
  tokens: TokenService;
  logger: Logger;
}

/** The HTTP API (no listening here: tests drive it with supertest). */
export function createApp({ hub, messages, tokens, logger }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(express.json({ limit: '10kb' }));

  app.use(healthRouter(hub));
  app.use('/auth', authRouter(tokens));
  app.use('/rooms', roomsRouter(messages, tokens));

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
