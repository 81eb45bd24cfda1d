import { Router } from 'express';
// @starter-drop
import { currentUser, requireAuth } from '../middleware/auth.js';
import { idempotent } from '../middleware/idempotency.js';
import { IdParam } from '../schemas/common.js';
import { ConfirmPaymentIntentBody, CreatePaymentIntentBody } from '../schemas/payments.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Logger } from '../lib/logger.js';
import type { Services } from '../services/index.js';

// @starter-replace: (stage payments) a PaymentService over src/payments/provider.ts: payment intents for an order, confirmed by the client
export function paymentRoutes({ payments, tokens, idempotency }: Services, logger: Logger): Router {
  const router = Router();
  router.use(requireAuth(tokens));

  /** 201 with a new intent, or 200 with the one still awaiting confirmation. */
  router.post('/', idempotent(idempotency, 'payment-intents.create', logger), async (req, res) => {
    const { orderId } = CreatePaymentIntentBody.parse(req.body);
    const { intent, created } = await payments.createIntent(currentUser(req), orderId);
    res.status(created ? 201 : 200).json({ data: intent });
  });

  router.get('/:id', async (req, res) => {
    res.json({ data: await payments.get(currentUser(req), IdParam.parse(req.params).id) });
  });

  router.post('/:id/confirm', async (req, res) => {
    const { id } = IdParam.parse(req.params);
    const { clientSecret, paymentMethod } = ConfirmPaymentIntentBody.parse(req.body);
    res.json({ data: await payments.confirm(currentUser(req), id, clientSecret, paymentMethod) });
  });

  return router;
}
// @starter-else
// export function paymentRoutes(_services: Services, _logger: Logger): Router {
//   const router = Router();
//   router.post('/', todo('payments', 'POST /payment-intents {orderId} answers 201 with a new intent'));
//   router.get('/:id', todo('payments', 'GET /payment-intents/:id answers your intent'));
//   router.post('/:id/confirm', todo('payments', 'POST /payment-intents/:id/confirm {clientSecret, paymentMethod} confirms it'));
//   return router;
// }
// @starter-end
