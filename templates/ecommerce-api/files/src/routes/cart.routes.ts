import { Router } from 'express';
// @starter-drop
import { currentUser, requireAuth } from '../middleware/auth.js';
import { AddCartItemBody, ProductIdParam, SetCartItemBody } from '../schemas/cart.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage cart) a CartService over cart_items: add, set and remove lines, priced from the catalogue
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
// @starter-else
// export function cartRoutes(_services: Services): Router {
//   const router = Router();
//   router.get('/', todo('cart', 'GET /cart (Bearer token) answers {data: {items, total}}'));
//   router.post('/items', todo('cart', 'POST /cart/items {productId, quantity} adds to the cart'));
//   router.put('/items/:productId', todo('cart', 'PUT /cart/items/:productId {quantity} sets the quantity'));
//   router.delete('/items/:productId', todo('cart', 'DELETE /cart/items/:productId removes the line'));
//   router.delete('/', todo('cart', 'DELETE /cart empties the cart (204)'));
//   return router;
// }
// @starter-end
