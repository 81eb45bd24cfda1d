import { tokenPairSchema } from '../schemas/auth.js';
import { commentSchema } from '../schemas/comments.js';
import { errorSchema, pageMetaSchema } from '../schemas/common.js';
import { postSchema } from '../schemas/posts.js';
import { categorySchema, tagSchema } from '../schemas/taxonomy.js';
import { meSchema, userSchema } from '../schemas/users.js';
import { jsonSchema, ref } from './helpers.js';
import { paths } from './paths.js';

const errorResponses = {
  InvalidJson: 'The request body is not valid JSON',
  ValidationError: 'Invalid body, query or path parameter (see error.details)',
  Unauthorized: 'Missing, invalid or expired credentials',
  Forbidden: 'Signed in, but not allowed (e.g. not the author)',
  NotFound: 'No such resource',
  Conflict: 'Already exists',
  RateLimited: 'Too many requests',
};

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests, so the documentation cannot drift from the validation rules.
 */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Blog REST API',
      version: '0.1.0',
      description:
        'Successful responses are `{ data, meta? }`; errors are `{ error: { code, message, details? } }`. ' +
        'Access tokens are short-lived JWTs (HS256); refresh tokens rotate on every use.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: ['auth', 'users', 'posts', 'comments', 'taxonomy', 'system'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        User: jsonSchema(userSchema),
        Me: jsonSchema(meSchema),
        Post: jsonSchema(postSchema),
        Comment: jsonSchema(commentSchema),
        Category: jsonSchema(categorySchema),
        Tag: jsonSchema(tagSchema),
        TokenPair: jsonSchema(tokenPairSchema),
        PageMeta: jsonSchema(pageMetaSchema),
        Error: jsonSchema(errorSchema),
      },
      responses: Object.fromEntries(
        Object.entries(errorResponses).map(([name, description]) => [
          name,
          { description, content: { 'application/json': { schema: ref('Error') } } },
        ]),
      ),
    },
  };
}
