import { z } from 'zod';
import { Cents, PaginationQuery, QueryBoolean } from './common.js';

const Category = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by dashes, e.g. "home-office"')
  .max(50);

const ProductFields = {
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  category: Category,
  priceCents: Cents,
};

export const CreateProductBody = z.object({
  ...ProductFields,
  description: ProductFields.description.default(''),
  stock: z.number().int().min(0).max(1_000_000).default(0),
});
export type CreateProductInput = z.infer<typeof CreateProductBody>;

// No defaults here (a PATCH changes only what it sends). Stock is not editable
// here either: use the stock endpoint, which changes it atomically.
export const UpdateProductBody = z
  .object(ProductFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');
export type UpdateProductInput = z.infer<typeof UpdateProductBody>;

export const AdjustStockBody = z.object({
  /** Positive to receive goods, negative to write off; the result may not go below 0. */
  delta: z.number().int().min(-1_000_000).max(1_000_000).refine((d) => d !== 0, 'delta must not be 0'),
});

export const PRODUCT_SORTS = ['newest', 'price', '-price', 'name', '-name'] as const;

export const ProductListQuery = PaginationQuery.extend({
  q: z.string().trim().min(1).max(100).optional(),
  category: Category.optional(),
  minPrice: z.coerce.number().int().min(0).optional(),
  maxPrice: z.coerce.number().int().min(0).optional(),
  inStock: QueryBoolean.optional(),
  sort: z.enum(PRODUCT_SORTS).default('newest'),
}).refine(
  (query) => query.minPrice === undefined || query.maxPrice === undefined || query.minPrice <= query.maxPrice,
  { message: 'minPrice must not be greater than maxPrice', path: ['minPrice'] },
);
export type ProductListInput = z.infer<typeof ProductListQuery>;
