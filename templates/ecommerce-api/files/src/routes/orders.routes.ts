import { Router } from 'express';
// @starter-drop
import { currentUser, requireAuth, requireRole } from '../middleware/auth.js';
import { idempotent } from '../middleware/idempotency.js';
import { IdParam } from '../schemas/common.js';
import { CreateOrderBody, OrderListQuery } from '../schemas/orders.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Logger } from '../lib/logger.js';
import type { Services } from '../services/index.js';

// @starter-replace: (stage no-oversell) an OrderService that turns the cart into an order in ONE transaction (stock checked and decremented there), and Idempotency-Key support
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
// @starter-else
// export function orderRoutes(_services: Services, _logger: Logger): Router {
//   const router = Router();
//   router.post('/', todo('no-oversell', 'POST /orders {shippingAddress} places an order from the cart (201); never sells more than the stock'));
//   router.get('/', todo('no-oversell', 'GET /orders answers your orders, paginated'));
//   router.get('/:id', todo('no-oversell', 'GET /orders/:id answers one of your orders (404 for anyone else)'));
//   router.post('/:id/cancel', todo('no-oversell', 'POST /orders/:id/cancel cancels a pending order and restocks'));
//   router.post('/:id/ship', todo('no-oversell', 'POST /orders/:id/ship (admin) marks a paid order shipped'));
//   return router;
// }
// @starter-end
