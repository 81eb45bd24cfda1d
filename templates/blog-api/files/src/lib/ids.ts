import { z } from 'zod';

/** Route params like /posts/:id: a positive integer, else 422. */
export const idParamSchema = z.strictObject({
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
