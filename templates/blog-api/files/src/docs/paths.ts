import { loginSchema, refreshSchema, registerSchema } from '../schemas/auth.js';
import {
  createCommentSchema,
  listCommentsQuerySchema,
  updateCommentSchema,
} from '../schemas/comments.js';
import { createPostSchema, listPostsQuerySchema, updatePostSchema } from '../schemas/posts.js';
import {
  createCategorySchema,
  listCategoriesQuerySchema,
  listTagsQuerySchema,
} from '../schemas/taxonomy.js';
import { updateMeSchema } from '../schemas/users.js';
import {
  data,
  err,
  idParam,
  jsonBody,
  noContent,
  op,
  optionalAuth,
  page,
  queryParams,
  ref,
  secured,
} from './helpers.js';

const authResult = { type: 'object', properties: { user: ref('Me'), tokens: ref('TokenPair') } };
const limited = { 429: err('RateLimited') };
// 422: a well-formed request whose body, query or path breaks the rules; 400: a body that is not JSON
const invalid = { 422: err('ValidationError') };
const invalidBody = { 400: err('InvalidJson'), ...invalid };
const anon = { 401: err('Unauthorized') };
const notFound = { 404: err('NotFound') };

/** Every route of the API. Keep in sync with src/routes/ (tests/system.test.ts checks the main ones). */
export const paths = {
  '/health': {
    get: op('system', 'Liveness and database check', {
      200: { description: 'Healthy' },
      503: { description: 'Database unreachable' },
    }),
  },
  '/api/auth/register': {
    post: op(
      'auth',
      'Create an account and sign in',
      { 201: data('Account created', authResult), ...invalidBody, 409: err('Conflict'), ...limited },
      { requestBody: jsonBody(registerSchema) },
    ),
  },
  '/api/auth/login': {
    post: op(
      'auth',
      'Sign in with e-mail and password',
      { 200: data('Signed in', authResult), ...invalidBody, ...anon, ...limited },
      { requestBody: jsonBody(loginSchema) },
    ),
  },
  '/api/auth/refresh': {
    post: op(
      'auth',
      'Exchange a refresh token for a new pair (rotation; reuse revokes the login)',
      { 200: data('New tokens', ref('TokenPair')), ...invalidBody, ...anon, ...limited },
      { requestBody: jsonBody(refreshSchema) },
    ),
  },
  '/api/auth/logout': {
    post: op(
      'auth',
      'Revoke a refresh token and its whole login session',
      { 204: noContent, ...invalidBody, ...limited },
      { requestBody: jsonBody(refreshSchema) },
    ),
  },
  '/api/users/me': {
    get: op(
      'users',
      'The signed-in user',
      { 200: data('Me', ref('Me')), ...anon },
      { security: secured },
    ),
    patch: op(
      'users',
      'Update your profile',
      { 200: data('Updated', ref('Me')), ...invalidBody, ...anon },
      { security: secured, requestBody: jsonBody(updateMeSchema) },
    ),
  },
  '/api/users/{id}': {
    get: op(
      'users',
      'Public profile',
      { 200: data('User', ref('User')), ...invalid, ...notFound },
      { parameters: [idParam] },
    ),
  },
  '/api/posts': {
    get: op(
      'posts',
      'List posts (published ones, plus your drafts when signed in)',
      { 200: page('A page of posts', 'Post'), ...invalid },
      { security: optionalAuth, parameters: queryParams(listPostsQuerySchema) },
    ),
    post: op(
      'posts',
      'Create a post',
      { 201: data('Created', ref('Post')), ...invalidBody, ...anon },
      { security: secured, requestBody: jsonBody(createPostSchema) },
    ),
  },
  '/api/posts/{id}': {
    get: op(
      'posts',
      'One post',
      { 200: data('Post', ref('Post')), ...invalid, ...notFound },
      { security: optionalAuth, parameters: [idParam] },
    ),
    patch: op(
      'posts',
      'Edit a post (author only)',
      {
        200: data('Updated', ref('Post')),
        ...invalidBody,
        ...anon,
        403: err('Forbidden'),
        ...notFound,
      },
      { security: secured, parameters: [idParam], requestBody: jsonBody(updatePostSchema) },
    ),
    delete: op(
      'posts',
      'Delete a post and its comments (author only)',
      { 204: noContent, ...anon, 403: err('Forbidden'), ...notFound },
      { security: secured, parameters: [idParam] },
    ),
  },
  '/api/posts/{id}/comments': {
    get: op(
      'comments',
      "A post's comments",
      { 200: page('A page of comments', 'Comment'), ...invalid, ...notFound },
      { security: optionalAuth, parameters: [idParam, ...queryParams(listCommentsQuerySchema)] },
    ),
    post: op(
      'comments',
      'Comment on a post',
      { 201: data('Created', ref('Comment')), ...invalidBody, ...anon, ...notFound },
      { security: secured, parameters: [idParam], requestBody: jsonBody(createCommentSchema) },
    ),
  },
  '/api/comments/{id}': {
    patch: op(
      'comments',
      'Edit a comment (its author only)',
      {
        200: data('Updated', ref('Comment')),
        ...invalidBody,
        ...anon,
        403: err('Forbidden'),
        ...notFound,
      },
      { security: secured, parameters: [idParam], requestBody: jsonBody(updateCommentSchema) },
    ),
    delete: op(
      'comments',
      'Delete a comment (its author or the post author)',
      { 204: noContent, ...anon, 403: err('Forbidden'), ...notFound },
      { security: secured, parameters: [idParam] },
    ),
  },
  '/api/categories': {
    get: op(
      'taxonomy',
      'List categories',
      { 200: page('A page of categories', 'Category'), ...invalid },
      { parameters: queryParams(listCategoriesQuerySchema) },
    ),
    post: op(
      'taxonomy',
      'Create a category',
      { 201: data('Created', ref('Category')), ...invalidBody, ...anon, 409: err('Conflict') },
      { security: secured, requestBody: jsonBody(createCategorySchema) },
    ),
  },
  '/api/tags': {
    get: op(
      'taxonomy',
      'List tags with published-post counts',
      { 200: page('A page of tags', 'Tag'), ...invalid },
      { parameters: queryParams(listTagsQuerySchema) },
    ),
  },
};
