import { z } from 'zod';
import { slugify } from '../lib/slug.js';
import { paginationShape, slugSchema, sortParam } from './common.js';

export const POST_SORT_FIELDS = ['createdAt', 'updatedAt', 'publishedAt', 'title'] as const;

const title = z.string().trim().min(1).max(200);
const body = z.string().trim().min(1).max(50_000);
const status = z.enum(['draft', 'published']);
const tagName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((name) => slugify(name).length > 0, 'A tag needs at least one letter or digit');
const tags = z.array(tagName).max(10).describe('Tag names; created on first use');
const categoryIds = z.array(z.number().int().positive()).max(10);

export const createPostSchema = z.strictObject({
  title,
  body,
  status: status.default('draft'),
  tags: tags.default([]),
  categoryIds: categoryIds.default([]),
});

export const updatePostSchema = z
  .strictObject({
    title: title.optional(),
    body: body.optional(),
    status: status.optional(),
    tags: tags.optional().describe('Replaces the whole tag list'),
    categoryIds: categoryIds.optional().describe('Replaces the whole category list'),
  })
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to update');

export const listPostsQuerySchema = z.strictObject({
  ...paginationShape,
  status: status.optional().describe('Drafts are only ever shown to their author'),
  tag: slugSchema.optional().describe('Tag slug'),
  category: slugSchema.optional().describe('Category slug'),
  author: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .transform((u) => u.toLowerCase())
    .optional()
    .describe('Author username'),
  sort: sortParam(POST_SORT_FIELDS, '-createdAt'),
});

export const tagRefSchema = z.object({ name: z.string(), slug: z.string() });

export const postSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  status,
  author: z.object({ id: z.number().int(), username: z.string() }),
  tags: z.array(tagRefSchema),
  categories: z.array(z.object({ id: z.number().int(), name: z.string(), slug: z.string() })),
  commentCount: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type CreatePostInput = z.infer<typeof createPostSchema>;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;
export type ListPostsQuery = z.infer<typeof listPostsQuerySchema>;
