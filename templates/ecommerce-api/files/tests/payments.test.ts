import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { bearer, createAdmin, createProduct, placeOrder, registerCustomer, stockOf, type Session } from './helpers/factories.js';
import { createIntent, payOrder } from './helpers/payments.js';

const t = useTestApp();
let admin: Session;
let customer: Session;

beforeEach(async () => {
  admin = await createAdmin(t);
  customer = await registerCustomer(t.app);
});

async function pendingOrder(priceCents = 2500, quantity = 2) {
  const product = await createProduct(t.app, admin.token, { priceCents, stock: 10 });
  return { product, order: await placeOrder(t.app, customer.token, [[product.id, quantity]]) };
}

// @starter-replace: (stage payments) un-skip these tests when the stage passes
describe('payment intents (fake provider)', () => {
// @starter-else
// describe.skip('TODO (stage payments): payment intents (fake provider)', () => {
// @starter-end
  it('creates an intent with a client secret for the order total', async () => {
    const { order } = await pendingOrder(2500, 2);
    const intent = await createIntent(t, customer.token, order.id);
    expect(intent).toMatchObject({
      orderId: order.id,
      provider: 'fake',
      amountCents: 5000,
      currency: 'usd',
      status: 'requires_confirmation',
    });
    expect(intent.providerRef).toMatch(/^pi_fake_/);
    expect(intent.clientSecret).toMatch(new RegExp(`^${intent.providerRef}_secret_`));
  });

  it('returns the open intent again instead of creating a second one', async () => {
    const { order } = await pendingOrder();
    const first = await createIntent(t, customer.token, order.id);
    const again = await request(t.app).post('/payment-intents').set(bearer(customer.token)).send({ orderId: order.id });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.id);
  });

  it('confirming with a good card marks payment succeeded and the order paid (via the signed webhook)', async () => {
    const { order } = await pendingOrder();
    const paid = await payOrder(t, customer.token, order.id);
    expect(paid.status).toBe('succeeded');
    const res = await request(t.app).get(`/orders/${order.id}`).set(bearer(customer.token));
    expect(res.body.data.status).toBe('paid');
  });

  it('a declined card fails the payment and leaves the order pending; a new intent can be made', async () => {
    const { order } = await pendingOrder();
    const intent = await createIntent(t, customer.token, order.id);
    const res = await request(t.app)
      .post(`/payment-intents/${intent.id}/confirm`)
      .set(bearer(customer.token))
      .send({ clientSecret: intent.clientSecret, paymentMethod: 'pm_card_declined' });
    expect(res.body.data.status).toBe('failed');
    expect((await request(t.app).get(`/orders/${order.id}`).set(bearer(customer.token))).body.data.status).toBe(
      'pending_payment',
    );
    const retry = await createIntent(t, customer.token, order.id);
    expect(retry.id).not.toBe(intent.id);
  });

  it('rejects a wrong client secret and a second confirmation', async () => {
    const { order } = await pendingOrder();
    const intent = await createIntent(t, customer.token, order.id);
    const confirm = (clientSecret: string) =>
      request(t.app).post(`/payment-intents/${intent.id}/confirm`).set(bearer(customer.token)).send({ clientSecret });

    const wrong = await confirm(`${intent.clientSecret}x`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_CLIENT_SECRET');
    expect((await confirm(intent.clientSecret)).status).toBe(200);
    expect((await confirm(intent.clientSecret)).status).toBe(409);
  });

  it("404 for someone else's order or intent; 409 for an order that is not pending", async () => {
    const { order, product } = await pendingOrder();
    const intent = await createIntent(t, customer.token, order.id);
    const stranger = await registerCustomer(t.app, 'stranger');
    expect((await request(t.app).post('/payment-intents').set(bearer(stranger.token)).send({ orderId: order.id })).status).toBe(404);
    expect((await request(t.app).get(`/payment-intents/${intent.id}`).set(bearer(stranger.token))).status).toBe(404);

    await request(t.app).post(`/orders/${order.id}/cancel`).set(bearer(customer.token)).expect(200);
    expect(await stockOf(t, product.id)).toBe(10);
    const late = await request(t.app).post('/payment-intents').set(bearer(customer.token)).send({ orderId: order.id });
    expect(late.status).toBe(409);
  });
});
