import { z } from 'zod';

export const DEFAULT_LIMIT = 20;
/** Larger `?limit=` values are lowered to this cap (not rejected). */
export const MAX_LIMIT = 100;

/** `?page=&limit=` shared by every list endpoint. */
export const paginationShape = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('1-based page number'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_LIMIT)
    .transform((n) => Math.min(n, MAX_LIMIT))
    .describe(`Items per page (default ${DEFAULT_LIMIT}, values above ${MAX_LIMIT} are capped)`),
};

export interface SortKey<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

/**
 * `?sort=-createdAt,title`: a comma-separated list of whitelisted fields, each
 * optionally prefixed with "-" for descending order. Unknown fields -> 422.
 */
export function sortParam<const F extends readonly [string, ...string[]]>(
  fields: F,
  fallback: string,
) {
  const allowed = new Set<string>(fields);
  return z
    .string()
    .default(fallback)
    .describe(`Comma-separated; prefix "-" for descending. Fields: ${fields.join(', ')}`)
    .transform((value, ctx) => {
      const keys: SortKey<F[number]>[] = [];
      for (const raw of value.split(',')) {
        const part = raw.trim();
        const direction = part.startsWith('-') ? 'desc' : 'asc';
        const field = part.replace(/^[-+]/, '');
        if (!allowed.has(field)) {
          ctx.addIssue({
            code: 'custom',
            message: `Unknown sort field "${field}". Allowed: ${fields.join(', ')}`,
          });
          return z.NEVER;
        }
        if (keys.some((k) => k.field === field)) continue;
        keys.push({ field: field as F[number], direction });
      }
      return keys;
    });
}

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const pageMetaSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});
