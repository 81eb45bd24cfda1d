import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { addToCart, address, bearer, createAdmin, createProduct, registerCustomer, stockOf, type Session } from './helpers/factories.js';
import type { Product } from '../src/models/product.js';

const t = useTestApp();
let customer: Session;
let product: Product;

beforeEach(async () => {
  const admin = await createAdmin(t);
  customer = await registerCustomer(t.app);
  product = await createProduct(t.app, admin.token, { stock: 10 });
  await addToCart(t.app, customer.token, product.id, 2);
});

const createOrder = (key: string | undefined, body: object = { shippingAddress: address }, token = customer.token) => {
  const req = request(t.app).post('/orders').set(bearer(token));
  if (key !== undefined) req.set('Idempotency-Key', key);
  return req.send(body);
};

// @starter-replace: (stage idempotent-orders) un-skip these tests when the stage passes
describe('Idempotency-Key on POST /orders', () => {
// @starter-else
// describe.skip('TODO (stage idempotent-orders): Idempotency-Key on POST /orders', () => {
// @starter-end
  it('same key + same body returns the first response and creates one order', async () => {
    const first = await createOrder('order-key-1');
    const second = await createOrder('order-key-1');

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await stockOf(t, product.id)).toBe(8); // reserved once
    expect((await request(t.app).get('/orders').set(bearer(customer.token))).body.meta.total).toBe(1);
  });

  it('same key + different body is refused with 422', async () => {
    await createOrder('order-key-2').expect(201);
    const res = await createOrder('order-key-2', { shippingAddress: { ...address, city: 'Paris' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('replays a stored error too, instead of running the request again', async () => {
    await request(t.app).delete('/cart').set(bearer(customer.token)).expect(204);
    const first = await createOrder('order-key-3');
    expect(first.status).toBe(422);
    await addToCart(t.app, customer.token, product.id, 1);
    const second = await createOrder('order-key-3');
    expect(second.status).toBe(422);
    expect(second.headers['idempotent-replayed']).toBe('true');
  });

  it('keys are per user, and requests without a key are not deduplicated', async () => {
    const other = await registerCustomer(t.app, 'other');
    await addToCart(t.app, other.token, product.id, 1);
    expect((await createOrder('shared-key')).status).toBe(201);
    const theirs = await createOrder('shared-key', { shippingAddress: address }, other.token);
    expect(theirs.status).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();

    await addToCart(t.app, customer.token, product.id, 1);
    expect((await createOrder(undefined)).status).toBe(201);
    expect(await stockOf(t, product.id)).toBe(10 - 2 - 1 - 1);
  });

  it('concurrent requests with the same key create exactly one order', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => createOrder('order-key-race')));
    const created = new Set(results.filter((r) => r.status === 201).map((r) => r.body.data.id));
    expect(created.size).toBe(1);
    for (const r of results) expect([201, 409]).toContain(r.status); // 409 = first one still running
    expect(await stockOf(t, product.id)).toBe(8);
  });

  it('rejects a malformed key', async () => {
    const res = await createOrder('x'.repeat(256));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_IDEMPOTENCY_KEY');
  });
});

// @starter-replace: (stage idempotent-orders) un-skip these tests when the stage passes
describe('Idempotency-Key on POST /payment-intents', () => {
// @starter-else
// describe.skip('TODO (stage idempotent-orders): Idempotency-Key on POST /payment-intents', () => {
// @starter-end
  it('same key + same body -> same intent; same key + other order -> 422', async () => {
    const order = (await createOrder(undefined)).body.data;
    await addToCart(t.app, customer.token, product.id, 1);
    const secondOrder = (await createOrder(undefined)).body.data;

    const send = (orderId: number) =>
      request(t.app).post('/payment-intents').set(bearer(customer.token)).set('Idempotency-Key', 'pay-1').send({ orderId });
    const first = await send(order.id);
    const again = await send(order.id);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');

    const other = await send(secondOrder.id);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
