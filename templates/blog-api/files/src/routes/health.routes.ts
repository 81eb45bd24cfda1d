import { Router } from 'express';
import { sql } from 'kysely';
import type { DB } from '../db/schema.js';

/** GET /health: liveness plus a one-query database check (used by Docker HEALTHCHECK). */
export function healthRouter(db: DB): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await sql`select 1`.execute(db);
      res.json({
        data: { status: 'ok', database: 'up', uptimeSeconds: Math.round(process.uptime()) },
      });
    } catch {
      res
        .status(503)
        .json({ error: { code: 'UNAVAILABLE', message: 'Database is not reachable' } });
    }
  });
  return router;
}
