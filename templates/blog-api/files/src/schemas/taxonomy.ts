import { z } from 'zod';
import { paginationShape, slugSchema, sortParam } from './common.js';

export const createCategorySchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  slug: slugSchema.optional().describe('Defaults to a slug made from the name'),
  description: z.string().trim().max(500).optional(),
});

export const listCategoriesQuerySchema = z.strictObject({
  ...paginationShape,
  sort: sortParam(['name', 'createdAt'] as const, 'name'),
});

export const listTagsQuerySchema = z.strictObject({
  ...paginationShape,
  sort: sortParam(['name', 'postCount'] as const, 'name'),
});

export const categorySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const tagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  postCount: z.number().int().describe('Published posts with this tag'),
});

export type CreateCategoryInput = z.infer<typeof createCategorySchema>;
export type ListCategoriesQuery = z.infer<typeof listCategoriesQuerySchema>;
export type ListTagsQuery = z.infer<typeof listTagsQuerySchema>;
