import express, { Router } from 'express';
import type { Services } from '../services/index.js';

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
