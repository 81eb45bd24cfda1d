import { z } from 'zod';

/** A positive integer id from a URL segment such as /products/:id. */
export const IdParam = z.object({ id: z.coerce.number().int().positive() });

/** ?page=&limit= with sane bounds. */
export const PaginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Query-string booleans arrive as text. */
export const QueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Money: integer cents, never floats. $19.99 is 1999. */
export const Cents = z.number().int().min(0).max(100_000_000);
