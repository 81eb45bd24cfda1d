import express, { type Express } from 'express';
import helmet from 'helmet';
import { openApiDocument } from './docs/openapi.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { authRoutes } from './routes/auth.routes.js';
import { cartRoutes } from './routes/cart.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { orderRoutes } from './routes/orders.routes.js';
import { paymentRoutes } from './routes/payments.routes.js';
import { productRoutes } from './routes/products.routes.js';
import { webhookRoutes } from './routes/webhooks.routes.js';
import { createServices, type ServiceDeps } from './services/index.js';

/** Builds the Express app. No port is opened here: server.ts listens, tests use supertest. */
export function createApp(deps: ServiceDeps): Express {
  const services = createServices(deps);
  const app = express();

  app.use(helmet());
  // Webhooks need the raw body for their signature, so they come before express.json().
  app.use('/webhooks', webhookRoutes(services));
  app.use(express.json({ limit: '100kb' }));

  app.use('/health', healthRoutes(deps.db));
  app.get('/docs/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use('/auth', authRoutes(services));
  app.use('/products', productRoutes(services));
  app.use('/cart', cartRoutes(services));
  app.use('/orders', orderRoutes(services, deps.logger));
  app.use('/payment-intents', paymentRoutes(services, deps.logger));

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
