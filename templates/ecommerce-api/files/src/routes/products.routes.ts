import { Router } from 'express';
import { requireAuth, requireRole } from '../middleware/auth.js';
import { IdParam } from '../schemas/common.js';
import { AdjustStockBody, CreateProductBody, ProductListQuery, UpdateProductBody } from '../schemas/products.js';
import type { Services } from '../services/index.js';

export function productRoutes({ products, tokens }: Services): Router {
  const router = Router();
  const adminOnly = [requireAuth(tokens), requireRole('admin')];

  // Public catalogue.
  router.get('/', async (req, res) => {
    res.json(await products.list(ProductListQuery.parse(req.query)));
  });

  router.get('/:id', async (req, res) => {
    res.json({ data: await products.get(IdParam.parse(req.params).id) });
  });

  // Catalogue management: admins only.
  router.post('/', ...adminOnly, async (req, res) => {
    res.status(201).json({ data: await products.create(CreateProductBody.parse(req.body)) });
  });

  router.patch('/:id', ...adminOnly, async (req, res) => {
    const { id } = IdParam.parse(req.params);
    res.json({ data: await products.update(id, UpdateProductBody.parse(req.body)) });
  });

  router.delete('/:id', ...adminOnly, async (req, res) => {
    await products.archive(IdParam.parse(req.params).id);
    res.status(204).end();
  });

  router.post('/:id/stock', ...adminOnly, async (req, res) => {
    const { id } = IdParam.parse(req.params);
    const { delta } = AdjustStockBody.parse(req.body);
    res.json({ data: await products.adjustStock(id, delta) });
  });

  return router;
}
