import { Router } from 'express';
import { validate } from '../lib/validate.js';
import { requireAuth } from '../middleware/require-auth.js';
import { roomSchema } from '../schemas/common.js';
import { historyQuerySchema } from '../schemas/history.js';
import type { MessageStore } from '../services/message-store.js';
import type { TokenService } from '../services/token-service.js';

export function roomsRouter(messages: MessageStore, tokens: TokenService): Router {
  const router = Router();

  /**
   * GET /rooms/:room/messages?before=<id>&limit=<1-100>
   * Newest page first; each page is oldest-to-newest. Follow meta.nextBefore for older pages.
   */
  router.get('/:room/messages', requireAuth(tokens), (req, res) => {
    const room = validate(roomSchema, req.params.room, 'room');
    const query = validate(historyQuerySchema, req.query, 'query');
    const page = messages.page(room, query);
    res.json({
      data: page.messages,
      meta: { room, limit: query.limit, count: page.messages.length, nextBefore: page.nextBefore },
    });
  });

  return router;
}
