import { Router } from 'express';
import type { ChatHub } from '../ws/chat-hub.js';

/** Liveness for Docker / load balancers; no auth, no secrets. */
export function healthRouter(hub: ChatHub): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      data: {
        status: 'ok',
        uptimeSeconds: Math.round(process.uptime()),
        connections: hub.connectionCount,
        rooms: hub.roomCount,
      },
    });
  });
  return router;
}
