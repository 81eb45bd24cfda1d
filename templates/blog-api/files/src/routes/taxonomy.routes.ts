import { Router } from 'express';
import { pageMeta, sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth } from '../middleware/auth.js';
import {
  createCategorySchema,
  listCategoriesQuerySchema,
  listTagsQuerySchema,
} from '../schemas/taxonomy.js';
import type { Services } from '../services/index.js';

export function categoriesRouter({ taxonomy, accessTokens }: Services): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listCategoriesQuerySchema, req.query, 'query');
    const { items, total } = await taxonomy.listCategories(query);
    sendData(res, items, 200, pageMeta(query.page, query.limit, total));
  });

  router.post('/', requireAuth(accessTokens), async (req, res) => {
    const category = await taxonomy.createCategory(parse(createCategorySchema, req.body));
    sendData(res, category, 201);
  });

  return router;
}

export function tagsRouter({ taxonomy }: Services): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listTagsQuerySchema, req.query, 'query');
    const { items, total } = await taxonomy.listTags(query);
    sendData(res, items, 200, pageMeta(query.page, query.limit, total));
  });

  return router;
}
