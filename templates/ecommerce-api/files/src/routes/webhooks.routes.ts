import express, { Router } from 'express';
// @starter-drop
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage webhooks) a WebhookService: verify the signature over the raw body (src/payments/signature.ts), apply each event once
/**
 * Mounted BEFORE express.json(): the signature is computed over the exact bytes
 * the provider sent, so the body must stay raw (a re-serialized JSON would differ).
 */
export function webhookRoutes({ webhooks }: Services): Router {
  const router = Router();

  router.post('/payments', express.raw({ type: '*/*', limit: '100kb' }), async (req, res) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const { eventId, outcome } = await webhooks.receive(rawBody, req.headers);
    res.json({ data: { received: true, eventId, outcome } });
  });

  return router;
}
// @starter-else
// export function webhookRoutes(_services: Services): Router {
//   const router = Router();
//   router.post('/payments', todo('webhooks', 'POST /webhooks/payments verifies the signature and marks the order paid (each event once)'));
//   return router;
// }
// @starter-end
