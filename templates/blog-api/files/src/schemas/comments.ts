import { z } from 'zod';
import { paginationShape, sortParam } from './common.js';

export const createCommentSchema = z.strictObject({
  body: z.string().trim().min(1).max(5_000),
});

export const updateCommentSchema = createCommentSchema;

export const listCommentsQuerySchema = z.strictObject({
  ...paginationShape,
  sort: sortParam(['createdAt'] as const, 'createdAt'),
});

export const commentSchema = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  body: z.string(),
  author: z
    .object({ id: z.number().int(), username: z.string() })
    .nullable()
    .describe('null once the author deleted their account'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type CreateCommentInput = z.infer<typeof createCommentSchema>;
export type ListCommentsQuery = z.infer<typeof listCommentsQuerySchema>;
