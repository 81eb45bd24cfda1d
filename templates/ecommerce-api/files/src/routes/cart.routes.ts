import { Router } from 'express';
import { currentUser, requireAuth } from '../middleware/auth.js';
import { AddCartItemBody, ProductIdParam, SetCartItemBody } from '../schemas/cart.js';
import type { Services } from '../services/index.js';

export function cartRoutes({ cart, tokens }: Services): Router {
  const router = Router();
  router.use(requireAuth(tokens));

  router.get('/', async (req, res) => {
    res.json({ data: await cart.get(currentUser(req).id) });
  });

  /** Adds to the quantity already in the cart. */
  router.post('/items', async (req, res) => {
    const { productId, quantity } = AddCartItemBody.parse(req.body);
    res.json({ data: await cart.addItem(currentUser(req).id, productId, quantity) });
  });

  /** Sets the quantity of one line. */
  router.put('/items/:productId', async (req, res) => {
    const { productId } = ProductIdParam.parse(req.params);
    const { quantity } = SetCartItemBody.parse(req.body);
    res.json({ data: await cart.setItem(currentUser(req).id, productId, quantity) });
  });

  router.delete('/items/:productId', async (req, res) => {
    const { productId } = ProductIdParam.parse(req.params);
    res.json({ data: await cart.removeItem(currentUser(req).id, productId) });
  });

  router.delete('/', async (req, res) => {
    await cart.clear(currentUser(req).id);
    res.status(204).end();
  });

  return router;
}
