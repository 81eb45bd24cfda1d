import { Router } from 'express';
// @starter-drop
import { pageMeta, sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth } from '../middleware/auth.js';
import {
  createCategorySchema,
  listCategoriesQuerySchema,
  listTagsQuerySchema,
} from '../schemas/taxonomy.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage filtering) a TaxonomyService for categories and tags (posts are filtered by tag)
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
// @starter-else
// export function categoriesRouter(_services: Services): Router {
//   const router = Router();
//   router.get('/', todo('filtering', 'GET /api/categories answers a page of categories'));
//   router.post('/', todo('filtering', 'POST /api/categories (Bearer token) {name} answers 201'));
//   return router;
// }
//
// export function tagsRouter(_services: Services): Router {
//   const router = Router();
//   router.get('/', todo('filtering', 'GET /api/tags answers a page of tags with their post counts'));
//   return router;
// }
// @starter-end
