import { Router } from 'express';
import type { Database } from '../db/types.js';

/** GET /health: 200 when the database answers, 503 otherwise (used by Docker's HEALTHCHECK). */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    try {
      await db.get('SELECT 1 AS ok');
      res.json({ data: { status: 'ok', database: 'up' } });
    } catch {
      res.status(503).json({ error: { code: 'UNHEALTHY', message: 'Database is not reachable' } });
    }
  });
  return router;
}
