import { z } from 'zod';
import { LoginBody, RegisterBody } from '../schemas/auth.js';
import { AddCartItemBody, SetCartItemBody } from '../schemas/cart.js';
import { CreateOrderBody } from '../schemas/orders.js';
import { ConfirmPaymentIntentBody, CreatePaymentIntentBody, PaymentEventSchema } from '../schemas/payments.js';
import { AdjustStockBody, CreateProductBody, UpdateProductBody } from '../schemas/products.js';

type Operation = {
  summary: string;
  auth?: 'user' | 'admin';
  body?: z.ZodType;
  idempotent?: boolean;
  query?: string[];
  responses: Record<string, string>;
};

// Request bodies come straight from the zod schemas the routes validate with.
const schema = (type: z.ZodType) => z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' });

function operation(op: Operation) {
  return {
    summary: op.summary,
    ...(op.auth ? { security: [{ bearerAuth: [] }] } : {}),
    parameters: [
      ...(op.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
      ...(op.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(op.body) } } } } : {}),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([status, description]) => [status, { description }]),
    ),
  };
}

const paths: Record<string, Record<string, Operation>> = {
  '/health': { get: { summary: 'Liveness and database check', responses: { 200: 'OK', 503: 'Database down' } } },
  '/auth/register': { post: { summary: 'Create a customer account', body: RegisterBody, responses: { 201: 'User and access token', 409: 'E-mail taken' } } },
  '/auth/login': { post: { summary: 'Log in', body: LoginBody, responses: { 200: 'User and access token', 401: 'Wrong credentials' } } },
  '/auth/me': { get: { summary: 'The current user', auth: 'user', responses: { 200: 'User', 401: 'No or bad token' } } },
  '/products': {
    get: { summary: 'List products (search, filter, sort, paginate)', query: ['q', 'category', 'minPrice', 'maxPrice', 'inStock', 'sort', 'page', 'limit'], responses: { 200: '{ data, meta }' } },
    post: { summary: 'Create a product', auth: 'admin', body: CreateProductBody, responses: { 201: 'Product', 403: 'Not an admin', 409: 'SKU taken' } },
  },
  '/products/{id}': {
    get: { summary: 'One product', responses: { 200: 'Product', 404: 'Not found' } },
    patch: { summary: 'Change a product', auth: 'admin', body: UpdateProductBody, responses: { 200: 'Product' } },
    delete: { summary: 'Archive a product', auth: 'admin', responses: { 204: 'Archived' } },
  },
  '/products/{id}/stock': { post: { summary: 'Adjust stock by a delta', auth: 'admin', body: AdjustStockBody, responses: { 200: 'Product', 409: 'Would go below zero' } } },
  '/cart': {
    get: { summary: 'My cart', auth: 'user', responses: { 200: 'Cart' } },
    delete: { summary: 'Empty my cart', auth: 'user', responses: { 204: 'Emptied' } },
  },
  '/cart/items': { post: { summary: 'Add to cart', auth: 'user', body: AddCartItemBody, responses: { 200: 'Cart', 409: 'Not enough stock' } } },
  '/cart/items/{productId}': {
    put: { summary: 'Set a quantity', auth: 'user', body: SetCartItemBody, responses: { 200: 'Cart', 409: 'Not enough stock' } },
    delete: { summary: 'Remove a line', auth: 'user', responses: { 200: 'Cart', 404: 'Not in cart' } },
  },
  '/orders': {
    post: { summary: 'Place an order from the cart (reserves stock)', auth: 'user', idempotent: true, body: CreateOrderBody, responses: { 201: 'Order', 409: 'Not enough stock', 422: 'Empty cart or Idempotency-Key reused' } },
    get: { summary: 'My orders (admins: all)', auth: 'user', query: ['status', 'page', 'limit'], responses: { 200: '{ data, meta }' } },
  },
  '/orders/{id}': { get: { summary: 'One order', auth: 'user', responses: { 200: 'Order', 404: 'Not found or not yours' } } },
  '/orders/{id}/cancel': { post: { summary: 'Cancel (stock is released)', auth: 'user', responses: { 200: 'Order', 409: 'Wrong state' } } },
  '/orders/{id}/ship': { post: { summary: 'Mark a paid order shipped', auth: 'admin', responses: { 200: 'Order', 409: 'Not paid' } } },
  '/payment-intents': { post: { summary: 'Create a payment intent for an order', auth: 'user', idempotent: true, body: CreatePaymentIntentBody, responses: { 201: 'Payment intent with client secret', 200: 'Existing open intent' } } },
  '/payment-intents/{id}': { get: { summary: 'One payment intent', auth: 'user', responses: { 200: 'Payment intent' } } },
  '/payment-intents/{id}/confirm': { post: { summary: 'Confirm (fake provider: pm_card_visa / pm_card_declined)', auth: 'user', body: ConfirmPaymentIntentBody, responses: { 200: 'Payment intent' } } },
  '/webhooks/payments': { post: { summary: 'Payment provider events, signed with HMAC-SHA256 (Payment-Signature: t=..,v1=..)', body: PaymentEventSchema, responses: { 200: 'Accepted', 400: 'Bad signature, stale timestamp or replay' } } },
};

/** OpenAPI 3.1 document served at GET /docs/openapi.json. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'E-commerce API', version: '0.1.0', description: 'Money is in integer cents. Errors: { error: { code, message, details? } }.' },
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Same key + same body replays the first response; same key + other body is 422.',
          schema: { type: 'string', maxLength: 255 },
        },
      },
    },
    paths: Object.fromEntries(
      Object.entries(paths).map(([path, ops]) => [
        path,
        Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(op)])),
      ]),
    ),
  };
}
