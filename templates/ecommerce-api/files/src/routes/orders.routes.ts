import { Router } from 'express';
import { currentUser, requireAuth, requireRole } from '../middleware/auth.js';
import { idempotent } from '../middleware/idempotency.js';
import { IdParam } from '../schemas/common.js';
import { CreateOrderBody, OrderListQuery } from '../schemas/orders.js';
import type { Logger } from '../lib/logger.js';
import type { Services } from '../services/index.js';

export function orderRoutes({ orders, tokens, idempotency }: Services, logger: Logger): Router {
  const router = Router();
  router.use(requireAuth(tokens));

  /** Places an order from the cart. Send an Idempotency-Key to make retries safe. */
  router.post('/', idempotent(idempotency, 'orders.create', logger), async (req, res) => {
    const { shippingAddress } = CreateOrderBody.parse(req.body);
    res.status(201).json({ data: await orders.createFromCart(currentUser(req).id, shippingAddress) });
  });

  router.get('/', async (req, res) => {
    res.json(await orders.list(currentUser(req), OrderListQuery.parse(req.query)));
  });

  router.get('/:id', async (req, res) => {
    res.json({ data: await orders.get(currentUser(req), IdParam.parse(req.params).id) });
  });

  router.post('/:id/cancel', async (req, res) => {
    res.json({ data: await orders.cancel(currentUser(req), IdParam.parse(req.params).id) });
  });

  router.post('/:id/ship', requireRole('admin'), async (req, res) => {
    res.json({ data: await orders.ship(IdParam.parse(req.params).id) });
  });

  return router;
}
