import { Router } from 'express';
import { buildOpenApiDocument } from '../docs/openapi.js';

/** GET /docs/openapi.json — paste it into Swagger Editor or any OpenAPI 3.1 viewer. */
export function docsRouter(): Router {
  const router = Router();
  const document = buildOpenApiDocument(); // built once from the zod schemas
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
